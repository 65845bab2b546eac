/// Changes to the departments named in a provision.
public struct DepartmentChanges: Codable, Sendable, Hashable {
    /// Departments named only in the new version.
    public var added: [String]
    /// Departments named only in the old version.
    public var removed: [String]
    /// Lead departments (牵头) before, when the lead changed.
    public var oldLead: [String]?
    /// Lead departments after, when the lead changed.
    public var newLead: [String]?

    /// Makes a change set.
    public init(added: [String] = [], removed: [String] = [], oldLead: [String]? = nil, newLead: [String]? = nil) {
        self.added = added; self.removed = removed; self.oldLead = oldLead; self.newLead = newLead
    }

    /// True when nothing changed.
    public var isEmpty: Bool { added.isEmpty && removed.isEmpty && oldLead == nil && newLead == nil }
}
