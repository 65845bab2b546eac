import Foundation
import Testing
import TestSupport
import ZhengceDocument
@testable import ZhengceLineage

/// Links in less memory (issue 16): a link end is one shared box, the analysis makes one end per measure and
/// shares it, passages' texts are cut only when links are handed over; `LinkFootprint` counts what links cost.
@Suite struct LinkFootprintTests {
    /// The end as it was before it was boxed: a plain struct, coded by the compiler.
    struct PlainEnd: Codable {
        var document: String
        var docNumber: String?
        var title: String?
        var external: Bool
        var measure: String?
        var label: String?
        var measureTitle: String?
    }

    @Test func anEndIsOneReferenceInline() {
        #expect(MemoryLayout<LinkEnd>.size == MemoryLayout<Int>.size)
        // The link's own fields: type, two ends, score, inferred, evidence (terms, spans, method, kind, support, direction).
        #expect(MemoryLayout<LineageLink>.stride <= 120, "\(MemoryLayout<LineageLink>.stride)")
        #expect(MemoryLayout<(key: LinkSortKey<String>, link: LineageLink)>.stride <= 200)
    }

    @Test func anEndCodesAsThePlainStruct() throws {
        // Keys sorted, as every writer of links (the store, the CLI's JSON) encodes them.
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let ends = [LinkEnd(document: "国务院令第699号", docNumber: "国务院令第699号", title: "国务院关于修改和废止部分行政法规的决定",
                            measure: "art-12", label: "第十二条"),
                    LinkEnd(document: "external:某法", title: "某法", external: true)]
        for end in ends {
            let plain = PlainEnd(document: end.document, docNumber: end.docNumber, title: end.title, external: end.external,
                                 measure: end.measure, label: end.label, measureTitle: end.measureTitle)
            #expect(try encoder.encode(end) == encoder.encode(plain))
            let decoded = try JSONDecoder().decode(LinkEnd.self, from: encoder.encode(plain))
            #expect(decoded == end)
            #expect(decoded.hashValue == end.hashValue)
        }
        #expect(ends[0] != ends[1])
    }

    @Test func aChangedCopyLeavesTheSharedEndAlone() {
        let shared = LinkEnd(document: "d1", title: "一部法律的标题，长于十五个字节")
        var copy = shared
        copy.label = "第一条"
        copy.title = nil
        #expect(shared.label == nil && shared.title == "一部法律的标题，长于十五个字节")
        #expect(copy.label == "第一条" && copy.title == nil && copy.document == "d1")
    }

    @Test func anAnalysisSharesEndsAndCutsPassagesOnHandOver() throws {
        let documents = SeedCorpus.documents
        let links = LineageAnalyzer().analyze(documents).graph.links
        let measureLinks = links.filter { $0.from.measure != nil }
        #expect(measureLinks.count > 20)
        // Every passage's text is the `from` document's text between its offsets, as written before.
        var passages = 0
        for link in links {
            guard let document = documents.first(where: { $0.id == link.from.document }) else { continue }
            let utf16 = Array(document.text.utf16)
            for span in link.evidence?.spans ?? [] {
                #expect(!span.text.isEmpty)
                #expect(span.text == String(decoding: utf16[span.fromStart..<span.fromEnd], as: UTF16.self))
                passages += 1
            }
        }
        #expect(passages > 20)
        // Links from one measure share one end: the footprint counts its long strings once.
        let footprint = LinkFootprint(links, link: { $0 })
        let idBlocks = footprint.fields.first { $0.name == "ends: document ids" }?.blocks ?? -1
        let longIDs = Set(links.flatMap { [$0.from.document, $0.to.document] }.filter { $0.utf8.count > 15 })
        #expect(idBlocks <= longIDs.count)
        #expect(footprint.links == links.count)
    }

    @Test func theFootprintCountsASharedBlockOnce() {
        let title = String(repeating: "标题", count: 10)
        let end = LinkEnd(document: "d", title: title)
        let terms = ["一个很长的共享词语甚至更长", "短"]
        let link = LineageLink(type: .derives, from: end, to: end, inferred: true,
                               evidence: LinkEvidence(sharedTerms: terms, method: "measure-alignment"))
        let footprint = LinkFootprint([link, link], link: { $0 })
        let titles = footprint.fields.first { $0.name == "ends: 发文字号 and titles" }
        #expect(titles?.blocks == 1)
        #expect(titles?.bytes == LinkFootprint.rounded(32 + title.utf8.count + 1))
        #expect(footprint.fields.first { $0.name == "evidence: sharedTerms arrays" }?.blocks == 1)
        #expect(footprint.fields.first { $0.name == "evidence: sharedTerms strings" }?.blocks == 1)
        #expect(footprint.fields.first { $0.name == "evidence: method" }?.blocks == 1)
        #expect(footprint.fields.first { $0.name == "ends: boxes (one per end made)" }?.blocks == 1)
        // An end prints, and reflects, as the plain struct did.
        #expect(Mirror(reflecting: end).children.compactMap(\.label)
            == ["document", "docNumber", "title", "external", "measure", "label", "measureTitle"])
    }
}
