/// One row of the `links` table: a lineage link between two documents or two measures.
///
/// Mirrors `ZhengceLineage.LineageLink` without depending on that module: the caller fills
/// the key columns and passes each end and the evidence as JSON (the encoded `LinkEnd` and
/// `LinkEvidence`), so nothing is lost.
public struct LinkRecord: Sendable, Hashable {
    /// "cites", "derives", "related" or "version".
    public var type: String
    /// The `from` document id (or "external:…").
    public var fromDocument: String
    /// The `from` measure id, for measure links.
    public var fromMeasure: String?
    /// The `to` document id (or "external:…").
    public var toDocument: String
    /// The `to` measure id, for measure links.
    public var toMeasure: String?
    /// Similarity or confidence in 0...1, nil for plain citations.
    public var score: Double?
    /// True when inferred rather than stated by the text.
    public var inferred: Bool
    /// The evidence as JSON, if any.
    public var evidenceJSON: String?
    /// The whole `from` end as JSON.
    public var fromJSON: String
    /// The whole `to` end as JSON.
    public var toJSON: String

    /// Makes a link row.
    public init(type: String, fromDocument: String, fromMeasure: String? = nil, toDocument: String, toMeasure: String? = nil,
                score: Double? = nil, inferred: Bool, evidenceJSON: String? = nil, fromJSON: String = "{}", toJSON: String = "{}") {
        self.type = type; self.fromDocument = fromDocument; self.fromMeasure = fromMeasure; self.toDocument = toDocument
        self.toMeasure = toMeasure; self.score = score; self.inferred = inferred; self.evidenceJSON = evidenceJSON
        self.fromJSON = fromJSON; self.toJSON = toJSON
    }
}
