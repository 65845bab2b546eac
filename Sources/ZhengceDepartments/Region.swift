/// A provincial-level region or a city, as the registry's rules see it.
public struct Region: Codable, Sendable, Hashable {
    /// The kind of a region, which picks a template variant.
    public enum Kind: String, Codable, Sendable, Hashable {
        /// 省.
        case province
        /// 自治区.
        case autonomousRegion
        /// 直辖市.
        case municipality
        /// A city inside a province (成都市).
        case city
    }

    /// Full name: 四川省, 广西壮族自治区, 上海市, 成都市.
    public var name: String
    /// Short form: 四川, 广西, 上海, 成都.
    public var short: String
    /// One-character abbreviation (川, 沪), when known.
    public var abbreviation: String?
    /// Province, autonomous region, municipality or city.
    public var kind: Kind
    /// For a city, the province it belongs to.
    public var province: String?

    /// Makes a region.
    public init(name: String, short: String, abbreviation: String? = nil, kind: Kind, province: String? = nil) {
        self.name = name; self.short = short; self.abbreviation = abbreviation; self.kind = kind; self.province = province
    }

    /// The level of the region's own departments.
    public var level: DepartmentLevel { kind == .city ? .municipal : .provincial }

    /// The word a document of this region puts before a short department name: 省, 自治区, 市.
    public var prefix: String {
        switch kind {
        case .province: return "省"
        case .autonomousRegion: return "自治区"
        case .municipality, .city: return "市"
        }
    }
}
