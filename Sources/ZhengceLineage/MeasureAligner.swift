import Foundation
import ZhengceText

/// A scored similarity between two indexed measures (rows of a `MeasureIndex`), `a < b`.
struct MeasureAlignment: Sendable {
    var a: Int
    var b: Int
    /// Similarity in 0...1.
    var score: Double
    /// Weighted trigram cosine.
    var cosine: Double
    /// Shared passages, `a` in row a's units and `b` in row b's: the first three, inline (`KeptPassages`).
    var passages: KeptPassages
}

/// The passages an alignment keeps, inline (no array per alignment; an analysis holds hundreds of thousands of
/// alignments): the first three the finder gave, what a link's evidence shows, and the lengths of all of them,
/// which say whether the match is verbatim.
struct KeptPassages: Sendable, RandomAccessCollection {
    struct Kept: Sendable, Hashable {
        var a: Int32
        var b: Int32
        var length: Int32
    }
    /// How many passages the finder gave.
    var found: Int { Int(foundCount) }
    /// The longest passage's length and the sum of all lengths, in content units.
    var longest: Int { Int(longestLength) }
    var total: Int { Int(totalLength) }
    private let foundCount: Int32, longestLength: Int32, totalLength: Int32
    private var first = Kept(a: 0, b: 0, length: 0), second = Kept(a: 0, b: 0, length: 0), third = Kept(a: 0, b: 0, length: 0)

    init(_ passages: [Passage]) {
        foundCount = Int32(passages.count)
        longestLength = Int32(passages.reduce(0) { Swift.max($0, $1.length) })
        totalLength = Int32(passages.reduce(0) { $0 + $1.length })
        func kept(_ k: Int) -> Kept { Kept(a: Int32(passages[k].a), b: Int32(passages[k].b), length: Int32(passages[k].length)) }
        if passages.count > 0 { first = kept(0) }
        if passages.count > 1 { second = kept(1) }
        if passages.count > 2 { third = kept(2) }
    }

    var startIndex: Int { 0 }
    var endIndex: Int { Swift.min(Int(foundCount), 3) }
    subscript(position: Int) -> (a: Int, b: Int, length: Int) {
        let kept = position == 0 ? first : (position == 1 ? second : third)
        return (Int(kept.a), Int(kept.b), Int(kept.length))
    }
}

