/// The outcome of resolving one name as written.
public struct DepartmentResolution: Codable, Sendable, Hashable {
    /// How a name resolved.
    public enum Status: String, Codable, Sendable, Hashable {
        /// One registry entry.
        case resolved
        /// Several entries fit and the context does not choose one.
        case ambiguous
        /// No entry has this name.
        case unknown
    }

    /// The name as written.
    public var written: String
    /// Resolved, ambiguous or unknown.
    public var status: Status
    /// The canonical entry, when resolved.
    public var department: Department?
    /// For an ambiguous name, the canonical names that fit (sorted).
    public var candidates: [String]
    /// For an unresolved name, the closest registry entry, if one is close.
    public var suggestion: String?

    /// Makes a resolution.
    public init(written: String, status: Status, department: Department? = nil, candidates: [String] = [], suggestion: String? = nil) {
        self.written = written; self.status = status; self.department = department
        self.candidates = candidates; self.suggestion = suggestion
    }

    /// The canonical name when resolved, else the name as written.
    public var name: String { department?.name ?? written }
    /// True when resolved to one entry.
    public var isResolved: Bool { status == .resolved }
}
