import Foundation
import Testing
import TestSupport
import ZhengceDepartments
import ZhengceDocument
import ZhengceSession
import ZhengceStore

/// The corpus session on a copy of the seed corpus (Corpus/): documents come back from the
/// store as parsed, the export is the committed one, and an unchanged corpus is not exported again.
@Suite struct CorpusSessionTests {
    typealias Workspace = SeedWorkspace

    @Test func documentsReadFromTheStoreEqualTheParsedOnes() throws {
        let workspace = try Workspace()
        let session = try workspace.session()
        let summary = try session.refresh()
        #expect(summary.indexed == 5)
        // Parsed independently: the folder loaded and departments resolved as the indexer does.
        var parsed = try Corpus(folder: workspace.corpus).load().documents
        let resolver = try DepartmentResolver.forCorpus(at: workspace.corpus)
        for i in parsed.indices { _ = resolver.resolve(&parsed[i], suggest: false) }
        // A new session over the same store reads them back without parsing.
        let again = try workspace.session()
        #expect(try again.refresh().indexed == 0)
        let stored = try again.documents()
        #expect(stored.map(\.id) == parsed.map(\.id))
        #expect(stored == parsed)
        // 87 measures counted by reading the five seeds (21 + 18 + 22 + 15 + 11).
        #expect(stored.reduce(0) { $0 + $1.measures.count } == 87)
        let one = try again.store.document(id: "guobanfa-2021-24-new-forms-of-foreign-trade")
        #expect(one?.docNumber == "国办发〔2021〕24号")
        #expect(one?.measures.count == 22)
    }

    @Test func exportIsTheCommittedOneAndSkippedWhenNothingChanged() throws {
        let workspace = try Workspace()
        let session = try workspace.session()
        try session.refresh()
        let first = try session.linkAndExport(out: workspace.out)
        #expect(first?.export.counts["documents"] == 5)
        for name in ["zhengce.json", "zhengce.jsonld", "zhengce.ndjson"] {
            let fresh = try Data(contentsOf: workspace.out.appendingPathComponent(name))
            let committed = try Data(contentsOf: Fixtures.repositoryRoot.appendingPathComponent("Output/\(name)"))
            #expect(fresh == committed, "\(name) differs from Output/\(name)")
        }
        // Nothing changed: no lineage, no export.
        let next = try workspace.session()
        #expect(try next.refresh().indexed == 0)
        #expect(try next.linkAndExport(out: workspace.out) == nil)
        // One file edited: linked and exported again, with the edit in the export.
        let file = workspace.corpus.appendingPathComponent("guobanfa-2015-46-cross-border-ecommerce-guidance.txt")
        var text = try String(contentsOf: file, encoding: .utf8)
        text += "\n"
        try Data(text.utf8).write(to: file)
        let edited = try workspace.session()
        #expect(try edited.refresh().indexed == 1)
        #expect(try edited.linkAndExport(out: workspace.out) != nil)
        // An export file removed is written again.
        try FileManager.default.removeItem(at: workspace.out.appendingPathComponent("zhengce.ndjson"))
        #expect(try workspace.session().linkAndExport(out: workspace.out) != nil)
    }

    @Test func theStoreRemembersItsCorpusAndTool() throws {
        let workspace = try Workspace()
        try workspace.session(tool: "test-7").refresh()
        let store = try Store(path: workspace.db)
        #expect(try store.meta("corpus") == workspace.corpus.standardizedFileURL.path)
        #expect(try store.meta("tool") == "test-7")
    }
}
