import Foundation
import Testing
import TestSupport
import ZhengceDocument
@testable import ZhengceLineage

/// A full analysis hands its links over a batch at a time (`LineageAnalyzer.analysisHandingOver`,
/// `LineageHandOver.handOver(batch:_:)`): the batches, put end to end, are the links of `analyze(_:keepingStatistics:)`.
@Suite struct LinkHandOverTests {
    static let documents = LineageReadingTests.documents

    /// The batches `size` at a time of an analysis of `documents`, and the analysis without links.
    func handOver(_ documents: [PolicyDocument], size: Int) -> (batches: [[LineageLink]], analysis: LineageAnalysis) {
        let handOver = LineageAnalyzer().analysisHandingOver(documents, keepingStatistics: true)
        var batches: [[LineageLink]] = []
        handOver.handOver(batch: size) { batches.append($0) }
        // A second call hands nothing over.
        handOver.handOver(batch: size) { batches.append($0) }
        return (batches, handOver.analysis())
    }

    @Test(arguments: [1, 7, 64, 1_000_000])
    func batchesAreTheLinksOfTheResult(size: Int) throws {
        let documents = LinkHandOverTests.documents
        let whole = LineageAnalyzer().analyze(documents, keepingStatistics: true)
        let links = whole.graph.links
        #expect(links.count > 50)
        let (batches, analysis) = handOver(documents, size: size)
        #expect(batches.flatMap { $0 } == links)
        #expect(batches.count == (links.count + size - 1) / size)
        #expect(batches.dropLast().allSatisfy { $0.count == size })
        #expect((1...size).contains(batches.last?.count ?? 0))
        #expect(analysis.graph.links.isEmpty)
        #expect(analysis.graph.documents == whole.graph.documents)
        #expect(analysis.corpusStatistics != nil && analysis.corpusStatistics?.encoded() == whole.corpusStatistics?.encoded())
        // The passages' texts are cut in every batch: each is the `from` document's text at its offsets.
        let text = Dictionary(documents.map { ($0.id, $0.text) }, uniquingKeysWith: { a, _ in a })
        var spans = 0
        for link in batches.joined() {
            for span in link.evidence?.spans ?? [] {
                let utf16 = Array(text[link.from.document]!.utf16)
                #expect(span.text == String(decoding: utf16[span.fromStart..<span.fromEnd], as: UTF16.self))
                spans += 1
            }
        }
        #expect(spans > 30)
        guard size == 7 else { return }
        // Batches of 7 end inside the links of one measure's document: a boundary with the same deriving document
        // on both sides.
        let inside = stride(from: size, to: links.count, by: size).filter { links[$0 - 1].from.document == links[$0].from.document }
        #expect(inside.count >= 3)
    }

    /// A corpus without a link: no batch.
    @Test func noLinkNoBatch() throws {
        let alone = try #require(LinkHandOverTests.documents.first { LineageAnalyzer().analyze([$0]).graph.links.isEmpty })
        let (batches, analysis) = handOver([alone], size: 4)
        #expect(batches.isEmpty)
        #expect(analysis.graph.documents.map(\.id) == [alone.id])
        #expect(handOver([], size: 4).batches.isEmpty)
    }

    /// One link: one batch of one, however large the batches.
    @Test func oneLinkOneBatch() throws {
        let analyzer = LineageAnalyzer()
        let alone = try #require(LinkHandOverTests.documents.first { analyzer.analyze([$0]).graph.links.count == 1 })
        let link = try #require(analyzer.analyze([alone]).graph.links.first)
        for size in [1, 4_096] {
            #expect(handOver([alone], size: size).batches == [[link]])
        }
    }
}
