import Foundation
import Testing
import TestSupport
import ZhengceDocument
@testable import ZhengceLineage

/// A full analysis made in shards (`LineageAnalyzer.analyzeInShards`) gives the links of the analysis in one piece.
@Suite struct ShardedAnalysisTests {
    /// The seeds, the real fixtures, the documents fixtures, and the pairs of versions of the diff fixtures.
    static let documents: [PolicyDocument] = LineageReadingTests.documents
        + ((try? Corpus(folder: Fixtures.file("diff/real")).load().documents) ?? [])

    /// The links of `documents` analysed in shards of `size`, put in the order of an analysis's result.
    func shardLinks(_ documents: [PolicyDocument], size: Int) -> (links: [LineageLink], shards: Int, statistics: CorpusStatistics) {
        var links: [LineageLink] = []
        var shards = 0
        let statistics = LineageAnalyzer().analyzeInShards(documents, size: size) { analysis in
            links += analysis.graph.links
            shards += 1
        }
        return (LineageAnalyzer.sorted(links, documents: documents), shards, statistics)
    }

    @Test(arguments: [1, 4, 9])
    func shardsGiveTheLinksOfOnePiece(size: Int) throws {
        let documents = ShardedAnalysisTests.documents
        let whole = LineageAnalyzer().analyze(documents, keepingStatistics: true)
        let expected = LineageAnalyzer.sorted(whole.graph.links, documents: documents)
        #expect(expected.count > 50)
        let (links, shards, statistics) = shardLinks(documents, size: size)
        #expect(shards > 1)
        // Compared as booleans: on a difference, the links of one side only are printed.
        let describe = { (link: LineageLink) in "\(link.type) \(link.from.document)/\(link.from.measure ?? "-") → \(link.to.document)/\(link.to.measure ?? "-") \(link.score ?? 0)" }
        let same = links == expected
        let missing = expected.filter { !links.contains($0) }.prefix(5).map(describe)
        let extra = links.filter { !expected.contains($0) }.prefix(5).map(describe)
        #expect(same, "\(links.count) links against \(expected.count); missing \(missing); extra \(extra)")
        #expect(statistics.encoded() == whole.corpusStatistics?.encoded())
    }

    @Test func versionsOfOneTextShareAShard() throws {
        let documents = ShardedAnalysisTests.documents
        let shards = LineageAnalyzer.shards(documents, size: 1)
        // Every document once, in id order within the shards' order.
        #expect(shards.flatMap { $0 }.sorted() == documents.map(\.id).sorted())
        let groups = Context.versionGroups(documents.sorted { $0.id < $1.id }).values.filter { $0.count > 1 }
        #expect(groups.count >= 10)
        let sorted = documents.sorted { $0.id < $1.id }
        for members in groups {
            let holding = Set(members.map { id in shards.firstIndex { $0.contains(sorted[id].id) } })
            #expect(holding.count == 1, "\(members.map { sorted[$0].id })")
        }
        // Shards of one document each, but for the families of versions: a document shares its shard only with its versions.
        #expect(shards.count < documents.count)
        for shard in shards where shard.count > 1 {
            for id in shard {
                let mates = groups.filter { $0.contains { sorted[$0].id == id } }.flatMap { $0.map { sorted[$0].id } }
                #expect(mates.contains { $0 != id && shard.contains($0) }, "\(id) in \(shard)")
            }
        }
    }
}
