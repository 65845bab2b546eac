import Foundation
import Testing
import TestSupport
import ZhengceDocument
import ZhengceExport
import ZhengceLineage
@testable import ZhengceSession
import ZhengceStore

/// The parts of an edit run that run at once on two cores give what they give one after another: the reading
/// stage's readings, the export's pass over the documents made while lineage runs, the pass over every link
/// read on another thread in ranges of documents, and the hand-off between two threads that carries it.
@Suite struct ParallelEditRunTests {
    typealias Workspace = SeedWorkspace

    /// The main job's second half on two copies of the seeds, one with the export's document pass made while
    /// lineage runs (the default) and one after it, first run then an edit: same files, same summary.
    @Test func anExportMadeWhileLineageRunsEqualsOneMadeAfterIt() throws {
        let options = ExportOptions(partsAbove: 1, partSize: 2)
        let parallel = try Workspace(), sequential = try Workspace()
        func run(_ workspace: Workspace, _ together: Bool) throws -> LinkExportSummary {
            let session = try workspace.session(incremental: true)
            session.parallelExport = together
            try session.refresh()
            return try #require(try session.linkAndExport(out: workspace.out, options: options))
        }
        for round in 0..<2 {
            if round == 1 {
                for workspace in [parallel, sequential] {
                    let file = workspace.corpus.appendingPathComponent(ExportReuseTests.mofcom)
                    let text = try String(contentsOf: file, encoding: .utf8)
                    try Data(text.replacingOccurrences(of: "海外仓", with: "境外仓").utf8).write(to: file)
                }
            }
            let a = try run(parallel, true), b = try run(sequential, false)
            #expect(a.lineage == b.lineage && a.links == b.links && a.links > 0)
            #expect(a.export.counts == b.export.counts && a.export.warnings == b.export.warnings && a.export.kept == b.export.kept)
            #expect(a.export.parts == 3)
            let madeTogether = try ExportReuseTests().files(parallel.out), madeAfter = try ExportReuseTests().files(sequential.out)
            #expect(madeTogether.keys.sorted() == madeAfter.keys.sorted() && madeTogether.count > 3)
            for (name, data) in madeAfter { #expect(madeTogether[name] == data, "round \(round): \(name) differs") }
        }
    }

    /// The pass over every link read in ranges of `from` documents on another thread gives the groups, links
    /// and evidence texts of one read, in the same order, whatever the size of the ranges.
    @Test func theLinkPassReadInRangesGivesOneReadsGroups() throws {
        let workspace = try Workspace()
        let session = try workspace.session(incremental: true)
        try session.refresh()
        _ = try session.linkAndExport(out: workspace.out, options: ExportOptions(partsAbove: 1, partSize: 2))
        let store = try Store(path: workspace.db)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        func groups(_ perRead: Int?) throws -> [[String]] {
            var result: [[String]] = []
            try ExportInputBuilder.linkSource(store, documentsPerRead: perRead).forEachGroup { group in
                result.append(try group.map { stored in
                    String(decoding: try encoder.encode(stored.link), as: UTF8.self) + "|" + (stored.evidence ?? "-")
                })
            }
            return result
        }
        let oneRead = try groups(nil)
        let documents = try store.linkFromDocuments()
        #expect(documents.count >= 3 && oneRead.count == documents.count)
        #expect(oneRead.joined().count == (try store.counts().links))
        for perRead in [1, 2, 128] {
            let ranged = try groups(perRead)
            #expect(ranged == oneRead, "\(perRead) documents per read: \(ranged.count) groups against \(oneRead.count)")
        }
    }

    /// Each batch's readings made on every core are those made one after another, and each is what lineage,
    /// the segmenter and the export take of its document.
    @Test func readingsOnEveryCoreAreThoseMadeInTurn() throws {
        let workspace = try Workspace()
        let session = try workspace.session()
        try session.refresh()
        let documents = try session.documents()
        let resolver = try session.resolver()
        #expect(documents.count >= 5)
        let together = DocumentReading.readings(of: documents, resolver: resolver)
        let inTurn = DocumentReading.readings(of: documents, resolver: resolver, parallel: false)
        #expect(together == inTurn)
        for (document, reading) in zip(documents, together) {
            #expect(reading.form == LineageAnalyzer.reading(document))
            #expect(reading.terms == DocumentTerms.terms(of: document))
            #expect(reading.issuers == ExportInputBuilder.issuerDepartments(of: document, resolver: resolver))
            #expect(reading.entry == ExportDocumentEntry(document))
        }
        #expect(together.contains { !$0.issuers.isEmpty } && together.contains { !$0.terms.isEmpty })
    }
}
