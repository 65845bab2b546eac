import Foundation
import TestSupport
import ZhengceSession
import ZhengceStore

/// A copy of the seed corpus (Corpus/) and an output folder in a temporary folder, removed afterwards.
final class SeedWorkspace {
    let root: URL
    var corpus: URL { root.appendingPathComponent("corpus") }
    var out: URL { root.appendingPathComponent("out") }
    var db: String { out.appendingPathComponent("zhengce.sqlite").path }

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("zhengce-session-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Fixtures.corpus, to: corpus)
    }

    deinit { try? FileManager.default.removeItem(at: root) }

    /// A session over the copy and its store, as the tool `tool` makes it.
    func session(tool: String = "test-1") throws -> CorpusSession {
        CorpusSession(folder: corpus, store: try Store(path: db), toolVersion: tool)
    }
}
