import ZhengceText

/// Finds quantified targets in a paragraph with a small grammar over numbers, units and cues:
///
///     target   := cue? period? NUMBER (dash NUMBER)? UNIT bound? | chained (…65%和55%)
///     cue      := 不少于 | 不超过 | 达到 | 控制在 | 为 | 按照 | …        (TargetLexicon.cuesBefore)
///     bound    := 以上 | 以下 | 以内 | 左右 | 内 (durations) | 前 (lead times, 七日前通知) | …  (TargetLexicon.boundsAfter)
///     NUMBER   := Arabic | Chinese (两, 十二, 千) | 百分之N | N分之M | N成 | 一半 (TargetNumber)
///
/// A match is a target only when the text commits to it: a bound, a range, a period (每年), a
/// norm (为, 按), a deadline for the clause, sentence or paragraph, or a commitment verb before it
/// in the clause (建设, 培育 …). It is refused when it is a date or a year, an item or list number
/// (第, 等, 共, a list of names before it), inside 《》 or “”, in a definition (是指, 所称), a fact
/// (已, a past year in the clause, a request reported, 目前…), a sanction, or a condition on who is covered: ages (岁), 具有N年以上…,
/// "N…的" describing a noun (500万元及以下的小微企业) or a clause ending in 的 (入围企业为2家的，).
/// Chinese numerals without 十/百/千 (一, 三) count only with a cue, a period or 内 (三年内, 至少建设一所).
struct TargetExtractor {
    let text: UnitText
    /// The year the document was issued, when known (deadlines before it are history).
    var issuedYear: Int? = nil

    private static let sentenceEnds = UnitSet("。；！？;!?\n")
    private static let clauseEnds = UnitSet("。；！？;!?\n，,：:")
    private static let dashes = UnitSet("-—–－~～至到")
    private static let connectors = UnitSet("和、与及")
    static let de = u16("的")[0], mei = u16("每")[0], nei = u16("内")[0]
    static let enumComma = u16("、")[0]
    private static let definitions = ["是指", "所称", "指的是"].map(u16)
    static let already = ["已", "曾"].map(u16)
    private static let recurringWords = ["年均", "每年", "每月", "每季度"].map(u16)
    static let renminbi = u16("人民币")
    static let sanctions = ["罚款", "罚金", "拘留", "吊销", "没收", "处分", "滞纳金", "责令停止", "停业整顿"].map(u16)
    static let clauseEndUnits = UnitSet("。；！？;!?\n，,：:")

    /// A target's deadline: the year, where it came from and how it is written.
    private struct Deadline { var year: Int; var source: TargetYearSource; var written: String }

    /// Targets in the paragraphs `ranges` (in text order): as `extract(_:)` for each, except that the
    /// list items after a lead-in naming conditions (有下列情形之一的：, 应当具备下列条件：, …的情形包括：)
    /// hold conditions on who is covered, not targets, until a paragraph that is no list item; an item
    /// that orders or permits (应当, 可以 …) keeps its targets.
    func extract(paragraphs ranges: [Range<Int>]) -> [Target] {
        var result: [Target] = []
        var inConditionList = false
        for range in ranges {
            // (An item that orders or permits — 应当自…之日起十五日内办理 — is a rule, not a condition.)
            // Only the item's first sentence counts: (四)…五千人以上。但…经批准，可以不受此限。 is a condition.
            var firstEnd = range.lowerBound
            while firstEnd < range.upperBound, !Self.sentenceEnds.contains(text[firstEnd]) { firstEnd += 1 }
            if inConditionList, startsWithListLabel(range), !ordersOrPermits(range.lowerBound..<firstEnd) { continue }
            inConditionList = false
            result += extract(range)
            inConditionList = leadsConditionList(range)
        }
        return result
    }

    /// True when the text orders or permits (应当, 可以, 不得 …); 不得 of a bound (注册资本不得少于人民币300万元) states a
    /// threshold, not an order.
    private func ordersOrPermits(_ range: Range<Int>) -> Bool {
        TargetLexicon.modals.contains { w in
            var from = range.lowerBound
            while let at = text.find(w, from: from, to: range.upperBound) {
                if w != u16("不得") || !TargetLexicon.boundsAfterBude.contains(where: { text.matches($0, at: at + w.count) }) { return true }
                from = at + w.count
            }
            return false
        }
    }

    /// True when the paragraph's last clause ends in ： and names conditions (情形, 条件, 资格, 具备), or
    /// when its sentence opens with a subject ending in 的 that must meet what follows (称为大学的，须符合下列规定：).
    private func leadsConditionList(_ range: Range<Int>) -> Bool {
        var e = range.upperBound
        while e > range.lowerBound, CharClass.isSpace(text[e - 1]) { e -= 1 }
        guard e > range.lowerBound, text[e - 1] == u16("：")[0] || text[e - 1] == u16(":")[0] else { return false }
        var s = e - 1
        while s > range.lowerBound, !Self.sentenceEnds.contains(text[s - 1]) { s -= 1 }
        // When the lead-in names its list (下列, 以下), the list must be one of conditions (下列情形之一, 下列条件, 下列基本条件):
        // 根据下列规定确定落户条件：, 遇有…低能见度气象条件时，应当遵守下列规定： list rules, whatever else 条件 names.
        if let list = [u16("下列"), u16("以下")].lazy.compactMap({ w in self.text.find(w, from: s, to: e).map { $0 + w.count } }).first {
            if TargetLexicon.conditionListWords.contains(where: { w in
                (list...min(list + 3, e)).contains { self.text.matches(w, at: $0) } }) { return true }
            // 经营者集中达到下列标准之一的，经营者应当…申报: any one of the list in a clause ending in 的 is a condition.
            if let one = text.find(u16("之一的"), from: list, to: min(list + 8, e)), !(list..<one).contains(where: { Self.clauseEnds.contains(text[$0]) }) {
                return true
            }
        } else if TargetLexicon.conditionListWords.contains(where: { text.find($0, from: s, to: e) != nil }) {
            return true
        } else if [u16("下列情形之一的"), u16("以下情形之一的")].contains(where: { text.find($0, from: range.lowerBound, to: s) != nil }) {
            // 下列情形之一的进口药品，不予进口备案，由…发出…；对麻醉药品、精神药品，…不予发放…：: the list's conditions are named in
            // an earlier sentence of the lead-in, the last one (no list of its own) says what else follows from them.
            return true
        }
        // 不得实施下列行为：, 禁止下列行为：: the items describe forbidden conduct (每次使用时间超过十五分钟), no quantity set.
        if let at = text.find(u16("下列行为"), from: s, to: e),
           [u16("不得"), u16("禁止"), u16("严禁")].contains(where: { text.find($0, from: s, to: at) != nil }) { return true }
        guard let meet = TargetLexicon.conditionListAfterSubject.lazy.compactMap({ self.text.find($0, from: s, to: e) }).first else { return false }
        if TargetLexicon.qualificationsAfterMeet.contains(where: { text.find($0, from: meet, to: e) != nil }) { return true }
        return (s..<meet).contains { text[$0] == Self.de && $0 + 1 < meet && "，,".utf16.contains(text[$0 + 1]) }
    }

