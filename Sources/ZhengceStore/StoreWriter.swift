import Foundation
import GRDB
import ZhengceDocument
import ZhengceText

/// Writes into a store inside one transaction (see `Store.write(_:)`); valid only inside it.
public struct StoreWriter {
    let db: Database
    let path: String
    /// The search index's pending changes, written when the transaction's work is done.
    let search = SearchIndexBuilder()
    /// Whether `measure_fts` exists, once asked (only `setFullText` changes it in a transaction).
    private let fullTextState = FullTextState()

    init(db: Database, path: String) {
        self.db = db
        self.path = path
    }

    /// Sets a value of the `meta` table.
    public func setMeta(_ key: String, _ value: String) throws {
        try db.execute(sql: "INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", arguments: [key, value])
    }

    /// Whether the store keeps the optional FTS5 table `measure_fts` (see `setFullText(_:)`).
    public func hasFullText() throws -> Bool {
        if let known = fullTextState.exists { return known }
        let exists = try Bool.fetchOne(db, sql: "SELECT count(*) > 0 FROM sqlite_master WHERE name = 'measure_fts'") ?? false
        fullTextState.exists = exists
        return exists
    }

    /// Creates or drops the optional FTS5 table for sqlite3 shell users. Call it on an empty
    /// store (after `removeAll()`): a created table is filled by the documents put afterwards.
    public func setFullText(_ enabled: Bool) throws {
        guard try hasFullText() != enabled else { return }
        try db.execute(sql: enabled ? StoreSchema.fullTextTable : "DROP TABLE measure_fts")
        fullTextState.exists = enabled
        try setMeta("fts5", enabled ? "on" : "off")
    }

    /// Removes every document, file record and link (the schema stays).
    public func removeAll() throws {
        if try hasFullText() { try db.execute(sql: "DELETE FROM measure_fts") }
        try search.removeAll(db)
        // Children before parents: a table emptied at once costs far less than the same rows
        // deleted one by one by the cascade from `documents` (the law corpus: 5 s → about 3 s).
        // The blobs describe the links (what they were made from), so they go with them.
        for table in ["blobs", "links", "link_ends", "document_models", "responsibilities", "targets", "citations", "provisions", "measures", "documents", "files"] {
            try db.execute(sql: "DELETE FROM \(table)")
        }
    }

    /// Removes the document read from corpus file `path` (if any) and the file's record.
    public func removeFile(_ path: String) throws {
        if let id = try String.fetchOne(db, sql: "SELECT id FROM documents WHERE path = ?", arguments: [path]) {
            try removeDocument(id: id)
        }
        try db.execute(sql: "DELETE FROM files WHERE path = ?", arguments: [path])
    }

    /// Removes a document with everything that hangs off it, and its measures from the FTS index.
    public func removeDocument(id: String) throws {
        let rows = try Row.fetchAll(db, sql: "SELECT rowid, title, text FROM measures WHERE document = ?", arguments: [id])
        let fullText = try hasFullText()
        for row in rows {
            let rowid: Int64 = row["rowid"]
            if fullText { try db.execute(sql: "DELETE FROM measure_fts WHERE rowid = ?", arguments: [rowid]) }
            search.remove(rowid: rowid, title: row["title"], text: row["text"])
        }
        try db.execute(sql: "DELETE FROM documents WHERE id = ?", arguments: [id])
    }

    /// Records a corpus file that could not be parsed (any earlier document from it is removed).
    public func recordFailure(_ file: StoredFile) throws {
        try removeFile(file.path)
        try upsertFile(file)
    }

    /// Records that an unchanged file was seen with a new modification time.
    public func touchFile(_ path: String, mtime: Double) throws {
        try db.execute(sql: "UPDATE files SET mtime = ? WHERE path = ?", arguments: [mtime, path])
    }

    /// Stores `document` read from `file`, replacing what the file gave before.
    /// Throws `StoreError.duplicateDocumentID` when another file already gave the same id.
    public func put(_ document: PolicyDocument, file: StoredFile, segmenter: Segmenter = .shared) throws {
        try put(PreparedDocument(document, fullText: try hasFullText(), segmenter: segmenter), file: file)
    }

