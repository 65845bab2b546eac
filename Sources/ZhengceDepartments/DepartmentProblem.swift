/// A department name a user should look at, for `zhengce check`.
public struct DepartmentProblem: Codable, Sendable, Hashable {
    /// "unknown-department" or "ambiguous-department".
    public var kind: String
    /// One sentence a person can act on.
    public var message: String
    /// UTF-16 offset of the first place the name is written in the document text, when known.
    public var offset: Int?
    /// The name as written.
    public var name: String
}

extension DocumentDepartments {
    /// One problem per unresolved name, in order of appearance.
    public var problems: [DepartmentProblem] {
        unresolved.map { resolution in
            let offset = firstOffsets[resolution.written]
            switch resolution.status {
            case .ambiguous:
                let shown = resolution.candidates.prefix(3).joined(separator: ", ") + (resolution.candidates.count > 3 ? ", …" : "")
                return DepartmentProblem(kind: "ambiguous-department",
                                         message: "department '\(resolution.written)' may be any of \(resolution.candidates.count) (\(shown)); give the document's region in corpus.yaml",
                                         offset: offset, name: resolution.written)
            default:
                let hint = resolution.suggestion.map { "; did you mean \($0)?" } ?? ""
                return DepartmentProblem(kind: "unknown-department",
                                         message: "department '\(resolution.written)' is not in the registry\(hint) (add it to departments.yaml)",
                                         offset: offset, name: resolution.written)
            }
        }
    }
}
