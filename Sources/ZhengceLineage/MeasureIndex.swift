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
    /// Trigram id at each position (count = units - 2, or empty when shorter than three units).
    private(set) var grams: [[Int32]]
    /// Distinct trigram ids of each measure, sorted.
    private(set) var uniqueGrams: [[Int32]]
    /// Trigram measure frequency.
    private(set) var measureFrequency: [Int32]
    /// Trigram document frequency.
    private(set) var documentFrequency: [Int32]
    /// Cosine weight per trigram.
    private(set) var weight: [Float]
    /// Passage weight per trigram, 0...1.
    private(set) var unitWeight: [Float]
    /// Euclidean norm of each measure's (set) trigram vector.
    let norm: [Float]
    /// Postings in compressed rows: measures of trigram g are `postings[rowStart[g]..<rowStart[g+1]]`.
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
        var grams: [[Int32]] = []
        grams.reserveCapacity(contents.count)
        // A trigram's counts and the last row and document that counted it, side by side (one cache line per lookup).
        struct Counts { var measures: Int32 = 0, documents: Int32 = 0, lastRow: Int32 = -1, lastDocument: Int32 = -1 }
        var counts: [Counts] = []
        var documents = Set<Int>()
        for (row, item) in contents.enumerated() {
            documents.insert(item.document)
            let u = item.units
            var ids: [Int32] = []
            if u.count >= MeasureIndex.n {
                ids.reserveCapacity(u.count - 2)
                let r = Int32(row), d = Int32(item.document)
                for i in 0..<(u.count - 2) {
                    let id = table.value(for: MeasureIndex.trigramKey(u, at: i), orInsert: Int32(counts.count))
                    if Int(id) == counts.count { counts.append(Counts()) }
                    ids.append(id)
                    let g = Int(id)
                    if counts[g].lastRow != r {
                        counts[g].lastRow = r; counts[g].measures += 1
                        if counts[g].lastDocument != d { counts[g].lastDocument = d; counts[g].documents += 1 }
                    }
                }
            }
            grams.append(ids)
        }
        let df = counts.map(\.measures), ddf = counts.map(\.documents)
        counts = []
        let m = Double(max(contents.count, 1)), d = Double(max(documents.count, 1))
        let boilerScale = log((d + 1) / 2.5)
        let idfCap = log(1 + m / 2)
        var weight = [Float](repeating: 0, count: df.count), unitWeight = weight
        for g in 0..<df.count {
            let idf = log(1 + m / Double(df[g]))
            let boiler = boilerScale > 0 ? min(1, max(0, log((d + 1) / (Double(ddf[g]) + 0.5)) / boilerScale)) : 1
            weight[g] = Float(idf * boiler)
            unitWeight[g] = Float(boiler * min(1, idfCap > 0 ? idf / idfCap : 1))
        }
        // Postings (each measure once per trigram) and norms.
        var rowStart = [Int32](repeating: 0, count: df.count + 1)
        for g in 0..<df.count { rowStart[g + 1] = rowStart[g] + df[g] }
        var fill = Array(rowStart.dropLast())
        var postings = [Int32](repeating: 0, count: Int(rowStart[df.count]))
        var norm = [Float](repeating: 0, count: contents.count)
        let uniqueGrams = grams.map(MeasureIndex.uniqueSorted)
        for (row, ids) in uniqueGrams.enumerated() {
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
        self.measureFrequency = df
        self.documentFrequency = ddf
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
        grams = []; uniqueGrams = []
        measureFrequency = []; documentFrequency = []; weight = []; unitWeight = []
        rowStart = []; postings = []
        holdsTrigrams = false
    }

    /// The key of the trigram of folded units `u` starting at `i` (three UTF-16 units packed).
    static func trigramKey(_ u: [UInt16], at i: Int) -> UInt64 {
        UInt64(u[i]) << 32 | UInt64(u[i + 1]) << 16 | UInt64(u[i + 2])
    }

    /// The distinct trigram ids of `ids`, sorted.
    static func uniqueSorted(_ ids: [Int32]) -> [Int32] {
        var sorted = ids.sorted()
        var write = 0
        for i in 0..<sorted.count where i == 0 || sorted[i] != sorted[i - 1] {
            sorted[write] = sorted[i]; write += 1
        }
        sorted.removeLast(sorted.count - write)
        return sorted
    }

    /// Weighted cosine similarity of the trigram sets of measures `a` and `b`.
    func cosine(_ a: Int, _ b: Int) -> Double {
        assert(holdsTrigrams, "the trigrams were let go (releaseTrigrams)")
        guard norm[a] > 0, norm[b] > 0 else { return 0 }
        let x = uniqueGrams[a]
        let dot = sparseDot(x, uniqueGrams[b]) { i, _ in weight[Int(x[i])] * weight[Int(x[i])] }
        return Double(dot / (norm[a] * norm[b]))
    }
}
