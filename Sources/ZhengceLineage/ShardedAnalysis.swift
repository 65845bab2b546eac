import Foundation
import ZhengceDocument
import ZhengceText

/// What every shard of a first run in shards shares, made once: the trigram index over every measure, the
/// titles' folded units, the count of formula measures, and the candidate pairs of a retrieval over every measure.
struct ShardInputs: Sendable {
    let index: MeasureIndex
    let titles: [[UInt16]]
    let formulas: Int
    let pairs: [UInt64]
}

extension LineageAnalyzer {
    /// The ids of `documents` in shards of at least `size` documents (the last may be smaller), in id order, the
    /// versions of one text by their metadata (the same 发文字号, or the same title within one region) in one shard.
    public static func shards(_ documents: [PolicyDocument], size: Int) -> [[String]] {
        let sorted = documents.sorted { $0.id < $1.id }
        var root = Array(sorted.indices)
        func find(_ i: Int) -> Int {
            var i = i
            while root[i] != i { root[i] = root[root[i]]; i = root[i] }
            return i
        }
        for members in Context.versionGroups(sorted).values where members.count > 1 {
            for m in members.dropFirst() {
                let a = find(members[0]), b = find(m)
                if a != b { root[max(a, b)] = min(a, b) }
            }
        }
        // Each family under its first document (the smallest index: roots are always the smaller one).
        var families: [Int: [Int]] = [:]
        for i in sorted.indices { families[find(i), default: []].append(i) }
        var shards: [[String]] = [], current: [String] = []
        for first in families.keys.sorted() {
            current += families[first]!.map { sorted[$0].id }
            if current.count >= max(1, size) { shards.append(current); current = [] }
        }
        if !current.isEmpty { shards.append(current) }
        return shards
    }

    /// A full analysis of `documents` made in shards of about `size` documents (`shards(_:size:)`), to hold the
    /// alignments and links of one shard at a time: the corpus's word counts and the candidate pairs of every
    /// measure first, then for each shard an analysis like an incremental one (`analyze(_:changed:neighbours:corpus:)`)
    /// with the shard as the changed documents, its words cut in every document its measures align with, handed to
    /// `body` without the links that have an end in an earlier shard (made with it). Returns the corpus's counts,
    /// as a full analysis keeps them.
    public func analyzeInShards(_ documents: [PolicyDocument], size: Int,
                                _ body: (LineageAnalysis) throws -> Void) rethrows -> CorpusStatistics {
        let sorted = documents.sorted { $0.id < $1.id }
        let inputs: ShardInputs, statistics: CorpusStatistics
        do {
            var base = Context(documents: sorted, options: options)
            base.segmenter = segmenter
            base.resolveCitations()
            base.computeTimes()
            base.detectVersionsByMetadata()
            let (rows, titles, formulas) = base.foldedRows()
            let index = MeasureIndex(contents: rows)
            var counts = AlignmentStatistics()
            let pairs = base.aligner().candidatePairs(index, statistics: &counts)
            HeapTrim.note("lineage: shared index and \(pairs.count) candidate pairs")
            let words = WordIndex(units: index.units, titles: titles, documentOf: index.documentOf,
                                  documentCount: index.documentCount, segmenter: segmenter).wordCounts
            base.index = index
            statistics = CorpusStatistics(measures: index.count, documents: index.documentCount, words: words,
                                          terms: base.termCounts(index))
            inputs = ShardInputs(index: index, titles: titles, formulas: formulas, pairs: pairs)
        }
        HeapTrim.note("lineage: corpus counts")
        let position = Dictionary(sorted.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        var done = Set<Int>()
        for shard in LineageAnalyzer.shards(sorted, size: size) {
            let focus = Set(shard.compactMap { position[$0] })
            var context = Context(documents: sorted, options: options)
            context.segmenter = segmenter
            context.corpus = statistics
            context.focus = focus
            context.done = done
            context.shared = inputs
            context.widenWordScope = true
            context.run()
            try body(context.result())
            done.formUnion(focus)
        }
        return statistics
    }
}
