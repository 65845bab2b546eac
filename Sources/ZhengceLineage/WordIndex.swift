import Foundation
import ZhengceText

/// The words of every indexed measure (our segmenter's, on the folded content), weighted for
/// paraphrase matching: a sharp IDF over measures, `ln((M+1)/(df+0.5))` (words used by most measures,
/// the legal formulas among them, weigh nearly nothing), doubled for words of the measure's title.
///
/// Memory: every row is segmented and counted, but the words and weights are kept only for the rows given in
/// `keeping` (the rows the word passes read; the others read as empty), in flat buffers with row offsets
/// (`FlatRows`: 4 + 4 bytes per distinct word of a kept measure, no heap block per row), with the word
/// dictionary, three numbers per word and one norm per row.
struct WordIndex: Sendable {
    /// Distinct word ids of each row, sorted.
    let words: FlatRows<Int32>
    /// The row's weight of each of its words (same order as `words`).
    let weights: FlatRows<Float>
    /// Euclidean norm of each row's weight vector (0 for a row not kept).
    let norms: [Float]
    /// The folded text of each word id.
    let text: [String]
    /// Distinct word ids of each row's title, sorted, with their IDF.
    let titleWords: FlatRows<Int32>
    let titleWeights: FlatRows<Float>
    /// Measures holding each word id (the corpus's count when weighed with `CorpusStatistics`).
    let frequency: [Int32]

    /// Segments `units[row]` (folded content) and `titles[row]` with `segmenter`. With `corpus`, words are weighed by
    /// the corpus's counts (these rows' counts for a word the corpus saw once or never). With `keeping`, only those rows
    /// keep their words (every row is still segmented and counted, in the same order, so word ids, counts and weights
    /// are those of a full index).
    init<Units: RandomAccessCollection, Titles: RandomAccessCollection>(
        units: Units, titles: Titles, segmenter: Segmenter, corpus: CorpusStatistics? = nil, keeping: ((Int) -> Bool)? = nil)
    where Units.Index == Int, Units.Element: Collection, Units.Element.Element == UInt16, Titles.Element: Collection, Titles.Element.Element == UInt16, Titles.Index == Int {
        var cutter = WordCutter(segmenter: segmenter)
        var rowWords = FlatRows<Int32>(), rowTitle = FlatRows<Int32>()
        cutter.cut(units, titles: titles) { row, cut in
            if keeping?(row) ?? true {
                rowWords.append(cut.words)
                rowTitle.append(cut.title)
            } else {
                rowWords.append(EmptyCollection()); rowTitle.append(EmptyCollection())
            }
        }
        rowWords.shrink(); rowTitle.shrink()
        let (text, df, weight) = cutter.finish(corpus: corpus, rows: units.count)
        var weights = FlatRows<Float>(), titleWeights = FlatRows<Float>(), norms: [Float] = []
        norms.reserveCapacity(units.count)
        rowWords.values.withUnsafeBufferPointer { wordIDs in
            rowTitle.values.withUnsafeBufferPointer { titleIDs in
                var ws: [Float] = []
                for row in 0..<rowWords.count {
                    let norm = WordCutter.weigh(wordIDs[rowWords.range(row)], title: titleIDs[rowTitle.range(row)], weight, into: &ws)
                    weights.append(ws)
                    norms.append(norm)
                    titleWeights.append(rowTitle.range(row).map { weight[Int(titleIDs[$0])] })
                }
            }
        }
        weights.shrink(); titleWeights.shrink()
        self.titleWords = rowTitle
        self.titleWeights = titleWeights
        self.words = rowWords
        self.weights = weights
        self.norms = norms
        self.text = text
        self.frequency = df
    }

