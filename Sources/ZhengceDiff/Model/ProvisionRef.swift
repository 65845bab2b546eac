/// Names a provision on one side of a diff: its label, title and place.
public struct ProvisionRef: Codable, Sendable, Hashable {
    /// The label as printed, e.g. "第九条"; "（前文）" for the text before the first provision.
    public var label: String
    /// The heading, or the lead words of the text when there is no heading.
    public var title: String
    /// Labels from the root down, as printed.
    public var path: [String]
    /// Index of the unit in its document's unit list (document order).
    public var index: Int

    /// Makes a reference.
    public init(label: String, title: String, path: [String], index: Int) {
        self.label = label; self.title = title; self.path = path; self.index = index
    }

    /// The reference to `unit`, titled by its heading or the first 24 characters of its first line (a title
    /// stays on one line).
    public init(_ unit: DiffUnit) {
        let firstLine = unit.text.prefix(while: { $0 != "\n" })
        let lead = firstLine.prefix(24)
        let title = unit.title.isEmpty ? String(lead) + (lead.count < unit.text.count ? "…" : "") : unit.title
        self.init(label: unit.label, title: title, path: unit.path, index: unit.index)
    }

    /// The label and title for a reader: "第九条 对外贸易经营者…".
    public var display: String { label.isEmpty ? title : (title.isEmpty ? label : "\(label) \(title)") }
}
