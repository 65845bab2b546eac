/// How one department appears across a corpus: names seen, measures led and joined, documents issued.
public struct DepartmentUsage: Codable, Sendable, Hashable {
    /// How one department appears in one document.
    public struct PerDocument: Codable, Sendable, Hashable {
        /// The document's id.
        public var document: String
        /// Names as written in this document.
        public var aliasesSeen: [String]
        /// 1 when the department is an issuer of the document.
        public var issued: Int
        /// Measures it leads (牵头, stated or inferred from order).
        public var led: Int
        /// Measures it takes part in without leading.
        public var joined: Int
    }

    /// Canonical name when resolved, else the name as written.
    public var name: String
    /// Resolved, ambiguous or unknown.
    public var status: DepartmentResolution.Status
    /// The registry entry's kind, level, region, counterpart and parent, when resolved.
    public var kind: DepartmentKind?
    public var level: DepartmentLevel?
    public var region: String?
    public var counterpart: String?
    public var parent: String?
    /// The successors of an abolished body.
    public var successors: [Succession]
    /// For an unresolved name, the closest registry entry.
    public var suggestion: String?
    /// Every form written across the corpus, sorted.
    public var aliasesSeen: [String]
    /// Totals over the documents.
    public var issued: Int
    public var led: Int
    public var joined: Int
    /// One row per document that names the department, sorted by document id.
    public var documents: [PerDocument]
}
