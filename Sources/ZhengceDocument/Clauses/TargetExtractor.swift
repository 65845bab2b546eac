import ZhengceText
/// Finds quantified commitments: 到2025年，力争培育100家左右…; 每年培训规模不少于2000人次;
/// 年均10%以上的增速; 到2027年底交易规模超过1600亿元; 打造2—3个基地.
///
/// A number counts when a unit follows it (家, 个, 亿元, %, 人次 …) and the sentence commits to
/// it: a deadline year before it (到2025年), a bound (不少于, 超过, 以上, 左右, 以内), or a
/// commitment verb (力争, 培育, 打造, 建成, 新增, 累计, 每年, 年均). Years, 文号 numbers and codes
/// such as （9610） have no unit and are never targets. A range "3—5个" is one target whose
/// `value` is the lower bound and `upperValue` the upper bound, with comparator `.atLeast`.
struct TargetExtractor {
    let text: UnitText

    private static let units: [[UInt16]] = [
        "个百分点", "万亿美元", "亿美元", "万美元", "万亿元", "亿元", "万元", "元", "万人次", "人次", "万人", "万户", "万吨", "万千瓦",
        "万平方米", "平方米", "平方公里", "公里", "千米", "万辆", "万台", "万家", "家次", "家", "个", "项", "所", "座", "条", "批", "名", "户",
        "台", "套", "件", "倍", "%", "％", "场", "次", "人", "亩", "吨", "辆", "单",
    ].map(u16)
    private static let atLeastBefore = ["不少于", "不低于", "至少", "超过", "突破", "超", "达到", "达", "增至", "提高到", "提升至", "提升到", "增长"].map(u16)
    private static let atMostBefore = ["不超过", "不高于", "控制在", "低于", "少于", "以内"].map(u16)
    private static let aboutBefore = ["约", "近", "大约"].map(u16)
    private static let boundsBefore: [([UInt16], TargetComparator)] =
        (atMostBefore.map { ($0, TargetComparator.atMost) } + atLeastBefore.map { ($0, .atLeast) } + aboutBefore.map { ($0, .about) })
            .sorted { $0.0.count > $1.0.count }
    private static let atLeastAfter = ["以上", "及以上", "多"].map(u16)
    private static let atMostAfter = ["以内", "以下", "之内"].map(u16)
    private static let aboutAfter = ["左右"].map(u16)
    private static let commitment = ["力争", "培育", "打造", "建成", "建设", "新增", "累计", "每年", "年均", "形成", "认定", "引进", "培训", "实现", "成立", "达到", "突破"].map(u16)
    private static let recurring = ["每年", "年均", "年度"].map(u16)
    private static let magnitudes = UnitSet(units: [CharClass.ten, CharClass.hundred, CharClass.thousand])
    private static let sentenceEnds = UnitSet("。；！？\n;")
    private static let rangeDashes = UnitSet("-—–－~～至到")

    /// Targets in `range`, in order.
    func extract(_ range: Range<Int>) -> [Target] {
        var targets: [Target] = []
        var sentenceStart = range.lowerBound
        var k = range.lowerBound
        while k <= range.upperBound {
            if k == range.upperBound || Self.sentenceEnds.contains(text[k]) {
                if k > sentenceStart { targets += sentence(sentenceStart..<k) }
                sentenceStart = k + 1
            }
            k += 1
        }
        return targets
    }

