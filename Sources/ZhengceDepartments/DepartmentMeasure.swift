import ZhengceDocument

/// A measure a department leads or joins.
public struct DepartmentMeasure: Codable, Sendable, Hashable {
    /// The measure's id (same as its provision's).
    public var measure: String
    /// The label as printed, e.g. "（三）".
    public var label: String
    /// Labels from the root down.
    public var path: [String]
    /// The measure's heading or lead sentence.
    public var title: String
    /// The canonical department.
    public var department: String
    /// The name as written in the measure.
    public var written: String
    /// Lead or participant.
    public var role: ResponsibilityRole
    /// True when the lead role comes from custom (listed first) rather than a statement.
    public var roleInferred: Bool
}

/// The measures of some departments in one document.
public struct DocumentMeasureGroup: Codable, Sendable, Hashable {
    /// The document's id.
    public var document: String
    /// Its title, when known.
    public var title: String?
    /// Its level and region, when known.
    public var level: DocumentLevel?
    public var region: String?
    /// The measures, in document order.
    public var measures: [DepartmentMeasure]
}
