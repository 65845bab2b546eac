import Foundation
import Testing
import TestSupport
import ZhengceDocument
@testable import ZhengceExport
import ZhengceLineage

/// What an edit run's export does less of: NDJSON reads only the documents whose lines it makes (and their links,
/// without evidence); JSON and JSON-LD read each part's links once between them; the JSON-LD parts that will be
/// made have their nodes made ahead on another thread. Each gives the bytes of an export made from nothing.
@Suite struct EditRunExportTests {
    @Test func ndjsonReadsTheLinksOfTheDocumentsWhoseLinesItMakesOnly() throws {
        let documents = try ExportDocumentsTests.documents()
        var links = try ExportDocumentsTests.awkwardLinks(documents)
        let options = ExportOptions(partsAbove: 3, partSize: 4)
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("zhengce-ndjsonreads-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let out = root.appendingPathComponent("out"), fresh = root.appendingPathComponent("fresh")
        let reads = ExportKeptPartsTests.LinkReads()
        final class Flag: @unchecked Sendable { var raised = false }
        let evidenceAsked = Flag()
        func export(_ links: [LineageLink], to folder: URL, previous: ExportRecord?) throws -> Exporter.Summary {
            let source = ExportKeptPartsTests.counting(links, reads)
            let asked = ExportLinkSource(forEachGroup: source.forEachGroup, evidence: source.evidence,
                                         from: { ids, evidence in if evidence { evidenceAsked.raised = true }; return try source.from(ids, evidence) },
                                         to: source.to)
            let input = ExportInput(source: ExportDocuments(documents), linkSource: asked)
            return try Exporter(options: options).write(input, formats: [.ndjson], to: folder,
                                                        reuse: ExportReuse(previous: previous, stamp: "test"))
        }
        let first = try export(links, to: out, previous: nil)
        #expect(first.kept.linesMade == documents.count)
        #expect(!evidenceAsked.raised, "an NDJSON line shows no evidence")
        // One measure link's evidence and score change: the lines of its two documents are made again, from their links alone.
        let n = try #require(links.firstIndex { link in
            !link.from.external && !link.to.external && link.from.document != link.to.document && link.from.measure != nil
                && link.type == .derives && links.filter { $0.from == link.from && $0.to == link.to }.count == 1
        })
        links[n].score = (links[n].score ?? 0.5) / 3
        reads.clear()
        let second = try export(links, to: out, previous: first.record)
        let ends: Set<String> = [links[n].from.document, links[n].to.document]
        #expect(second.kept.linesMade == 2 && second.kept.lines == documents.count - 2, "\(second.kept)")
        #expect(reads.documents == ends, "links read of \(reads.documents.sorted()), lines made of \(ends.sorted())")
        _ = try export(links, to: fresh, previous: nil)
        #expect(try ExportDocumentsTests.files(in: out) == ExportDocumentsTests.files(in: fresh))
    }

    @Test func aPartsLinksAreReadOnceForBothFormatsAndLetGo() throws {
        func links(_ n: Int) -> [ExportCatalog.ResolvedLink] {
            let end = LinkEnd(document: "d\(n)")
            let link = LineageLink(type: .cites, from: end, to: LinkEnd(document: "e\(n)"), score: nil, inferred: false, evidence: nil)
            return Array(repeating: ExportCatalog.ResolvedLink(iri: "l\(n)", link: link, fromIRI: "a", toIRI: "b", fromDocument: "d\(n)",
                                                               toDocument: nil, fromIsMeasure: false, toIsMeasure: false), count: n)
        }
        var read: [Int] = []
        let share = PartLinkShare(limit: 10)
        // JSON reads parts 0 to 2 first, then JSON-LD takes them without reading.
        for k in 0..<3 { #expect(try share.links(k, format: .json) { read.append(k); return links(k + 1) }.count == k + 1); share.passed(k, format: .json) }
        #expect(share.heldCount == 1 + 2 + 3)
        for k in 0..<3 {
            #expect(try share.links(k, format: .jsonld) { read.append(100 + k); return links(k + 1) }.map(\.iri) == links(k + 1).map(\.iri))
            share.passed(k, format: .jsonld)
        }
        #expect(read == [0, 1, 2] && share.reads == 3 && share.heldCount == 0)
        // Past the limit nothing more is left: the other format reads it itself.
        #expect(try share.links(3, format: .json) { links(8) }.count == 8)
        #expect(try share.links(4, format: .json) { links(5) }.count == 5)
        #expect(share.heldCount == 8)
        // A part the other format passes without asking (kept) is let go; so is one both read.
        share.passed(4, format: .jsonld)
        #expect(share.heldCount == 0)
        #expect(try share.links(5, format: .json) { links(2) }.count == 2)
        #expect(try share.links(5, format: .jsonld) { links(2) }.count == 2 && share.heldCount == 0)
        // Nothing is left for a part the other format is already done with.
        share.passed(7, format: .json)
        #expect(try share.links(6, format: .jsonld) { links(1) }.count == 1 && share.heldCount == 0)
        // An error of the reading is thrown and leaves nothing.
        struct Failed: Error {}
        #expect(throws: Failed.self) { try share.links(9, format: .json) { throw Failed() } }
        #expect(share.heldCount == 0)
    }

    @Test func jsonldPartsMadeAheadAreThoseMadeInTurn() throws {
        let documents = try ExportDocumentsTests.documents()
        let links = try ExportDocumentsTests.awkwardLinks(documents)
        let options = ExportOptions(partsAbove: 3, partSize: 4)
        let input = ExportInput(source: ExportDocuments(documents), linkSource: ExportLinkSource(links))
        let catalog = try ExportCatalog(input: input, options: options)
        let shards = ExportShards(documentCount: catalog.heads.count, format: .jsonld, options: options)
        #expect(shards.parts.count > 2)
        let byPart = Exporter.LinksByPart(catalog: catalog, parts: shards.parts)
        let exporter = JSONLDExporter(catalog: catalog)
        func run(made: (@Sendable (Int) -> Bool)?, kept: Set<Int> = []) throws -> [String] {
            var emitted: [String] = []
            let index = try exporter.parts(shards.parts, links: { try byPart.links($0, of: catalog, format: .jsonld) },
                                           indexLinks: byPart.index, ends: { try byPart.ends($0, of: catalog) ?? [] },
                                           candidates: { k in kept.contains(k) ? [] : nil }, keep: { k, _ in kept.contains(k) },
                                           made: made) { part, graph, taken in
                emitted.append("\(part.number) \(taken) " + (graph?.serialized(.pretty) ?? "kept"))
            }
            return emitted + [index.serialized(.pretty)]
        }
        let inTurn = try run(made: nil)
        #expect(inTurn.count == shards.parts.count + 1)
        #expect(try run(made: { _ in true }) == inTurn)
        #expect(try run(made: { $0 % 2 == 0 }) == inTurn)
        // A part kept in turn is not made ahead: the others are still made as in turn.
        let kept: Set<Int> = [1]
        let keptInTurn = try run(made: nil, kept: kept)
        #expect(keptInTurn[1].hasSuffix("kept"))
        #expect(try run(made: { !kept.contains($0) }, kept: kept) == keptInTurn)
    }
}
