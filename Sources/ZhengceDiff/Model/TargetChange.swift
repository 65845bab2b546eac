/// A quantified target that appeared, disappeared or changed its number or year.
public struct TargetChange: Codable, Sendable, Hashable {
    /// The old phrase ("超过1600亿元"), nil when the target is new.
    public var old: String?
    /// The new phrase, nil when the target was dropped.
    public var new: String?
    /// Old and new values.
    public var oldValue: Double?
    public var newValue: Double?
    /// Old and new target years.
    public var oldYear: Int?
    public var newYear: Int?
    /// The unit (of the new target, or the old one when dropped).
    public var unit: String

    /// Makes a target change.
    public init(old: String?, new: String?, oldValue: Double?, newValue: Double?, oldYear: Int?, newYear: Int?, unit: String) {
        self.old = old; self.new = new; self.oldValue = oldValue; self.newValue = newValue
        self.oldYear = oldYear; self.newYear = newYear; self.unit = unit
    }
}