/// What an alignment run cost.
public struct AlignmentStatistics: Codable, Sendable, Hashable {
    /// Measures indexed.
    public var measures: Int = 0
    /// Distinct trigrams indexed.
    public var trigrams: Int = 0
    /// Trigrams left out of retrieval because they are too common (more postings than `postingCap`).
    public var cappedTrigrams: Int = 0
    /// The posting cap used.
    public var postingCap: Int = 0
    /// Postings read during retrieval, in total.
    public var postingsVisited: Int = 0
    /// Queries whose retrieval stopped at `MeasureAligner.postingBudget` (their commonest trigrams left out).
    public var budgetedQueries: Int = 0
    /// Reverse queries of an incremental analysis that stopped early: none of the changed documents' measures
    /// could be among their candidates (see `MeasureAligner.candidatePairs`).
    public var abandonedQueries: Int = 0
    /// Measures touched by retrieval (sharing a trigram), summed over queries.
    public var candidatesTouched: Int = 0
    /// Candidate pairs scored in full (passages and cosine), in total.
    public var pairsScored: Int = 0
    /// Alignments kept (score at or above the minimum).
    public var alignmentsKept: Int = 0
    /// Seconds spent indexing.
    public var indexSeconds: Double = 0
    /// Seconds spent retrieving and scoring.
    public var alignSeconds: Double = 0
    /// Of which retrieving the candidate pairs (`MeasureAligner.candidatePairs`).
    public var retrievalSeconds: Double = 0
    /// Measures left out as formula articles (purpose, entry into force, 从其规定).
    public var formulaMeasures: Int = 0
    /// Seconds spent segmenting measures into words and weighting them.
    public var wordSeconds: Double = 0
    /// Linked document pairs searched for paraphrased take-ups, and the take-ups found.
    public var paraphrasePairs: Int = 0
    public var paraphraseLinks: Int = 0
    /// Measure pairs scored in full inside implementing document pairs beyond retrieval's candidates.
    public var citedPairsScored: Int = 0
    /// Paraphrased take-ups found between two pieces of legislation (the relative rule with in-pair word weights).
    public var legislationParaphraseLinks: Int = 0
    /// Measure links dropped as far runners-up of a better link from the same measure to the same document.
    public var runnersUpDropped: Int = 0
    /// Measure links (derives, related) between two pieces of legislation dropped because the documents have no
    /// relation of their own (no version, shared subject or verbatim run of measures).
    public var unrelatedLinksDropped: Int = 0
    /// Derives links between two pieces of legislation dropped because the parent article is outside the
    /// counterpart of the child article's chapter (`Context.dropOffChapter`, below `LineageOptions.chapterScore`).
    public var offChapterDropped: Int = 0
    /// Derives links dropped because the child article has another link into the same parent in the order of its
    /// neighbours' sources and this one is out of it (`Context.dropOutOfOrderSiblings`, below `LineageOptions.orderScore`).
    public var outOfOrderDropped: Int = 0
    /// Child articles whose derives links moved to the parent article they score best against in the pair, in the
    /// order of their neighbours' sources (`Context.choosePairArticles`).
    public var pairChoiceMoved: Int = 0
    /// Links into a version of a text dropped because the same end links to the version in force at its time
    /// (`Context.keepVersionsInForce`).
    public var versionsOutOfForceDropped: Int = 0
    /// Related measure links withheld because their child measure also links to another measure of the same
    /// document (`Context.withholdUnsure`, `LineageOptions.withholdAmbiguousRelated`).
    public var ambiguousRelatedWithheld: Int = 0
    /// Derives measure links withheld between two pieces of national legislation of one rank
    /// (`Context.withholdUnsure`, `LineageOptions.withholdPeerDerives`).
    public var peerDerivesWithheld: Int = 0
    /// Derives measure links withheld because the child cites documents of the corpus and the parent is none of them nor
    /// of their kin (`Context.withholdUnsure`, `LineageOptions.withholdOutsideSources`).
    public var outsideSourcesWithheld: Int = 0
    /// Derives measure links withheld because the articles the child article refers to are linked to parent articles
    /// the parent article does not refer to (`Context.withholdCrossReferenced`, `LineageOptions.withholdCrossReferenced`).
    public var crossReferenceWithheld: Int = 0
    /// Derives measure links withheld because every passage their articles share also appears in another article of the
    /// parent or of the child (`Context.withholdUnspecific`, `LineageOptions.withholdUnspecific`).
    public var unspecificWithheld: Int = 0
    /// Parallel measure links withheld on the same test (`Context.withholdUnspecific`,
    /// `LineageOptions.withholdUnspecificParallel`).
    public var unspecificParallelWithheld: Int = 0
    /// Derives links the specificity test would withhold and the dominance of their shared passages keeps
    /// (`Context.dominates(shared:other:)`, `LineageOptions.unspecificDominance`).
    public var unspecificDominantKept: Int = 0
}

