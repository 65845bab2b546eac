import ZhengceText

/// A year written in a paragraph and what it does there.
struct YearMention {
    /// What the year does.
    enum Role { case deadline, start, past, other }
    /// The year.
    var year: Int
    /// UTF-16 range of the expression as written (到2025年底, 2019年6月底前, 从2019年起).
    var start: Int
    var end: Int
    var role: Role
}

/// Finds the years of a paragraph and tells deadlines (到2025年, 2019年底前, a year opening a
/// clause) from starts (从2019年起), references to the past (2016年公布的) and dates in titles.
struct DeadlineScanner {
    let text: UnitText
    /// The year the document was issued, when known: an earlier "deadline" is history.
    var issuedYear: Int? = nil
    private static let year = u16("年")[0], month = u16("月")[0], day = u16("日")[0]
    private static let clauseOpeners = UnitSet("，,。；;：:！？\n（(")
    private static let dashes = UnitSet("-—–－~～至到")

    /// The years of `range` in order; years inside 《》 or “” (`quoted`) are left out.
    func scan(_ range: Range<Int>, quoted: (Int) -> Bool) -> [YearMention] {
        var result: [YearMention] = []
        var i = range.lowerBound
        while i + 4 < range.upperBound {
            guard CharClass.isDigit(text[i]), i == range.lowerBound || !CharClass.isDigit(text[i - 1]),
                  (0..<4).allSatisfy({ CharClass.isDigit(text[i + $0]) }) else { i += 1; continue }
            var after = i + 4
            while after < range.upperBound, text[after] == 0x20 { after += 1 }
            let value = (0..<4).reduce(0) { $0 * 10 + CharClass.digitValue(text[i + $1]) }
            guard after < range.upperBound, (1900...2100).contains(value), !quoted(i),
                  text[after] == Self.year || Self.dashes.contains(text[after]) else { i += 4; continue }
            // 2018—2035年, 2023-2025年: a plan period, not a deadline.
            if Self.dashes.contains(text[after]) { i = after + 1; while i < range.upperBound, CharClass.isDigit(text[i]) { i += 1 }; continue }
            result.append(classify(value, at: i, yearUnit: after, in: range))
            i = after + 1
        }
        return result
    }

    private func classify(_ value: Int, at i: Int, yearUnit: Int, in range: Range<Int>) -> YearMention {
        // Before: 到 / 至 / 力争到 …, or 从 / 自.
        var start = i
        var p = i
        while p > range.lowerBound, text[p - 1] == 0x20 { p -= 1 }
        var role: YearMention.Role?
        for w in TargetLexicon.deadlineBeforeYear where p - w.count >= range.lowerBound && text.matches(w, at: p - w.count) {
            role = .deadline; start = p - w.count; break
        }
        // 1999年11月1日至2007年8月14日孳生的: 至 (or 到) right after a date closes a span from that date, a period
        // like 2018—2035年, not a deadline.
        if role == .deadline, p - start == 1, start > range.lowerBound,
           [Self.year, Self.month, Self.day].contains(text[start - 1]) {
            return YearMention(year: value, start: i, end: yearUnit + 1, role: .other)
        }
        if role == nil, TargetLexicon.startBeforeYear.contains(where: { p - $0.count >= range.lowerBound && text.matches($0, at: p - $0.count) }) {
            role = .start
        }
        // After: the year, then optional N月 and N日, then 底/末/前/起 ….
        var e = yearUnit + 1
        var fullDate = false
        var q = e
        while q < range.upperBound, CharClass.isDigit(text[q]) || CharClass.isChineseNumeral(text[q]) { q += 1 }
        if q > e, q < range.upperBound, text[q] == Self.month {
            e = q + 1
            var r = e
            while r < range.upperBound, CharClass.isDigit(text[r]) || CharClass.isChineseNumeral(text[r]) { r += 1 }
            if r > e, r < range.upperBound, text[r] == Self.day { e = r + 1; fullDate = true }
        }
        let tails = ["底前", "底", "末", "前", "以前", "之前", "内", "上半年", "下半年", "初", "年底前", "年底", "年末", "年内"].map(u16)
            .sorted { $0.count > $1.count }
        if let n = text.matchAny(tails, at: e) {
            e += n
            if role == nil { role = .deadline }
        }
        // 2019年起, 2019年初开始: a start, unless 到 made it a deadline.
        if !text.matches(u16("步"), at: e), let n = text.matchAny(TargetLexicon.startAfterYear, at: e),
           !(role == .deadline && start < i) {
            role = .start; e += n
        }
        if role == nil, text.matchAny(TargetLexicon.pastAfterYear, at: e) != nil || (p > range.lowerBound && (text[p - 1] == u16("于")[0] || text[p - 1] == u16("在")[0])) {
            role = .past
        }
        // A year opening a clause ("2020年初步建成…", "2019年，在全国启动…") is that clause's deadline;
        // a full date there (2003年5月13日，…发生) is an event.
        if role == nil, !fullDate, p == range.lowerBound || Self.clauseOpeners.contains(text[p - 1]) { role = .deadline }
        if role == nil, fullDate { role = .past }
        // A deadline before the document was issued is history (2003年，全国安全生产形势总体稳定).
        if role == .deadline, let issuedYear, value < issuedYear { role = .past }
        return YearMention(year: value, start: start, end: e, role: role ?? .other)
    }
}
