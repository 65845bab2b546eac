/// One entry of the department registry.
public struct Department: Codable, Sendable, Hashable, Identifiable {
    /// Canonical full name, unique in the registry (四川省商务厅, 国家金融监督管理总局).
    public var name: String
    /// Short forms and other names, without the canonical name (商务厅, 省商务厅, 四川商务厅).
    public var aliases: [String]
    /// Administrative level; nil for collective placeholders.
    public var level: DepartmentLevel?
    /// Region name from the registry's regions (四川省, 上海市, 成都市); nil for central bodies.
    public var region: String?
    /// What sort of body it is.
    public var kind: DepartmentKind
    /// The State Council category (组成部门, 直属机构, 部委管理的国家局 …), when given.
    public var category: String?
    /// For a local department: the central department it answers to (四川省商务厅 → 商务部).
    public var counterpart: String?
    /// For a vertical branch: its head office (成都海关 → 海关总署).
    public var parent: String?
    /// For a 国家局: the ministry that manages it (国家外汇管理局 → 中国人民银行).
    public var supervisor: String?
    /// Bodies this one replaced, with dates.
    public var predecessors: [Succession]
    /// Bodies that replaced this one, with dates; non-empty for abolished bodies.
    public var successors: [Succession]
    /// The registry template or file the entry came from (e.g. "template:commerce", "central.yaml").
    public var source: String

    /// Makes an entry.
    public init(name: String, aliases: [String] = [], level: DepartmentLevel?, region: String? = nil,
                kind: DepartmentKind, category: String? = nil, counterpart: String? = nil, parent: String? = nil,
                supervisor: String? = nil, predecessors: [Succession] = [], successors: [Succession] = [],
                source: String = "") {
        self.name = name; self.aliases = aliases; self.level = level; self.region = region; self.kind = kind
        self.category = category; self.counterpart = counterpart; self.parent = parent; self.supervisor = supervisor
        self.predecessors = predecessors; self.successors = successors; self.source = source
    }

    /// The canonical name.
    public var id: String { name }
    /// True for a collective placeholder such as 各有关单位.
    public var isCollective: Bool { kind == .collective }
    /// True when the body was abolished or merged into another.
    public var isHistorical: Bool { !successors.isEmpty }
    /// The central department this one maps to: its counterpart or its head office.
    public var central: String? { counterpart ?? parent }
}