    /// True when the paragraph opens with a list label: （一）, (1), 一、, 1. or 1、.
    private func startsWithListLabel(_ range: Range<Int>) -> Bool {
        var p = range.lowerBound
        while p < range.upperBound, CharClass.isSpace(text[p]) { p += 1 }
        guard p < range.upperBound else { return false }
        let isNumeral = { (u: UInt16) in CharClass.isDigit(u) || CharClass.isChineseNumeral(u) }
        if "（(".utf16.contains(text[p]) {
            var q = p + 1
            while q < range.upperBound, isNumeral(text[q]) { q += 1 }
            return q > p + 1 && q < range.upperBound && "）)".utf16.contains(text[q])
        }
        var q = p
        while q < range.upperBound, isNumeral(text[q]) { q += 1 }
        return q > p && q < range.upperBound && "、.．".utf16.contains(text[q])
    }

    /// Targets in the paragraph `range`, in order.
    func extract(_ range: Range<Int>) -> [Target] {
        let quoted = quotedRanges(range)
        let isQuoted: (Int) -> Bool = { p in quoted.contains { $0.contains(p) } }
        let years = DeadlineScanner(text: text, issuedYear: issuedYear).scan(range, quoted: isQuoted)
        var result: [Target] = []
        var lead: YearMention?
        var s = range.lowerBound
        while s < range.upperBound {
            var e = s
            while e < range.upperBound, !Self.sentenceEnds.contains(text[e]) { e += 1 }
            if e > s {
                let sentenceYears = years.filter { $0.start >= s && $0.start < e }
                result += sentence(s..<e, years: sentenceYears, lead: lead, isQuoted: isQuoted)
                // A deadline opening the sentence (to the first comma) carries to the rest of the paragraph.
                if let opening = sentenceYears.first(where: { $0.role == .deadline && opensClause($0.start, sentenceStart: s) }) {
                    lead = opening
                }
            }
            s = e + 1
        }
        return result
    }

    /// True when only a label, a heading ending in ：, 力争 or spaces stand before `p` in its sentence.
    func opensClause(_ p: Int, sentenceStart: Int) -> Bool {
        var q = p
        for w in ["力争", "争取", "预计"].map(u16) where q - w.count >= sentenceStart && text.matches(w, at: q - w.count) { q -= w.count }
        while q > sentenceStart, CharClass.isSpace(text[q - 1]) { q -= 1 }
        if q == sentenceStart { return true }
        let before = text[q - 1]
        return before == u16("：")[0] || before == u16(":")[0] || before == u16("，")[0] && q - sentenceStart <= 8
    }

    private func sentence(_ range: Range<Int>, years: [YearMention], lead: YearMention?, isQuoted: (Int) -> Bool) -> [Target] {
        if Self.definitions.contains(where: { text.find($0, from: range.lowerBound, to: range.upperBound) != nil }) { return [] }
        var result: [Target] = []
        var i = range.lowerBound
        while i < range.upperBound {
            let u = text[i]
            guard CharClass.isDigit(u) || CharClass.isChineseNumeral(u) else { i += 1; continue }
            if i > range.lowerBound, CharClass.isDigit(text[i - 1]) || CharClass.isLatin(text[i - 1]) || text[i - 1] == 0x2E
                || CharClass.isChineseNumeral(text[i - 1]) && !CharClass.isDigit(u) {
                i += 1; continue
            }
            // 同一, 统一, 唯一, 逐一: 一 inside a word is no number.
            if u == u16("一")[0], i > range.lowerBound, "同统唯逐划单专".utf16.contains(text[i - 1]) { i += 1; continue }
            guard let number = TargetNumber.read(text, at: i, limit: range.upperBound) else { i += 1; continue }
            if let target = match(number, in: range, years: years, lead: lead, previous: result.last, isQuoted: isQuoted) {
                result.append(target)
                i = max(target.end, number.end)
            } else {
                i = max(number.end, i + 1)
            }
        }
        return result
    }

    // MARK: - One match

    /// A number read with its unit, bounds and cue, before it is judged (`TargetExtractor+Judgement`).
    struct Reading {
        var number: TargetNumber
        var kind: TargetLexicon.UnitKind
        var unit: String
        var upper: Double?
        /// The comparator from the cue, the bound after or the range; nil when none is written.
        var comparator: TargetComparator?
        /// The bound written after the number (以上, 以内, 内 …), if any.
        var boundAfter: TargetComparator?
        /// The cue before the number: its length back from the number and its comparator.
        var cue: (length: Int, comparator: TargetComparator)?
        var period: String?
        var chained = false
        /// True when a target ends where the number starts (一处两千平方米以上的公园绿地: the size of what is built).
        var afterTarget = false
        /// The noun of "X的N%" (采购金额).
        var ofNoun: Range<Int>?
        /// The phrase as matched, and its clause.
        var phraseStart: Int
        var end: Int
        var clauseStart = 0
        var clauseEnd = 0
    }

    private func match(_ number: TargetNumber, in sentence: Range<Int>, years: [YearMention], lead: YearMention?,
                       previous: Target?, isQuoted: (Int) -> Bool) -> Target? {
        if isQuoted(number.start) { return nil }
        guard var r = read(number, in: sentence, previous: previous), !isRefused(r, in: sentence, years: years) else { return nil }
        let recurring = r.period != nil || Self.recurringWords.contains { text.find($0, from: r.clauseStart, to: r.phraseStart) != nil }
        if recurring, r.period == nil {
            r.period = Self.recurringWords.first { text.find($0, from: r.clauseStart, to: r.phraseStart) != nil }.map { String(utf16Units: $0[...]) }
        }
        let deadline = yearFor(r.phraseStart, clauseStart: r.clauseStart, clauseEnd: r.clauseEnd, sentence: sentence, years: years, lead: lead)
        guard isCommitted(&r, recurring: recurring, hasDeadline: deadline != nil, in: sentence), number.value > 0 else { return nil }

        var year = recurring ? nil : deadline
        // 三到五年时间内, 1年内完成: the duration is the deadline; only a year in its own clause applies.
        if r.kind == .duration, r.boundAfter == .atMost || r.upper != nil || text.matches(u16("时间"), at: r.end),
           year?.source != .clause { year = nil }
        if r.chained, year == nil, let previous, let y = previous.year {
            year = Deadline(year: y, source: previous.yearSource ?? .sentence, written: previous.deadline ?? "")
        }
        let counted = countedPhrase(kind: r.kind, phraseStart: r.phraseStart, end: r.end, clauseStart: r.clauseStart,
                                    clauseEnd: r.clauseEnd, ofNoun: r.ofNoun)
        return Target(year: year?.year, value: number.value, unit: r.unit, comparator: r.comparator ?? .exactly,
                      phrase: text.string(r.phraseStart..<r.end), sentence: text.string(sentence).trimmedText,
                      start: r.phraseStart, end: r.end, upperValue: r.upper, counted: counted, deadline: year?.written,
                      yearSource: year?.source, period: r.period)
    }

