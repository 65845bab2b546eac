import Foundation
import Testing
@testable import ZhengceDocument

/// Regression: the same file name in two folders of a corpus gave two documents one id.
@Suite struct DocumentIDTests {
    @Test(arguments: [
        ("guobanfa-2021-24.html", "guobanfa-2021-24"),
        ("行政法/广告法(2021-04-29).md", "行政法--广告法(2021-04-29)"),
        ("./a/b/c.txt", "a--b--c"),
        ("README", "README"),
    ])
    func idFromRelativePath(path: String, id: String) {
        #expect(DocumentParser.documentID(forPath: path) == id)
    }

    @Test func sameFileNameInTwoFoldersGivesTwoDocuments() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("zhengce-ids-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = "第一条 为了规范广告活动，制定本法。\n第二条 广告主应当对广告内容的真实性负责。\n"
        for sub in ["行政法", "经济法"] {
            let dir = folder.appendingPathComponent(sub)
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            try Data(text.utf8).write(to: dir.appendingPathComponent("广告法.md"))
        }
        let loaded = try Corpus(folder: folder).load()
        #expect(loaded.documents.map(\.id) == ["经济法--广告法", "行政法--广告法"].sorted())
        #expect(Set(loaded.documents.flatMap { $0.measures.map(\.id) }).count == loaded.documents.flatMap(\.measures).count)
    }
}
