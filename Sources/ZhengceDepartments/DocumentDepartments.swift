/// The departments of one document, resolved in its context.
public struct DocumentDepartments: Codable, Sendable, Hashable {
    /// The document's id.
    public var document: String
    /// The level and region used to resolve short names.
    public var context: DepartmentContext
    /// The issuers, in the order written.
    public var issuers: [DepartmentResolution]
    /// For each measure id, its responsible departments in the order written.
    public var measures: [String: [DepartmentResolution]]
    /// Names that did not resolve to one entry (issuers and measures), once each, in order of appearance.
    public var unresolved: [DepartmentResolution]
    /// For each name written in a responsibility clause, the UTF-16 offset of its first occurrence.
    public var firstOffsets: [String: Int]

    /// Makes a result.
    public init(document: String, context: DepartmentContext, issuers: [DepartmentResolution],
                measures: [String: [DepartmentResolution]], unresolved: [DepartmentResolution],
                firstOffsets: [String: Int] = [:]) {
        self.document = document; self.context = context; self.issuers = issuers
        self.measures = measures; self.unresolved = unresolved; self.firstOffsets = firstOffsets
    }
}