    /// The grammar: range, unit, bound after, cue before (across a period or a short verb), chaining.
    private func read(_ number: TargetNumber, in sentence: Range<Int>, previous: Target?) -> Reading? {
        let lo = sentence.lowerBound, hi = sentence.upperBound
        // A year (2025年) or a date (6月30日, 1月31日).
        if !number.isChinese, number.end - number.start == 4, (1900...2100).contains(Int(number.value)),
           number.end < hi, text[number.end] == u16("年")[0] || Self.dashes.contains(text[number.end]) { return nil }
        // 第3, and 每5年 / 每百名 / 每增加一年: an ordinal, a period or a denominator, never the target itself.
        if number.start > lo, text[number.start - 1] == u16("第")[0] || text[number.start - 1] == Self.mei { return nil }
        if TargetLexicon.perIncrement.contains(where: {
            number.start - $0.count >= lo && text.matches($0, at: number.start - $0.count) }) { return nil }
        // 每多生育1个婴儿，增加产假15天: 每多 and a short verb before the number, a denominator per increment too.
        if let m = (max(lo, number.start - 5)..<number.start).first(where: { text.matches(u16("每多"), at: $0) }),
           ((m + 2)..<number.start).allSatisfy({ CharClass.isHan(text[$0]) && !CharClass.isChineseNumeral(text[$0]) }) { return nil }
        // 每3至5年: the upper end of a period's range.
        if number.start > lo, Self.dashes.contains(text[number.start - 1]) {
            var k = number.start - 1
            while k > lo, CharClass.isDigit(text[k - 1]) || CharClass.isChineseNumeral(text[k - 1]) { k -= 1 }
            if k < number.start - 1, k > lo, text[k - 1] == Self.mei { return nil }
        }
        // 6月30日: a day of a month (每月1000元 and 3个月 are not dates).
        if number.start - 1 > lo, text[number.start - 1] == u16("月")[0],
           CharClass.isDigit(text[number.start - 2]) || CharClass.isChineseNumeral(text[number.start - 2]) { return nil }
        if number.start > lo, "〔[［【+×*＋/／·".utf16.contains(text[number.start - 1]) { return nil }
        if number.end < hi, "+×*＋/／号条款章节届级〕]］".utf16.contains(text[number.end]) { return nil }

        // Range: 3—12个月, 60%—70%, 三到五年.
        var cursor = number.end
        var upper: Double?
        var unitKind: TargetLexicon.UnitKind?
        var unit = ""
        if number.isPercentForm { unitKind = .share; unit = "%" }
        var afterFirst = cursor
        if !number.isPercentForm, let (n, k) = unitAt(cursor, hi), k == .share { afterFirst = cursor + n }
        if afterFirst < hi, Self.dashes.contains(text[afterFirst]),
           let second = TargetNumber.read(text, at: afterFirst + 1, limit: hi), second.isChinese == number.isChinese,
           second.value > number.value {
            upper = second.value
            cursor = second.end
            if second.isPercentForm { unitKind = .share; unit = "%" }
        }
        // 每年要对义务植树进行一、两次检查: two adjacent small numerals joined by 、 and one unit of times or
        // time, a range (一、二期工程 names phases).
        if upper == nil, number.isSmallChinese, number.end + 1 < hi, text[number.end] == Self.enumComma,
           let second = TargetNumber.read(text, at: number.end + 1, limit: hi), second.isSmallChinese, second.value == number.value + 1,
           second.end < hi, let (n, k) = unitAt(second.end, hi), k == .frequency || k == .duration {
            upper = second.value; unit = text.string(second.end..<(second.end + n)); unitKind = k; cursor = second.end + n
        }
        var radius = false
        if unitKind == nil {
            if let (n, k) = unitAt(cursor, hi) {
                unit = text.string(cursor..<(cursor + n)); unitKind = k; cursor += n
            } else if text.matches(u16("米"), at: cursor), TargetLexicon.radii.contains(where: { text.matches($0, at: cursor + 1) }) {
                // 三百米服务半径全覆盖, 五百米半径内应当…: a radius of service is a norm of planning (米 alone stays no unit:
                // it would bring in specifications, 号牌480毫米, 高度二十米).
                unit = "米"; unitKind = .count; cursor += 1; radius = true
            } else { return nil }
        }
        guard let kind = unitKind, kind != .age else { return nil }
        if unit == "％" { unit = "%" }
        if unit == "个小时" { unit = "小时" }
        // 千家万户, 千军万马: an idiom of two Chinese numerals, not an amount.
        // (一处两千平方米: a second amount follows, written with its own magnitude.)
        // (每年至少开展一次二噁英监测: a numeral opening a name after the unit, with no unit after it, is no idiom.)
        if number.isChinese, cursor < hi, text[cursor] == u16("万")[0]
            || CharClass.isChineseNumeral(text[cursor]) && unitAt(cursor + 1, hi) != nil,
           !(cursor + 1 < hi && CharClass.isChineseNumeral(text[cursor + 1])) { return nil }
        // 每月15日前, 次月十五日内: a day of a month named by 每月, 次月, 下月, 当月, 上月, 本月 is a date (C2).
        if unit == "日", number.start - 2 >= lo, text[number.start - 1] == u16("月")[0], "每次下当上本".utf16.contains(text[number.start - 2]) { return nil }
        // 每季度第一个月的二十五日前: a day of a month before its deadline, a date (C2).
        if unit == "日", number.start - 2 >= lo, text.matches(u16("月的"), at: number.start - 2),
           [u16("前"), u16("以前"), u16("之前")].contains(where: { text.matches($0, at: cursor) }) { return nil }
        // 不低于五十年一遇: a return period names a standard of protection (a specification, C3), not a duration.
        if unit == "年", text.matches(u16("一遇"), at: cursor) { return nil }
        // 一季度: a quarter of the year (a date, C2); 一季 alone is a crop season (每年至少种植一季粮食作物).
        if unit == "季", cursor < hi, text[cursor] == u16("度")[0] || text[cursor] == u16("节")[0] { return nil }
        // 上一年度, 本年度: a year of accounts, not a duration; 一、二年级: a grade.
        if unit == "年", cursor < hi, text[cursor] == u16("度")[0] || text[cursor] == u16("级")[0] { return nil }
        // 一次性: an adverb, not a count.
        if number.isSmallChinese, kind == .frequency, cursor < hi, text[cursor] == u16("性")[0] { return nil }

        // 设副主席一人至二人, 委员三人至五人: a range with the unit written twice.
        if upper == nil, cursor < hi, Self.dashes.contains(text[cursor]),
           let second = TargetNumber.read(text, at: cursor + 1, limit: hi), second.isChinese == number.isChinese,
           !second.isPercentForm, second.value > number.value, second.end + unit.utf16.count <= hi,
           text.matches(u16(unit), at: second.end) {
            upper = second.value; cursor = second.end + unit.utf16.count
        }
        // 每件交纳1000元至1万元, 可以给予六个月至一年的保留期: a range whose ends are written in two units of one scale; the upper
        // end is given in the first's unit.
        if upper == nil, cursor < hi, Self.dashes.contains(text[cursor]), let first = TargetLexicon.scales[unit],
           let second = TargetNumber.read(text, at: cursor + 1, limit: hi), !second.isPercentForm,
           let (n, _) = unitAt(second.end, hi), let other = TargetLexicon.scales[text.string(second.end..<(second.end + n))],
           other.scale == first.scale, second.value * other.factor > number.value * first.factor {
            upper = second.value * other.factor / first.factor; cursor = second.end + n
        }
        var r = Reading(number: number, kind: kind, unit: unit, upper: upper, phraseStart: number.start, end: cursor)
        // Bound after: 以上, 以内, 左右, and 内 for durations; 三名（含）以上: past an inclusion mark.
        let inclusive = [u16("（含）"), u16("(含)")].first(where: { text.matches($0, at: cursor) })?.count ?? 0
        if let (w, c) = TargetLexicon.boundsAfter.first(where: { text.matches($0.0, at: cursor + inclusive) }) {
            r.boundAfter = c; r.end = cursor + inclusive + w.count
            // 三个月以上十二个月以内: a range written with two bounds and the unit twice.
            if c == .atLeast, upper == nil, let (second, secondEnd) = upperBound(after: r.end, unit: unit, first: number, hi) {
                r.upper = second; r.boundAfter = nil; r.end = secondEnd
            }
        } else if kind == .duration, cursor < hi, text[cursor] == Self.nei {
            r.boundAfter = .atMost; r.end = cursor + 1
        } else if kind == .duration, let n = leadTime(number, after: cursor, lo, hi) {
            // 在试压七日前通知用户, 采暖期开始六个月前提出申请: a lead time, at least N before the event.
            r.boundAfter = .atLeast; r.end = cursor + n
        } else if kind == .duration, TargetLexicon.completions.contains(where: { text.matches($0, at: cursor) }) {
            // 一般问题五个工作日办结: a duration right before a verb of completion is a time limit, as …日内办结.
            r.boundAfter = .atMost
        }
        if radius, let w = TargetLexicon.radii.first(where: { text.matches($0, at: cursor) }) {
            r.end = cursor + w.count
            if text.matches(u16("内"), at: r.end) { r.boundAfter = .atMost; r.end += 1 }
        }
        r.comparator = r.boundAfter

        // Cue before, possibly across a period (按照每个子女每月1000元) or a short verb (至少建设一所).
        var cueEnd = number.start
        var cue = cueEndingAt(number.start, lo)
        if let p = periodBefore(number.start, lo) {
            r.period = text.string(p..<number.start)
            if cue == nil { cueEnd = p; cue = cueEndingAt(cueEnd, lo) }
        }
        if cue == nil, let v = TargetLexicon.verbsAfterCue.first(where: { cueEnd - $0.count >= lo && text.matches($0, at: cueEnd - $0.count) }) {
            cue = cueEndingAt(cueEnd - v.count, lo).map { ($0.0 + v.count, $0.1) }
            // 至少规划建设一处: two verbs between the cue and the number.
            if cue == nil, let w = TargetLexicon.verbsBeforeVerbAfterCue.first(where: {
                cueEnd - v.count - $0.count >= lo && text.matches($0, at: cueEnd - v.count - $0.count) }) {
                cue = cueEndingAt(cueEnd - v.count - w.count, lo).map { ($0.0 + v.count + w.count, $0.1) }
            }
        }
        // (A cue found across a period is measured from the period's start: 不得超过每小时60公里 begins at 不得.)
        if let c = cue, cueEnd < number.start { cue = (c.0 + number.start - cueEnd, c.1) }
        // X的N%: 不低于采购金额的30%, 不高于国家室内空气质量标准规定限值的百分之八十; without 的 only
        // after a cue of two characters or more (不低于本单位在职职工总数百分之一点五).
        if cue == nil, kind == .share || unit == "倍", number.start > lo {
            let hasDe = text[number.start - 1] == Self.de
            // Back to the clause's start, never across an earlier number (达到百分之八、百分之四点二); a cue
            // more than 22 units back (按照…其他工勤人员工资总额的百分之二) counts only with 的 and two characters.
            var q = number.start - (hasDe ? 2 : 1)
            while q > lo, q > number.start - 48, !Self.clauseEnds.contains(text[q - 1]),
                  !CharClass.isDigit(text[q - 1]), !CharClass.isChineseNumeral(text[q - 1]) || text[q - 1] == u16("一")[0] {
                // 按当年工伤保险基金实际征缴总额百分之五的比例: a one-character cue when 的比例 follows.
                let ratio = text.matches(u16("的比例"), at: r.end) || text.matches(u16("的标准"), at: r.end)
                // (各 is a cue only touching its number, 各1名: in 不得超过各自投入的1/3 the cue is 不得超过.)
                if let c = cueEndingAt(q, lo), !(c.0 == 1 && text[q - 1] == u16("各")[0]),
                   hasDe || c.0 >= 2 || ratio, number.start - q <= 22 || hasDe && c.0 >= 2 {
                    cue = (number.start - q + c.0, c.1); r.ofNoun = q..<(number.start - (hasDe ? 1 : 0)); break
                }
                q -= 1
            }
        }
        // 可以降低五个百分点, 能耗下降15%, 领取期限增加一个月: the share or duration is the size of a change.
        if cue == nil, kind == .share || kind == .duration,
           let w = TargetLexicon.changesBeforeShare.first(where: { number.start - $0.count >= lo && text.matches($0, at: number.start - $0.count) }) {
            cue = (w.count, .exactly)
        }
        // 每5年至少实施一次, 每年至少组织开展一次献血活动: a count of 次 with a verb phrase after its bound
        // and its period.
        if kind == .frequency {
            let clauseStart = clauseStartBefore(number.start, lo)
            if cue == nil {
                var q = number.start
                while q > clauseStart, q > number.start - 12, CharClass.isHan(text[q - 1]), !CharClass.isChineseNumeral(text[q - 1]) {
                    q -= 1
                    if let w = TargetLexicon.frequencyCues.first(where: { text.matches($0, at: q) }), let c = cueEndingAt(q + w.count, lo) {
                        cue = (number.start - q, c.1); break
                    }
                }
            }
            // 每月至少对单位燃气用户燃气设施和用气情况进行一次入户安全检查: a period and its bound (每月至少) with a long
            // verb phrase before the count, no other number between.
            if cue == nil {
                var q = number.start - 1
                while q > clauseStart, q > number.start - 40, !CharClass.isDigit(text[q - 1]), !CharClass.isChineseNumeral(text[q - 1]) {
                    q -= 1
                    if let w = TargetLexicon.frequencyCues.first(where: { text.matches($0, at: q) }), let c = cueEndingAt(q + w.count, lo),
                       let m = (max(clauseStart, q - 4)..<q).last(where: { text[$0] == Self.mei }),
                       TargetLexicon.periodEnds.contains(where: { text.matches($0, at: q - $0.count) }) {
                        cue = (number.start - q, c.1); r.period = text.string(m..<q); break
                    }
                }
            }
            if r.period == nil, cue == nil, let p = periodOpeningClause(clauseStart, before: number.start, hi) {
                r.period = text.string(p)
            }
            if r.period == nil, let m = (max(clauseStart, number.start - 16)..<number.start).last(where: { text[$0] == Self.mei }),
               let e = (m + 1..<min(number.start, m + 8)).lazy.compactMap({ p in
                   TargetLexicon.periodEnds.first(where: { self.text.matches($0, at: p) }).map { p + $0.count } }).first {
                r.period = text.string(m..<e)
                // 至少每十五天进行一次: the bound written before the period.
                if cue == nil, let w = TargetLexicon.frequencyCues.first(where: { m - $0.count >= clauseStart && text.matches($0, at: m - $0.count) }),
                   let c = cueEndingAt(m, lo) {
                    cue = (number.start - m + w.count, c.1)
                }
            }
        }
        // 至少应当分别配备具有讲师职务以上的专任教师二人, 至少应当有一所附属医院: 至少 earlier in the clause,
        // with no other number between, bounds a count.
        if cue == nil, kind == .count {
            let clauseStart = clauseStartBefore(number.start, lo)
            var q = number.start - 2
            while q >= clauseStart, q > number.start - 32 {
                if CharClass.isDigit(text[q + 1]) || CharClass.isChineseNumeral(text[q + 1]) && q + 1 < number.start - 1 { break }
                if text.matches(u16("至少"), at: q) { cue = (number.start - q, .atLeast); break }
                q -= 1
            }
        }
        // 联席会议设召集人1人, 设副召集人2人: 设 and a role set a quota of persons.
        if cue == nil, kind == .count, unit == "人" || unit == "名" {
            var q = number.start - 1
            while q >= lo, q > number.start - 9, CharClass.isHan(text[q]), !CharClass.isChineseNumeral(text[q]) {
                if text[q] == u16("设")[0], !"立置施计备定法想".utf16.contains(text[q + 1]),
                   q == lo || !"建假预开陈铺架".utf16.contains(text[q - 1]) {
                    cue = (number.start - q, .exactly); break
                }
                q -= 1
            }
        }
        // 应当有一名红十字会的人体器官捐献协调员在场见证: a presence ordered (应当有, 必须有, 须有) sets a quota of persons;
        // 有 after an order is no condition (具有, 有…的).
        if cue == nil, kind == .count, unit == "人" || unit == "名",
           let w = TargetLexicon.presenceOrdered.first(where: { number.start - $0.count >= lo && text.matches($0, at: number.start - $0.count) }) {
            cue = (w.count, .exactly)
        }
        // 督导小组由三名以上督学组成, 明确由一个部门牵头实行联合检查: a count of persons or bodies after 由, with a verb of
        // composition or of leading later in its clause, sets who makes up the body or who leads.
        // (物业管理委员会由居民委员会、…代表等七人以上单数组成: the size after 等 of the members listed after 由.)
        if cue == nil, kind == .count, ["人", "名", "个", "家"].contains(unit), number.start > lo,
           text[number.start - 1] == u16("由")[0]
            || text[number.start - 1] == u16("等")[0] && text.find(u16("由"), from: clauseStartBefore(number.start, lo), to: number.start) != nil,
           let verb = TargetLexicon.bodyAssigned.lazy.compactMap({ self.text.find($0, from: cursor, to: self.clauseEndAfter(cursor, hi)) }).first,
           // (业主大会由一个物业管理区域内的全体业主组成: a count inside a modifier closed by 的 names a place, not the body's size.)
           !(cursor..<verb).contains(where: { text[$0] == Self.de }) {
            cue = (1, .exactly)
        }
        // 出版单位应当在公开出版物发行后2个月内，向首都图书馆送缴两套出版物: copies handed over by an ordered verb of
        // submission are a quota.
        if cue == nil, kind == .count, TargetLexicon.copies.contains(unit),
           let w = TargetLexicon.submissions.first(where: { number.start - $0.count >= lo && text.matches($0, at: number.start - $0.count) }),
           TargetLexicon.modals.contains(where: { text.find($0, from: lo, to: number.start - w.count) != nil }) {
            cue = (w.count, .exactly)
        }
        // 报送…有关资料一式两份, 交投诉人和被投诉人各执一份: copies set by 一式 or held by each party; 附本办法第十三条规定的资料
        // 一份: a count of copies closing a clause that attaches them. An order of copies, like a submission (送缴两套).
        if cue == nil, kind == .count, TargetLexicon.copies.contains(unit) {
            if let w = TargetLexicon.copiesSet.first(where: { number.start - $0.count >= lo && text.matches($0, at: number.start - $0.count) }) {
                cue = (w.count, .exactly)
            } else if cursor == clauseEndAfter(cursor, hi) {
                let clauseStart = clauseStartBefore(number.start, lo)
                if TargetLexicon.attached.contains(where: { text.matches($0, at: clauseStart) }) { cue = (0, .exactly) }
            }
        }
        // 从其城市住房开发投资中提取1%，用于…: a share right after a verb setting funds aside is the share set aside.
        if cue == nil, kind == .share,
           let w = TargetLexicon.allocations.first(where: { number.start - $0.count >= lo && text.matches($0, at: number.start - $0.count) }) {
            cue = (w.count, .exactly)
        }
        // 并在申请人所在村或者社区公示七日: a duration right after a verb of publicity is how long the notice stands (公示N日后,
        // 公告期满 say when something opens, a start).
        if cue == nil, kind == .duration, r.boundAfter == nil,
           let w = TargetLexicon.publicity.first(where: { number.start - $0.count >= lo && text.matches($0, at: number.start - $0.count) }),
           ![u16("后"), u16("以后"), u16("之后"), u16("期满"), u16("届满")].contains(where: { text.matches($0, at: cursor) }) {
            cue = (w.count, .exactly)
        }
        // 共同确定一名非协商代表担任记录员, 指定一名联络员: a verb of appointment sets a quota of persons.
        if cue == nil, kind == .count, unit == "人" || unit == "名",
           let w = TargetLexicon.appointments.first(where: { number.start - $0.count >= lo && text.matches($0, at: number.start - $0.count) }) {
            cue = (w.count, .exactly)
        }
        // 协商期限为被要约方收到要约之日起两个月: a term counted from an event, set by 期限为 earlier in the clause.
        if cue == nil, kind == .duration, r.boundAfter == nil, text.matches(u16("日起"), at: number.start - 2) {
            let clauseStart = clauseStartBefore(number.start, lo)
            if let w = TargetLexicon.termsSet.lazy.compactMap({ w in self.text.find(w, from: clauseStart, to: number.start).map { ($0, w.count) } }).first {
                cue = (number.start - (w.0 + w.1 - 1), .exactly)
            }
        }
        // 相当于本人四十个月工资: 相当于 with the person between it and the number.
        if cue == nil, let w = [u16("相当于本人"), u16("相当于其")].first(where: {
            number.start - $0.count >= lo && text.matches($0, at: number.start - $0.count) }) {
            cue = (w.count, .exactly)
        }
        // 防止驾驶员连续驾驶时间超过四个小时: exceeding that is to be prevented or is forbidden sets a ceiling.
        if let (n, c) = cue, c == .atLeast, [u16("超过"), u16("超")].contains(where: { text.matches($0, at: number.start - n) && $0.count == n }),
           TargetLexicon.prevented.contains(where: { text.find($0, from: clauseStartBefore(number.start, lo), to: number.start - n) != nil }) {
            cue = (n, .atMost)
        }
        // 可以扩大到20公顷: a raise that is permitted sets a ceiling.
        if let (n, c) = cue, c == .atLeast,
           TargetLexicon.raisesTo.contains(where: { text.matches($0, at: number.start - n) && $0.count == n }),
           [u16("可以"), u16("可")].contains(where: { number.start - n - $0.count >= lo && text.matches($0, at: number.start - n - $0.count) }) {
            cue = (n, .atMost)
        }
        // 收费公路终止收费前6个月，…应当…鉴定, 应当在…有效期届满前一个月提出: a duration after an event and its 前 is a
        // lead time (at least N before the event) when the sentence orders it.
        if cue == nil, kind == .duration, r.boundAfter == nil, let n = leadTimeAfterEvent(number, end: cursor, lo, hi) {
            cue = (n, .atLeast)
        }
        // 住房公积金管理委员会的成员中，…专家占1/3: a share after 占 in a body's composition, or after an order in its
        // clause (应当占…), is set; elsewhere 占 describes a state (占全国的30%).
        if cue == nil, kind == .share, number.start > lo, text[number.start - 1] == u16("占")[0] {
            let clauseStart = clauseStartBefore(number.start, lo)
            if TargetLexicon.composition.contains(where: { text.find($0, from: lo, to: number.start) != nil })
                || TargetLexicon.modals.contains(where: { text.find($0, from: clauseStart, to: number.start) != nil }) {
                cue = (1, .exactly)
            }
        }
        // 按…总额的百分之七提留：百分之二上解作为…，百分之五作为…: the shares opening the clauses after a share and a ：
        // are the parts of its split.
        if cue == nil, kind == .share, let previous, previous.unit == "%", number.start > lo,
           "：:，,".utf16.contains(text[number.start - 1]),
           text.find(u16("："), from: lo, to: number.start) != nil {
            cue = (0, .exactly)
        }
        // A radius of service (三百米服务半径) is a norm.
        if cue == nil, radius, r.boundAfter == nil { cue = (0, .exactly) }
        // 按照两个计算公式: 按 sets a norm for amounts, shares and durations, not for counts of things.
        if let (n, _) = cue, kind == .count || kind == .frequency,
           TargetLexicon.norms.contains(where: { text.matches($0, at: number.start - n) && $0.count == n }) { cue = nil }
        // 分3年落实: 分 spreads over a duration; 分两次 is no target.
        if let (n, _) = cue, kind != .duration, n == 1, text[number.start - 1] == u16("分")[0] { cue = nil }
        if let (n, c) = cue {
            r.cue = (n, c)
            r.phraseStart = number.start - n
            if r.comparator == nil { r.comparator = c }
        } else if let period = r.period {
            // 年均10%以上, 每月1000元: the period is part of the phrase when it touches the number.
            let p = number.start - period.utf16.count
            if p >= lo, text.string(p..<number.start) == period { r.phraseStart = p }
        }
        if r.upper != nil { r.comparator = .between }

        // Chained: 分别达到65%和55%.
        if let previous, number.start - 1 >= lo, Self.connectors.contains(text[number.start - 1]), previous.end == number.start - 1 {
            r.chained = true
            if cue == nil { r.comparator = previous.comparator; r.period = r.period ?? previous.period }
        } else if let previous, cue == nil, r.boundAfter == nil, r.upper == nil,
                  let w = TargetLexicon.sums.first(where: { number.start - $0.count == previous.end && text.matches($0, at: previous.end) }) {
            // 为…人均可支配收入的20倍加本人40个月的工资: the second term of a sum is set as the first is.
            r.chained = true; r.comparator = .exactly; r.phraseStart = number.start - w.count
        } else if let previous, cue == nil, r.boundAfter == nil, r.upper == nil, isAlternative(after: previous, before: number.start) {
            // 三包有效期不得低于2年或者行驶里程50,000公里: the bound holds for the alternative too.
            r.chained = true; r.comparator = previous.comparator; r.period = r.period ?? previous.period
        }
        r.afterTarget = previous?.end == number.start
        r.clauseStart = clauseStartBefore(r.phraseStart, lo)
        r.clauseEnd = clauseEndAfter(r.end, hi)
        return r
    }

