import ZhengceDocument

/// A node of the document graph: a corpus document, or an external document known only from citations.
public struct LineageDocument: Codable, Sendable, Hashable {
    /// The corpus document id, or "external:{docNumber or title}".
    public var id: String
    /// 发文字号 in the 〔〕 form, when known.
    public var docNumber: String?
    /// Title, when known.
    public var title: String?
    /// The document's own date (ISO yyyy-MM-dd), when known.
    public var date: String?
    /// When `date` is missing: the earliest date the document can have (ISO), derived from what it cites
    /// or its plan period. Never an exact date.
    public var earliestDate: String?
    /// How `earliestDate` was derived, e.g. "cites 商贸发〔2024〕125号 (2024-06-08)".
    public var dateBasis: String?
    /// When `date` is missing: the latest date the document can have (its publication date), if known.
    public var latestDate: String?
    /// Administrative level, when known.
    public var level: DocumentLevel?
    /// Region, when known.
    public var region: String?
    /// Draft or final (nil for external documents).
    public var status: DocumentStatus?
    /// True when the document is not in the corpus.
    public var external: Bool
    /// Number of measures (0 for external documents).
    public var measures: Int
    /// For external documents: how many corpus documents cite it.
    public var citedBy: Int?

    public init(id: String, docNumber: String? = nil, title: String? = nil, date: String? = nil,
                earliestDate: String? = nil, dateBasis: String? = nil, latestDate: String? = nil, level: DocumentLevel? = nil,
                region: String? = nil, status: DocumentStatus? = nil, external: Bool = false, measures: Int = 0,
                citedBy: Int? = nil) {
        self.id = id; self.docNumber = docNumber; self.title = title; self.date = date
        self.earliestDate = earliestDate; self.dateBasis = dateBasis; self.latestDate = latestDate; self.level = level; self.region = region
        self.status = status; self.external = external; self.measures = measures; self.citedBy = citedBy
    }
}
