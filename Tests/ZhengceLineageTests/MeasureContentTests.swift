import Testing
@testable import ZhengceLineage

@Suite struct MeasureContentTests {
    @Test func abbreviationFoldKeepsOffsetsOfTheLongForm() {
        let text = "推动建立全国性跨境电子商务行业组织。"
        let content = MeasureContent(text: text, base: 100)
        #expect(String(decoding: content.units, as: UTF16.self) == "推动建立全国性跨境电商行业组织")
        let shang = content.units.firstIndex(of: "商".utf16.first!)!
        #expect(content.starts[shang] == 100 + 11)   // 商 of 电子商务
        #expect(content.ends[shang] == 100 + 13)     // through 务
    }

    @Test func punctuationSpacesAndFullWidthAreFolded() {
        let content = MeasureContent(text: "“先查验后装运” 模式（９６１０）ＡＢ")
        #expect(String(decoding: content.units, as: UTF16.self) == "先查验后装运模式9610ab")
        #expect(content.starts.first == 1)
    }

    @Test func passagesAreMaximalAndDoNotOverlap() {
        let a = Array("甲乙丙丁戊己庚辛壬癸子丑".utf16), b = Array("寅卯甲乙丙丁戊己庚辰巳壬癸子丑".utf16)
        let index = MeasureIndex(contents: [(0, 0, a), (1, 0, b)])
        let passages = PassageFinder().passages(a, b, index.grams(0), index.grams(1),
                                                gramCount: index.trigramCount, weight: index.unitWeight)
        #expect(passages.count == 1)
        #expect(passages.first?.a == 0)
        #expect(passages.first?.b == 2)
        #expect(passages.first?.length == 7)
    }
}

@Suite struct TopKTests {
    @Test func keepsTheBestAndBreaksTiesBySmallerRow() {
        var heap = TopK(capacity: 3)
        for (row, score) in [(0, 0.1), (1, 0.9), (2, 0.5), (3, 0.9), (4, 0.2), (5, 0.7)] as [(Int, Float)] {
            heap.insert(row: row, score: score)
        }
        #expect(heap.sorted().map(\.row) == [1, 3, 5])
    }
}
