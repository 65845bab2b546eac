import Testing
import ZhengceText
@testable import ZhengceLineage

/// Retrieval reads a posting's sum beside the row's norm and skips the query's own document by its run of rows
/// (`MeasureAligner.Cell`, `MeasureAligner.documentRuns`); the words of the word index are found on every core, a batch
/// at a time, and given ids in row order (`WordCutter.cut(_:titles:batch:_:)`).
@Suite struct RetrievalCellsTests {
    /// Three texts, each in two documents, and a third document holding a near copy of the first text.
    static let texts = ["推进跨境电商海外仓高质量发展", "加强安全生产责任制度建设", "支持企业开展知识产权保护工作"]

    static func index(_ documents: [Int]) -> MeasureIndex {
        let items = documents.enumerated().map { row, document in
            (document: document, measure: row, units: Array(texts[row % texts.count].utf16))
        }
        return MeasureIndex(contents: items)
    }

    /// The candidate pairs of every row, each as the pair's two documents.
    static func documentPairs(_ index: MeasureIndex) -> [[Int32]] {
        let found = MeasureAligner().candidatePairs(index, queries: Array(0..<index.count),
                                                    cap: MeasureAligner.postingCap(measures: index.count),
                                                    queryDocuments: nil, reverse: false)
        return found.flatMap(\.pairs).map { [index.documentOf[Int($0 >> 32)], index.documentOf[Int($0 & 0xFFFF_FFFF)]] }
    }

    @Test func documentsInOneRunEachHaveTheirRows() {
        // Rows 0–2 in document 0, 3–5 in document 1, 6 in document 3 (no document 2).
        let runs = MeasureAligner.documentRuns(RetrievalCellsTests.index([0, 0, 0, 1, 1, 1, 3]))
        #expect(runs == [0..<3, 3..<6, 0..<0, 6..<7])
        #expect(MeasureAligner.documentRuns(RetrievalCellsTests.index([])) == [])
    }

    @Test func aDocumentInTwoRunsHasNone() {
        #expect(MeasureAligner.documentRuns(RetrievalCellsTests.index([0, 0, 1, 1, 0, 2])) == nil)
    }

    /// Rows sharing a text are found for each other across documents, never within one, whether the documents' rows
    /// are runs (the skip by range) or not (the skip by each posting's document).
    @Test func aQueryNeverFindsItsOwnDocument() {
        for documents in [[0, 0, 0, 1, 1, 1], [0, 1, 0, 1, 0, 1], [0, 0, 1, 1, 0, 0]] {
            let index = RetrievalCellsTests.index(documents)
            let pairs = RetrievalCellsTests.documentPairs(index)
            #expect(pairs.allSatisfy { $0[0] != $0[1] }, "\(documents)")
            // Each row's text is also in a row of another document, except where both rows of a text are in one.
            var expected = Set<UInt64>()
            for a in 0..<documents.count {
                for b in (a + 1)..<documents.count where a % 3 == b % 3 && documents[a] != documents[b] {
                    expected.insert(UInt64(a) << 32 | UInt64(b))
                }
            }
            let found = MeasureAligner().candidatePairs(index, queries: Array(0..<index.count),
                                                        cap: MeasureAligner.postingCap(measures: index.count),
                                                        queryDocuments: nil, reverse: false).flatMap(\.pairs)
            #expect(expected.isSubset(of: Set(found)) && !expected.isEmpty, "\(documents)")
        }
    }

    /// The ids and counts of cutting the rows a batch at a time on every core are those of giving each word, row
    /// after row, the next id when first seen (computed here from the segmenter's pieces), whatever the batch.
    @Test func wordsCutInBatchesHaveTheIdsOfOneRowAfterAnother() {
        let units = ["各级人民政府应当加强对安全生产工作的领导", "生产经营单位应当建立安全生产责任制度", "",
                     "县级以上地方各级人民政府应当组织有关部门开展安全生产检查", "生产经营单位必须遵守本法"].map { Array($0.utf16) }
        let titles = ["安全生产", "", "检查", "责任制度", "本法"].map { Array($0.utf16) }
        let segmenter = Segmenter.shared
        var ids: [String: Int32] = [:], expected: [[Int32]] = [], expectedTitles: [[Int32]] = []
        func id(_ u: [UInt16]) -> [Int32] {
            let words = segmenter.ranges(utf16: u).filter { $0.count >= 2 && $0.contains { u[$0] >= 0x3400 && u[$0] < 0xA000 } }
            return Array(Set(words.map { range -> Int32 in
                let word = String(decoding: u[range], as: UTF16.self)
                if let known = ids[word] { return known }
                ids[word] = Int32(ids.count)
                return Int32(ids.count - 1)
            })).sorted()
        }
        for row in units.indices { expected.append(id(units[row])); expectedTitles.append(id(titles[row])) }
        #expect(ids.count > 10)
        for batch in [1, 2, 3, 1024] {
            var cutter = WordCutter(segmenter: segmenter)
            var rows: [Int] = [], words: [[Int32]] = [], titleWords: [[Int32]] = []
            cutter.cut(units, titles: titles, batch: batch) { row, cut in
                rows.append(row); words.append(cut.words); titleWords.append(cut.title)
            }
            #expect(rows == Array(units.indices), "batch \(batch)")
            #expect(words == expected && titleWords == expectedTitles, "batch \(batch)")
            let (text, frequency, _) = cutter.finish(corpus: nil, rows: units.count)
            #expect(text.count == ids.count && text.enumerated().allSatisfy { ids[$1] == Int32($0) }, "batch \(batch)")
            // A word's count is the rows whose content holds it (a title's words are not counted).
            #expect(frequency == (0..<ids.count).map { w in Int32(expected.filter { $0.contains(Int32(w)) }.count) }, "batch \(batch)")
            #expect(frequency.contains { $0 >= 3 }, "batch \(batch)")
        }
    }
}
