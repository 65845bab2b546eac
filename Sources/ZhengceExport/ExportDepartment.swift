/// A department as the export describes it: the seam between the export and the
/// department registry (ZhengceDepartments). The CLI fills these from the registry;
/// tests build them by hand.
public struct ExportDepartment: Sendable, Hashable {
    /// Canonical name, e.g. 四川省商务厅; unique within one export.
    public var name: String
    /// Other names it is written as (简称, former names), e.g. 商务厅, 省商务厅.
    public var aliases: [String]
    /// Administrative level: national, provincial, municipal, county.
    public var level: String?
    /// Region it serves (province or city name), nil for national bodies.
    public var region: String?
    /// What kind of body: ministry, department, bureau, customs, government …
    public var kind: String?
    /// Canonical name of the body it belongs to vertically (e.g. 海关总署 for 成都海关).
    public var parent: String?
    /// Canonical names of its counterparts at other levels (商务部 ↔ 四川省商务厅).
    public var counterparts: [String]

    /// A department; only the name is required.
    public init(name: String, aliases: [String] = [], level: String? = nil, region: String? = nil,
                kind: String? = nil, parent: String? = nil, counterparts: [String] = []) {
        self.name = name; self.aliases = aliases; self.level = level; self.region = region
        self.kind = kind; self.parent = parent; self.counterparts = counterparts
    }
}
