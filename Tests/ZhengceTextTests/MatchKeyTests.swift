import Testing
@testable import ZhengceText

@Suite struct MatchKeyTests {
    @Test func foldsSpacesInsideCJKRuns() {
        #expect(MatchKey.fold("财 政 部") == "财政部")
        #expect(MatchKey.fold("海　关　总　署") == "海关总署")
        #expect(MatchKey.fold("AEO 企业") == "AEO 企业")
    }

    @Test func foldsFullWidthButKeepsChinesePunctuation() {
        #expect(MatchKey.fold("ＡＥＯ，１２３。") == "AEO，123。")
    }

    @Test func mapsBackToOriginalOffsets() {
        let key = MatchKey("财 政 部牵头")
        let range = key.folded.utf16.count
        #expect(range == 5)
        #expect(key.originalRange(0..<3) == 0..<5)
        #expect(key.originalRange(3..<5) == 5..<7)
    }

    @Test(arguments: [
        ("国办发[2021]24号", "国办发〔2021〕24号"),
        ("国办发（2021）24号", "国办发〔2021〕24号"),
        ("商贸发［2024］125号", "商贸发〔2024〕125号"),
        ("沪商贸发【2023】183号", "沪商贸发〔2023〕183号"),
        ("国办发 〔２０２１〕 ２４ 号", "国办发〔2021〕24号"),
    ])
    func normalisesDocumentNumbers(input: String, expected: String) {
        #expect(DocumentNumber.normalize(input) == expected)
    }

    @Test func rejectsNonNumbers() {
        #expect(DocumentNumber.normalize("（一）指导思想") == nil)
        #expect(DocumentNumber.normalize("2021年") == nil)
    }
}