    // MARK: - Pieces

    /// True when the number at `p` is an alternative to a bounded target before it in the same clause, joined by
    /// 或者, 以及, 和 … and at most six characters of a noun (不得低于2年或者行驶里程50,000公里).
    private func isAlternative(after previous: Target, before p: Int) -> Bool {
        guard previous.end < p, let w = TargetLexicon.alternatives.first(where: { text.matches($0, at: previous.end) }) else { return false }
        let nounStart = previous.end + w.count
        // (四百毫升、三百毫升或者二百毫升: an option directly after the connective takes any comparator.)
        if nounStart == p { return true }
        guard previous.comparator == .atLeast || previous.comparator == .atMost else { return false }
        return p - nounStart <= 6 && (nounStart..<p).allSatisfy { CharClass.isHan(text[$0]) && !CharClass.isChineseNumeral(text[$0]) }
            && !TargetLexicon.modals.contains { text.find($0, from: nounStart, to: p) != nil }
    }

    /// The upper value of "N单位以上M单位以下/以内" read after 以上 at `p`: M and the end of its bound,
    /// when M is written the same way, in the same unit, and is larger.
    private func upperBound(after p: Int, unit: String, first: TargetNumber, _ hi: Int) -> (Double, Int)? {
        guard let second = TargetNumber.read(text, at: p, limit: hi), second.isChinese == first.isChinese,
              second.value > first.value, !second.isPercentForm || first.isPercentForm else { return nil }
        var q = second.end
        if !first.isPercentForm {
            guard let (n, _) = unitAt(q, hi), text.string(q..<(q + n)) == unit else { return nil }
            q += n
        }
        guard let w = TargetLexicon.upperBoundsAfter.first(where: { text.matches($0, at: q) }) else { return nil }
        return (second.value, q + w.count)
    }

