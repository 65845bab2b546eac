import Foundation

/// A string that compares, sorts and hashes as `String` does (Unicode canonical equivalence and
/// order), quickly when the text is plainly in NFC.
///
/// `String`'s `<`, `==` and hash normalise non-ASCII text to NFC on every call, which is most of
/// the cost of sorting or looking up IRIs and ids written in Chinese. A text whose every scalar is
/// a starter that NFC leaves as it is and that composes with nothing (ASCII, Latin-1, common CJK
/// punctuation, CJK unified ideographs, full-width forms: see `isPlain(_:)`) is its own NFC, so its
/// order is the order of its UTF-8 bytes and its equality is byte equality. Other texts (CJK
/// compatibility ideographs, combining marks, Hangul, …) fall back to `String`'s own operations, so
/// the result is always the one `String` gives.
public struct PlainText: Hashable, Comparable, Sendable {
    /// The text.
    public let text: String
    /// True when every scalar is one of `isPlain`'s.
    public let plain: Bool

    /// `text`, checked once.
    public init(_ text: String) {
        self.text = text
        plain = PlainText.isPlain(text)
    }

    public static func < (l: PlainText, r: PlainText) -> Bool {
        guard l.plain && r.plain else { return l.text < r.text }
        return PlainText.compareBytes(l.text, r.text) < 0
    }

    public static func == (l: PlainText, r: PlainText) -> Bool {
        guard l.plain && r.plain else { return l.text == r.text }
        return l.text.utf8.count == r.text.utf8.count && PlainText.compareBytes(l.text, r.text) == 0
    }

    public func hash(into hasher: inout Hasher) {
        // The bytes of the NFC form: the text itself when plain.
        if plain {
            var copy = text
            copy.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        } else {
            var normal = text.precomposedStringWithCanonicalMapping
            normal.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        }
    }

    /// Negative, zero or positive as `a`'s UTF-8 bytes sort before, equal or after `b`'s.
    static func compareBytes(_ a: String, _ b: String) -> Int {
        var a = a, b = b
        return a.withUTF8 { x in
            b.withUTF8 { y in
                let common = min(x.count, y.count)
                if common > 0, let p = x.baseAddress, let q = y.baseAddress {
                    let c = memcmp(p, q, common)
                    if c != 0 { return Int(c) }
                }
                return x.count - y.count
            }
        }
    }

    /// True when `text` is plainly in NFC: every scalar is ASCII, Latin-1, general punctuation
    /// (U+2010–2027, U+2030–205E), CJK symbols and punctuation without the combining tone marks
    /// (U+3000–3029, U+3030–303F), a CJK unified ideograph (extension A and the main block) or a
    /// full-width or half-width form (U+FF01–FF9D, U+FFA0–FFEF). Each of these has NFC quick check
    /// Yes, combining class 0 and never composes with a neighbour, so a text of them is its own NFC.
    public static func isPlain(_ text: String) -> Bool {
        var text = text
        // The scalars read from the UTF-8 bytes (a `String` holds valid UTF-8): ASCII skipped, two- and
        // three-byte sequences decoded in place; no plain scalar needs four bytes.
        return text.withUTF8 { bytes in
            var i = 0
            let count = bytes.count
            while i < count {
                let lead = UInt32(bytes[i])
                if lead < 0x80 { i += 1; continue }
                let value: UInt32
                if lead & 0xE0 == 0xC0 {
                    value = (lead & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
                    i += 2
                } else if lead & 0xF0 == 0xE0 {
                    value = (lead & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
                    i += 3
                } else {
                    return false
                }
                if !isPlain(value: value) { return false }
            }
            return true
        }
    }

    static func isPlain(scalar: Unicode.Scalar) -> Bool { isPlain(value: scalar.value) }

    private static func isPlain(value: UInt32) -> Bool {
        switch value {
        case 0...0xFF, 0x2010...0x2027, 0x2030...0x205E, 0x3000...0x3029, 0x3030...0x303F,
             0x3400...0x4DBF, 0x4E00...0x9FFF, 0xFF01...0xFF9D, 0xFFA0...0xFFEF:
            return true
        default:
            return false
        }
    }
}