/// Finds, for each measure, its most similar measures in other documents: candidates from the
/// trigram index (top `candidates` by weighted cosine, never all pairs), then a full score from
/// the shared passages and the cosine.
///
/// Score = 0.5·(1 − e^(−strength/15)) + 0.25·coverage + 0.25·cosine, where strength is the
/// informative length of the longest shared passage plus half that of the others, and coverage
/// the informative shared length over the shorter measure's length.
struct MeasureAligner: Sendable {
    /// Candidates kept per measure after retrieval.
    var candidates = 20
    /// Alignments scoring below this are dropped.
    var minimumScore = 0.2
    /// Passage finder (holds scratch buffers: one aligner per thread).
    var finder = PassageFinder()
    /// Buffers the scored rows are read into from the trigram file (one aligner per thread, as `finder`).
    var rows = TrigramRows()
    /// Document pairs (`min << 32 | max`) whose measures are not scored against each other (versions apart).
    var skipDocumentPairs = Set<UInt64>()
    /// Postings one query reads at most. A query whose trigrams (under the cap) hold more reads them rarest
    /// first, the most telling, and leaves out the rest once this many were read; the others are read in
    /// their order as before. The posting cap grows with the corpus (a share of the measures), so without a
    /// budget each query reads more as the corpus grows and retrieval grows with its square; with it, a query's
    /// work is bounded. On the law corpus a query reads about 4,300 postings on average (`postingsVisited`).
    var postingBudget = 60_000

    /// Aligns every measure of `index` with measures of other documents. With `queryDocuments`, only the
    /// pairs a full run would score that have a measure of those documents: their measures' candidates, and
    /// the measures that have one of theirs among their own candidates (the rows their retrieval touched).
    ///
    /// On every core: the candidates of each measure are found in chunks of measures, the pairs put together
    /// (each pair once, in row order), then scored in chunks; the result does not depend on the chunks.
    func align(_ index: MeasureIndex, statistics: inout AlignmentStatistics, queryDocuments: Set<Int32>? = nil,
               given: [UInt64]? = nil) -> [MeasureAlignment] {
        let started = Date()
        let pairs: [UInt64]
        if let given {
            // The pairs of a retrieval over every measure (`candidatePairs(_:statistics:)`), those with a queried measure.
            pairs = queryDocuments.map { query in
                given.filter { query.contains(index.documentOf[Int($0 >> 32)]) || query.contains(index.documentOf[Int($0 & 0xFFFF_FFFF)]) }
            } ?? given
        } else {
            pairs = candidatePairs(index, statistics: &statistics, queryDocuments: queryDocuments)
        }
        statistics.pairsScored += pairs.count
        let ranges = MeasureAligner.chunks(pairs.count)
        let minimumLength = finder.minimumLength
        // Each chunk's alignments are written into its region of one buffer, then moved together (`ConcurrentMap.collect`):
        // joining an array per chunk held every alignment twice for a moment (two copies of 1.05 M at twice the law corpus).
        let result = ConcurrentMap.collect(ranges) { (c, keep: (MeasureAlignment) -> Void) in
            var aligner = self
            aligner.finder = PassageFinder(minimumLength: minimumLength)
            aligner.rows = TrigramRows()
            for pair in pairs[ranges[c]] {
                let alignment = aligner.score(Int(pair >> 32), Int(pair & 0xFFFF_FFFF), in: index)
                if alignment.score >= minimumScore { keep(alignment) }
            }
        }
        statistics.alignmentsKept = result.count
        statistics.alignSeconds = Date().timeIntervalSince(started)
        return result
    }