    /// This index with only the rows `keep` accepts holding their words (the others read as empty, norm 0, as rows
    /// not kept do): word ids, counts and weights unchanged. A shard of a first run in shards reads the corpus's index
    /// (`ShardInputs.words`, made once) through this instead of cutting its rows into words again.
    func restricted(to keep: (Int) -> Bool) -> WordIndex {
        WordIndex(words: words.keeping(keep), weights: weights.keeping(keep),
                  norms: norms.indices.map { keep($0) ? norms[$0] : 0 }, text: text,
                  titleWords: titleWords.keeping(keep), titleWeights: titleWeights.keeping(keep), frequency: frequency)
    }

    fileprivate init(words: FlatRows<Int32>, weights: FlatRows<Float>, norms: [Float], text: [String],
                 titleWords: FlatRows<Int32>, titleWeights: FlatRows<Float>, frequency: [Int32]) {
        self.words = words; self.weights = weights; self.norms = norms; self.text = text
        self.titleWords = titleWords; self.titleWeights = titleWeights; self.frequency = frequency
    }

    /// The word counts of this index, as kept for later analyses (`CorpusStatistics`).
    var wordCounts: [String: Int32] { WordCutter.counts(text, frequency) }

    /// Weighted cosine of rows `a` and `b`.
    func cosine(_ a: Int, _ b: Int) -> Double {
        guard norms[a] > 0, norms[b] > 0 else { return 0 }
        let x = words.range(a), y = words.range(b)
        let dot: Float = words.values.withUnsafeBufferPointer { ids in
            weights.values.withUnsafeBufferPointer { w in sparseDot(ids[x], ids[y]) { w[$0] * w[$1] } }
        }
        return Double(dot / (norms[a] * norms[b]))
    }

    /// How much of row `b`'s title (by weight) row `a`'s words contain, 0...1: a child measure that
    /// takes up a parent measure usually speaks of what the parent's heading names.
    func titleCover(_ a: Int, _ b: Int) -> Double {
        let t = titleWords.range(b), x = words.range(a)
        var total: Float = 0, found: Float = 0
        titleWords.values.withUnsafeBufferPointer { titleIDs in
            titleWeights.values.withUnsafeBufferPointer { tw in
                words.values.withUnsafeBufferPointer { ids in
                    var i = x.lowerBound
                    for k in t {
                        let w = titleIDs[k]
                        total += tw[k]
                        while i < x.upperBound && ids[i] < w { i += 1 }
                        if i < x.upperBound && ids[i] == w { found += tw[k] }
                    }
                }
            }
        }
        return total > 0 ? Double(found / total) : 0
    }

    /// The words rows `a` and `b` share, heaviest first (by `a`'s weights), at most `limit`.
    func shared(_ a: Int, _ b: Int, limit: Int = 8) -> [String] {
        let x = words[a], y = words[b], wx = weights[a]
        var i = 0, j = 0
        var found: [(Int32, Float)] = []
        while i < x.count && j < y.count {
            if x[i] == y[j] { if wx[i] > 0 { found.append((x[i], wx[i])) }; i += 1; j += 1 } else if x[i] < y[j] { i += 1 } else { j += 1 }
        }
        return found.sorted { ($0.1, text[Int($1.0)]) > ($1.1, text[Int($0.0)]) }.prefix(limit).map { text[Int($0.0)] }
    }
}

/// The cutting of rows into words shared by `WordIndex` and `SpilledWordIndex`: one dictionary of words (ids in order
/// of first sight: each row's content, then its title), each word's count of measures (a row's content counts, its
/// title does not), then the weights.
struct WordCutter {
    let segmenter: Segmenter
    private var dictionary: [String: Int32] = [:]
    private var text: [String] = []
    private var df: [Int32] = [], lastRow: [Int32] = []

    init(segmenter: Segmenter) { self.segmenter = segmenter }