    private func unitAt(_ p: Int, _ hi: Int) -> (Int, TargetLexicon.UnitKind)? {
        var q = p
        while q < hi, text[q] == 0x20 { q += 1 }
        for (w, k) in TargetLexicon.units where text.matches(w, at: q) && q + w.count <= hi { return (q - p + w.count, k) }
        return nil
    }

    private func cueEndingAt(_ p: Int, _ lo: Int) -> (Int, TargetComparator)? {
        var q = p
        while q > lo, text[q - 1] == 0x20 { q -= 1 }
        // 为人民币50万元, 不超过人民币10万元: the currency between the cue and the amount.
        if q - 3 >= lo, text.matches(Self.renminbi, at: q - 3) { q -= 3 }
        for (w, c) in TargetLexicon.cuesBefore where q - w.count >= lo && text.matches(w, at: q - w.count) {
            // 为 only as a norm ("为6个月", "标准为每月1500元"), not in 作为, 认为, 成为, 以为, nor after a verb of merging or
            // turning (整合为一张行业综合许可证, 合并为, 转为, 变为: the form a thing takes, no quantity set).
            if w.count == 1, w[0] == u16("为")[0], q - 2 >= lo, "作认成以因行改合并转变".utf16.contains(text[q - 2]) { continue }
            // 达标, 超标: a word, not a cue (不达标天数热费的百分之五十).
            if w.count == 1, q < text.count, text[q] == u16("标")[0] { continue }
            // 按 inside 按照 is matched by 按照 first; 各 only as 各派/各 N: "各1名".
            // 最高偿付限额为人民币50万元: 为 after a cap's noun (限额, 上限) or 最高…为 in a short noun phrase sets the bound.
            if w.count == 1, w[0] == u16("为")[0] {
                let at = q - 1
                var k = at
                while k > lo, at - k < 8, CharClass.isHan(text[k - 1]), !CharClass.isChineseNumeral(text[k - 1]) {
                    k -= 1
                    // (最低生活保障标准为, 最低工资标准为, 最高人民法院: names of a standard or a body, no bound.)
                    if k - 2 >= lo, text.matches(u16("最高"), at: k - 2), !text.matches(u16("人民"), at: k) { return (p - q + w.count, .atMost) }
                    if k - 2 >= lo, text.matches(u16("最低"), at: k - 2), !text.matches(u16("生活"), at: k), !text.matches(u16("工资"), at: k) {
                        return (p - q + w.count, .atLeast)
                    }
                }
                // (最低限额为 is read above by its 最低.)
                if let (_, bound) = TargetLexicon.capsBeforeWei.first(where: { at - $0.0.count >= lo && text.matches($0.0, at: at - $0.0.count) }) {
                    return (p - q + w.count, bound)
                }
            }
            return (p - q + w.count, c)
        }
        return nil
    }

