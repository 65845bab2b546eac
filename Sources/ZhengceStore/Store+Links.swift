import GRDB

/// Reads of the lineage links for an export written a part at a time: the links of a few documents when
/// their part is written, and every link once, a document's links at a time, for what the export needs of
/// all of them (counts, digests, the index), so that no read holds every link.
extension Store {
    /// Every stored link with its row id, grouped by `from` document (documents in byte order of their ids;
    /// a document's links by `from` measure, then row id, the order of the `links_from` index). Each
    /// link end's JSON is kept only while its `from` document's links are read.
    public func forEachLinkByFromDocument(_ body: (_ id: Int64, _ link: LinkRecord) throws -> Void) throws {
        try forEachLinkByFromDocument(in: nil, body)
    }

    /// The ids of the documents stored links start at, in byte order (the order of `forEachLinkByFromDocument`).
    public func linkFromDocuments() throws -> [String] {
        try read { db in try String.fetchAll(db, sql: "SELECT DISTINCT from_document FROM links ORDER BY from_document") }
    }

    /// `forEachLinkByFromDocument` for the links whose `from` document is from `documents.first` through
    /// `documents.last` (ids, in SQLite's byte order), in one read: the links of every `from` document, read a range of documents at a time
    /// (`linkFromDocuments` gives the bounds), come in the order of one pass over every link.
    public func forEachLinkByFromDocument(in documents: (first: String, last: String)?,
                                          _ body: (_ id: Int64, _ link: LinkRecord) throws -> Void) throws {
        try read { db in
            let rows = try Row.fetchCursor(db, sql: """
                SELECT id, \(Store.linkColumns) FROM links\(documents == nil ? "" : " WHERE from_document BETWEEN ? AND ?")
                ORDER BY from_document, from_measure, id
                """, arguments: documents.map { [$0.first, $0.last] } ?? [])
            var ends = try LinkEndReader(db, path: path)
            var current: String?
            while let row = try rows.next() {
                let from: String = row[2]
                if from != current {
                    current = from
                    ends = try LinkEndReader(db, path: path)
                }
                try body(row[0], try Store.linkRecord(row, from: 1, ends: ends))
            }
        }
    }

    /// The links whose `from` document is one of `documents` (ids), by row id.
    /// Without `evidence`, the records carry no evidence (for readers that need only the ends).
    public func links(fromDocuments documents: [String], evidence: Bool = true) throws -> [LinkRecord] {
        try links(column: "from_document", documents, evidence: evidence)
    }

    /// The links whose `to` document is one of `documents` (ids), by row id.
    public func links(toDocuments documents: [String], evidence: Bool = true) throws -> [LinkRecord] {
        try links(column: "to_document", documents, evidence: evidence)
    }

    private func links(column: String, _ documents: [String], evidence: Bool) throws -> [LinkRecord] {
        guard !documents.isEmpty else { return [] }
        return try read { db in
            let marks = Array(repeating: "?", count: documents.count).joined(separator: ",")
            let rows = try Row.fetchCursor(db, sql: """
                SELECT \(Store.linkColumns(evidence: evidence)) FROM links WHERE \(column) IN (\(marks)) ORDER BY id
                """, arguments: StatementArguments(documents))
            let ends = try LinkEndReader(db, path: path)
            var result: [LinkRecord] = []
            while let row = try rows.next() { result.append(try Store.linkRecord(row, from: 0, ends: ends)) }
            return result
        }
    }

    /// The columns of a link row, in the order `linkRecord` reads them.
    static let linkColumns = linkColumns(evidence: true)

    /// `linkColumns`, with NULL in place of the evidence when `evidence` is false (a read of the ends only).
    static func linkColumns(evidence: Bool) -> String {
        ["type", "from_document", "from_measure", "to_document", "to_measure", "score", "inferred", evidence ? "evidence" : "NULL",
         "from_end", "to_end"].joined(separator: ", ")
    }

    /// The link of a row whose columns from `first` on are `linkColumns`.
    static func linkRecord(_ row: Row, from first: Int = 0, ends: LinkEndReader) throws -> LinkRecord {
        LinkRecord(type: row[first], fromDocument: row[first + 1], fromMeasure: row[first + 2], toDocument: row[first + 3],
                   toMeasure: row[first + 4], score: row[first + 5], inferred: row[first + 6], evidenceJSON: row[first + 7],
                   fromJSON: try ends.json(row[first + 8]), toJSON: try ends.json(row[first + 9]))
    }
}
