import ZhengceText

/// A string as UTF-16 code units, for scanning with offsets that match `PolicyDocument`.
struct UnitText {
    /// The code units.
    let units: [UInt16]

    init(_ text: String) { units = Array(text.utf16) }
    init(units: [UInt16]) { self.units = units }

    var count: Int { units.count }
    var isEmpty: Bool { units.isEmpty }
    subscript(_ i: Int) -> UInt16 { units[i] }

    /// The text of a UTF-16 range.
    func string(_ range: Range<Int>) -> String {
        let lower = max(0, min(range.lowerBound, units.count))
        let upper = max(lower, min(range.upperBound, units.count))
        return String(utf16Units: units[lower..<upper])
    }

    /// The whole text.
    var string: String { String(utf16Units: units) }

    /// True when `literal` occurs at `offset`.
    func matches(_ literal: [UInt16], at offset: Int) -> Bool {
        guard offset >= 0, offset + literal.count <= units.count else { return false }
        var i = 0
        while i < literal.count {
            if units[offset + i] != literal[i] { return false }
            i += 1
        }
        return true
    }

    /// The first offset ≥ `from` where `literal` occurs, if any.
    /// - Complexity: O(n·m) worst case, O(n) for the short literals used here.
    func find(_ literal: [UInt16], from: Int = 0, to end: Int? = nil) -> Int? {
        let limit = min(end ?? units.count, units.count) - literal.count
        guard !literal.isEmpty, limit >= from else { return nil }
        let first = literal[0]
        var i = max(0, from)
        while i <= limit {
            if units[i] == first && matches(literal, at: i) { return i }
            i += 1
        }
        return nil
    }

    /// True when the text contains `literal`.
    func contains(_ literal: [UInt16]) -> Bool { find(literal) != nil }

    /// True when one of `literals` occurs at `offset`; returns its length.
    func matchAny(_ literals: [[UInt16]], at offset: Int) -> Int? {
        for literal in literals where matches(literal, at: offset) { return literal.count }
        return nil
    }
}

/// Code units of a literal (Chinese literals live in data, not identifiers).
@inline(__always) func u16(_ s: String) -> [UInt16] { Array(s.utf16) }

/// Character classes over single UTF-16 units (the scripts policy text uses are in the BMP).
enum CharClass {
    /// CJK unified ideographs (BMP) and extension A.
    @inline(__always) static func isHan(_ u: UInt16) -> Bool {
        (u >= 0x4E00 && u <= 0x9FFF) || (u >= 0x3400 && u <= 0x4DBF) || u == 0x3007
    }

    /// ASCII or full-width digit.
    @inline(__always) static func isDigit(_ u: UInt16) -> Bool {
        (u >= 0x30 && u <= 0x39) || (u >= 0xFF10 && u <= 0xFF19)
    }

    /// The value of an ASCII or full-width digit.
    @inline(__always) static func digitValue(_ u: UInt16) -> Int {
        u >= 0xFF10 ? Int(u - 0xFF10) : Int(u - 0x30)
    }

    /// ASCII letter.
    @inline(__always) static func isLatin(_ u: UInt16) -> Bool {
        (u >= 0x41 && u <= 0x5A) || (u >= 0x61 && u <= 0x7A) || (u >= 0xFF21 && u <= 0xFF3A) || (u >= 0xFF41 && u <= 0xFF5A)
    }

    /// White space including the ideographic space and NBSP.
    @inline(__always) static func isSpace(_ u: UInt16) -> Bool {
        u == 0x20 || u == 0x09 || u == 0x3000 || u == 0xA0 || u == 0x0C || u == 0x0D || u == 0x0A || u == 0x200B || u == 0xFEFF
    }

    static let chineseDigits: [UInt16: Int] = {
        var map: [UInt16: Int] = [:]
        for (c, v) in zip("零一二三四五六七八九".utf16, 0...9) { map[c] = v }
        map[u16("〇")[0]] = 0
        map[u16("○")[0]] = 0
        map[u16("两")[0]] = 2
        return map
    }()
    static let ten = u16("十")[0], hundred = u16("百")[0], thousand = u16("千")[0]

    /// A unit that can be part of a Chinese numeral (一…九, 十, 百, 千, 零, 〇, 两).
    @inline(__always) static func isChineseNumeral(_ u: UInt16) -> Bool {
        chineseDigits[u] != nil || u == ten || u == hundred || u == thousand
    }

    /// The value of a Chinese numeral such as 二十三, 一百零五, 十二; nil when malformed or longer than
    /// any numeral a document writes (12 units; a run of thousands of digits overflowed Int: issue 17's fuzzer).
    static func chineseNumberValue(_ units: ArraySlice<UInt16>) -> Int? {
        guard !units.isEmpty, units.count <= 12 else { return nil }
        var total = 0
        var current = 0
        var sawAny = false
        for u in units {
            if let d = chineseDigits[u] {
                current = current * 10 + d
                sawAny = true
            } else if u == ten || u == hundred || u == thousand {
                let scale = u == ten ? 10 : (u == hundred ? 100 : 1000)
                total += (current == 0 ? 1 : current) * scale
                current = 0
                sawAny = true
            } else {
                return nil
            }
        }
        return sawAny ? total + current : nil
    }

    /// Terminal punctuation that ends a sentence or a paragraph line.
    static let terminal = UnitSet("。！？；：!?;:…")
    /// Closing marks that may follow terminal punctuation (”）』」).
    static let closers = UnitSet("”’」』）)】〕》")
}