    /// Stores a prepared document read from `file` (see `put(_:file:segmenter:)`).
    public func put(_ prepared: PreparedDocument, file: StoredFile) throws {
        let document = prepared.document
        if let other = try String.fetchOne(db, sql: "SELECT path FROM documents WHERE id = ?", arguments: [document.id]),
           other != file.path {
            throw StoreError.duplicateDocumentID(id: document.id, path: file.path, otherPath: other)
        }
        try removeFile(file.path)
        try insertDocument(prepared, sha256: file.sha256)
        try insertMeasures(of: prepared)
        try db.execute(sql: "INSERT INTO document_models(id, model) VALUES (?, ?)", arguments: [document.id, prepared.model])
        try search.writeFinished(db, measures: document.measures.count)
        var record = file
        record.document = document.id
        record.error = nil
        try upsertFile(record)
    }

    /// Replaces all lineage links.
    public func replaceLinks<S: Sequence>(_ links: S) throws where S.Element == LinkRecord {
        try db.execute(sql: "DELETE FROM links")
        try db.execute(sql: "DELETE FROM link_ends")
        try insertLinks(links)
    }

    /// Replaces the links with an end in one of the documents `touching` (ids) by `links`.
    public func replaceLinks<S: Sequence>(touching documents: Set<String>, with links: S) throws where S.Element == LinkRecord {
        let delete = try db.cachedStatement(sql: "DELETE FROM links WHERE from_document = ? OR to_document = ?")
        for id in documents.sorted() { try delete.execute(arguments: [id, id]) }
        try insertLinks(links)
        try LinkEnds.removeUnused(db)
    }

    /// Adds `links` to the stored ones, for links handed over a batch at a time after `replaceLinks([])`: the
    /// rows are those one `replaceLinks` of every batch in the same order writes (ends numbered as they come).
    public func addLinks<S: Sequence>(_ links: S) throws where S.Element == LinkRecord {
        try insertLinks(links)
    }

