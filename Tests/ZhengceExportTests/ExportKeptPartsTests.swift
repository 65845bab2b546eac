import Foundation
import Testing
import TestSupport
import ZhengceDocument
import ZhengceExport
import ZhengceLineage

/// An export in parts that reads its links from a source keeps the parts nothing changed without reading a
/// link of them: only the parts made again read their links (and the one pass over every link, which reads
/// no evidence). A changed evidence alone makes the parts of its link again, and the folder is what an export
/// made from nothing writes.
@Suite struct ExportKeptPartsTests {
    /// The documents whose links a source was asked for (`from` and `to` alike).
    final class LinkReads: @unchecked Sendable {
        private let lock = NSLock()
        private var ids: [String] = []
        func note(_ read: [String]) { lock.lock(); ids += read; lock.unlock() }
        var documents: Set<String> { lock.lock(); defer { lock.unlock() }; return Set(ids) }
        func clear() { lock.lock(); ids = []; lock.unlock() }
    }

    static func counting(_ links: [LineageLink], _ reads: LinkReads) -> ExportLinkSource {
        let source = ExportLinkSource(links)
        return ExportLinkSource(forEachGroup: source.forEachGroup, evidence: source.evidence,
                                from: { reads.note($0); return try source.from($0, $1) },
                                to: { reads.note($0); return try source.to($0, $1) })
    }

    @Test func keptPartsReadNoLinkAndAChangedEvidenceIsWrittenAgain() throws {
        let documents = try ExportDocumentsTests.documents()
        var links = try ExportDocumentsTests.awkwardLinks(documents)
        let options = ExportOptions(partsAbove: 3, partSize: 4)
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("zhengce-keptparts-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let out = root.appendingPathComponent("out"), fresh = root.appendingPathComponent("fresh")
        let reads = LinkReads()
        func export(_ links: [LineageLink], to folder: URL, previous: ExportRecord?) throws -> Exporter.Summary {
            let input = ExportInput(source: ExportDocuments(documents), linkSource: Self.counting(links, reads))
            return try Exporter(options: options).write(input, formats: ExportFormat.allCases, to: folder,
                                                        reuse: ExportReuse(previous: previous, stamp: "test"))
        }
        let parts = (documents.count + 3) / 4
        let first = try export(links, to: out, previous: nil)
        #expect(first.parts == parts && first.kept.partsMade == 2 * parts)
        let written = try ExportDocumentsTests.files(in: out)

        // Nothing changed: every part and line kept, no link of a document read.
        reads.clear()
        let second = try export(links, to: out, previous: first.record)
        #expect(second.kept == Exporter.Kept(parts: 2 * parts, partsMade: 0, lines: documents.count, linesMade: 0))
        #expect(reads.documents.isEmpty, "kept parts read the links of \(reads.documents.sorted())")
        #expect(try ExportDocumentsTests.files(in: out) == written)

        // Only the text of one shared span of a measure link between two corpus documents changes.
        let n = try #require(links.firstIndex { link in
            !link.from.external && !link.to.external && link.from.document != link.to.document
                && link.from.measure != nil && !(link.evidence?.spans.isEmpty ?? true)
        })
        links[n].evidence!.spans[0].text += "又"
        reads.clear()
        let third = try export(links, to: out, previous: second.record)
        let readDocuments = reads.documents
        let made = try export(links, to: fresh, previous: nil)
        let kept = try ExportDocumentsTests.files(in: out), expected = try ExportDocumentsTests.files(in: fresh)
        #expect(Set(kept.keys) == Set(expected.keys))
        for (name, bytes) in expected { #expect(kept[name] == bytes, "\(name) differs from an export made from nothing") }
        #expect(kept != written)
        // Made again: the parts of the link's ends (JSON and JSON-LD) and no other; the links read are theirs.
        let ids = documents.map(\.id).sorted()
        let touched = Set([links[n].from.document, links[n].to.document].compactMap { ids.firstIndex(of: $0) }.map { $0 / 4 })
        #expect(third.kept.partsMade == 2 * touched.count, "\(third.kept)")
        #expect(third.kept.parts == 2 * (parts - touched.count))
        let readParts = Set(readDocuments.compactMap { ids.firstIndex(of: $0) }.map { $0 / 4 })
        #expect(readParts == touched, "links read of parts \(readParts.sorted()), made \(touched.sorted())")
        #expect(made.kept.partsMade == 2 * parts)
    }
}
