/// Where a metadata field's value came from.
public enum FieldSource: String, Codable, Sendable, Hashable {
    /// Read from the document's own text.
    case text
    /// Given in the corpus metadata file (overrides the text).
    case corpus
    /// Read from the file's name when the text states none (a date written `YYYY-MM-DD`).
    case fileName
    /// Not found anywhere.
    case missing
}

/// The administrative level of an issuing body.
public enum DocumentLevel: String, Codable, Sendable, Hashable, CaseIterable {
    case national, provincial, municipal, county
}

/// Whether a document is a draft (征求意见稿, 草案) or a final text.
public enum DocumentStatus: String, Codable, Sendable, Hashable, CaseIterable {
    case draft, final
}

/// The plan period a document covers, e.g. 2024–2027.
public struct PlanPeriod: Codable, Sendable, Hashable {
    public var start: Int
    public var end: Int
    public init(start: Int, end: Int) { self.start = start; self.end = end }
}

/// The file a document was read from.
public struct SourceInfo: Codable, Sendable, Hashable {
    /// Path relative to the corpus folder (or as given).
    public var path: String
    /// "text", "markdown" or "html".
    public var format: String
    /// The encoding the bytes were decoded from, e.g. "UTF-8", "GB18030".
    public var encoding: String
    /// Size of the file in bytes.
    public var bytes: Int
    /// SHA-256 of the file's bytes, lowercase hex.
    public var sha256: String
    public init(path: String, format: String, encoding: String, bytes: Int, sha256: String) {
        self.path = path; self.format = format; self.encoding = encoding; self.bytes = bytes; self.sha256 = sha256
    }
}

/// Something the parser noticed and a user may want to check.
public struct ParseWarning: Codable, Sendable, Hashable {
    /// A stable machine-readable kind, e.g. "no-doc-number", "numbering-skip".
    public var kind: String
    /// A sentence a person can act on.
    public var message: String
    /// UTF-16 offset into `PolicyDocument.text`, when the warning has a place.
    public var offset: Int?
    public init(kind: String, message: String, offset: Int? = nil) {
        self.kind = kind; self.message = message; self.offset = offset
    }
}

/// One parsed policy document: metadata, the reading text, the provision tree and measures.
///
/// All offsets in a document (provisions, measures, responsibilities, targets, citations)
/// are UTF-16 code-unit offsets into `text`, the document's reading text after format
/// clean-up (tags stripped, hard wraps rejoined); normalised forms are used for matching only.
public struct PolicyDocument: Codable, Sendable, Hashable {
    /// Stable id, derived from the file name (without extension).
    public var id: String
    /// The document's title (for a notice that publishes a plan: the plan's title).
    public var title: String?
    /// The title of the notice that publishes the plan (关于印发《…》的通知), if any.
    public var noticeTitle: String?
    /// 发文字号 normalised to the 〔〕 form, e.g. 国办发〔2021〕24号.
    public var docNumber: String?
    /// Issuing bodies, names as written with inner spaces folded.
    public var issuers: [String]
    /// The document's own date (成文日期), ISO yyyy-MM-dd.
    public var date: String?
    /// A web page's publication date, ISO yyyy-MM-dd, when different from `date`.
    public var publishedDate: String?
    /// Document type: 意见, 指导意见, 行动方案, 通知, 办法, 条例, 法 …
    public var type: String?
    /// Administrative level.
    public var level: DocumentLevel?
    /// Region (province or city name, e.g. 四川省, 上海市); nil for national documents.
    public var region: String?
    /// Draft or final.
    public var status: DocumentStatus
    /// Plan period, e.g. 2024–2027.
    public var period: PlanPeriod?
    /// For each metadata field name (title, docNumber, issuers, date, type, level, region,
    /// status, period), where its value came from.
    public var provenance: [String: FieldSource]
    /// The file this was read from.
    public var source: SourceInfo
    /// The reading text all offsets point into.
    public var text: String
    /// Every numbered provision, in document order (a flattened tree: see `Provision.parent`).
    public var provisions: [Provision]
    /// The provisions that ask someone to act, in document order.
    public var measures: [Measure]
    /// Every citation in the document, in order.
    public var citations: [Citation]
    /// What the parser was unsure about.
    public var warnings: [ParseWarning]
    /// Every quantified target in the document (framing sections included), in order.
    public var targets: [Target] = []
    /// The dated steps a legislative header lists, in the header's order: adoption, approval,
    /// promulgation, entry into force, amendments and revisions (the version chain).
    public var history: [LegislativeEvent] = []
    /// What `date` is: "promulgated", "adopted", "approved", "amended", "revised" (the latest step of
    /// `history` that made this version), "signed" (the date under the signature), "stated" (a labelled
    /// field such as 成文日期); nil when there is no date or it came from corpus.yaml.
    public var dateBasis: String?
    /// The decoded text as written when it was in Traditional script (nil otherwise): the document was read
    /// on its Simplified key, so `text` and everything read from it are Simplified.
    public var originalText: String?

    /// The body that adopted this version (第十三届全国人民代表大会常务委员会第五次会议, 国务院第66次常务会议).
    public var adoptingBody: String? { LegislativeHeader.adoptingBody(history, title: title) }
    /// The first date of adoption (通过) in the header, ISO.
    public var adoptedDate: String? { history.first(where: { $0.kind == .adopted })?.date }
    /// The date of the latest promulgation (公布/发布) in the header, ISO.
    public var promulgatedDate: String? { history.last(where: { $0.kind == .promulgated })?.date }
    /// The date of entry into force (施行) in the header, ISO.
    public var effectiveDate: String? { history.last(where: { $0.kind == .effective })?.date }
    /// The amendments and revisions in the header, oldest first: the versions this text went through.
    public var amendments: [LegislativeEvent] { history.filter { $0.kind == .amended || $0.kind == .revised } }

    public init(id: String, title: String? = nil, noticeTitle: String? = nil, docNumber: String? = nil,
                issuers: [String] = [], date: String? = nil, publishedDate: String? = nil, type: String? = nil,
                level: DocumentLevel? = nil, region: String? = nil, status: DocumentStatus = .final,
                period: PlanPeriod? = nil, provenance: [String: FieldSource] = [:], source: SourceInfo,
                text: String, provisions: [Provision] = [], measures: [Measure] = [], citations: [Citation] = [],
                warnings: [ParseWarning] = []) {
        self.id = id; self.title = title; self.noticeTitle = noticeTitle; self.docNumber = docNumber
        self.issuers = issuers; self.date = date; self.publishedDate = publishedDate; self.type = type
        self.level = level; self.region = region; self.status = status; self.period = period
        self.provenance = provenance; self.source = source; self.text = text; self.provisions = provisions
        self.measures = measures; self.citations = citations; self.warnings = warnings
    }

    /// The year of `date`, if known.
    public var year: Int? { date.flatMap { Int($0.prefix(4)) } }
}
