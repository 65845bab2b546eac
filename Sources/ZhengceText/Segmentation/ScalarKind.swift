/// The classes of characters the segmenter treats differently.
enum ScalarKind: Equatable {
    /// White space (never part of a token).
    case space
    /// A Han ideograph (CJK unified, extensions, compatibility) or 〇.
    case han
    /// A letter outside Han: Latin (half or full width), Greek, Cyrillic, kana, Hangul.
    case letter
    /// A decimal digit, half or full width.
    case digit
    /// Punctuation, symbols and anything else: one token per character.
    case other

    /// The class of `scalar`.
    /// - Complexity: O(1); Unicode properties only for scalars outside the common ranges.
    @inline(__always)
    init(_ scalar: UInt32) {
        switch scalar {
        case 0x30...0x39, 0xFF10...0xFF19: self = .digit
        case 0x41...0x5A, 0x61...0x7A, 0xFF21...0xFF3A, 0xFF41...0xFF5A: self = .letter
        case 0x20, 0x09...0x0D, 0x3000, 0xA0, 0x2000...0x200B, 0x2028, 0x2029, 0xFEFF: self = .space
        case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0xF900...0xFAFF, 0x20000...0x3FFFF, 0x3007: self = .han
        case 0...0x7F, 0x3000...0x303F, 0xFF00...0xFF0F, 0xFF1A...0xFF20, 0xFF3B...0xFF40, 0xFF5B...0xFF65, 0x2010...0x206F:
            self = .other
        default:
            guard let value = Unicode.Scalar(scalar) else { self = .other; return }
            let properties = value.properties
            if properties.isWhitespace {
                self = .space
            } else if properties.numericType == .decimal {
                self = .digit
            } else if properties.isAlphabetic {
                self = .letter
            } else {
                self = .other
            }
        }
    }
}

extension UnsafeBufferPointer where Element == UInt16 {
    /// The scalar at UTF-16 offset `i` and its width in units (a lone surrogate is itself).
    @inline(__always)
    func scalar(at i: Int) -> (value: UInt32, width: Int) {
        let u = self[i]
        if u & 0xFC00 == 0xD800, i + 1 < count, self[i + 1] & 0xFC00 == 0xDC00 {
            return (0x10000 + (UInt32(u & 0x3FF) << 10) + UInt32(self[i + 1] & 0x3FF), 2)
        }
        return (UInt32(u), 1)
    }
}