    /// The start of a period word (每年, 每月, 每个子女每月, 年均) directly before `p`, if any.
    private func periodBefore(_ p: Int, _ lo: Int) -> Int? {
        var q = p
        var found: Int?
        while true {
            var hit: Int?
            for w in TargetLexicon.periods where q - w.count >= lo && text.matches(w, at: q - w.count) { hit = q - w.count; break }
            if hit == nil {
                // 每5年, 每个子女: 每 and up to four more units.
                var k = q - 1
                while k >= lo, k >= q - 5, text[k] != Self.mei, !Self.clauseEnds.contains(text[k]) { k -= 1 }
                if k >= lo, k >= q - 5, text[k] == Self.mei { hit = k }
            }
            guard let h = hit else { break }
            found = h; q = h
        }
        return found
    }

    /// The length of a lead time's 前 at `p` after a duration (七日前通知, 三个月前提出), when the sentence
    /// orders it (应当, 必须 …) and 前 does not end a phrase of the past (十年前的, 三个月前，).
    private func leadTime(_ number: TargetNumber, after p: Int, _ lo: Int, _ hi: Int) -> Int? {
        guard let n = [u16("之前"), u16("以前"), u16("前")].first(where: { text.matches($0, at: p) })?.count, p + n < hi else { return nil }
        let next = text[p + n]
        // 在工资集体协商会议召开五个工作日前，协商双方应当…, 应当在市人大常委会举行会议…的30日前，将…提交: before a comma
        // when 在 in the clause names the event before the number (在三个月前， alone is the past) and the sentence orders.
        let clauseStart = afterArticleLabel(clauseStartBefore(number.start, lo), number.start)
        // (于 as 在: 应当于会议举行7日前，; with neither, the event before the number and the order after the comma:
        // 常务委员会举行会议七日前，…应当…)
        let comma = "，,".utf16.contains(next)
        let framed = comma
            && (clauseStart..<max(clauseStart, number.start - 3)).contains(where: { "在于".utf16.contains(text[$0]) })
            && TargetLexicon.modals.contains { text.find($0, from: lo, to: hi) != nil }
        let eventFirst = comma && number.start - clauseStart >= 3
            && TargetLexicon.modals.contains { text.find($0, from: p + n, to: hi) != nil }
        // 每月15日前, 下月的十五日前, 每季度第一个月的二十五日前，: a day of the month.
        if number.start > lo, text[number.start - 1] == u16("月")[0]
            || number.start - 1 > lo && text.matches(u16("月的"), at: number.start - 2) { return nil }
        if framed || eventFirst { return n }
        guard CharClass.isHan(next), !"的相比后款述条项列面期".utf16.contains(next) else { return nil }
        let ordered = TargetLexicon.modals.contains { text.find($0, from: lo, to: number.start) != nil }
        return ordered ? n : nil
    }

