/// A document-level field that differs: title, 发文字号, date, status, issuers, type, period.
public struct MetadataChange: Codable, Sendable, Hashable {
    /// The field name as in `PolicyDocument` (title, docNumber, date, status, issuers, type, period).
    public var field: String
    /// The old value as text, nil when absent.
    public var old: String?
    /// The new value as text, nil when absent.
    public var new: String?

    /// Makes a metadata change.
    public init(field: String, old: String?, new: String?) { self.field = field; self.old = old; self.new = new }
}
