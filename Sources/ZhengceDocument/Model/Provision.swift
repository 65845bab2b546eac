/// The numbering scheme of a provision label, outermost first in typical use.
public enum NumberingScheme: String, Codable, Sendable, Hashable, CaseIterable {
    /// 第一编
    case part
    /// 第一章
    case chapter
    /// 第一节
    case section
    /// 第一条
    case article
    /// 一、
    case chineseComma
    /// （一）
    case chineseParen
    /// 1. or 1、 or 1．
    case arabicDot
    /// （1） or (1)
    case arabicParen
    /// ① ② …
    case circled
    /// 一是 二是 … opening paragraphs
    case ordinalShi
    /// 第一， 第二， … opening paragraphs
    case ordinalDi
}

/// What a provision is for.
public enum ProvisionKind: String, Codable, Sendable, Hashable {
    /// Asks someone to act: a task, a measure, an opinion, an article.
    case measure
    /// Framing: 指导思想, 基本原则, 发展目标, 保障措施/组织保障 and the like.
    case framing
    /// A heading that groups measures (e.g. 二、重点任务) or anything else.
    case group
}

/// One numbered provision of a document's outline.
public struct Provision: Codable, Sendable, Hashable {
    /// Stable id: "{documentID}/{normalisedPath joined by '.'}", e.g. "doc/2.1.3".
    public var id: String
    /// The label as printed, e.g. "（一）", "1.", "第十二条".
    public var label: String
    /// The label's number as an integer-like string, e.g. "1" for "（一）", "12" for "第十二条".
    public var normalizedLabel: String
    /// The numbering scheme of the label.
    public var scheme: NumberingScheme
    /// Depth in the tree, 0 for top-level provisions.
    public var depth: Int
    /// Index of the parent in `PolicyDocument.provisions`, nil at the top.
    public var parent: Int?
    /// Labels as printed from the root down to this provision.
    public var path: [String]
    /// Normalised labels from the root down to this provision.
    public var normalizedPath: [String]
    /// The heading (title) of the provision, without its number.
    public var heading: String
    /// The provision's own text (without its label), up to the first child.
    public var text: String
    /// UTF-16 range of the whole provision (label to the end of its last descendant) in `PolicyDocument.text`.
    public var start: Int
    public var end: Int
    /// Measure, framing or group.
    public var kind: ProvisionKind

    public init(id: String, label: String, normalizedLabel: String, scheme: NumberingScheme, depth: Int,
                parent: Int?, path: [String], normalizedPath: [String], heading: String, text: String,
                start: Int, end: Int, kind: ProvisionKind) {
        self.id = id; self.label = label; self.normalizedLabel = normalizedLabel; self.scheme = scheme
        self.depth = depth; self.parent = parent; self.path = path; self.normalizedPath = normalizedPath
        self.heading = heading; self.text = text; self.start = start; self.end = end; self.kind = kind
    }
}
