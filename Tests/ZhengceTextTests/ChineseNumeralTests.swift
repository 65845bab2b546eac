import Testing
@testable import ZhengceText

@Suite struct ChineseNumeralTests {
    @Test func unitsAreReadAsSpoken() {
        #expect(ChineseNumeral.value(Array("十二")) == 12)
        #expect(ChineseNumeral.value(Array("二十")) == 20)
        #expect(ChineseNumeral.value(Array("一百零五")) == 105)
        #expect(ChineseNumeral.value(Array("两千")) == 2000)
        #expect(ChineseNumeral.value(Array("一千二百三十四")) == 1234)
    }

    @Test func digitRunsAreReadDigitByDigit() {
        #expect(ChineseNumeral.value(Array("二〇二一")) == 2021)
        #expect(ChineseNumeral.value(Array("七○六")) == 706)
        #expect(ChineseNumeral.value(Array("九")) == 9)
    }

    @Test func anythingElseIsNoNumber() {
        #expect(ChineseNumeral.value(Array("")) == nil)
        #expect(ChineseNumeral.value(Array("十二条")) == nil)
        #expect(ChineseNumeral.value(Array("12")) == nil)
        #expect(!ChineseNumeral.isNumeral("条"))
    }

    @Test func orderNumbersInChineseNumeralsNormalizeAsArabicOnes() {
        #expect(DocumentNumber.normalize("国务院令第七百二十二号") == DocumentNumber.normalize("国务院令第722号"))
    }
}
