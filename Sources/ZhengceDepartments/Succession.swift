/// One step of a reform: a body replaced by or merged into another on a date.
public struct Succession: Codable, Sendable, Hashable {
    /// The canonical name of the other body (successor or predecessor).
    public var name: String
    /// When the change took effect, as written in the registry: yyyy, yyyy-MM or yyyy-MM-dd.
    public var date: String?
    /// Which duties moved, when only some did (e.g. 出入境检验检疫职责).
    public var note: String?

    /// Makes a succession step.
    public init(name: String, date: String? = nil, note: String? = nil) {
        self.name = name; self.date = date; self.note = note
    }

    /// The year of `date`, if any.
    public var year: Int? { date.flatMap { Int($0.prefix(4)) } }
}
