/// Why an export could not be made or written.
public enum ExportError: Error, CustomStringConvertible, Sendable, Equatable {
    /// An option value is unusable.
    case badOption(String)
    /// Two documents share an id.
    case duplicateDocumentID(String)
    /// A document of the export could not be read back (removed from the store while exporting).
    case missingDocument(String)
    /// The output folder or a file in it could not be written.
    case unwritable(path: String, reason: String)

    /// One line a person can act on.
    public var description: String {
        switch self {
        case .badOption(let message): return message
        case .duplicateDocumentID(let id): return "two documents have the id '\(id)'; rename one of the files"
        case .missingDocument(let id): return "document '\(id)' could not be read for the export; run the command again"
        case .unwritable(let path, let reason): return "\(path): cannot write: \(reason)"
        }
    }
}