    /// The pairs `align` scores (`a << 32 | b`, a < b, sorted, each once): every measure's candidates, or with
    /// `queryDocuments` those of the queried measures and the measures that have one of them among theirs.
    func candidatePairs(_ index: MeasureIndex, statistics: inout AlignmentStatistics, queryDocuments: Set<Int32>? = nil) -> [UInt64] {
        let started = Date()
        defer { statistics.retrievalSeconds += Date().timeIntervalSince(started) }
        let count = index.count
        let cap = MeasureAligner.postingCap(measures: count)
        statistics.postingCap = cap
        statistics.measures = count
        statistics.trigrams = index.trigramCount
        statistics.cappedTrigrams = (0..<index.trigramCount).reduce(0) { $0 + (index.frequency($1) > cap ? 1 : 0) }
        let queries = (0..<count).filter { index.norm[$0] > 0 && (queryDocuments?.contains(index.documentOf[$0]) ?? true) }
        var found = candidatePairs(index, queries: queries, cap: cap, queryDocuments: queryDocuments, reverse: false)
        if let queryDocuments {
            // The measures of other documents whose retrieval touched a queried measure: their candidates among the queried ones.
            // Each of these queries reads the whole index: whether a queried measure is among another measure's `candidates`
            // best depends on that measure's scores against every other row, not only against the queried ones (an index
            // over the queried documents alone gives the pair's score, not its rank), so the index holds every measure.
            let reverse = Set(found.flatMap(\.reverse)).sorted().map(Int.init).filter { index.norm[$0] > 0 }
            found += candidatePairs(index, queries: reverse, cap: cap, queryDocuments: queryDocuments, reverse: true,
                                    queriedRows: MeasureAligner.rowRanges(index, documents: queryDocuments))
        }
        for chunk in found {
            statistics.postingsVisited += chunk.postings
            statistics.candidatesTouched += chunk.touched
            statistics.budgetedQueries += chunk.budgeted
            statistics.abandonedQueries += chunk.abandoned
        }
        // The chunks' pairs put in one array, each chunk's let go as it is copied, then sorted and made distinct in place
        // (a joined copy and a sorted copy were made beside them).
        var pairs: [UInt64] = []
        pairs.reserveCapacity(found.reduce(0) { $0 + $1.pairs.count })
        for c in found.indices {
            pairs.append(contentsOf: found[c].pairs)
            found[c].pairs = []
        }
        found = []
        MeasureAligner.sortDistinct(&pairs)
        // What was freed here lies in the heap's holes; the alignments are written into a buffer of their own next.
        HeapTrim.trimNow()
        return pairs
    }

    /// Sorts `values` and keeps each value once, in place.
    static func sortDistinct(_ values: inout [UInt64]) {
        values.sort()
        var write = 0
        for i in values.indices where i == 0 || values[i] != values[i - 1] { values[write] = values[i]; write += 1 }
        values.removeLast(values.count - write)
    }

    /// What retrieval found for a chunk of queried measures: candidate pairs (`a << 32 | b`, a < b), postings
    /// read, measures touched, and (for queried documents) the rows of other documents touched.
    struct FoundPairs: Sendable {
        var pairs: [UInt64] = []
        var postings = 0
        var touched = 0
        var budgeted = 0
        var reverse: [Int32] = []
        /// Reverse queries that stopped once none of the queried rows could be among their candidates.
        var abandoned = 0
    }

    /// The rows of `documents` in `index`, as ranges of consecutive rows (a document's rows are consecutive).
    static func rowRanges(_ index: MeasureIndex, documents: Set<Int32>) -> [Range<Int32>] {
        var ranges: [Range<Int32>] = []
        for row in 0..<index.count where documents.contains(index.documentOf[row]) {
            let r = Int32(row)
            if let last = ranges.last, last.upperBound == r { ranges[ranges.count - 1] = last.lowerBound..<(r + 1) } else { ranges.append(r..<(r + 1)) }
        }
        return ranges
    }

