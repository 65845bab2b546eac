import ZhengceText
/// A provision label found at the start of a paragraph: "一、", "（一）", "1.", "（1）", "①", "第一条" …
struct NumberingLabel: Equatable {
    /// The numbering scheme.
    let scheme: NumberingScheme
    /// The number the label carries (1 for 一, （一）, 1., ①, 第一条).
    let number: Int
    /// The label as printed, without trailing space (e.g. "（一）", "1.", "第十二条").
    let text: String
    /// UTF-16 length of the label plus the spaces after it.
    let length: Int

    private static let open = UnitSet("（(")
    private static let close = UnitSet("）)")
    private static let dots = UnitSet(".．、")
    private static let comma = u16("、")[0], fullComma = u16("，")[0], shi = u16("是")[0]
    private static let di = u16("第")[0]
    private static let bian = u16("编")[0], zhang = u16("章")[0], jie = u16("节")[0], tiao = u16("条")[0]
    private static let bufen = u16("部分")

    /// The label at the start of `text` (after leading spaces), if any.
    static func detect(_ text: UnitText) -> NumberingLabel? {
        var i = 0
        while i < text.count, CharClass.isSpace(text[i]) { i += 1 }
        let start = i
        guard i < text.count else { return nil }
        let u = text[i]
        var result: (NumberingScheme, Int, Int)?  // scheme, number, end of label
        if u == di {
            var j = i + 1
            while j < text.count, CharClass.isChineseNumeral(text[j]) || CharClass.isDigit(text[j]) { j += 1 }
            if j > i + 1, j < text.count, let n = number(text.units[(i + 1)..<j]) {
                let m = text[j]
                if m == bian { result = (.part, n, j + 1) }
                else if m == zhang { result = (.chapter, n, j + 1) }
                else if m == jie { result = (.section, n, j + 1) }
                else if m == tiao { result = (.article, n, j + 1) }
                else if text.matches(bufen, at: j) { result = (.part, n, j + 2) }
                // 第一，加强… / 第二、… / 第三是…: ordinal paragraphs (a few, numbered in Chinese).
                else if (m == fullComma || m == comma || m == shi), j - i <= 3, n <= 20, j + 1 < text.count,
                        !CharClass.isDigit(text[i + 1]) { result = (.ordinalDi, n, j + 1) }
            }
        } else if CharClass.isChineseNumeral(u) {
            var j = i
            while j < text.count, CharClass.isChineseNumeral(text[j]) { j += 1 }
            // 一、 (also 一． or 一. in some layouts, when text follows)
            let mark = j < text.count && (text[j] == comma || ((text[j] == 0x2E || text[j] == 0xFF0E) && j + 1 < text.count && !CharClass.isDigit(text[j + 1])))
            if mark, j - i <= 4, let n = CharClass.chineseNumberValue(text.units[i..<j]) {
                result = (.chineseComma, n, j + 1)
            } else if j < text.count, text[j] == shi, j - i <= 2, j + 1 < text.count, CharClass.isHan(text[j + 1]),
                      let n = CharClass.chineseNumberValue(text.units[i..<j]), n <= 20 {
                // 一是加强…, 二是…: paragraphs opened by an ordinal.
                result = (.ordinalShi, n, j + 1)
            }
        } else if open.contains(u) {
            var j = i + 1
            while j < text.count, CharClass.isSpace(text[j]) { j += 1 }
            let numberStart = j
            if j < text.count, CharClass.isChineseNumeral(text[j]) {
                while j < text.count, CharClass.isChineseNumeral(text[j]) { j += 1 }
                let numberEnd = j
                while j < text.count, CharClass.isSpace(text[j]) { j += 1 }
                if j < text.count, close.contains(text[j]), numberEnd - numberStart <= 4,
                   let n = CharClass.chineseNumberValue(text.units[numberStart..<numberEnd]) {
                    result = (.chineseParen, n, j + 1)
                }
            } else if j < text.count, CharClass.isDigit(text[j]) {
                while j < text.count, CharClass.isDigit(text[j]) { j += 1 }
                let numberEnd = j
                if j < text.count, close.contains(text[j]), numberEnd - numberStart <= 3 {
                    result = (.arabicParen, digits(text.units[numberStart..<numberEnd]), j + 1)
                }
            }
        } else if CharClass.isDigit(u) {
            var j = i
            while j < text.count, CharClass.isDigit(text[j]) { j += 1 }
            if j - i <= 3, j < text.count {
                let m = text[j]
                let next: UInt16? = j + 1 < text.count ? text[j + 1] : nil
                if dots.contains(m), next.map({ !CharClass.isDigit($0) }) ?? false {
                    result = (.arabicDot, digits(text.units[i..<j]), j + 1)
                } else if close.contains(m) {
                    result = (.arabicParen, digits(text.units[i..<j]), j + 1)
                }
            }
        } else if u >= 0x2460 && u <= 0x2473 {
            result = (.circled, Int(u - 0x2460) + 1, i + 1)
        } else if u >= 0x2474 && u <= 0x2487 {
            result = (.arabicParen, Int(u - 0x2474) + 1, i + 1)
        }
        guard let (scheme, n, end) = result, n > 0 else { return nil }
        // A label must be followed by text (or end a heading line), not by more digits or a unit.
        var k = end
        while k < text.count, CharClass.isSpace(text[k]) { k += 1 }
        if scheme == .arabicDot || scheme == .arabicParen, k < text.count {
            let next = text[k]
            if next == u16("%")[0] || next == u16("％")[0] { return nil }
        }
        return NumberingLabel(scheme: scheme, number: n, text: text.string(start..<end), length: k)
    }

    private static func digits(_ units: ArraySlice<UInt16>) -> Int {
        units.reduce(0) { $0 * 10 + CharClass.digitValue($1) }
    }

    private static func number(_ units: ArraySlice<UInt16>) -> Int? {
        if units.allSatisfy(CharClass.isDigit) { return digits(units) }
        return CharClass.chineseNumberValue(units)
    }
}
