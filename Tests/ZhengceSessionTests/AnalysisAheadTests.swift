import Foundation
import Testing
import TestSupport
import ZhengceDocument
import ZhengceLineage
@testable import ZhengceSession
import ZhengceStore

/// The reading stage makes the export's entries only when lineage will not analyse every document (issue 16: in a
/// full run they were made for every document and let go unused before the analysis). What it foresees from the
/// store is what `linkAndExport` then does, run after run, and the readings without entries are those with.
@Suite struct AnalysisAheadTests {
    typealias Workspace = SeedWorkspace

    @Test func whatIsForeseenIsWhatLineageDoes() throws {
        let workspace = try Workspace()
        func run(_ session: CorpusSession, out: URL? = nil) throws -> (foreseen: Bool, done: LineageUpdate?) {
            try session.refresh()
            let foreseen = try session.analysisWillBeFull(fullLineage: false)
            #expect(try session.analysisWillBeFull(fullLineage: true))
            return (foreseen, try session.linkAndExport(out: out ?? workspace.out, force: true)?.lineage)
        }
        // No earlier analysis.
        let first = try run(try workspace.session(incremental: true))
        #expect(first.foreseen && first.done == .full)
        // Nothing changed.
        let second = try run(try workspace.session(incremental: true))
        #expect(!second.foreseen && second.done == .unchanged)
        // One document changed, the threshold lowered: an incremental run.
        let file = workspace.corpus.appendingPathComponent(IncrementalLineageTests.sichuan)
        try Data((try String(contentsOf: file, encoding: .utf8) + "\n" + IncrementalLineageTests.borrowed + "\n").utf8).write(to: file)
        let third = try run(try workspace.session(incremental: true))
        #expect(!third.foreseen)
        guard case .incremental = third.done else { Issue.record("expected an incremental run, got \(String(describing: third.done))"); return }
        // Another change with the usual threshold (200 documents): five seeds are analysed in full.
        try Data((try String(contentsOf: file, encoding: .utf8) + "\n加快海外仓建设。\n").utf8).write(to: file)
        let fourth = try run(try workspace.session(incremental: false))
        #expect(fourth.foreseen && fourth.done == .full)
        // A new tool: every document parsed again and no state of this fingerprint.
        let fifth = try run(try workspace.session(incremental: true, tool: "test-other"))
        #expect(fifth.foreseen && fifth.done == .full)
    }

    @Test func readingsWithoutEntriesAreThoseWithTheEntryLeftOut() throws {
        let workspace = try Workspace()
        let session = try workspace.session()
        try session.refresh()
        let documents = try session.documents()
        let resolver = try session.resolver()
        let with = DocumentReading.readings(of: documents, resolver: resolver)
        let without = DocumentReading.readings(of: documents, resolver: resolver, entries: false)
        #expect(with.count == documents.count && without.count == documents.count)
        #expect(with.allSatisfy { $0.entry != nil } && without.allSatisfy { $0.entry == nil })
        #expect(without == with.map { var reading = $0; reading.entry = nil; return reading })
    }

    /// A first run (a full analysis, no entries made) exports what a run that makes them exports: the export
    /// of an unchanged store, whose entries are made, written to another folder, is the same bytes.
    @Test func aFullRunExportsWhatARunWithEntriesExports() throws {
        let workspace = try Workspace()
        let session = try workspace.session()
        try session.refresh()
        #expect(try session.linkAndExport(out: workspace.out)?.lineage == .full)
        let elsewhere = workspace.root.appendingPathComponent("elsewhere")
        let again = try workspace.session()
        try again.refresh()
        #expect(try !again.analysisWillBeFull(fullLineage: false))
        #expect(try again.linkAndExport(out: elsewhere)?.lineage == .unchanged)
        for name in ["zhengce.json", "zhengce.jsonld", "zhengce.ndjson"] {
            #expect(try Data(contentsOf: workspace.out.appendingPathComponent(name)) == Data(contentsOf: elsewhere.appendingPathComponent(name)), "\(name)")
        }
    }
}
