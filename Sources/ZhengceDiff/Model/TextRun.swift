/// What a run of a word-level diff does.
public enum TextOperation: String, Codable, Sendable, Hashable {
    /// In both versions.
    case equal
    /// Only in the old version.
    case delete
    /// Only in the new version.
    case insert
}

/// A run of words with one operation; the equal and delete runs read as the old text, the
/// equal and insert runs as the new text.
public struct TextRun: Codable, Sendable, Hashable {
    /// The operation.
    public var op: TextOperation
    /// The text as written in its version.
    public var text: String

    /// Makes a run.
    public init(op: TextOperation, text: String) { self.op = op; self.text = text }
}