    private func insertLinks<S: Sequence>(_ links: S) throws where S.Element == LinkRecord {
        let insert = try db.cachedStatement(sql: """
            INSERT INTO links(type, from_document, from_measure, to_document, to_measure, score, inferred, evidence, from_end, to_end)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let ends = try LinkEndWriter(db)
        for link in links {
            try insert.execute(arguments: [link.type, link.fromDocument, link.fromMeasure, link.toDocument, link.toMeasure,
                                           link.score, link.inferred, link.evidenceJSON, try ends.id(link.fromJSON), try ends.id(link.toJSON)])
        }
    }

    /// Sets (or, with nil, removes) a binary value kept between runs.
    public func setBlob(_ key: String, _ value: Data?) throws {
        if let value {
            try db.execute(sql: "INSERT OR REPLACE INTO blobs(key, value) VALUES (?, ?)", arguments: [key, value])
        } else {
            try db.execute(sql: "DELETE FROM blobs WHERE key = ?", arguments: [key])
        }
    }

    // MARK: Rows

    private func upsertFile(_ file: StoredFile) throws {
        try db.execute(sql: """
            INSERT OR REPLACE INTO files(path, sha256, bytes, mtime, document, error) VALUES (?, ?, ?, ?, ?, ?)
            """, arguments: [file.path, file.sha256, file.bytes, file.mtime, file.document, file.error])
    }

    private func insertDocument(_ prepared: PreparedDocument, sha256: String) throws {
        let d = prepared.document
        let year = d.year ?? d.publishedDate.flatMap { Int($0.prefix(4)) }
        try db.execute(sql: """
            INSERT INTO documents(id, path, sha256, title, notice_title, doc_number, issuers, date, published_date, year,
                type, level, region, status, period_start, period_end, format, encoding, bytes, provenance, warnings, text)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [
                d.id, d.source.path, sha256, d.title, d.noticeTitle, d.docNumber, prepared.json.issuers, d.date,
                d.publishedDate, year, d.type, d.level?.rawValue, d.region, d.status.rawValue, d.period?.start,
                d.period?.end, d.source.format, d.source.encoding, d.source.bytes, prepared.json.provenance,
                prepared.json.warnings, d.text,
            ])
        let provision = try RowInserter(db, sql: """
            INSERT INTO provisions(id, document, ord, label, normalized_label, scheme, depth, parent, path, heading, text,
                start, "end", kind) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for (ord, p) in d.provisions.enumerated() {
            try provision.insert(
                .text(p.id), .text(d.id), .int(ord), .text(p.label), .text(p.normalizedLabel), .text(p.scheme.rawValue),
                .int(p.depth), .int(p.parent), .text(prepared.json.provisionPaths[ord]), .text(p.heading), .text(p.text),
                .int(p.start), .int(p.end), .text(p.kind.rawValue))
        }
    }

    private func insertMeasures(of prepared: PreparedDocument) throws {
        let d = prepared.document
        let measure = try RowInserter(db, sql: """
            INSERT INTO measures(id, document, ord, provision, label, path, title, text, start, "end")
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let fullText = try hasFullText()
        let fts = fullText ? try db.cachedStatement(sql: """
            INSERT INTO measure_fts(rowid, title_words, title_chars, text_words, text_chars) VALUES (?, ?, ?, ?, ?)
            """) : nil
        let responsibility = try RowInserter(db, sql: """
            INSERT INTO responsibilities(measure, ord, name, department, role, role_inferred, collective, start, "end")
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let target = try RowInserter(db, sql: """
            INSERT INTO targets(measure, ord, year, value, unit, comparator, phrase, sentence, start, "end")
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        var seenIDs: Set<String> = []
        var rowids: [(range: Range<Int>, id: String)] = []
        for (ord, m) in d.measures.enumerated() {
            // Measure ids are unique within a document by construction; guard anyway so a
            // parser slip cannot abort the whole run.
            guard seenIDs.insert(m.id).inserted else { continue }
            let p = prepared.measures[ord]
            try measure.insert(.text(m.id), .text(d.id), .int(ord), .int(m.provision), .text(m.label), .text(p.path),
                               .text(m.title), .text(m.text), .int(m.start), .int(m.end))
            let rowid = db.lastInsertedRowID
            if let fts {
                // A document prepared without the FTS5 forms (the table was created after) gets them here.
                let forms = p.fullText ?? FullTextForms(title: m.title, text: m.text)
                try fts.execute(arguments: StatementArguments([rowid as (any DatabaseValueConvertible)] + forms.columns))
            }
            search.add(rowid: rowid, terms: p.terms)
            for (i, r) in m.responsible.enumerated() {
                try responsibility.insert(.integer(rowid), .int(i), .text(r.name), .text(r.department), .text(r.role.rawValue),
                                          .bool(r.roleInferred), .bool(r.collective), .int(r.start), .int(r.end))
            }
            for (i, t) in m.targets.enumerated() {
                try target.insert(.integer(rowid), .int(i), .int(t.year), .real(t.value), .text(t.unit), .text(t.comparator.rawValue),
                                  .text(t.phrase), .text(t.sentence), .int(t.start), .int(t.end))
            }
            rowids.append((m.start..<max(m.start, m.end), m.id))
        }
        try insertCitations(of: d, measures: rowids)
    }

    /// Document citations (plus any only listed on measures), each with the innermost measure around it.
    private func insertCitations(of d: PolicyDocument, measures: [(range: Range<Int>, id: String)]) throws {
        var citations = d.citations
        var seen = Set(citations.map { [$0.start, $0.end] })
        for m in d.measures {
            for c in m.citations where seen.insert([c.start, c.end]).inserted { citations.append(c) }
        }
        citations.sort { ($0.start, $0.end) < ($1.start, $1.end) }
        let insert = try db.cachedStatement(sql: """
            INSERT INTO citations(document, ord, measure, title, doc_number, start, "end") VALUES (?, ?, ?, ?, ?, ?, ?)
            """)
        for (ord, c) in citations.enumerated() {
            let inner = measures.filter { $0.range.contains(c.start) || ($0.range.lowerBound == c.start) }
                .min { $0.range.count < $1.range.count }
            try insert.execute(arguments: [d.id, ord, inner?.id, c.title, c.docNumber, c.start, c.end])
        }
    }

    /// Recomputes the `departments` summary table from the responsibilities.
    func refreshDepartments() throws {
        try db.execute(sql: "DELETE FROM departments")
        try db.execute(sql: """
            INSERT INTO departments(name, resolved, lead, participant)
            SELECT coalesce(department, name), max(department IS NOT NULL),
                   count(DISTINCT CASE WHEN role = 'lead' THEN measure END),
                   count(DISTINCT CASE WHEN role = 'participant' THEN measure END)
            FROM responsibilities WHERE collective = 0
            GROUP BY coalesce(department, name)
            """)
    }
}

/// What a writer knows about the optional FTS5 table (a box, so the writer can stay a struct).
private final class FullTextState {
    var exists: Bool?
}
