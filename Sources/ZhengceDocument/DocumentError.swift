import ZhengceText

/// Why a document or corpus could not be read.
public enum DocumentError: Error, CustomStringConvertible, Sendable {
    /// The file could not be read from disk.
    case unreadable(path: String, reason: String)
    /// The bytes are not text in a supported encoding (empty, binary, undecodable).
    case notText(path: String, reason: TextDecodingError)
    /// The file decodes but holds no text: blank, or front matter or markup alone (a site's folder index).
    case noText(path: String)
    /// The file is larger than the parser accepts.
    case tooLarge(path: String, bytes: Int, limit: Int)
    /// `corpus.yaml` is malformed.
    case badMetadata(path: String, reason: String)
    /// A corpus folder holds no documents.
    case noDocuments(path: String)
    /// The corpus path is not a folder: missing, or a file.
    case notAFolder(path: String, reason: String)
    /// A corpus file (corpus.yaml, lexicon.txt) is malformed, with its place.
    case badFile(YAMLSourceError)

    /// One line naming the file and the problem.
    public var description: String {
        switch self {
        case .unreadable(let path, let reason): return "\(path): cannot read: \(reason)"
        case .notText(let path, let reason): return "\(path): \(reason)"
        case .noText(let path): return "\(path): the file holds no text (only blank lines, front matter or markup)"
        case .tooLarge(let path, let bytes, let limit): return "\(path): \(bytes) bytes is over the \(limit)-byte limit"
        case .badMetadata(let path, let reason): return "\(path): bad corpus metadata: \(reason)"
        case .noDocuments(let path): return "\(path): no policy documents (.txt, .md, .html) found"
        case .notAFolder(let path, let reason): return "\(path): \(reason)"
        case .badFile(let error): return error.description
        }
    }
}
