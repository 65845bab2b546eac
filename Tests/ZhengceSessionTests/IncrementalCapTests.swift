import Foundation
import Testing
import TestSupport
import ZhengceLineage
import ZhengceSession
import ZhengceStore

/// Incremental lineage caps a changed document's candidates among the stored candidates of every other document
/// (`CandidateCap`), as a full analysis does: on 22 first chapters of regulations on one subject (Tests/Fixtures/
/// lineage-peers), with one link per measure, side and type so that the cap binds as three do at the law corpus, a
/// document analysed again unchanged, and one edited then put back, give the full analysis's links and export.
@Suite struct IncrementalCapTests {
    static let changed = "潍坊市物业管理条例(2022-01-21).md"

    func session(_ workspace: SeedWorkspace) throws -> CorpusSession {
        let session = try workspace.session(incremental: true)
        session.lineageOptions.linksPerMeasure = 1
        return session
    }

    func exports(_ workspace: SeedWorkspace) throws -> [Data] {
        try ["zhengce.json", "zhengce.jsonld", "zhengce.ndjson"].map { try Data(contentsOf: workspace.out.appendingPathComponent($0)) }
    }

    @Test func aDocumentAnalysedAgainOrPutBackGivesTheFullAnalysis() throws {
        let workspace = try SeedWorkspace()
        try FileManager.default.removeItem(at: workspace.corpus)
        try FileManager.default.copyItem(at: Fixtures.file("lineage-peers"), to: workspace.corpus)
        try FileManager.default.removeItem(at: workspace.corpus.appendingPathComponent("README.md"))
        let first = try session(workspace)
        #expect(try first.refresh().indexed == 22)
        #expect(try first.linkAndExport(out: workspace.out)?.lineage == .full)
        let links = try workspace.links(), exported = try exports(workspace)
        #expect(links.count > 100)
        #expect(try Store(path: workspace.db).blob("lineage-candidates") != nil)

        let file = workspace.corpus.appendingPathComponent(IncrementalCapTests.changed)
        let original = try String(contentsOf: file, encoding: .utf8)
        func run(_ text: String) throws {
            try Data(text.utf8).write(to: file)
            let session = try session(workspace)
            #expect(try session.refresh().indexed == 1)
            let result = try #require(try session.linkAndExport(out: workspace.out))
            guard case .incremental(1, 0, _) = result.lineage else { Issue.record("\(result.lineage)"); return }
        }
        // The same text with a line more at its end: read again, nothing of it changed (the export names the file's
        // bytes and digest, so only the links are compared here).
        try run(original + "\n")
        let again = try workspace.links() == links
        #expect(again)
        // The definition every peer shares taken out, then put back.
        try run(original.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.hasPrefix("本条例所称物业管理") }.joined(separator: "\n"))
        #expect(try workspace.links() != links)
        try run(original)
        let back = try workspace.links()
        let missing = links.keys.filter { back[$0] == nil }.sorted().prefix(3), extra = back.keys.filter { links[$0] == nil }.sorted().prefix(3)
        let rescored = links.keys.filter { back[$0] != nil && back[$0] != links[$0] }.sorted().prefix(3)
        let same = back == links
        #expect(same, "missing \(missing); extra \(extra); rescored \(rescored)")
        #expect(try exports(workspace) == exported)
    }
}