    /// The length of "前" or "之前" before a duration that follows an event (终止收费前6个月, 有效期届满前一个月), when
    /// the sentence orders: a comma after the duration and an order in the sentence, or an order earlier in the
    /// sentence and no noun of a window after it (离职前12个月平均工资 is the window of a norm). 目前, 此前,
    /// 以前, 提前 (a cue of its own), a date's 日前/年前 and the nouns 学前, 婚前, 产前, 生前 are no event.
    private func leadTimeAfterEvent(_ number: TargetNumber, end: Int, _ lo: Int, _ hi: Int) -> Int? {
        guard let n = [u16("之前"), u16("前")].first(where: { number.start - $0.count >= lo && text.matches($0, at: number.start - $0.count) })?.count
        else { return nil }
        let e = number.start - n
        let clauseStart = clauseStartBefore(number.start, lo)
        // (之日前七日: the day of an event is one.)
        let eventDay = e - 2 >= clauseStart && text.matches(u16("之日"), at: e - 2)
        guard e - clauseStart >= 2, CharClass.isHan(text[e - 1]), !CharClass.isChineseNumeral(text[e - 1]),
              eventDay || !"目此以提从先日年月之学婚产生战".utf16.contains(text[e - 1]), end < hi else { return nil }
        if "，,".utf16.contains(text[end]) {
            // (期限届满前三个月，由业主共同决定…: a clause assigning the step (由 …) orders it as 应当 does.)
            return TargetLexicon.modals.contains { text.find($0, from: lo, to: hi) != nil } || text.matches(u16("由"), at: end + 1) ? n : nil
        }
        guard CharClass.isHan(text[end]), !TargetLexicon.windowNouns.contains(where: { text.matches($0, at: end) }) else { return nil }
        // (修正案必须用书面形式，在议案交付表决前一天提出: the order may stand in an earlier clause.)
        return TargetLexicon.modals.contains { text.find($0, from: lo, to: e) != nil } ? n : nil
    }

    /// The period opening a clause before a count of 次 (一般两个月安排一次, 三年评估一次): a duration at the
    /// clause's start (after 一般 or 原则上) with at most four units of verb before the count.
    private func periodOpeningClause(_ clauseStart: Int, before p: Int, _ hi: Int) -> Range<Int>? {
        var q = clauseStart
        for w in [u16("一般"), u16("原则上")] where text.matches(w, at: q) { q += w.count }
        guard let n = TargetNumber.read(text, at: q, limit: p), !n.isPercentForm else { return nil }
        var e = n.end
        if text.matches(u16("个"), at: e) { e += 1 }
        guard let w = TargetLexicon.periodEnds.first(where: { text.matches($0, at: e) }) else { return nil }
        e += w.count
        guard p - e >= 1, p - e <= 4, (e..<p).allSatisfy({ CharClass.isHan(text[$0]) && !CharClass.isChineseNumeral(text[$0]) }) else { return nil }
        return q..<e
    }

    /// `p` past an article's label opening a clause (第二十三条 在…), when one is there.
    private func afterArticleLabel(_ p: Int, _ limit: Int) -> Int {
        guard text.matches(u16("第"), at: p) else { return p }
        var q = p + 1
        while q < limit, CharClass.isChineseNumeral(text[q]) || CharClass.isDigit(text[q]) { q += 1 }
        guard q > p + 1, q < limit, text[q] == u16("条")[0] else { return p }
        q += 1
        while q < limit, CharClass.isSpace(text[q]) { q += 1 }
        return q
    }

