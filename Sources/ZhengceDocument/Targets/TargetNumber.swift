import ZhengceText

/// A number as written in policy text: Arabic (3, 1.5, 12,000, full-width) or Chinese (两, 十二,
/// 一百五十, 千), and the percent forms 百分之三十, 五分之一, 三成, 一半 read as percent.
struct TargetNumber {
    /// The value (percent forms already multiplied out: 五分之一 → 20).
    var value: Double
    /// UTF-16 range of the number in the text.
    var start: Int
    var end: Int
    /// True for 百分之…, …分之…, …成, 一半: the unit is "%" and no unit follows.
    var isPercentForm: Bool
    /// True when written in Chinese numerals.
    var isChinese: Bool
    /// A Chinese numeral without 十/百/千 (一…九, 两): too common in prose to count alone.
    var isSmallChinese: Bool

    private static let baiFenZhi = u16("百分之"), fenZhi = u16("分之"), half = u16("一半")
    private static let cheng = u16("成")[0], zero = u16("零")[0], point = u16("点")[0]
    private static let dots = UnitSet(".．")
    private static let slashes = UnitSet("/／")

    /// Reads the number starting at `i` (nil when none starts there), not reading past `limit`.
    static func read(_ text: UnitText, at i: Int, limit: Int) -> TargetNumber? {
        guard i < limit else { return nil }
        let u = text[i]
        if CharClass.isDigit(u) {
            guard let n = arabic(text, at: i, limit: limit) else { return nil }
            // 理事总人数的1/3, 2/3以上: a fraction of small whole numbers, as percent (never a date, 2019/6/30,
            // nor a scale, 1/2000: the numerator is smaller and the denominator at most 20).
            if n.end + 1 < limit, slashes.contains(text[n.end]), n.value == n.value.rounded(), n.value >= 1,
               let d = arabic(text, at: n.end + 1, limit: limit), d.value == d.value.rounded(), d.value > n.value, d.value <= 20,
               d.end >= limit || !slashes.contains(text[d.end]) {
                return TargetNumber(value: percent(n.value, of: d.value), start: i, end: d.end, isPercentForm: true, isChinese: false,
                                    isSmallChinese: false)
            }
            return n
        }
        if text.matches(baiFenZhi, at: i), i + 3 < limit {
            if let n = arabic(text, at: i + 3, limit: limit) ?? chinese(text, at: i + 3, limit: limit) {
                return TargetNumber(value: n.value, start: i, end: n.end, isPercentForm: true, isChinese: true, isSmallChinese: false)
            }
            return nil
        }
        if text.matches(half, at: i) {
            return TargetNumber(value: 50, start: i, end: i + 2, isPercentForm: true, isChinese: true, isSmallChinese: false)
        }
        guard var n = chinese(text, at: i, limit: limit) else { return nil }
        // 五分之一: a fraction, as percent.
        if text.matches(fenZhi, at: n.end), let d = chinese(text, at: n.end + 2, limit: limit), n.value > 0 {
            return TargetNumber(value: percent(d.value, of: n.value), start: i, end: d.end, isPercentForm: true,
                                isChinese: true, isSmallChinese: false)
        }
        // 三成: tenths, as percent, when nothing Han follows 成 that would make a word (成本, 成果, 成为).
        if n.end < limit, text[n.end] == cheng, n.value < 10, n.end - i == 1 {
            let next = n.end + 1 < limit ? text[n.end + 1] : 0
            if !CharClass.isHan(next) || text.matches(u16("以"), at: n.end + 1) || text.matches(u16("左右"), at: n.end + 1) {
                n.value *= 10; n.end += 1; n.isPercentForm = true; n.isSmallChinese = false
                return n
            }
        }
        return n
    }

    /// `part` of `whole` as percent, to ten decimal places (三分之一 → 33.3333333333, not 33.33).
    private static func percent(_ part: Double, of whole: Double) -> Double {
        (part / whole * 1e12).rounded() / 1e10
    }

    private static func arabic(_ text: UnitText, at i: Int, limit: Int) -> TargetNumber? {
        var j = i
        var digits: [Character] = []
        while j < limit {
            let u = text[j]
            if CharClass.isDigit(u) {
                digits.append(Character(Unicode.Scalar(UInt8(48 + CharClass.digitValue(u)))))
                j += 1
            } else if u == 0x2C, j + 3 < limit, (1...3).allSatisfy({ CharClass.isDigit(text[j + $0]) }),
                      j + 4 >= limit || !CharClass.isDigit(text[j + 4]), digits.count <= 3, !digits.contains(".") {
                j += 1 // thousands separator: 12,000
            } else if dots.contains(u), j + 1 < limit, CharClass.isDigit(text[j + 1]), !digits.contains(".") {
                digits.append("."); j += 1
            } else { break }
        }
        guard j > i, let value = Double(String(digits)) else { return nil }
        return TargetNumber(value: value, start: i, end: j, isPercentForm: false, isChinese: false, isSmallChinese: false)
    }

    private static func chinese(_ text: UnitText, at i: Int, limit: Int) -> TargetNumber? {
        guard i < limit, CharClass.isChineseNumeral(text[i]), text[i] != zero else { return nil }
        var j = i
        while j < limit, CharClass.isChineseNumeral(text[j]) { j += 1 }
        let run = text.units[i..<j]
        // Runs of bare digits (二三, 一一) are not numbers.
        let magnitudes: Set<UInt16> = [CharClass.ten, CharClass.hundred, CharClass.thousand]
        let hasMagnitude = run.contains(where: magnitudes.contains)
        if run.count > 1 && !hasMagnitude { return nil }
        guard let value = CharClass.chineseNumberValue(run) else { return nil }
        // 二点五, 一点二: Chinese decimals, one digit character per decimal place.
        var k = j + 1
        var fraction = ""
        if j < limit, text[j] == point {
            while k < limit, let d = CharClass.chineseDigits[text[k]] { fraction.append(String(d)); k += 1 }
        }
        if !fraction.isEmpty, let decimal = Double("\(value).\(fraction)") {
            return TargetNumber(value: decimal, start: i, end: k, isPercentForm: false, isChinese: true, isSmallChinese: false)
        }
        return TargetNumber(value: Double(value), start: i, end: j, isPercentForm: false, isChinese: true,
                            isSmallChinese: !hasMagnitude)
    }
}
