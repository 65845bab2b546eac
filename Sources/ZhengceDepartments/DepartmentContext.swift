/// Where a name is written: the level and region of the document, which decide what a
/// short name such as 商务厅 or 市税务局 means.
public struct DepartmentContext: Codable, Sendable, Hashable {
    /// The level of the document's issuer; nil when unknown.
    public var level: DepartmentLevel?
    /// The registry region of the document (四川省, 上海市, 成都市); nil for central documents or when unknown.
    public var region: String?
    /// For a city region, its province.
    public var province: String?

    /// Makes a context.
    public init(level: DepartmentLevel? = nil, region: String? = nil, province: String? = nil) {
        self.level = level; self.region = region; self.province = province
    }

    /// A central document.
    public static let central = DepartmentContext(level: .central)
    /// No context at all: only names that mean one entry resolve.
    public static let none = DepartmentContext()

    /// True when the document is central (or has no region).
    public var isCentral: Bool { level == .central || (level == nil && region == nil) }
}