    /// The top `candidates` of each of `queries` by weighted cosine (in chunks, on every core). With `reverse`,
    /// only candidates in `queryDocuments` are kept; without, the rows of other documents touched are noted.
    ///
    /// A reverse query (`queriedRows`: the rows of `queryDocuments`) first scores the queried rows alone, from the
    /// same trigrams in the same order (a binary search in each trigram's postings, which are in row order): the
    /// same sums as the whole query makes for them, so `bound`, the best of their cosines, is the best any of them
    /// ends with. A query that reaches none of them keeps none. While the whole query is read, once `candidates`
    /// rows have a cosine above `bound` so far (sums only grow as trigrams are added), none of the queried rows can
    /// be among its best: it stops there and keeps none. What is kept is what reading every trigram keeps.
    func candidatePairs(_ index: MeasureIndex, queries: [Int], cap: Int, queryDocuments: Set<Int32>?, reverse: Bool,
                        queriedRows: [Range<Int32>] = []) -> [FoundPairs] {
        let ranges = MeasureAligner.chunks(queries.count)
        let runs = MeasureAligner.documentRuns(index)
        return ConcurrentMap.run(ranges.count) { c -> FoundPairs in
            var found = FoundPairs()
            // Each row's sum so far beside its norm (`Cell`): a posting and a touched row's score read one cache line
            // of this buffer, where an array of sums and the index's norms were two lines far apart.
            let cells = UnsafeMutableBufferPointer<Cell>.allocate(capacity: index.count)
            defer { cells.deallocate() }
            for row in 0..<index.count { cells[row] = Cell(sum: 0, norm: index.norm[row]) }
            var touched: [Int32] = []
            var grams: [Int32] = []
            // The query's distinct trigrams and the posting rows it reads, one after the other (row k ends at `ends[k]`),
            // read from the trigram file.
            let file = index.file()
            var unique: [Int32] = [], postings: [Int32] = [], ends: [Int] = [], span: [Int32] = []
            for q in queries[ranges[c]] {
                let document = index.documentOf[q], norm = index.norm[q]
                // The query's own rows, skipped without reading each posting's document when a document's rows are one run.
                let own = runs?[Int(document)] ?? 0..<0
                touched.removeAll(keepingCapacity: true)
                grams.removeAll(keepingCapacity: true)
                var total = 0
                file.read(index.uniqueRange(q), into: &unique)
                for g in unique {
                    let frequency = index.frequency(Int(g))
                    guard frequency > 1, frequency <= cap, index.weight[Int(g)] * index.weight[Int(g)] > 0 else { continue }
                    grams.append(g)
                    total += frequency
                }
                if total > postingBudget {
                    grams.sort { (index.frequency(Int($0)), $0) < (index.frequency(Int($1)), $1) }
                    found.budgeted += 1
                }
                // The trigrams read: those before the budget is reached.
                var readable = 0, planned = 0
                ends.removeAll(keepingCapacity: true)
                for g in grams {
                    guard planned < postingBudget else { break }
                    planned += index.frequency(Int(g))
                    ends.append(planned)
                    readable += 1
                }
                MeasureAligner.readPostings(grams[..<readable], ends: ends, of: index, from: file, into: &postings, span: &span)
                var bound: Float = 0
                if reverse && !queriedRows.isEmpty {
                    for k in 0..<readable {
                        let gi = Int(grams[k])
                        let w = index.weight[gi] * index.weight[gi]
                        let upper = ends[k]
                        for range in queriedRows {
                            var low = k == 0 ? 0 : ends[k - 1], high = upper
                            while low < high {
                                let middle = (low + high) / 2
                                if postings[middle] < range.lowerBound { low = middle + 1 } else { high = middle }
                            }
                            while low < upper && postings[low] < range.upperBound {
                                let m = Int(postings[low])
                                if cells[m].sum == 0 { touched.append(Int32(m)) }
                                cells[m].sum += w
                                low += 1
                            }
                        }
                    }
                    for m in touched {
                        let row = Int(m)
                        bound = max(bound, cells[row].sum / (norm * cells[row].norm))
                        cells[row].sum = 0
                    }
                    let reached = !touched.isEmpty
                    touched.removeAll(keepingCapacity: true)
                    guard reached else { continue }
                }
                var read = 0, check = reverse && !queriedRows.isEmpty ? planned / 8 : Int.max, abandoned = false
                for k in 0..<readable {
                    let gi = Int(grams[k])
                    let w = index.weight[gi] * index.weight[gi]
                    let lower = k == 0 ? 0 : ends[k - 1], upper = ends[k]
                    read += upper - lower
                    found.postings += upper - lower
                    postings.withUnsafeBufferPointer { postings in
                        for p in lower..<upper {
                            let m = Int(postings[p])
                            if runs != nil ? own.contains(Int32(truncatingIfNeeded: m)) : index.documentOf[m] == document { continue }
                            if cells[m].sum == 0 { touched.append(Int32(truncatingIfNeeded: m)) }
                            cells[m].sum += w
                        }
                    }
                    if read >= check && read < planned {
                        var above = 0
                        for m in touched where cells[Int(m)].sum / (norm * cells[Int(m)].norm) > bound { above += 1 }
                        if above >= candidates { abandoned = true; break }
                        check = read * 2
                    }
                }
                if abandoned {
                    for m in touched { cells[Int(m)].sum = 0 }
                    found.abandoned += 1
                    continue
                }
                found.touched += touched.count
                if !reverse, let queryDocuments {
                    for m in touched where !queryDocuments.contains(index.documentOf[Int(m)]) { found.reverse.append(m) }
                }
                // Top `candidates` by cosine: a bounded min-heap, O(touched · log k).
                var heap = TopK(capacity: candidates)
                for m in touched {
                    let row = Int(m)
                    heap.insert(row: row, score: cells[row].sum / (norm * cells[row].norm))
                    cells[row].sum = 0
                }
                for candidate in heap.sorted() {
                    if reverse, let queryDocuments, !queryDocuments.contains(index.documentOf[candidate.row]) { continue }
                    let a = min(q, candidate.row), b = max(q, candidate.row)
                    if !skipDocumentPairs.isEmpty {
                        let x = UInt64(index.documentOf[a]), y = UInt64(index.documentOf[b])
                        if skipDocumentPairs.contains(min(x, y) << 32 | max(x, y)) { continue }
                    }
                    found.pairs.append(UInt64(a) << 32 | UInt64(b))
                }
            }
            return found
        }
    }

