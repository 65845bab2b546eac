/// The date a piece of legislation was first adopted, read from its header.
///
/// A consolidated text carries the date of its last amendment (`PolicyDocument.date`), while its header
/// records its history: `2005年7月29日 …会议通过`, `2012年1月13日 …《关于修改…的决定》第一次修正`, `…修订`. A
/// lower text dated before the last amendment of a higher one may still have been written from one of its
/// earlier versions; the earliest dated event of the header (通过, 公布, 发布, 批准, 颁布, 施行, 修正, 修订)
/// bounds when the first version existed. The parser does not give this date, so lineage reads it here.
enum FirstAdoption {
    /// The events a header date may record.
    static let events = ["通过", "公布", "发布", "批准", "颁布", "施行", "修正", "修订", "制定"]

    /// The earliest `yyyy年m月d日` (or `yyyy年m月`) of `header` followed, before the next date, by one of
    /// `events`, as ISO yyyy-MM-dd; nil when the header records none.
    static func date(inHeader header: String) -> String? {
        events(inHeader: header).map(\.date).min()
    }

    /// The date of the bulk of the text: the latest adoption, approval or full revision (修订 by the legislature
    /// itself), leaving out partial amendments (修正, and anything done by a 《关于修改…的决定》, which changes some
    /// articles only); nil when the header records none. 山东省气象灾害防御条例 (2005 通过, 2012 and 2018 修正 by
    /// decisions) → 2005-07-29.
    static func textDate(inHeader header: String) -> String? {
        events(inHeader: header).filter { !$0.following.contains("决定") && !$0.following.contains("修正") }.map(\.date).max()
    }

    /// The date of the original adoption when the header records it (通过, 公布, 发布, 批准, 颁布 not by an amending
    /// decision): nil for a header listing only amendments, whose earliest date is not the first version's.
    static func adoptionDate(inHeader header: String) -> String? {
        events(inHeader: header).filter { event in
            !event.following.contains("决定") && !event.following.contains("修正") && !event.following.contains("修订")
                && ["通过", "公布", "发布", "批准", "颁布"].contains { event.following.contains($0) }
        }.map(\.date).min()
    }

    /// Each header date followed by an event, with the text up to the next date.
    static func events(inHeader header: String) -> [(date: String, following: String)] {
        let chars = Array(header)
        var found: [(start: Int, end: Int, iso: String)] = []
        var i = 0
        while i + 4 < chars.count {
            guard let (iso, end) = dateAt(chars, i) else { i += 1; continue }
            found.append((i, end, iso))
            i = end
        }
        var result: [(date: String, following: String)] = []
        for (k, date) in found.enumerated() {
            let stop = k + 1 < found.count ? found[k + 1].start : chars.count
            let following = String(chars[date.end..<stop])
            guard events.contains(where: { following.contains($0) }) else { continue }
            result.append((date.iso, following))
        }
        return result
    }

    /// A date starting at `i`: four digits, 年, one or two digits, 月, and optionally one or two digits and 日.
    private static func dateAt(_ chars: [Character], _ i: Int) -> (String, Int)? {
        func digits(_ from: Int, max: Int) -> (Int, Int)? {
            var j = from, value = 0
            while j < chars.count, j - from < max, let d = chars[j].wholeNumberValue, chars[j].isASCII {
                value = value * 10 + d; j += 1
            }
            return j > from ? (value, j) : nil
        }
        if i > 0, chars[i - 1].isASCII, chars[i - 1].isNumber { return nil }
        guard let (year, afterYear) = digits(i, max: 4), afterYear - i == 4, year > 1900, year < 2200,
              afterYear < chars.count, chars[afterYear] == "年",
              let (month, afterMonth) = digits(afterYear + 1, max: 2), (1...12).contains(month),
              afterMonth < chars.count, chars[afterMonth] == "月" else { return nil }
        var day = 1, end = afterMonth + 1
        if let (d, afterDay) = digits(afterMonth + 1, max: 2), afterDay < chars.count, chars[afterDay] == "日", (1...31).contains(d) {
            day = d; end = afterDay + 1
        }
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return ("\(year)-\(two(month))-\(two(day))", end)
    }
}
