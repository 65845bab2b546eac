import Foundation
import Testing
import TestSupport
import ZhengceDocument
import ZhengceExport
import ZhengceLineage

/// An export prepared ahead (`Exporter.prepare`: the catalog's pass over the documents made on another thread
/// while the links are still being made) writes what an export made in one go writes: the real fixtures with
/// awkward links (doubles, external ends, a stray link, an index link), in parts, every format.
@Suite struct PreparedExportTests {
    func export(_ documents: [PolicyDocument], _ links: [LineageLink], to folder: URL, prepared: Bool?,
                previous: ExportRecord? = nil) throws -> Exporter.Summary {
        let options = ExportOptions(partsAbove: 3, partSize: 4)
        let input = ExportInput(source: ExportDocuments(documents), linkSource: ExportLinkSource(links))
        let exporter = Exporter(options: options)
        let reuse = ExportReuse(previous: previous, stamp: "test")
        guard let background = prepared else { return try exporter.write(input, formats: ExportFormat.allCases, to: folder, reuse: reuse) }
        return try exporter.write(try exporter.prepare(input, formats: ExportFormat.allCases, background: background), to: folder, reuse: reuse)
    }

    /// What a record says was made from what (its folder and the files' modification times left out).
    static func digests(_ record: ExportRecord?) -> [String] {
        guard let record else { return [] }
        return [record.global] + record.entries.flatMap { entry in
            ["\(entry.name) \(entry.size)"] + entry.pieces.map { "\($0.name) \($0.digest) \($0.offset)" }
        }
    }

    @Test func aPreparedExportWritesWhatOneInOneGoWrites() throws {
        let documents = try ExportDocumentsTests.documents()
        var links = try ExportDocumentsTests.awkwardLinks(documents)
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("zhengce-prepared-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let folders = ["once", "back", "fore"].map { root.appendingPathComponent($0) }
        var summaries: [Exporter.Summary] = []
        for (folder, prepared) in zip(folders, [nil, true, false]) {
            summaries.append(try export(documents, links, to: folder, prepared: prepared))
        }
        let written = try ExportDocumentsTests.files(in: folders[0])
        #expect(written.count > 3 && summaries[0].parts > 1)
        #expect(!summaries[0].warnings.isEmpty, "the awkward links give warnings (doubles, unknown measures)")
        for (folder, summary) in zip(folders, summaries).dropFirst() {
            #expect(try ExportDocumentsTests.files(in: folder) == written)
            #expect(summary.warnings == summaries[0].warnings && summary.counts == summaries[0].counts)
            #expect(Self.digests(summary.record) == Self.digests(summaries[0].record) && !Self.digests(summary.record).isEmpty)
        }
        // Links changed after the first export (one link's evidence): kept and made parts the same either way.
        let n = try #require(links.firstIndex { !$0.from.external && !$0.to.external && !($0.evidence?.spans.isEmpty ?? true) })
        links[n].evidence!.spans[0].text += "又"
        let again = try export(documents, links, to: folders[0], prepared: nil, previous: summaries[0].record)
        let prepared = try export(documents, links, to: folders[1], prepared: true, previous: summaries[1].record)
        #expect(again.kept.partsMade > 0 && again.kept.parts > 0)
        #expect(prepared.kept == again.kept)
        #expect(try ExportDocumentsTests.files(in: folders[1]) == ExportDocumentsTests.files(in: folders[0]))
    }

    /// What the catalog takes of each document, made by the caller (in another order), writes what the catalog's
    /// own pass over the documents writes, and that pass reads no document; entries of other documents (one
    /// missing) are not used.
    @Test func documentEntriesGivenWriteWhatTheCatalogsOwnReadingWrites() throws {
        let documents = try ExportDocumentsTests.documents()
        let links = try ExportDocumentsTests.awkwardLinks(documents)
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("zhengce-entries-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let entries = Array(documents.map(ExportDocumentEntry.init).reversed())
        let cases: [(String, [ExportDocumentEntry]?)] = [("read", nil), ("given", entries), ("other", Array(entries.dropFirst()))]
        /// Each case's export in `formats` into a folder of `suffix`: its summary and the documents it read.
        func run(_ formats: [ExportFormat], suffix: String) throws -> [(summary: Exporter.Summary, reads: Int)] {
            try cases.map { name, given in
                let reads = ExportDocumentsTests.Reads()
                let input = ExportInput(source: ExportDocumentsTests.onDemand(documents, reads: reads), linkSource: ExportLinkSource(links),
                                        documentEntries: given)
                let summary = try Exporter(options: ExportOptions(partsAbove: 3, partSize: 4)).write(
                    input, formats: formats, to: root.appendingPathComponent(name + suffix), reuse: ExportReuse(previous: nil, stamp: "test"))
                return (summary, reads.total)
            }
        }
        let summaries = try run(ExportFormat.allCases, suffix: "").map(\.summary)
        let written = try ExportDocumentsTests.files(in: root.appendingPathComponent("read"))
        #expect(written.count > 3)
        for (name, _) in cases.dropFirst() { #expect(try ExportDocumentsTests.files(in: root.appendingPathComponent(name)) == written) }
        for summary in summaries.dropFirst() {
            #expect(summary.warnings == summaries[0].warnings && summary.counts == summaries[0].counts)
            #expect(Self.digests(summary.record) == Self.digests(summaries[0].record))
        }
        // Documents read, counted with one format at a time: JSON and JSON-LD written together share each part's
        // links (`PartLinkShare`), and whether both read a part's links (and the documents a double's order needs)
        // depends on timing.
        for format in ExportFormat.allCases {
            let totals = try run([format], suffix: "-\(format)").map(\.reads)
            #expect(totals[1] == totals[0] - documents.count, "\(format): \(totals)")
            #expect(totals[2] == totals[0], "\(format): \(totals)")
        }
    }

    @Test func onlyAnExportThatReadsItsLinksIsPrepared() throws {
        let documents = try ExportDocumentsTests.documents()
        let held = ExportInput(documents: documents)
        #expect(throws: ExportError.self) { try Exporter().prepare(held, formats: ExportFormat.allCases) }
        let single = ExportInput(source: ExportDocuments(documents), linkSource: ExportLinkSource([]))
        #expect(throws: ExportError.self) { try Exporter(options: ExportOptions(partsAbove: nil)).prepare(single, formats: [.json]) }
    }
}
