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
    /// Folded content units of each measure (on the heap, or mapped from a file: `UnitRows`).
    let units: UnitRows
    /// Each position's trigram id, each row's distinct trigram ids and the postings, in a file (`SpillFile`), read
    /// into the reader's buffers: per unit of measure text, these are the largest part of the index (at the law corpus
    /// 42 M values, 168 MB), and what stays in memory is per row (where its values lie) and per trigram (its posting
    /// row's place, its weights). Nil once `releaseTrigrams()` let go of them (the file goes with its last holder).
    private(set) var trigrams: SpillFile?
    /// Row r's values are `rowPlace[r]..<rowPlace[r + 1]` of the file: its trigram ids by position (units - 2 of them,
    /// none for a row shorter than three units), then its distinct trigram ids, sorted (one read gives a row both).
    private let rowPlace: [Int]
    /// Trigram ids by position in all rows (the rest of the rows' values are their distinct trigrams).
    let gramValues: Int
    /// Cosine weight per trigram.
    private(set) var weight: [Float]
    /// Passage weight per trigram, 0...1.
    private(set) var unitWeight: [Float]
    /// Euclidean norm of each measure's (set) trigram vector.
    let norm: [Float]
    /// Postings in compressed rows: the measures of trigram g are the file's values
    /// `postingBase + rowStart[g]..<postingBase + rowStart[g+1]`, in row order (`postingRange(g)`); trigram g's measure
    /// frequency is the length of its row (`frequency(g)`).
    private(set) var rowStart: [Int32]
    private let postingBase: Int
    /// False once `releaseTrigrams()` let go of what retrieval and scoring read.
    var holdsTrigrams: Bool { trigrams != nil }
    /// Number of documents that have measures.
    let documentCount: Int

    /// Trigram length.
    static let n = 3

    /// Postings written to the file at a time while the index is built (16 MB): the postings are put in place for
    /// the trigrams whose rows fit in this many values, reading the rows' distinct trigrams back from the file, then
    /// for the next trigrams, so the build never holds all the postings (nor the rows' trigrams) in memory.
    static let postingWindow = 1 << 22

    /// Indexes `contents[i]` (the measures of document `documentOf[i]`), given in document order; the trigrams go to
    /// a file in `folder` (the temporary folder by default), the postings `postingWindow` values at a time.
    init(contents: [(document: Int, measure: Int, units: [UInt16])], folder: String? = nil,
         postingWindow: Int = MeasureIndex.postingWindow) {
        self.init(documents: contents.map(\.document), measures: contents.map(\.measure), units: UnitRows(contents.lazy.map(\.units)),
                  folder: folder, postingWindow: postingWindow)
    }

    /// Indexes row r of `units` (measure `measures[r]` of document `documents[r]`), given in document order, as
    /// `init(contents:folder:postingWindow:)` does.
    init(documents: [Int], measures: [Int], units: UnitRows, folder: String? = nil, postingWindow: Int = MeasureIndex.postingWindow) {
        precondition(documents.count == units.count && measures.count == units.count, "measure index: rows do not fit")
        let contents = units.indices.lazy.map { (document: documents[$0], units: units[$0]) }
        let file = SpillFile(folder: folder)
        var table = IDTable(capacity: 1 << 16)
        // Each row's positions and distinct trigrams (as many in all as postings), one row after the other, then the postings.
        var rowPlace = [Int](repeating: 0, count: contents.count + 1)
        var writer = SpillFile.Writer<Int32>(file, at: 0)
        // A trigram's counts and the last row and document that counted it, side by side (one cache line per lookup).
        struct Counts { var measures: Int32 = 0, documents: Int32 = 0, lastRow: Int32 = -1, lastDocument: Int32 = -1 }
        var counts: [Counts] = []
        var documentSet = Set<Int>()
        var ids: [Int32] = [], distinctIDs: [Int32] = []
        var gramValues = 0
        for (row, item) in contents.enumerated() {
            documentSet.insert(item.document)
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
                        counts[g].lastRow = r; counts[g].measures += 1
                        if counts[g].lastDocument != d { counts[g].lastDocument = d; counts[g].documents += 1 }
                    }
                }
            }
            writer.append(contentsOf: ids)
            distinctIDs.removeAll(keepingCapacity: true)
            distinctIDs.append(contentsOf: ids)
            MeasureIndex.sortDistinct(&distinctIDs)
            writer.append(contentsOf: distinctIDs)
            rowPlace[row + 1] = rowPlace[row] + ids.count + distinctIDs.count
            gramValues += ids.count
        }
        writer.flush()
        table = IDTable(capacity: 1)
        let m = Double(max(contents.count, 1)), d = Double(max(documentSet.count, 1))
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
        // Postings (each measure once per trigram, in row order) by windows of trigrams, and the norms on the first pass.
        let postingBase = rowPlace[contents.count]
        var norm = [Float](repeating: 0, count: contents.count)
        var fill = Array(rowStart.dropLast())
        var window: [Int32] = []
        var chunk: [Int32] = [], chunkStart = postingBase
        var low = 0
        let trigramCount = rowStart.count - 1
        repeat {
            var high = low
            while high < trigramCount && (high == low || Int(rowStart[high + 1] - rowStart[low]) <= postingWindow) { high += 1 }
            let first = Int(rowStart[low])
            window = [Int32](repeating: 0, count: Int(rowStart[high]) - first)
            let g0 = Int32(low), g1 = Int32(high)
            chunk.removeAll(keepingCapacity: true); chunkStart = 0
            for row in 0..<contents.count {
                let range = (rowPlace[row] + Swift.max(0, contents[row].units.count - 2))..<rowPlace[row + 1]
                if range.upperBound > chunkStart + chunk.count {
                    chunkStart = range.lowerBound
                    file.read(chunkStart..<Swift.min(postingBase, chunkStart + Swift.max(range.count, 1 << 20)), into: &chunk)
                }
                let r = Int32(row)
                var sum: Float = 0
                for k in range {
                    let g = chunk[k - chunkStart]
                    if low == 0 { sum += weight[Int(g)] * weight[Int(g)] }
                    guard g >= g0 && g < g1 else { continue }
                    window[Int(fill[Int(g)]) - first] = r; fill[Int(g)] += 1
                }
                if low == 0 { norm[row] = sum.squareRoot() }
            }
            file.write(window, at: postingBase + first)
            low = high
        } while low < trigramCount
        window = []; chunk = []; fill = []
        self.documentOf = documents.map { Int32($0) }
        self.measureOf = measures.map { Int32($0) }
        self.units = units
        self.trigrams = file
        self.rowPlace = rowPlace
        self.gramValues = gramValues
        self.weight = weight
        self.unitWeight = unitWeight
        self.norm = norm
        self.rowStart = rowStart
        self.postingBase = postingBase
        self.documentCount = documentSet.count
    }

    /// Number of indexed measures.
    var count: Int { units.count }

    /// Lets go of the trigrams (the file of each measure's positions and distinct trigrams and the postings, and the
    /// per-trigram rows and weights): what retrieval, `cosine` and `MeasureAligner.score` read. What stays is what the steps
    /// after alignment read: the rows' documents, measures, folded units and norms. Scoring after this is an error.
    mutating func releaseTrigrams() {
        trigrams = nil
        weight = []; unitWeight = []
        rowStart = []
    }

    /// The key of the trigram of folded units `u` starting at `i` (three UTF-16 units packed).
    static func trigramKey(_ u: [UInt16], at i: Int) -> UInt64 {
        UInt64(u[i]) << 32 | UInt64(u[i + 1]) << 16 | UInt64(u[i + 2])
    }

    /// `trigramKey(_:at:)` of units read in place.
    static func trigramKey(_ u: UnsafeBufferPointer<UInt16>, at i: Int) -> UInt64 {
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

    /// Where row `row`'s values lie in the file: its trigram ids by position (`gramCount(row)` of them), then its
    /// distinct trigram ids.
    func rowRange(_ row: Int) -> Range<Int> { rowPlace[row]..<rowPlace[row + 1] }
    /// Row `row`'s number of trigram ids by position.
    func gramCount(_ row: Int) -> Int { Swift.max(0, units[row].count - 2) }
    /// Where row `row`'s trigram ids by position lie in the file.
    func gramRange(_ row: Int) -> Range<Int> { rowPlace[row]..<(rowPlace[row] + gramCount(row)) }
    /// Where row `row`'s distinct trigram ids lie in the file.
    func uniqueRange(_ row: Int) -> Range<Int> { (rowPlace[row] + gramCount(row))..<rowPlace[row + 1] }
    /// Where trigram `g`'s posting row lies in the file.
    func postingRange(_ g: Int) -> Range<Int> { (postingBase + Int(rowStart[g]))..<(postingBase + Int(rowStart[g + 1])) }
    /// Distinct trigram ids and postings in the file (each 4 bytes; the positions are `gramValues`).
    var uniqueValues: Int { rowPlace[rowPlace.count - 1] - gramValues }
    var postingValues: Int { rowStart.last.map(Int.init) ?? 0 }

    /// Row `row`'s trigram ids by position, read from the file.
    func grams(_ row: Int) -> [Int32] { file().values(gramRange(row)) }
    /// Row `row`'s distinct trigram ids, sorted, read from the file.
    func uniqueGrams(_ row: Int) -> [Int32] { file().values(uniqueRange(row)) }
    /// The rows of trigram `g`, in row order, read from the file.
    func postings(_ g: Int) -> [Int32] { file().values(postingRange(g)) }

    /// The file, while the trigrams are held.
    func file() -> SpillFile {
        guard let trigrams else { preconditionFailure("the trigrams were let go (releaseTrigrams)") }
        return trigrams
    }

    /// Weighted cosine similarity of the trigram sets of measures `a` and `b` (both rows read from the file).
    func cosine(_ a: Int, _ b: Int) -> Double {
        guard norm[a] > 0, norm[b] > 0 else { return 0 }
        let file = file()
        let ra = uniqueRange(a), rb = uniqueRange(b)
        return withUnsafeTemporaryAllocation(of: Int32.self, capacity: ra.count + rb.count) { buffer in
            let x = UnsafeMutableBufferPointer(rebasing: buffer[0..<ra.count])
            let y = UnsafeMutableBufferPointer(rebasing: buffer[ra.count...])
            file.read(ra, into: x); file.read(rb, into: y)
            return cosine(a, b, UnsafeBufferPointer(x), UnsafeBufferPointer(y))
        }
    }

    /// The same, rows `a` and `b`'s distinct trigrams already read (`x`, `y`).
    func cosine(_ a: Int, _ b: Int, _ x: UnsafeBufferPointer<Int32>, _ y: UnsafeBufferPointer<Int32>) -> Double {
        guard norm[a] > 0, norm[b] > 0 else { return 0 }
        let dot = sparseDot(x, y) { i, _ in weight[Int(x[i])] * weight[Int(x[i])] }
        return Double(dot / (norm[a] * norm[b]))
    }
}
