import ZhengceDocument

/// Names one of the two documents compared.
public struct DocumentSide: Codable, Sendable, Hashable {
    /// The document id.
    public var id: String
    /// The title, when known.
    public var title: String?
    /// The 发文字号, when known.
    public var docNumber: String?
    /// The date (ISO), when known.
    public var date: String?
    /// Draft or final.
    public var status: String
    /// The file it was read from.
    public var path: String
    /// Number of units (provisions plus preamble) compared.
    public var units: Int

    /// Describes `document` with `units` compared units.
    public init(_ document: PolicyDocument, units: Int) {
        id = document.id; title = document.title; docNumber = document.docNumber; date = document.date
        status = document.status.rawValue; path = document.source.path; self.units = units
    }
}
