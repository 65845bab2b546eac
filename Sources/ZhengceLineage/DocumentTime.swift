import ZhengceDocument

/// What is known about when a document was issued: an exact date, or only a lower bound.
///
/// Rule for a document without a date (documented in docs/lineage.md): it cannot be older than
/// anything it cites, so its earliest date is the latest of (a) the dates of cited corpus documents,
/// (b) 1 January of the year inside each cited 发文字号 (〔2024〕 → 2024-01-01), and (c) 1 January of
/// the year before its plan period starts (a 2024–2027 plan is issued in 2023 at the earliest).
/// No exact date is ever invented. A web page's publication date, when the document's own date is
/// missing, is an upper bound (`latest`): the document existed by then.
public struct DocumentTime: Sendable, Hashable {
    /// The exact date (ISO yyyy-MM-dd), when the document states one.
    public var exact: String?
    /// The earliest possible date (ISO) when `exact` is missing.
    public var earliest: String?
    /// Why `earliest` holds.
    public var basis: String?
    /// The latest possible date (ISO) when `exact` is missing: its publication date.
    public var latest: String?

    public init(exact: String? = nil, earliest: String? = nil, basis: String? = nil, latest: String? = nil) {
        self.exact = exact; self.earliest = earliest; self.basis = basis; self.latest = latest
    }

    /// The lower end of the possible dates, nil when unbounded.
    var lower: String? { exact ?? earliest }
    /// The upper end of the possible dates, nil when unbounded.
    var upper: String? { exact ?? latest }

    /// The date used to compare: exact if known, else the lower bound.
    var reference: String? { exact ?? earliest }

    /// Works out the time of `document`, using the dates of the corpus documents it cites.
    /// - Parameter citedDates: exact dates of the corpus documents `document` cites, with their names.
    static func of(_ document: PolicyDocument, citedDates: [(name: String, date: String)]) -> DocumentTime {
        if let date = document.date, let iso = isoDate(date) { return DocumentTime(exact: iso) }
        let latest = document.publishedDate.flatMap(isoDate)
        var best: (date: String, why: String)?
        func consider(_ date: String, _ why: String) {
            if best == nil || date > best!.date { best = (date, why) }
        }
        for cited in citedDates { consider(cited.date, "cites \(cited.name) (\(cited.date))") }
        for citation in document.citations {
            guard let number = citation.docNumber, let year = DocumentTime.year(ofDocNumber: number) else { continue }
            consider(String(format: "%04d-01-01", year), "cites \(number)")
        }
        if let period = document.period, period.start > 1900 {
            consider(String(format: "%04d-01-01", period.start - 1), "plan period \(period.start)–\(period.end)")
        }
        guard let best else { return DocumentTime(latest: latest) }
        return DocumentTime(earliest: best.date, basis: best.why, latest: latest)
    }

    /// The year inside a 发文字号's brackets: 商贸发〔2024〕125号 → 2024.
    static func year(ofDocNumber number: String) -> Int? {
        let chars = Array(number)
        guard let open = chars.firstIndex(where: { $0 == "〔" || $0 == "[" || $0 == "（" || $0 == "(" }),
              open + 4 < chars.count else { return nil }
        let digits = String(chars[(open + 1)...(open + 4)])
        guard let year = Int(digits), year > 1900, year < 2200 else { return nil }
        return year
    }

    /// Accepts yyyy-MM-dd, yyyy-MM or yyyy; returns yyyy-MM-dd or nil.
    static func isoDate(_ text: String) -> String? {
        let parts = text.split(whereSeparator: { $0 == "-" || $0 == "/" || $0 == "." }).map(String.init)
        guard let first = parts.first, first.count == 4, let year = Int(first) else { return nil }
        let month = parts.count > 1 ? Int(parts[1]) ?? 1 : 1
        let day = parts.count > 2 ? Int(parts[2]) ?? 1 : 1
        return String(format: "%04d-%02d-%02d", year, month, day)
    }
}

/// How two documents are ordered in time.
enum TemporalOrder: Sendable, Equatable {
    /// The first is earlier than the second.
    case before
    /// The first is later than the second.
    case after
    /// Same date.
    case same
    /// Not enough to tell.
    case unknown

    /// The order seen from the other side.
    var reversed: TemporalOrder {
        switch self {
        case .before: return .after
        case .after: return .before
        case .same, .unknown: return self
        }
    }

    /// Compares `a` to `b` from dates and bounds only: `a` is earlier when its latest possible date
    /// is not after `b`'s earliest possible date; overlapping ranges tell nothing.
    static func compare(_ a: DocumentTime, _ b: DocumentTime) -> TemporalOrder {
        if let x = a.exact, let y = b.exact { return x < y ? .before : (x > y ? .after : .same) }
        if let high = a.upper, let low = b.lower, high <= low { return .before }
        if let high = b.upper, let low = a.lower, high <= low { return .after }
        return .unknown
    }
}

extension DocumentLevel {
    /// 0 for national, 1 provincial, 2 municipal, 3 county: smaller is higher.
    var rank: Int {
        switch self {
        case .national: return 0
        case .provincial: return 1
        case .municipal: return 2
        case .county: return 3
        }
    }
}
