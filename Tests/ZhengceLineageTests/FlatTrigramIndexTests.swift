import Testing
@testable import ZhengceLineage

/// `MeasureIndex` with its trigrams in a file (`SpillFile`): each row's trigram ids and distinct trigram ids read back as the trigrams of its
/// units (computed here from the text), the postings list every row holding a trigram once in row order, a trigram's
/// frequency is its number of rows; rows shorter than a trigram (at the start, inside, at the end) hold none.
@Suite struct FlatTrigramIndexTests {
    static let contents: [(document: Int, measure: Int, units: [UInt16])] = [
        (0, 0, []),
        (0, 1, Array("各级人民政府各级人民政府".utf16)),
        (0, 2, Array("领导".utf16)),
        (1, 0, Array("各级人民政府应当加强领导".utf16)),
        (1, 1, Array("abc".utf16)),
        (2, 0, Array("加强领导加强领导加强".utf16)),
        (2, 1, Array("政府".utf16)),
    ]

    /// The trigrams of `u` as strings, in order.
    static func trigrams(_ u: [UInt16]) -> [String] {
        u.count < 3 ? [] : (0..<(u.count - 2)).map { String(decoding: u[$0..<($0 + 3)], as: UTF16.self) }
    }

    @Test func rowsReadBackAsTheirTrigrams() {
        let contents = FlatTrigramIndexTests.contents
        let index = MeasureIndex(contents: contents)
        #expect(index.count == contents.count)
        // One name per id, read from the rows: the same trigram has the same id everywhere.
        var name: [Int32: String] = [:]
        for row in contents.indices {
            let expected = FlatTrigramIndexTests.trigrams(contents[row].units)
            let ids = index.grams(row)
            #expect(ids.count == expected.count)
            for (id, text) in zip(ids, expected) {
                if let known = name[id] { #expect(known == text) } else { name[id] = text }
            }
            #expect(index.uniqueGrams(row) == Array(Set(ids)).sorted())
        }
        #expect(Set(name.values).count == name.count && index.trigramCount == name.count)
        // Empty rows at the start, inside and at the end of the buffers.
        for row in [0, 2, 6] { #expect(index.gramRange(row).isEmpty && index.uniqueRange(row).isEmpty) }
        #expect(index.gramRange(1).count == 10 && index.gramRange(3).count == 10 && index.gramRange(4).count == 1)
        // A row's positions, then its distinct trigrams, then the next row's.
        for row in contents.indices {
            #expect(index.rowRange(row) == index.gramRange(row).lowerBound..<index.uniqueRange(row).upperBound)
            #expect(index.gramRange(row).upperBound == index.uniqueRange(row).lowerBound)
            if row > 0 { #expect(index.rowRange(row).lowerBound == index.rowRange(row - 1).upperBound) }
        }
        #expect(index.gramValues == 10 + 10 + 1 + 8 && index.uniqueValues == 6 + 10 + 1 + 4)
        // 各级人 is in rows 1 and 3; 加强领 in rows 3 and 5 (twice in 5, counted once).
        let 各级人 = name.first { $0.value == "各级人" }!.key, 加强领 = name.first { $0.value == "加强领" }!.key
        #expect(index.frequency(Int(各级人)) == 2 && index.frequency(Int(加强领)) == 2)
        for g in 0..<index.trigramCount {
            let rows = index.postings(g)
            let holding = contents.indices.filter { index.uniqueGrams($0).contains(Int32(g)) }.map(Int32.init)
            #expect(rows == holding && index.frequency(g) == holding.count)
        }
    }

    /// A measure's cosine with itself is 1 and with a row holding none of its trigrams 0; a pair's passages found from
    /// the rows read into the aligner's buffers are those found from arrays.
    @Test func scoringReadsTheRowsInPlace() {
        let index = MeasureIndex(contents: FlatTrigramIndexTests.contents)
        #expect(abs(index.cosine(1, 1) - 1) < 1e-6 && index.cosine(1, 5) == 0 && index.cosine(0, 1) == 0)
        let finder = PassageFinder()
        for (a, b) in [(1, 3), (3, 5), (0, 3), (4, 5)] {
            let fromArrays = finder.passages(index.units.array(a), index.units.array(b), index.grams(a), index.grams(b),
                                             gramCount: index.trigramCount, weight: index.unitWeight)
            let scored = MeasureAligner().score(a, b, in: index)
            #expect(scored.passages.found == fromArrays.count)
            #expect(scored.passages.longest == (fromArrays.map(\.length).max() ?? 0))
        }
        #expect(MeasureAligner().score(1, 3, in: index).passages.longest == 6)
    }
}