    /// The weighted cosine of rows `a` and `b` (`MeasureIndex.cosine`), read into this aligner's buffers: row `a` is
    /// read once for a run of calls with the same `a`.
    func cosine(_ a: Int, _ b: Int, in index: MeasureIndex) -> Double {
        guard index.norm[a] > 0, index.norm[b] > 0 else { return 0 }
        rows.load(a, b, of: index)
        return rows.withRows { _, _, x, y in index.cosine(a, b, x, y) }
    }

    /// Posting rows closer than this many values in the file are read together (the values between them read
    /// and not used): a passage shared by many measures gives trigrams numbered one after the other (numbered as
    /// first seen), whose rows lie side by side, and one read costs more than copying a few kilobytes.
    static let readGap = 512
    /// Values read together at most.
    static let readSpan = 1 << 16

    /// The posting rows of `grams`, one after the other in `postings` (row k ends at `ends[k]`), read from `file`: rows
    /// that lie close together in the file (`readGap`) in one read, through `span`.
    static func readPostings(_ grams: ArraySlice<Int32>, ends: [Int], of index: MeasureIndex, from file: SpillFile,
                             into postings: inout [Int32], span: inout [Int32]) {
        let count = ends.last ?? 0
        if postings.count < count { postings = [Int32](repeating: 0, count: Swift.max(count, 2 * postings.count)) }
        let base = grams.startIndex
        postings.withUnsafeMutableBufferPointer { buffer in
            var k = 0
            while k < grams.count {
                let first = index.postingRange(Int(grams[base + k]))
                var last = k, end = first.upperBound
                while last + 1 < grams.count {
                    let next = index.postingRange(Int(grams[base + last + 1]))
                    guard next.lowerBound >= end, next.lowerBound - end <= readGap, next.upperBound - first.lowerBound <= readSpan else { break }
                    last += 1; end = next.upperBound
                }
                let at = k == 0 ? 0 : ends[k - 1]
                if last == k {
                    file.read(first, into: UnsafeMutableBufferPointer(rebasing: buffer[at..<ends[k]]))
                } else {
                    file.read(first.lowerBound..<end, into: &span)
                    var to = at
                    for j in k...last {
                        let range = index.postingRange(Int(grams[base + j]))
                        for p in range { buffer[to] = span[p - first.lowerBound]; to += 1 }
                    }
                }
                k = last + 1
            }
        }
    }

