/// Why the store could not be opened, written or searched.
public enum StoreError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The file exists but is not a SQLite database.
    case notADatabase(path: String)
    /// The file is a SQLite database made by something else.
    case foreignDatabase(path: String)
    /// Two corpus files give the same document id (file name without extension).
    case duplicateDocumentID(id: String, path: String, otherPath: String)
    /// SQLite reported an error (with the store's path and SQLite's message).
    case database(path: String, message: String)
    /// The folder the store would live in does not exist and could not be made.
    case folderNotCreated(path: String, folder: String, reason: String)

    public var description: String {
        switch self {
        case .notADatabase(let path):
            return "\(path) is not a SQLite database; move it away or choose another --db"
        case .foreignDatabase(let path):
            return "\(path) is a SQLite database but not a zhengce index; move it away or choose another --db"
        case .duplicateDocumentID(let id, let path, let otherPath):
            return "\(path): document id '\(id)' is already used by \(otherPath); rename one of the files"
        case .database(let path, let message):
            return "\(path): \(message)"
        case .folderNotCreated(let path, let folder, let reason):
            return "\(path): cannot create the index's folder \(folder): \(reason)"
        }
    }
}
