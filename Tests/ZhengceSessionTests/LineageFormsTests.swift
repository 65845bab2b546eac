import Foundation
import Testing
import TestSupport
import ZhengceDocument
import ZhengceLineage
@testable import ZhengceSession
import ZhengceStore

/// Above the size lineage analyses in shards, the session holds every document's light form and reads the lineage
/// forms from its store when a step needs them (`CorpusSession.lineageForms`).
@Suite struct LineageFormsTests {
    /// The forms read from the store are the lineage forms of the stored documents, in the order asked (any order,
    /// an id twice), as the reading stage makes them (`DocumentReading`); its light forms are theirs without text,
    /// measures and citations.
    @Test func formsReadFromTheStoreAreTheReadingStagesForms() throws {
        let workspace = try SeedWorkspace()
        let session = try workspace.session(tool: "test-forms")
        try session.refresh()
        #expect(session.cachedDocuments == nil)
        let stored = try Store(path: workspace.db).documents()
        #expect(stored.count >= 5)
        let byID = Dictionary(stored.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let ids = Array(stored.map(\.id).reversed()) + [stored[0].id]
        let forms = try session.lineageForms(ids)
        let resolver = try session.resolver()
        let readings = DocumentReading.readings(of: ids.map { byID[$0]! }, resolver: resolver)
        #expect(forms == readings.map(\.form))
        #expect(forms.contains { !$0.measures.isEmpty && !$0.text.isEmpty })
        let light = DocumentReading.readings(of: ids.map { byID[$0]! }, resolver: resolver, light: true)
        #expect(light.map(\.form) == forms.map(LineageAnalyzer.light))
        #expect(light.map(\.terms) == readings.map(\.terms) && light.map(\.entry) == readings.map(\.entry))
        // A subset, and none.
        let formOf = Dictionary(zip(ids, readings.map(\.form)), uniquingKeysWith: { a, _ in a })
        #expect(try session.lineageForms([stored[2].id, stored[1].id]) == [formOf[stored[2].id]!, formOf[stored[1].id]!])
        #expect(try session.lineageForms([]).isEmpty)
    }

    /// A run in shards over light forms, then an edit run (which reads every lineage form from the store): the links
    /// and export of the same runs in one piece.
    @Test func anEditAfterARunInShardsGivesTheLinksOfOnePiece() throws {
        func run(shardSize: Int?) throws -> (first: [String: Double], edited: [String: Double], json: Data) {
            let workspace = try SeedWorkspace()
            func session() throws -> CorpusSession {
                let session = try workspace.session(incremental: true, tool: "test-forms-edit")
                session.lineageShardSize = shardSize
                return session
            }
            let first = try session()
            try first.refresh()
            #expect(try first.linkAndExport(out: workspace.out)?.lineage == .full)
            let links = try workspace.links()
            let file = try #require(try FileManager.default.contentsOfDirectory(atPath: workspace.corpus.path)
                .sorted().first { $0.hasSuffix(".md") || $0.hasSuffix(".txt") })
            let url = workspace.corpus.appendingPathComponent(file)
            try (try String(contentsOf: url, encoding: .utf8) + "\n\n本方案自印发之日起施行。\n").write(to: url, atomically: true, encoding: .utf8)
            let second = try session()
            #expect(try second.refresh().indexed == 1)
            let update = try #require(try second.linkAndExport(out: workspace.out)?.lineage)
            guard case .incremental(1, 0, _) = update else { Issue.record("\(update)"); return (links, [:], Data()) }
            return (links, try workspace.links(), try Data(contentsOf: workspace.out.appendingPathComponent("zhengce.json")))
        }
        let whole = try run(shardSize: nil), shards = try run(shardSize: 2)
        #expect(whole.first.count > 30)
        #expect(shards.first == whole.first)
        #expect(shards.edited == whole.edited)
        #expect(shards.json == whole.json)
    }
}