    /// Every row of `units` (folded content, its words counted) and its title in `titles` (not counted) cut into
    /// words: `body` takes each row's distinct word ids and its title's, sorted, in row order. The words are found on
    /// every core, `batch` rows at a time, then given their ids in row order (a word's id is the order it was first
    /// seen in: the ids and counts of cutting one row after the other). `batchDone` is called after each batch.
    mutating func cut<Units: RandomAccessCollection, Titles: RandomAccessCollection>(
        _ units: Units, titles: Titles, batch: Int = 1 << 10, batchDone: () -> Void = {},
        _ body: (Int, (words: [Int32], title: [Int32])) -> Void)
    where Units.Index == Int, Units.Element: Collection, Units.Element.Element == UInt16, Titles.Element: Collection, Titles.Element.Element == UInt16, Titles.Index == Int {
        let segmenter = self.segmenter
        for start in stride(from: 0, to: units.count, by: max(1, batch)) {
            let rows = start..<min(units.count, start + max(1, batch))
            let texts = rows.map { (units: Array(units[$0]), title: Array(titles[$0])) }
            let words = ConcurrentMap.run(texts.count) { k in
                (words: WordCutter.words(texts[k].units, segmenter), title: WordCutter.words(texts[k].title, segmenter))
            }
            for (k, row) in rows.enumerated() { body(row, cut(words: words[k].words, title: words[k].title, row: row)) }
            batchDone()
        }
    }

    /// The words of `u` as `segmenter` cuts it: pieces of two units or more holding an ideograph, in order.
    static func words(_ u: [UInt16], _ segmenter: Segmenter) -> [String] {
        var words: [String] = []
        for range in segmenter.ranges(utf16: u) where range.count >= 2 {
            var ideograph = false
            for k in range where u[k] >= 0x3400 && u[k] < 0xA000 { ideograph = true; break }
            guard ideograph else { continue }
            words.append(String(decoding: u[range], as: UTF16.self))
        }
        return words
    }

    /// Row `row`'s words (counted) and its title's (not counted): distinct ids, sorted, each.
    private mutating func cut(words: [String], title: [String], row: Int) -> (words: [Int32], title: [Int32]) {
        (MeasureIndex.uniqueSorted(ids(words, row: row, count: true)), MeasureIndex.uniqueSorted(ids(title, row: row, count: false)))
    }

    private mutating func ids(_ words: [String], row: Int, count: Bool) -> [Int32] {
        var result: [Int32] = []
        result.reserveCapacity(words.count)
        for word in words {
            let id: Int32
            if let existing = dictionary[word] { id = existing } else {
                // A new word is kept for the whole run: copied here, not kept in the storage a worker thread made
                // (a word kept in a worker's arena holds that page of the arena resident).
                let kept = String(decoding: Array(word.utf8), as: UTF8.self)
                id = Int32(text.count); dictionary[kept] = id; text.append(kept)
                df.append(0); lastRow.append(-1)
            }
            result.append(id)
            if count, lastRow[Int(id)] != Int32(row) {
                lastRow[Int(id)] = Int32(row); df[Int(id)] += 1
            }
        }
        return result
    }

    /// The words' text, counts and weights once `rows` rows are cut: with `corpus`, a word's count is the corpus's
    /// when higher (these rows' count for a word the corpus saw once or never), and the measures are the corpus's.
    consuming func finish(corpus: CorpusStatistics?, rows: Int) -> (text: [String], frequency: [Int32], weight: [Float]) {
        dictionary = [:]; lastRow = []
        if let corpus {
            for w in 0..<text.count {
                if let count = corpus.words[text[w]] { df[w] = max(df[w], count) }
            }
        }
        let m = Double(max(corpus?.measures ?? rows, 1))
        var weight = [Float](repeating: 0, count: text.count)
        for w in 0..<text.count where df[w] > 0 {
            // Sharp IDF over measures: a word in most measures weighs nearly nothing (支持, 企业, 违反本条例).
            weight[w] = Float(max(0, log((m + 1) / (Double(df[w]) + 0.5))))
        }
        return (text, df, weight)
    }

    /// The counts of the words seen in two measures or more, by text.
    static func counts(_ text: [String], _ frequency: [Int32]) -> [String: Int32] {
        var result: [String: Int32] = [:]
        for w in 0..<text.count where frequency[w] >= 2 { result[text[w]] = frequency[w] }
        return result
    }

