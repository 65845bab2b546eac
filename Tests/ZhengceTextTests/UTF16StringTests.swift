import Testing
import ZhengceText

@Suite struct UTF16StringTests {
    @Test func transcodesLikeTheStandardLibrary() {
        let samples: [[UInt16]] = [
            [],
            Array("国办发〔2021〕24号 RCEP é ß".utf16),
            Array("𠀀𪚥 CJK extension B, then 海外仓".utf16),
            [0xD840],                  // lone high surrogate at the end
            [0xDC00, 0x41],            // lone low surrogate
            [0xD840, 0x41, 0xDC00],    // high surrogate followed by a non-surrogate
            [0xD840, 0xDC00, 0xD840],  // a pair, then a lone high
            [0x7F, 0x80, 0x7FF, 0x800, 0xFFFF],
        ]
        for units in samples {
            let expected = String(decoding: units, as: UTF16.self)
            #expect(String(utf16Units: units) == expected)
            #expect(String(utf16Units: units[...]) == expected)
            #expect(Array(String(utf16Units: units).utf8) == Array(expected.utf8))
        }
    }
}
