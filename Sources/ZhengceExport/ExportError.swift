/// Why an export could not be made or written.
public enum ExportError: Error, CustomStringConvertible, Sendable, Equatable {
    /// An option value is unusable.
    case badOption(String)
    /// Two documents share an id.
    case duplicateDocumentID(String)
    /// The output folder or a file in it could not be written.
    case unwritable(path: String, reason: String)

    /// One line a person can act on.
    public var description: String {
        switch self {
        case .badOption(let message): return message
        case .duplicateDocumentID(let id): return "two documents have the id '\(id)'; rename one of the files"
        case .unwritable(let path, let reason): return "\(path): cannot write: \(reason)"
        }
    }
}