    /// A row's weights (`into`, as many as `words`, in their order) and norm: a word of the title weighs double (both
    /// lists sorted: one walk).
    static func weigh(_ words: Slice<UnsafeBufferPointer<Int32>>, title: Slice<UnsafeBufferPointer<Int32>>, _ weight: [Float],
                      into ws: inout [Float]) -> Float {
        ws.removeAll(keepingCapacity: true)
        var t = title.startIndex
        for w in words {
            while t < title.endIndex && title[t] < w { t += 1 }
            ws.append(weight[Int(w)] * (t < title.endIndex && title[t] == w ? 2 : 1))
        }
        return ws.reduce(0) { $0 + $1 * $1 }.squareRoot()
    }
}

/// The corpus's word index of a run in shards (`ShardInputs.words`), its rows' words and weights (and their titles')
/// in temporary files (`SpillFile`, 4 bytes a value), written as the rows are cut: what stays in memory for the whole
/// corpus is each row's place, its norm, the dictionary and the counts. A shard reads the rows it keeps
/// (`restricted(to:)`): the values `WordIndex.restricted(to:)` gives of the index `WordIndex(units:titles:…)` makes of
/// the same rows (the same word ids, counts and weights).
///
/// The files: the rows' word ids, then their weights (as many); the titles' word ids, then their weights.
struct SpilledWordIndex: Sendable {
    private let file: SpillFile, titleFile: SpillFile
    /// Row r's words (and weights) are values `wordOffsets[r]..<wordOffsets[r + 1]` of their region, its title's
    /// `titleOffsets[r]..<titleOffsets[r + 1]`.
    private let wordOffsets: [Int], titleOffsets: [Int]
    let norms: [Float]
    let text: [String]
    let frequency: [Int32]

    /// Cuts `units[row]` (folded content) and `titles[row]` into words with `segmenter` as `WordIndex(units:titles:…)`
    /// does, each row's word ids written to a new file in `folder` (the temporary folder by default) as it is cut;
    /// once every row is counted, the weights are written after them, read back `batch` rows at a time. `handBack` is
    /// called after each batch of rows cut (a run in shards hands the mapped pages of the rows read back there).
    init<Units: RandomAccessCollection, Titles: RandomAccessCollection>(
        units: Units, titles: Titles, segmenter: Segmenter, folder: String? = nil, batch: Int = 1 << 12,
        handBack: () -> Void = {})
    where Units.Index == Int, Units.Element: Collection, Units.Element.Element == UInt16, Titles.Element: Collection, Titles.Element.Element == UInt16, Titles.Index == Int {
        let file = SpillFile(folder: folder, prefix: "zhengce-words-"), titleFile = SpillFile(folder: folder, prefix: "zhengce-words-")
        var cutter = WordCutter(segmenter: segmenter)
        var wordOffsets = [0], titleOffsets = [0]
        wordOffsets.reserveCapacity(units.count + 1); titleOffsets.reserveCapacity(units.count + 1)
        do {
            var words = SpillFile.Writer<Int32>(file, at: 0), titleWords = SpillFile.Writer<Int32>(titleFile, at: 0)
            cutter.cut(units, titles: titles, batchDone: handBack) { row, cut in
                words.append(contentsOf: cut.words); titleWords.append(contentsOf: cut.title)
                wordOffsets.append(wordOffsets[row] + cut.words.count); titleOffsets.append(titleOffsets[row] + cut.title.count)
            }
            words.flush(); titleWords.flush()
        }
        let (text, frequency, weight) = cutter.finish(corpus: nil, rows: units.count)
        let allWords = wordOffsets[units.count], allTitles = titleOffsets[units.count]
        var norms: [Float] = []
        norms.reserveCapacity(units.count)
        var weights = SpillFile.Writer<Float>(file, at: allWords), titleWeights = SpillFile.Writer<Float>(titleFile, at: allTitles)
        var ws: [Float] = []
        for start in stride(from: 0, to: units.count, by: max(1, batch)) {
            let end = min(units.count, start + max(1, batch))
            let ids: [Int32] = file.values(wordOffsets[start]..<wordOffsets[end])
            let titleIDs: [Int32] = titleFile.values(titleOffsets[start]..<titleOffsets[end])
            ids.withUnsafeBufferPointer { wordIDs in
                titleIDs.withUnsafeBufferPointer { titleIDs in
                    for row in start..<end {
                        let x = (wordOffsets[row] - wordOffsets[start])..<(wordOffsets[row + 1] - wordOffsets[start])
                        let t = (titleOffsets[row] - titleOffsets[start])..<(titleOffsets[row + 1] - titleOffsets[start])
                        norms.append(WordCutter.weigh(wordIDs[x], title: titleIDs[t], weight, into: &ws))
                        weights.append(contentsOf: ws)
                        titleWeights.append(contentsOf: titleIDs[t].lazy.map { weight[Int($0)] })
                    }
                }
            }
        }
        weights.flush(); titleWeights.flush()
        self.file = file; self.titleFile = titleFile
        self.wordOffsets = wordOffsets; self.titleOffsets = titleOffsets
        self.norms = norms; self.text = text; self.frequency = frequency
    }

