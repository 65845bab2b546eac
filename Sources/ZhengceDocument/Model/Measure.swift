/// A provision that asks someone to act, with who must act and what it promises.
public struct Measure: Codable, Sendable, Hashable {
    /// Same as the id of its provision.
    public var id: String
    /// Index of its provision in `PolicyDocument.provisions`.
    public var provision: Int
    /// The label as printed, e.g. "（三）".
    public var label: String
    /// Labels as printed from the root down.
    public var path: [String]
    /// The heading, or the lead sentence up to 。 without the number.
    public var title: String
    /// The full text of the measure (children included), without its label.
    public var text: String
    /// UTF-16 range in `PolicyDocument.text`.
    public var start: Int
    public var end: Int
    /// Responsible departments with roles, in the order written.
    public var responsible: [Responsibility]
    /// Quantified targets.
    public var targets: [Target]
    /// Citations inside the measure.
    public var citations: [Citation]
    /// Other labelled fields of its responsibility clause (适用范围：…, 完成时限：…), kept as facts, not departments.
    public var facts: [MeasureFact] = []

    public init(id: String, provision: Int, label: String, path: [String], title: String, text: String,
                start: Int, end: Int, responsible: [Responsibility] = [], targets: [Target] = [],
                citations: [Citation] = []) {
        self.id = id; self.provision = provision; self.label = label; self.path = path; self.title = title
        self.text = text; self.start = start; self.end = end; self.responsible = responsible
        self.targets = targets; self.citations = citations
    }
}

/// A labelled field of a measure other than its units: `适用范围：所有自贸试验区`, `完成时限：2019年底前`.
public struct MeasureFact: Codable, Sendable, Hashable {
    /// The label as written, without its colon (适用范围).
    public var label: String
    /// The value as written.
    public var value: String
    /// UTF-16 range of the value in `PolicyDocument.text`.
    public var start: Int
    public var end: Int

    /// A fact `label: value` at `start..<end`.
    public init(label: String, value: String, start: Int, end: Int) {
        self.label = label; self.value = value; self.start = start; self.end = end
    }
}

/// A department's role in a measure.
public enum ResponsibilityRole: String, Codable, Sendable, Hashable {
    /// 牵头: leads.
    case lead
    /// 配合 / 参与 / 按职责分工负责: takes part.
    case participant
}

/// One department named in a measure's responsibility clause.
public struct Responsibility: Codable, Sendable, Hashable {
    /// The name as written (inner spaces folded).
    public var name: String
    /// Canonical department name from the registry, when resolved.
    public var department: String?
    /// Lead or participant.
    public var role: ResponsibilityRole
    /// True when the lead role comes from custom (first listed) rather than a statement.
    public var roleInferred: Bool
    /// A collective placeholder such as 各有关单位, 各地方人民政府.
    public var collective: Bool
    /// UTF-16 range of the name in `PolicyDocument.text`.
    public var start: Int
    public var end: Int

    public init(name: String, department: String? = nil, role: ResponsibilityRole, roleInferred: Bool = false,
                collective: Bool = false, start: Int, end: Int) {
        self.name = name; self.department = department; self.role = role; self.roleInferred = roleInferred
        self.collective = collective; self.start = start; self.end = end
    }
}

/// How a target's value is bounded.
public enum TargetComparator: String, Codable, Sendable, Hashable {
    /// 不少于, 以上, 超过, 达到
    case atLeast
    /// 不超过, 以内, 以下, …年内
    case atMost
    /// 左右, 约
    case about
    /// exactly the number (为, 按)
    case exactly
    /// a range "3—12个月", "60%—70%": from `value` to `upperValue`
    case between
}

/// Where a target's year came from.
public enum TargetYearSource: String, Codable, Sendable, Hashable {
    /// The same clause (between commas): "到2027年底交易规模超过1600亿元".
    case clause
    /// An earlier clause of the same sentence.
    case sentence
    /// A deadline opening the paragraph or an earlier sentence of it ("到2025年，…").
    case paragraph
}

/// A quantified commitment: "到2027年底交易规模超过1600亿元", "印发之日起30日内", "不低于采购金额的30%".
public struct Target: Codable, Sendable, Hashable {
    /// The year by which it applies (到2025年), or nil when recurring or open.
    public var year: Int?
    /// The number; fractions and 成 are read as percent (五分之一 → 20, unit "%").
    public var value: Double
    /// The unit as written, magnitude included: 家, 亿元, %, 人次, 个月, 个工作日 …
    public var unit: String
    /// How the value bounds the outcome.
    public var comparator: TargetComparator
    /// The matched phrase, e.g. "超过1600亿元".
    public var phrase: String
    /// The whole sentence.
    public var sentence: String
    /// UTF-16 range of the phrase in `PolicyDocument.text`.
    public var start: Int
    public var end: Int
    /// For a range such as "3—5个": the upper bound (`value` is then the lower bound, comparator `.between`).
    public var upperValue: Double?
    /// What the number counts or measures, as written: 海外仓企业, 采购金额, 综合机械化率 (nil when unclear).
    public var counted: String?
    /// The deadline as written ("到2025年", "2019年6月底前"), when `year` is set.
    public var deadline: String?
    /// Where `year` came from.
    public var yearSource: TargetYearSource?
    /// The period of a recurring target as written ("每年", "每月", "年均"), else nil.
    public var period: String?

    /// A target; the optional fields default to nil.
    public init(year: Int?, value: Double, unit: String, comparator: TargetComparator, phrase: String,
                sentence: String, start: Int, end: Int, upperValue: Double? = nil, counted: String? = nil,
                deadline: String? = nil, yearSource: TargetYearSource? = nil, period: String? = nil) {
        self.year = year; self.value = value; self.unit = unit; self.comparator = comparator
        self.phrase = phrase; self.sentence = sentence; self.start = start; self.end = end
        self.upperValue = upperValue; self.counted = counted; self.deadline = deadline
        self.yearSource = yearSource; self.period = period
    }
}

/// A reference to another document: 《title》（文号）, a bare 《title》, or a bare 发文字号.
public struct Citation: Codable, Sendable, Hashable {
    /// The cited title without 《》, when given.
    public var title: String?
    /// The cited 发文字号, normalised, when given.
    public var docNumber: String?
    /// UTF-16 range of the whole citation in `PolicyDocument.text`.
    public var start: Int
    public var end: Int

    public init(title: String?, docNumber: String?, start: Int, end: Int) {
        self.title = title; self.docNumber = docNumber; self.start = start; self.end = end
    }
}