    private func sentence(_ range: Range<Int>) -> [Target] {
        var result: [Target] = []
        var i = range.lowerBound
        var year: Int?
        var yearEnd = range.lowerBound
        while i < range.upperBound {
            // A Chinese-numeral amount (超千亿元, 百家以上, 十万人次) is read like digits.
            let chinese = CharClass.isDigit(text[i]) ? nil : chineseAmount(at: i, in: range)
            guard chinese != nil || CharClass.isDigit(text[i]) && (i == range.lowerBound || !CharClass.isDigit(text[i - 1]) && !CharClass.isLatin(text[i - 1])) else {
                i += 1; continue
            }
            var j = i
            var valueEnd = i
            let value: Double
            if let chinese {
                (value, valueEnd) = chinese
                j = valueEnd
            } else {
                while j < range.upperBound, CharClass.isDigit(text[j]) { j += 1 }
                valueEnd = j
                if j + 1 < range.upperBound, text[j] == 0x2E || text[j] == 0xFF0E, CharClass.isDigit(text[j + 1]) {
                    valueEnd = j + 1
                    while valueEnd < range.upperBound, CharClass.isDigit(text[valueEnd]) { valueEnd += 1 }
                }
                let numberText = text.string(i..<valueEnd)
                value = Double(String(numberText.map { $0.isASCII ? $0 : Character(Unicode.Scalar(($0.unicodeScalars.first!.value - 0xFEE0))!) })) ?? 0
            }
            var after = valueEnd
            while after < range.upperBound, text[after] == 0x20 { after += 1 }
            // A year: 到2025年 / 2027年底 — remember it, it is not a target.
            if chinese == nil, valueEnd - i == 4, j == valueEnd, after < range.upperBound, text[after] == u16("年")[0], (1990...2100).contains(Int(value)) {
                if !isRecurringYear(before: i) { year = Int(value); yearEnd = after + 1 }
                i = after + 1
                continue
            }
            // Inside a 文号 bracket or followed by 号: not a quantity.
            if i > range.lowerBound, "〔[［【".utf16.contains(text[i - 1]) { i = valueEnd; continue }
            // A range: 2—3个.
            var upper: Double?
            var unitStart = after
            if chinese == nil, after + 1 < range.upperBound, Self.rangeDashes.contains(text[after]), CharClass.isDigit(text[after + 1]) {
                var e = after + 1
                while e < range.upperBound, CharClass.isDigit(text[e]) || text[e] == 0x2E { e += 1 }
                upper = Double(text.string((after + 1)..<e))
                unitStart = e
                while unitStart < range.upperBound, text[unitStart] == 0x20 { unitStart += 1 }
            }
            guard let unitLength = text.matchAny(Self.units, at: unitStart) else { i = max(valueEnd, i + 1); continue }
            let unit = text.string(unitStart..<(unitStart + unitLength))
            var phraseStart = i
            var phraseEnd = unitStart + unitLength
            var comparator: TargetComparator = upper == nil ? .exactly : .atLeast
            // Longest cue first, so 不少于 is not read as 少于.
            if let (n, cue) = Self.boundsBefore.lazy.compactMap({ w, c in
                i - w.count >= range.lowerBound && text.matches(w, at: i - w.count) ? (w.count, c) : nil }).first {
                comparator = cue
                phraseStart = i - n
            }
            if let n = text.matchAny(Self.atLeastAfter, at: phraseEnd) { comparator = .atLeast; phraseEnd += n }
            else if let n = text.matchAny(Self.atMostAfter, at: phraseEnd) { comparator = .atMost; phraseEnd += n }
            else if let n = text.matchAny(Self.aboutAfter, at: phraseEnd) { comparator = .about; phraseEnd += n }
            let recurring = isRecurring(before: phraseStart, limit: range.lowerBound)
            let committed = year != nil || comparator != .exactly || recurring || upper != nil || hasCommitment(range.lowerBound..<i)
            // "超过100万元的企业": an attribute, not a commitment, unless it is a growth rate.
            // (出口超千亿元人民币的市场: the currency word may come between.)
            let currency = text.matches(u16("人民币"), at: phraseEnd) ? 3 : 0
            let attributive = phraseEnd + currency < range.upperBound && text[phraseEnd + currency] == u16("的")[0] && !recurring && unit != "%" && unit != "％"
            if committed && !attributive && value > 0 {
                if phraseStart - 2 >= range.lowerBound, Self.recurring.contains(where: { text.matches($0, at: phraseStart - 2) }) {
                    phraseStart -= 2
                }
                result.append(Target(year: recurring ? nil : year, value: value, unit: unit == "％" ? "%" : unit, comparator: comparator,
                                     phrase: text.string(phraseStart..<phraseEnd), sentence: text.string(range).trimmedText,
                                     start: phraseStart, end: phraseEnd, upperValue: upper))
            }
            _ = yearEnd
            i = phraseEnd
        }
        return result
    }

    /// A Chinese numeral starting at `i` and directly followed by a unit: its value and end.
    /// It must carry a magnitude (十, 百, 千 in the numeral or 万, 亿 in the unit), so 一批 and
    /// 三个方面 are not amounts; ordinals (第十) and runs of bare digits (二三) are refused.
    private func chineseAmount(at i: Int, in range: Range<Int>) -> (Double, Int)? {
        guard CharClass.isChineseNumeral(text[i]) else { return nil }
        if i > range.lowerBound {
            let before = text[i - 1]
            if CharClass.isChineseNumeral(before) || CharClass.isDigit(before) || before == u16("第")[0] { return nil }
        }
        var runEnd = i
        while runEnd < range.upperBound, CharClass.isChineseNumeral(text[runEnd]) { runEnd += 1 }
        let magnitudes = Self.magnitudes
        for split in (i + 1)...runEnd {
            guard let unitLength = text.matchAny(Self.units, at: split) else { continue }
            let numeral = text.units[i..<split]
            let bareDigits = zip(numeral, numeral.dropFirst()).contains { !magnitudes.contains($0) && $0 != u16("零")[0] && !magnitudes.contains($1) }
            let unitFirst = text[split]
            // 千家万户, 千军万马: an idiom, not an amount.
            if split + unitLength < range.upperBound, text[split + unitLength] == u16("万")[0] || CharClass.isChineseNumeral(text[split + unitLength]) { return nil }
            guard !bareDigits, numeral.contains(where: magnitudes.contains) || unitFirst == u16("万")[0] || unitFirst == u16("亿")[0],
                  let value = CharClass.chineseNumberValue(numeral), value > 1, unitLength > 0 else { return nil }
            return (Double(value), split)
        }
        return nil
    }

    private func isRecurring(before i: Int, limit: Int) -> Bool {
        let lo = max(limit, i - 6)
        return Self.recurring.contains { text.find($0, from: lo, to: i) != nil }
    }

    private func isRecurringYear(before i: Int) -> Bool { false }

    private func hasCommitment(_ range: Range<Int>) -> Bool {
        Self.commitment.contains { text.find($0, from: range.lowerBound, to: range.upperBound) != nil }
    }
}
