/// A folded form of a text for matching, with a map back to the original.
///
/// The key folds full-width ASCII letters and digits to half-width, the ideographic
/// space to a space, 〇/○ between digits is left alone, and removes white space that
/// sits between two CJK characters ("财 政 部" → "财政部"). Chinese punctuation is kept:
/// the key is for matching, the original text is what users see.
/// Offsets are UTF-16 code units.
public struct MatchKey: Sendable, Equatable {
    /// The original text.
    public let original: String
    /// The folded text.
    public let folded: String
    /// For each UTF-16 unit of `folded` (and one past the end), the UTF-16 offset in `original`.
    public let originalOffsets: [Int]

    /// Folds `text`.
    /// - Complexity: O(n).
    public init(_ text: String) {
        original = text
        let (units, map) = MatchKey.foldedUTF16(text)
        folded = String(utf16Units: units)
        originalOffsets = map
    }

    /// The folded text as UTF-16 units, with the map of `originalOffsets`, without building a
    /// string (for callers that only scan the units).
    /// - Complexity: O(n).
    public static func foldedUTF16(_ text: String) -> (units: [UInt16], originalOffsets: [Int]) {
        fold(Array(text.utf16), keepingOffsets: true)
    }

    /// `foldedUTF16(_:)` of a text already in UTF-16 units.
    /// - Complexity: O(n).
    public static func foldedUTF16(units: [UInt16]) -> (units: [UInt16], originalOffsets: [Int]) {
        fold(units, keepingOffsets: true)
    }

    /// The folded text as UTF-16 units, without the offsets map.
    /// - Complexity: O(n).
    public static func foldedUnits(_ text: String) -> [UInt16] {
        fold(Array(text.utf16), keepingOffsets: false).units
    }

    /// `foldedUnits(_:)` of a text already in UTF-16 units.
    /// - Complexity: O(n).
    public static func foldedUnits(units: [UInt16]) -> [UInt16] {
        fold(units, keepingOffsets: false).units
    }

    @inline(__always)
    private static func fold(_ units: [UInt16], keepingOffsets: Bool) -> (units: [UInt16], originalOffsets: [Int]) {
        var out: [UInt16] = []
        var map: [Int] = []
        out.reserveCapacity(units.count)
        if keepingOffsets { map.reserveCapacity(units.count + 1) }
        var i = 0
        while i < units.count {
            let u = units[i]
            if MatchKey.isSpace(u) {
                // Drop a run of spaces between CJK characters; otherwise keep one space.
                var j = i
                while j < units.count && MatchKey.isSpace(units[j]) { j += 1 }
                let before = out.last.map(MatchKey.isCJK) ?? false
                let after = j < units.count && MatchKey.isCJK(units[j])
                if !(before && after) {
                    out.append(0x20)
                    if keepingOffsets { map.append(i) }
                }
                i = j
                continue
            }
            out.append(MatchKey.foldUnit(u))
            if keepingOffsets { map.append(i) }
            i += 1
        }
        if keepingOffsets { map.append(units.count) }
        return (out, map)
    }

    /// The original UTF-16 range of a folded UTF-16 range.
    public func originalRange(_ folded: Range<Int>) -> Range<Int> {
        MatchKey.originalRange(folded, offsets: originalOffsets)
    }

    /// The original UTF-16 range of a folded UTF-16 range, given the offsets map of `foldedUTF16`.
    public static func originalRange(_ folded: Range<Int>, offsets originalOffsets: [Int]) -> Range<Int> {
        let lower = originalOffsets[min(folded.lowerBound, originalOffsets.count - 1)]
        let upperIndex = min(folded.upperBound, originalOffsets.count - 1)
        let upper = folded.upperBound > folded.lowerBound ? originalOffsets[upperIndex - 1] + 1 : lower
        return lower..<max(lower, min(upper, originalOffsets.last ?? upper))
    }

    /// Folds a string to its key without keeping the map.
    public static func fold(_ text: String) -> String { MatchKey(text).folded }

    /// Full-width digits and Latin letters to ASCII; U+3000 to space; punctuation unchanged.
    @inline(__always) static func foldUnit(_ u: UInt16) -> UInt16 {
        if (u >= 0xFF10 && u <= 0xFF19) || (u >= 0xFF21 && u <= 0xFF3A) || (u >= 0xFF41 && u <= 0xFF5A) { return u - 0xFEE0 }
        if u == 0x3000 { return 0x20 }
        return u
    }

    @inline(__always) static func isSpace(_ u: UInt16) -> Bool {
        u == 0x20 || u == 0x09 || u == 0x0A || u == 0x0D || u == 0x3000 || u == 0xA0 || u == 0x0C
    }

    /// CJK unified ideographs (BMP blocks) and the CJK compatibility block.
    @inline(__always) static func isCJK(_ u: UInt16) -> Bool {
        (u >= 0x4E00 && u <= 0x9FFF) || (u >= 0x3400 && u <= 0x4DBF) || (u >= 0xF900 && u <= 0xFAFF)
    }
}
