import Foundation

extension DocumentJSON {
    /// One row of `zhengce targets --format json`: the target's keys plus its document, 发文字号,
    /// measure (id and labels) and the measure's departments (canonical names when resolved).
    public struct TargetEntryView: Encodable {
        let entry: TargetEntry
        let document: PolicyDocument
        enum Key: String, CodingKey { case document, docNumber, measure, path, departments, target }

        /// The JSON view of `entry`, a target of `document`.
        public init(_ entry: TargetEntry, of document: PolicyDocument) { self.entry = entry; self.document = document }

        /// Encodes the documented keys, nulls included.
        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: Key.self)
            try c.encode(entry.document, forKey: .document)
            try c.encode(document.docNumber, forKey: .docNumber)
            try c.encode(entry.measure?.id, forKey: .measure)
            try c.encode(entry.measure?.path ?? [], forKey: .path)
            try c.encode(entry.measure.map { $0.responsible.map { $0.department ?? $0.name } } ?? document.issuers, forKey: .departments)
            try c.encode(TargetView(t: entry.target), forKey: .target)
        }
    }

    /// `entries` as a JSON array (sorted keys, pretty printed).
    public static func targets(_ entries: [(TargetEntry, PolicyDocument)]) throws -> Data {
        try encoder().encode(entries.map { TargetEntryView($0.0, of: $0.1) })
    }
}
