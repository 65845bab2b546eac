import Testing
@testable import ZhengceText

@Suite struct PlainTextTests {
    /// Pieces whose combinations exercise both paths: plain text (ASCII, CJK, full-width, 〔〕) and text
    /// that NFC changes or that composes (a compatibility ideograph, a combining acute, a decomposed
    /// and a precomposed é, Hangul, a combining kana mark, an extension B ideograph).
    static let pieces = ["a", "Z", "/", "国", "办", "发", "〔", "〕", "２", "号", "é", "e\u{301}", "\u{301}", "\u{F900}",
                         "\u{8C48}", "한", "\u{1100}", "\u{3099}", "か", "𠀀", "·", "—", " "]

    /// Deterministic pseudo-random texts of one to five pieces.
    static func texts(_ count: Int) -> [String] {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(truncatingIfNeeded: state >> 33)
        }
        return (0..<count).map { _ in (0...(next() % 5)).map { _ in pieces[next() % pieces.count] }.joined() }
    }

    @Test func ordersAndComparesAsString() {
        let texts = PlainTextTests.texts(400)
        let plain = texts.map(PlainText.init)
        #expect(plain.contains { $0.plain } && plain.contains { !$0.plain })
        for i in texts.indices {
            for j in texts.indices {
                #expect((plain[i] < plain[j]) == (texts[i] < texts[j]), "\(texts[i]) < \(texts[j])")
                #expect((plain[i] == plain[j]) == (texts[i] == texts[j]), "\(texts[i]) == \(texts[j])")
                if texts[i] == texts[j] { #expect(plain[i].hashValue == plain[j].hashValue) }
            }
        }
        #expect(plain.sorted().map(\.text) == texts.sorted())
    }

    @Test func canonicallyEquivalentTextsAreOneKey() {
        // U+F900 is canonically U+8C48; "e" + combining acute is "é".
        var set: Set<PlainText> = [PlainText("\u{8C48}规定"), PlainText("caf\u{E9}")]
        #expect(set.contains(PlainText("\u{F900}规定")))
        #expect(set.contains(PlainText("cafe\u{301}")))
        set.insert(PlainText("\u{F900}规定"))
        #expect(set.count == 2)
    }

    @Test func saysWhichTextsArePlain() {
        #expect(PlainText.isPlain("https://zhengce.example/doc/国办发〔2021〕24号/final/一/（三）"))
        #expect(PlainText.isPlain("ASCII only"))
        #expect(!PlainText.isPlain("\u{F900}"))
        #expect(!PlainText.isPlain("e\u{301}"))
        #expect(!PlainText.isPlain("한국"))
    }

    /// The check reads UTF-8 bytes: it must say what the scalars say, at both sides of every range's bounds
    /// (one, two, three and four UTF-8 bytes) and inside mixed texts.
    @Test func readsTheBytesAsTheScalarsSay() {
        let bounds: [UInt32] = [0x7F, 0x80, 0xFF, 0x100, 0x7FF, 0x800, 0x200F, 0x2010, 0x2027, 0x2028, 0x202F, 0x2030, 0x205E,
                                0x205F, 0x2FFF, 0x3000, 0x3029, 0x302A, 0x302F, 0x3030, 0x303F, 0x3040, 0x33FF, 0x3400,
                                0x4DBF, 0x4DC0, 0x4DFF, 0x4E00, 0x9FFF, 0xA000, 0xFF00, 0xFF01, 0xFF9D, 0xFF9E, 0xFF9F,
                                0xFFA0, 0xFFEF, 0xFFF0, 0xFFFD, 0x10000, 0x20000]
        for value in bounds {
            let scalar = Unicode.Scalar(value)!
            let text = "国" + String(Character(scalar)) + "a"
            #expect(PlainText.isPlain(text) == text.unicodeScalars.allSatisfy { PlainText.isPlain(scalar: $0) }, "U+\(String(value, radix: 16))")
        }
        for text in PlainTextTests.texts(2000) {
            #expect(PlainText.isPlain(text) == text.unicodeScalars.allSatisfy { PlainText.isPlain(scalar: $0) }, "\(text)")
        }
    }
}
