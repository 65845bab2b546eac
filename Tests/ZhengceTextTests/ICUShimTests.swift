import Testing
@testable import ZhengceText

@Suite struct ICUShimTests {
    @Test func wordBreaksCoverTheText() throws {
        let text = "商务部牵头，海关总署配合。"
        let cuts = try ICUWordBreaker().boundaries(Array(text.utf16))
        #expect(cuts.first == 0)
        #expect(cuts.last == text.utf16.count)
        #expect(cuts == cuts.sorted())
        #expect(cuts.count > 3)
    }

    @Test func nfkcFoldsFullWidth() throws {
        #expect(try icuNormalize("ＡＢＣ１２３", form: .nfkc) == "ABC123")
    }

    @Test func traditionalToSimplifiedConverts() throws {
        #expect(try traditionalToSimplified("國務院辦公廳關於促進跨境電子商務") == "国务院办公厅关于促进跨境电子商务")
    }

    @Test func convertsGB18030() throws {
        // "海关" in GBK.
        #expect(try convertToString([0xBA, 0xA3, 0xB9, 0xD8], charset: "GB18030") == "海关")
        #expect(throws: ICUError.self) { try convertToString([0xFF, 0xFF, 0x81], charset: "UTF-8") }
    }
}