    /// The word counts of this index, as kept for later analyses (`CorpusStatistics`): `WordIndex.wordCounts`.
    var wordCounts: [String: Int32] { WordCutter.counts(text, frequency) }

    /// Number of rows.
    var count: Int { norms.count }

    /// The index with only the rows `keep` accepts holding their words (the others read as empty, norm 0), read from
    /// the file: equal to `WordIndex.restricted(to:)` of the index written.
    func restricted(to keep: (Int) -> Bool) -> WordIndex {
        let kept = (0..<count).map(keep)
        let words = wordOffsets.last ?? 0, titles = titleOffsets.last ?? 0
        return WordIndex(words: rows(file, wordOffsets, at: 0, kept, as: Int32.self),
                         weights: rows(file, wordOffsets, at: words, kept, as: Float.self),
                         norms: norms.indices.map { kept[$0] ? norms[$0] : 0 }, text: text,
                         titleWords: rows(titleFile, titleOffsets, at: 0, kept, as: Int32.self),
                         titleWeights: rows(titleFile, titleOffsets, at: titles, kept, as: Float.self), frequency: frequency)
    }

    /// The rows of the region of `file` at `base` placed by `offsets`, those not `kept` empty: each run of kept rows
    /// read at once.
    private func rows<T: BitwiseCopyable>(_ file: SpillFile, _ offsets: [Int], at base: Int, _ kept: [Bool],
                                          as type: T.Type) -> FlatRows<T> {
        var total = 0
        for row in kept.indices where kept[row] { total += offsets[row + 1] - offsets[row] }
        var values: [T] = [], placed = [Int](repeating: 0, count: kept.count + 1)
        values.reserveCapacity(total)
        var run: Int?
        for row in kept.indices {
            if kept[row] {
                if run == nil { run = offsets[row] }
                placed[row + 1] = placed[row] + offsets[row + 1] - offsets[row]
            } else {
                if let start = run { file.append((base + start)..<(base + offsets[row]), to: &values); run = nil }
                placed[row + 1] = placed[row]
            }
        }
        if let start = run { file.append((base + start)..<(base + offsets[kept.count]), to: &values) }
        return FlatRows(values: values, offsets: placed)
    }

    /// What it holds in memory (row places, norms, dictionary, counts) and in its file, in bytes.
    var footprint: (memory: Int, file: Int) {
        typealias F = WordPassFootprint
        let memory = F.array(wordOffsets) + F.array(titleOffsets) + F.array(norms) + F.array(text)
            + text.reduce(0) { $0 + F.string($1) } + F.array(frequency)
        return (memory, 4 * 2 * ((wordOffsets.last ?? 0) + (titleOffsets.last ?? 0)))
    }
}
