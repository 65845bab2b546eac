import Foundation
import ZhengceText

/// An inverted index of measures by character trigrams of their folded content, with the
/// weights that make shared text meaningful.
///
/// Weights. For a trigram g seen in `df(g)` measures of `M` and in `ddf(g)` documents of `D`:
/// - `idf(g) = ln(1 + M / df(g))` (rare across measures → informative);
/// - `boiler(g) = clamp(ln((D+1)/(ddf+0.5)) / ln((D+1)/2.5), 0, 1)`: 1 for a trigram found in at
///   most two documents, falling towards 0 as it spreads over many documents (加强组织领导);
/// - `weight(g) = idf(g) · boiler(g)` for cosine similarity, and `unitWeight(g)` in 0...1
///   (`boiler · min(1, idf / ln(1 + M/2))`) to weigh shared passages character by character.
struct MeasureIndex: Sendable {
    /// The document of each indexed measure (index into the analysed documents).
    let documentOf: [Int32]
    /// The measure index inside its document.
    let measureOf: [Int32]
    /// Folded content units of each measure.
    let units: [[UInt16]]
    /// Trigram id at each position of each row (count = units - 2, or none when shorter than three units), in one
    /// buffer with row offsets (`FlatRows`: no heap block per row).
    private(set) var grams: FlatRows<Int32>
    /// Distinct trigram ids of each row, sorted, in one buffer with row offsets.
    private(set) var uniqueGrams: FlatRows<Int32>
    /// Cosine weight per trigram.
    private(set) var weight: [Float]
    /// Passage weight per trigram, 0...1.
    private(set) var unitWeight: [Float]
    /// Euclidean norm of each measure's (set) trigram vector.
    let norm: [Float]
    /// Postings in compressed rows: measures of trigram g are `postings[rowStart[g]..<rowStart[g+1]]`, in row
    /// order; trigram g's measure frequency is the length of its row (`frequency(g)`).
    private(set) var rowStart: [Int32]
    private(set) var postings: [Int32]
    /// False once `releaseTrigrams()` let go of what retrieval and scoring read.
    private(set) var holdsTrigrams = true
    /// Number of documents that have measures.
    let documentCount: Int

    /// Trigram length.
    static let n = 3

    /// Indexes `contents[i]` (the measures of document `documentOf[i]`), given in document order.
    init(contents: [(document: Int, measure: Int, units: [UInt16])]) {
        var table = IDTable(capacity: 1 << 16)
        var grams = FlatRows<Int32>()
        grams.reserve(rows: contents.count, values: contents.reduce(0) { $0 + Swift.max(0, $1.units.count - 2) })
        // A trigram's counts and the last row and document that counted it, side by side (one cache line per lookup).
        struct Counts { var measures: Int32 = 0, documents: Int32 = 0, lastRow: Int32 = -1, lastDocument: Int32 = -1 }
        var counts: [Counts] = []
        var documents = Set<Int>()
        var distinct = 0
        var ids: [Int32] = []
        for (row, item) in contents.enumerated() {
            documents.insert(item.document)
            let u = item.units
            ids.removeAll(keepingCapacity: true)
            if u.count >= MeasureIndex.n {
                let r = Int32(row), d = Int32(item.document)
                for i in 0..<(u.count - 2) {
                    let id = table.value(for: MeasureIndex.trigramKey(u, at: i), orInsert: Int32(counts.count))
                    if Int(id) == counts.count { counts.append(Counts()) }
                    ids.append(id)
                    let g = Int(id)
                    if counts[g].lastRow != r {
                        counts[g].lastRow = r; counts[g].measures += 1; distinct += 1
                        if counts[g].lastDocument != d { counts[g].lastDocument = d; counts[g].documents += 1 }
                    }
                }
            }
            grams.append(ids)
        }
        table = IDTable(capacity: 1)
        let m = Double(max(contents.count, 1)), d = Double(max(documents.count, 1))
        let boilerScale = log((d + 1) / 2.5)
        let idfCap = log(1 + m / 2)
        var weight = [Float](repeating: 0, count: counts.count), unitWeight = weight
        var rowStart = [Int32](repeating: 0, count: counts.count + 1)
        for g in 0..<counts.count {
            let df = counts[g].measures
            let idf = log(1 + m / Double(df))
            let boiler = boilerScale > 0 ? min(1, max(0, log((d + 1) / (Double(counts[g].documents) + 0.5)) / boilerScale)) : 1
            weight[g] = Float(idf * boiler)
            unitWeight[g] = Float(boiler * min(1, idfCap > 0 ? idf / idfCap : 1))
            rowStart[g + 1] = rowStart[g] + df
        }
        counts = []
        // Distinct trigrams of each row (as many in all as postings), postings (each measure once per trigram) and norms.
        var uniqueGrams = FlatRows<Int32>()
        uniqueGrams.reserve(rows: contents.count, values: distinct)
        var fill = Array(rowStart.dropLast())
        var postings = [Int32](repeating: 0, count: Int(rowStart[rowStart.count - 1]))
        var norm = [Float](repeating: 0, count: contents.count)
        for row in 0..<grams.count {
            ids.removeAll(keepingCapacity: true)
            ids.append(contentsOf: grams.values[grams.range(row)])
            MeasureIndex.sortDistinct(&ids)
            uniqueGrams.append(ids)
            var sum: Float = 0
            for g in ids {
                postings[Int(fill[Int(g)])] = Int32(row); fill[Int(g)] += 1
                sum += weight[Int(g)] * weight[Int(g)]
            }
            norm[row] = sum.squareRoot()
        }
        self.documentOf = contents.map { Int32($0.document) }
        self.measureOf = contents.map { Int32($0.measure) }
        self.units = contents.map(\.units)
        self.grams = grams
        self.uniqueGrams = uniqueGrams
        self.weight = weight
        self.unitWeight = unitWeight
        self.norm = norm
        self.rowStart = rowStart
        self.postings = postings
        self.documentCount = documents.count
    }

