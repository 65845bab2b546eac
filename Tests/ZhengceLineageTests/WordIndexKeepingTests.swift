import Foundation
import Testing
import ZhengceDocument
import ZhengceText
@testable import ZhengceLineage

/// `WordIndex` keeping the words of some rows only (`keeping:`): the kept rows read as in a full index (same word
/// ids, weights, norms, cosines), the others as empty; and the analysis, which keeps the rows its word passes read
/// (`Context.wordPassDocuments`), makes the links it makes with every row's words.
@Suite struct WordIndexKeepingTests {
    static let units: [[UInt16]] = [
        "各级人民政府应当加强对安全生产工作的领导", "县级以上地方各级人民政府应当组织有关部门开展安全生产检查",
        "各级人民政府应当加强对安全生产工作的领导", "", "生产经营单位必须遵守本法和其他有关安全生产的法律",
        "生产经营单位应当建立安全生产责任制度",
    ].map { Array($0.utf16) }
    static let titles: [[UInt16]] = ["安全生产", "检查", "安全生产", "", "", "责任制度"].map { Array($0.utf16) }

    static func index(keeping: ((Int) -> Bool)? = nil) -> WordIndex {
        WordIndex(units: units, titles: titles, segmenter: .shared, keeping: keeping)
    }

    /// The corpus's word index of a run in shards, its rows written to files as they are cut (`SpilledWordIndex`): a
    /// part read back holds exactly what the same part of the index made whole in memory holds (`restricted`: word
    /// ids, weights, title words and weights, norms, dictionary, counts), whatever rows are kept (none, all, runs, one
    /// by one, the first or last alone) and however many rows are weighed at a time, and nothing is left in the folder.
    @Test func aSpilledIndexReadsBackAsTheIndex() {
        let folder = SpillFileTests.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let full = WordIndexKeepingTests.index()
        for batch in [1, 2, 4, 100] {
            let spilled = SpilledWordIndex(units: WordIndexKeepingTests.units, titles: WordIndexKeepingTests.titles,
                                           segmenter: .shared, folder: folder, batch: batch)
            #expect(try! FileManager.default.contentsOfDirectory(atPath: folder).isEmpty)
            #expect(spilled.footprint.file == 8 * (full.words.values.count + full.titleWords.values.count))
            #expect(spilled.wordCounts == full.wordCounts && !full.wordCounts.isEmpty)
            let keeps: [(Int) -> Bool] = [{ _ in true }, { _ in false }, { $0 % 2 == 0 }, { $0 % 2 == 1 }, { $0 < 3 },
                                          { $0 >= 4 }, { $0 == 0 }, { $0 == 5 }, { [1, 2, 5].contains($0) }]
            for keep in keeps {
                let part = spilled.restricted(to: keep), expected = full.restricted(to: keep)
                #expect(part.words.values == expected.words.values && part.words.offsets == expected.words.offsets)
                #expect(part.weights.values == expected.weights.values && part.weights.offsets == expected.weights.offsets)
                #expect(part.titleWords.values == expected.titleWords.values && part.titleWords.offsets == expected.titleWords.offsets)
                #expect(part.titleWeights.values == expected.titleWeights.values
                        && part.titleWeights.offsets == expected.titleWeights.offsets)
                #expect(part.norms == expected.norms && part.text == expected.text && part.frequency == expected.frequency)
                for row in 0..<6 where keep(row) {
                    #expect(part.words[row] == full.words[row] && part.weights[row] == full.weights[row] && part.norms[row] == full.norms[row])
                }
            }
            // The rows read are the text's words: row 0 and row 2 say the same, row 3 is empty.
            let all = spilled.restricted { _ in true }
            #expect(all.words[0] == all.words[2] && !all.words[0].isEmpty && all.words[3].isEmpty)
        }
    }

    /// Enough rows that the files are written in many pieces (more values than a writer buffers) and weighed in many
    /// batches: every row reads back as the index made whole holds it.
    @Test func aLargeSpilledIndexReadsBackAsTheIndex() {
        let folder = SpillFileTests.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let phrases = ["各级人民政府", "应当加强", "安全生产工作", "县级以上地方", "组织有关部门", "开展检查", "生产经营单位",
                       "必须遵守", "法律法规", "建立责任制度", "环境保护", "行政处罚", "监督管理"]
        var units: [[UInt16]] = [], titles: [[UInt16]] = []
        for row in 0..<12_000 {
            let text = (0..<(3 + row % 5)).map { phrases[(row * 7 + $0 * ($0 + 3)) % phrases.count] }.joined()
            units.append(Array(text.utf16))
            titles.append(Array(phrases[(row / 10) % phrases.count].utf16))
        }
        let full = WordIndex(units: units, titles: titles, segmenter: .shared)
        #expect(full.words.values.count > 1 << 16)
        let spilled = SpilledWordIndex(units: units, titles: titles, segmenter: .shared, folder: folder, batch: 1_000)
        let all = spilled.restricted { _ in true }
        #expect(all.words.values == full.words.values && all.words.offsets == full.words.offsets)
        #expect(all.weights.values == full.weights.values && all.titleWords.values == full.titleWords.values)
        #expect(all.titleWeights.values == full.titleWeights.values && all.titleWeights.offsets == full.titleWeights.offsets)
        #expect(all.norms == full.norms && all.text == full.text && all.frequency == full.frequency)
        #expect(spilled.wordCounts == full.wordCounts)
    }

    @Test func keptRowsReadAsInAFullIndex() {
        let full = WordIndexKeepingTests.index()
        let kept: Set<Int> = [0, 2, 4]
        let part = WordIndexKeepingTests.index { kept.contains($0) }
        #expect(part.text == full.text && part.frequency == full.frequency)
        #expect(part.words.count == 6 && part.weights.count == 6 && part.titleWords.count == 6)
        for row in 0..<6 {
            if kept.contains(row) {
                #expect(part.words[row] == full.words[row] && part.weights[row] == full.weights[row])
                #expect(part.titleWords[row] == full.titleWords[row] && part.titleWeights[row] == full.titleWeights[row])
                #expect(part.norms[row] == full.norms[row])
            } else {
                #expect(part.words[row].isEmpty && part.weights[row].isEmpty && part.titleWords[row].isEmpty && part.norms[row] == 0)
            }
        }
        for a in kept { for b in kept {
            #expect(part.cosine(a, b) == full.cosine(a, b))
            #expect(part.titleCover(a, b) == full.titleCover(a, b))
            #expect(part.shared(a, b) == full.shared(a, b))
        } }
        #expect(!full.words[1].isEmpty && !full.words[5].isEmpty)
        // None kept: the counts are those of the full index.
        #expect(WordIndexKeepingTests.index { _ in false }.wordCounts == full.wordCounts)
    }

    /// Values computed here from the segmenter's words: the same text scores 1, a title's word weighs double, and the
    /// weight is `ln((M + 1) / (df + 0.5))` with df the rows holding the word.
    @Test func weightsAsDefined() throws {
        let full = WordIndexKeepingTests.index { [0, 1, 2, 4, 5].contains($0) }
        #expect(abs(full.cosine(0, 2) - 1) < 1e-6)
        #expect(full.cosine(3, 0) == 0)
        // 安全 (the segmenter cuts 安全生产 in two): in the title of row 0, not of row 4.
        let word = try #require(full.text.firstIndex(of: "安全"))
        let df = WordIndexKeepingTests.units.filter { String(decoding: $0, as: UTF16.self).contains("安全") }.count
        #expect(df == 5)
        let idf = Float(log(7 / (Double(df) + 0.5)))
        let inTitle = try #require(full.words[0].firstIndex(of: Int32(word)))
        let notInTitle = try #require(full.words[4].firstIndex(of: Int32(word)))
        #expect(abs(full.weights[4][notInTitle] - idf) < 1e-6)
        #expect(abs(full.weights[0][inTitle] - 2 * idf) < 1e-6)
        let title = try #require(full.titleWords[0].firstIndex(of: Int32(word)))
        #expect(full.titleWords[0].count == 2 && abs(full.titleWeights[0][title] - idf) < 1e-6)
        #expect(abs(full.titleCover(4, 0) - 1) < 1e-6 && full.titleCover(0, 1) == 0)
    }

    /// The seeds and the real and documents fixtures: the links with words kept for the rows the passes read only
    /// are the links with every row's words, and the passes read fewer than every document.
    @Test func theAnalysisMakesTheSameLinks() {
        let documents = LinkHandOverTests.documents.sorted { $0.id < $1.id }
        func analysis(everyRow: Bool) -> (links: [LineageLink], read: Set<Int>, statistics: AlignmentStatistics) {
            var context = Context(documents: documents, options: LineageOptions())
            context.wordsForEveryRow = everyRow
            context.run()
            let read = context.wordPassDocuments()
            let statistics = context.statistics
            return (context.result().graph.links, read, statistics)
        }
        let every = analysis(everyRow: true), some = analysis(everyRow: false)
        #expect(every.links.count > 50)
        #expect(some.links == every.links)
        #expect(!some.read.isEmpty && some.read.count < documents.count)
        #expect(every.statistics.paraphraseLinks + every.statistics.legislationParaphraseLinks > 0)
    }
}