    /// A row's sum of trigram weights shared with the query so far, and the row's norm (`candidatePairs`).
    struct Cell {
        var sum: Float
        let norm: Float
    }

    /// The rows of each document of `index` (by document number) when every document's rows are one run (as the
    /// index is built, in document order); nil when some document's rows are not.
    static func documentRuns(_ index: MeasureIndex) -> [Range<Int32>]? {
        guard let last = index.documentOf.max() else { return [] }
        var runs = [Range<Int32>?](repeating: nil, count: Int(last) + 1)
        var row = 0
        while row < index.count {
            let document = Int(index.documentOf[row])
            guard document >= 0, runs[document] == nil else { return nil }
            var end = row + 1
            while end < index.count && index.documentOf[end] == index.documentOf[row] { end += 1 }
            runs[document] = Int32(row)..<Int32(end)
            row = end
        }
        return runs.map { $0 ?? 0..<0 }
    }

    /// Ranges splitting `count` items into about four chunks per core (at least 256 items each).
    static func chunks(_ count: Int) -> [Range<Int>] {
        guard count > 0 else { return [] }
        let parts = max(1, min(4 * ProcessInfo.processInfo.activeProcessorCount, count / 256))
        return (0..<parts).map { k in (k * count / parts)..<((k + 1) * count / parts) }
    }

    /// Trigrams found in more measures than this are not used to find candidates (they still count
    /// in the full score): at most max(200, measures / 400) postings per trigram.
    static func postingCap(measures: Int) -> Int { max(200, measures / 400) }

    /// The full score of rows `a` and `b`.
    func score(_ a: Int, _ b: Int, in index: MeasureIndex) -> MeasureAlignment {
        rows.load(a, b, of: index)
        let (passages, cosine) = rows.withRows { ga, gb, x, y in
            (finder.passages(index.units[a], index.units[b], ga, gb, gramCount: index.trigramCount, weight: index.unitWeight),
             index.cosine(a, b, x, y))
        }
        let total = passages.reduce(0) { $0 + $1.effective }
        let longest = passages.map(\.effective).max() ?? 0
        let strength = longest + 0.5 * (total - longest)
        let shorter = Double(max(1, min(index.units[a].count, index.units[b].count)))
        let coverage = min(1, total / shorter)
        let score = 0.5 * (1 - exp(-strength / 15)) + 0.25 * coverage + 0.25 * min(1, cosine)
        return MeasureAlignment(a: a, b: b, score: score, cosine: cosine, passages: KeptPassages(passages))
    }
}

/// The k best (row, score) pairs seen, kept in a min-heap; ties go to the smaller row.
struct TopK {
    let capacity: Int
    private(set) var items: [(row: Int, score: Float)] = []

    init(capacity: Int) { self.capacity = max(1, capacity); items.reserveCapacity(self.capacity) }

    /// True when `a` ranks below `b`.
    private static func worse(_ a: (row: Int, score: Float), _ b: (row: Int, score: Float)) -> Bool {
        a.score < b.score || (a.score == b.score && a.row > b.row)
    }

    mutating func insert(row: Int, score: Float) {
        let item = (row: row, score: score)
        if items.count < capacity {
            items.append(item)
            var i = items.count - 1
            while i > 0 {
                let parent = (i - 1) / 2
                guard TopK.worse(items[i], items[parent]) else { break }
                items.swapAt(i, parent); i = parent
            }
        } else if TopK.worse(items[0], item) {
            items[0] = item
            var i = 0
            while true {
                let l = 2 * i + 1, r = l + 1
                var smallest = i
                if l < items.count && TopK.worse(items[l], items[smallest]) { smallest = l }
                if r < items.count && TopK.worse(items[r], items[smallest]) { smallest = r }
                if smallest == i { break }
                items.swapAt(i, smallest); i = smallest
            }
        }
    }

    /// Best first.
    func sorted() -> [(row: Int, score: Float)] { items.sorted { TopK.worse($1, $0) } }
}