    /// Number of indexed measures.
    var count: Int { units.count }

    /// Lets go of the trigrams (each measure's positions and distinct trigrams, the postings and the per-trigram
    /// counts and weights): what retrieval, `cosine` and `MeasureAligner.score` read. What stays is what the steps
    /// after alignment read: the rows' documents, measures, folded units and norms. Scoring after this is an error.
    mutating func releaseTrigrams() {
        grams = FlatRows(); uniqueGrams = FlatRows()
        weight = []; unitWeight = []
        rowStart = []; postings = []
        holdsTrigrams = false
    }

    /// The key of the trigram of folded units `u` starting at `i` (three UTF-16 units packed).
    static func trigramKey(_ u: [UInt16], at i: Int) -> UInt64 {
        UInt64(u[i]) << 32 | UInt64(u[i + 1]) << 16 | UInt64(u[i + 2])
    }

    /// Number of distinct trigrams indexed (0 once let go).
    var trigramCount: Int { Swift.max(0, rowStart.count - 1) }

    /// In how many measures trigram `g` occurs (the length of its posting row).
    @inline(__always)
    func frequency(_ g: Int) -> Int { Int(rowStart[g + 1] - rowStart[g]) }

    /// The distinct ids of `ids`, sorted.
    static func uniqueSorted(_ ids: [Int32]) -> [Int32] {
        var sorted = ids
        sortDistinct(&sorted)
        return sorted
    }

    /// Sorts `ids` and keeps each id once.
    static func sortDistinct(_ ids: inout [Int32]) {
        ids.sort()
        var write = 0
        for i in 0..<ids.count where i == 0 || ids[i] != ids[i - 1] {
            ids[write] = ids[i]; write += 1
        }
        ids.removeLast(ids.count - write)
    }

    /// Weighted cosine similarity of the trigram sets of measures `a` and `b`.
    func cosine(_ a: Int, _ b: Int) -> Double {
        assert(holdsTrigrams, "the trigrams were let go (releaseTrigrams)")
        guard norm[a] > 0, norm[b] > 0 else { return 0 }
        let x = uniqueGrams.values[uniqueGrams.range(a)], y = uniqueGrams.values[uniqueGrams.range(b)]
        let dot = sparseDot(x, y) { i, _ in weight[Int(x[i])] * weight[Int(x[i])] }
        return Double(dot / (norm[a] * norm[b]))
    }
}