    private func clauseStartBefore(_ p: Int, _ lo: Int) -> Int {
        var q = p
        while q > lo, !Self.clauseEnds.contains(text[q - 1]) { q -= 1 }
        return q
    }

    func clauseEndAfter(_ p: Int, _ hi: Int) -> Int {
        var q = p
        while q < hi, !Self.clauseEnds.contains(text[q]) { q += 1 }
        return q
    }

    /// The deadline for a target at `p`: its clause, an earlier clause of its sentence, or the paragraph's lead.
    private func yearFor(_ p: Int, clauseStart: Int, clauseEnd: Int, sentence: Range<Int>, years: [YearMention],
                         lead: YearMention?) -> Deadline? {
        func deadline(_ y: YearMention, _ source: TargetYearSource) -> Deadline {
            Deadline(year: y.year, source: source, written: text.string(y.start..<y.end))
        }
        if let y = years.last(where: { $0.role == .deadline && $0.start >= clauseStart && $0.start < p })
            ?? years.first(where: { $0.role == .deadline && $0.start >= p && $0.start < clauseEnd }) {
            return deadline(y, .clause)
        }
        if years.contains(where: { $0.role == .start && $0.start < p }) { return nil }
        if let y = years.last(where: { $0.role == .deadline && $0.start < clauseStart }) { return deadline(y, .sentence) }
        if let lead { return deadline(lead, .paragraph) }
        return nil
    }

    /// What the number counts: the noun after a count (100家…优秀海外仓企业), the subject before a
    /// bound (综合利用率达到75%), the noun of "X的N%" (采购金额), or the action of a duration.
    private func countedPhrase(kind: TargetLexicon.UnitKind, phraseStart: Int, end: Int, clauseStart: Int, clauseEnd: Int,
                               ofNoun: Range<Int>?) -> String? {
        if let ofNoun { return trimmedCounted(text.string(ofNoun)) }
        let stops = UnitSet("，。；（(：:“”")
        let joins = UnitSet("、和及与")
        if kind == .count || kind == .frequency || kind == .duration {
            // To the clause's end, after its last 的, up to a conjunction: 100家…表现突出的优秀海外仓企业.
            var e = end
            var s = end
            while e < clauseEnd, !stops.contains(text[e]) { e += 1 }
            // 在二十日内（现场检定…三十日内）完成检定: a bracketed note right after the phrase is stepped over
            // (not a unit's gloss: 每人按二人（份）分给).
            if e == end, e < clauseEnd, text[e] == u16("（")[0] || text[e] == u16("(")[0],
               let close = (e..<clauseEnd).first(where: { text[$0] == u16("）")[0] || text[$0] == u16(")")[0] }), close - e > 4 {
                s = close + 1
                e = close + 1
                while e < clauseEnd, !stops.contains(text[e]) { e += 1 }
            }
            if let lastDe = (s..<e).last(where: { text[$0] == Self.de }) { s = lastDe + 1 }
            if let join = (s..<e).first(where: { joins.contains(text[$0]) }) { e = join }
            if e > s, let counted = trimmedCounted(text.string(s..<e)) { return counted }
        }
        if phraseStart > clauseStart {
            return trimmedCounted(text.string(clauseStart..<phraseStart))
        }
        return nil
    }

    private func trimmedCounted(_ s: String) -> String? {
        var t = s.trimmedText
        // A deadline or a period opening the phrase (到2027年底交易规模, 每年培训规模) is not what is counted.
        if t.hasPrefix("到") || t.hasPrefix("力争到") || t.first?.isNumber == true,
           let r = ["年底", "年末", "年"].lazy.compactMap({ t.range(of: $0) }).first, t.distance(from: t.startIndex, to: r.lowerBound) <= 8 {
            t = String(t[r.upperBound...])
        }
        let adverbs = ["原则上", "分别", "总体", "一般", "力争", "确保", "要", "应当", "应", "可", "均", "逐步", "其中", "全部", "共", "稳定在",
                       "左右", "以上", "的", "保持", "实现", "每年", "年均", "每月", "，"]
        var changed = true
        while changed {
            changed = false
            for a in adverbs {
                if t.hasSuffix(a) { t = String(t.dropLast(a.count)); changed = true }
                if t.hasPrefix(a) { t = String(t.dropFirst(a.count)); changed = true }
            }
        }
        // A limit in a bracketed note: 上报有关情况（最迟不超过4个小时） counts what stands before the bracket,
        // 应在二十日内（现场检定在收到申请三十日内） what the note names.
        if let open = t.lastIndex(where: { $0 == "（" || $0 == "(" }), !t[open...].contains(where: { $0 == "）" || $0 == ")" }) {
            var inside = String(t[t.index(after: open)...])
            for a in ["最迟", "最长", "最多", "最少", "至少", "不超过", "不少于", "一般", "原则上"] where inside.hasPrefix(a) { inside = String(inside.dropFirst(a.count)) }
            t = inside.count >= 2 ? inside : String(t[..<open])
        }
        t = String(t.drop(while: { $0 == "）" || $0 == ")" }))
        // A paragraph's own label is no part of it (61.江西省赣州市推出).
        if let label = NumberingLabel.detect(UnitText(t)), label.length < t.utf16.count {
            t = String(t.utf16.dropFirst(label.length)) ?? t
        }
        return Self.shortCounted(t)
    }

    /// The longest phrase kept for what is counted; a longer one keeps its end, from a word's start.
    static let maxCounted = 24

    /// `phrase` cut to at most `maxCounted` characters at its end, starting after the last function word or mark near the
    /// cut when there is one (…试点地区所有公立医疗机构年度药品总用量 keeps 所有… rather than half a word);
    /// nil when no letter is left.
    static func shortCounted(_ phrase: String) -> String? {
        var t = phrase
        if t.count > maxCounted {
            let tail = Array(t.suffix(maxCounted))
            let breaks: Set<Character> = ["的", "在", "对", "将", "把", "按", "使", "要", "和", "与", "及", "，", "、"]
            if let k = tail.prefix(8).lastIndex(where: breaks.contains), k + 1 < tail.count {
                t = String(tail[(k + 1)...])
            } else {
                t = String(tail)
            }
        }
        return t.contains(where: { $0.isLetter }) ? t : nil
    }

    /// Ranges inside 《》, 〈〉 and “” (names and titles: numbers there are never targets).
    private func quotedRanges(_ range: Range<Int>) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var openers: [(UInt16, Int)] = []
        let pairs: [UInt16: UInt16] = [u16("》")[0]: u16("《")[0], u16("〉")[0]: u16("〈")[0], u16("”")[0]: u16("“")[0]]
        for p in range {
            let u = text[p]
            if pairs.values.contains(u) { openers.append((u, p)) }
            else if let o = pairs[u], let k = openers.lastIndex(where: { $0.0 == o }) {
                // “产区保持三个月销量，销区保持六个月销量”的要求: a quoted requirement of clauses is no name.
                let quote = openers[k].1..<(p + 1)
                if !(u == u16("”")[0] && text.find(u16("，"), from: quote.lowerBound, to: quote.upperBound) != nil) { result.append(quote) }
                openers.removeSubrange(k...)
            }
        }
        return result
    }
}
