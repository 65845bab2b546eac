import Testing
@testable import ZhengceExport

@Suite struct IRISegmentTests {
    @Test(arguments: [
        ("商贸发〔2024〕125号", "商贸发〔2024〕125号"),
        ("sichuan-2024_draft.v1~", "sichuan-2024_draft.v1~"),
        ("a b", "a%20b"),
        ("川办发/27", "川办发%2F27"),
        ("?#[]@!$&'()*+,;=%", "%3F%23%5B%5D%40%21%24%26%27%28%29%2A%2B%2C%3B%3D%25"),
        ("全\u{3000}角", "全%E3%80%80角"),
        ("零\u{200B}宽", "零%E2%80%8B宽"),
        ("\u{E000}", "%EE%80%80"),
        (".", "%2E"),
        ("..", "%2E%2E"),
        ("", "_"),
        ("𠀀", "𠀀"),
    ])
    func encodesOneSegment(input: String, expected: String) {
        #expect(IRISegment.encode(input) == expected)
    }

    @Test func encodedSegmentsNeverHoldDelimitersOrSpaces() {
        let hostile = "a/b?c#d e\u{3000}f\u{2028}g\\h\"i<j>k"
        let encoded = IRISegment.encode(hostile)
        #expect(!encoded.contains { "/?# \\\"<>\u{3000}\u{2028}".contains($0) })
        #expect(encoded.removingPercentEncodingForTest() == hostile)
    }
}

extension String {
    /// Decodes %XX UTF-8 escapes (test helper, independent of Foundation).
    func removingPercentEncodingForTest() -> String {
        var bytes: [UInt8] = []
        var utf8 = Array(self.utf8)[...]
        while let b = utf8.first {
            if b == UInt8(ascii: "%"), utf8.count >= 3, let v = UInt8(String(decoding: utf8.dropFirst().prefix(2), as: UTF8.self), radix: 16) {
                bytes.append(v); utf8 = utf8.dropFirst(3)
            } else {
                bytes.append(b); utf8 = utf8.dropFirst()
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
