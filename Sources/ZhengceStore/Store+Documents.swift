import Foundation
import GRDB
import ZhengceDocument
import ZhengceText

extension Store {
    /// The stored document with this id (as parsed, departments resolved), nil when none.
    public func document(id: String) throws -> PolicyDocument? {
        let data = try read { db in
            try Data.fetchOne(db, sql: "SELECT model FROM document_models WHERE id = ?", arguments: [id])
        }
        return try data.map { try DocumentModelCoding.decode($0, id: id, path: path) }
    }

    /// Every stored document, sorted by id (decoded on every core).
    public func documents() throws -> [PolicyDocument] {
        var out: [PolicyDocument] = []
        try forEachDocument(batch: 256) { out.append(contentsOf: $0) }
        return out
    }

    /// The stored documents with these ids, in the order given (decoded on every core); an id not stored
    /// is left out.
    public func documents(ids: [String]) throws -> [PolicyDocument] {
        var rows: [String: Data] = [:]
        for start in stride(from: 0, to: ids.count, by: 500) {
            let chunk = Array(ids[start..<min(ids.count, start + 500)])
            let marks = Array(repeating: "?", count: chunk.count).joined(separator: ",")
            try read { db in
                for row in try Row.fetchAll(db, sql: "SELECT id, model FROM document_models WHERE id IN (\(marks))",
                                            arguments: StatementArguments(chunk)) {
                    rows[row["id"]] = row["model"]
                }
            }
        }
        let models = rows
        let found = ids.filter { models[$0] != nil }
        let path = self.path
        let decoded = ConcurrentMap.run(found.count) { i in
            Result { try DocumentModelCoding.decode(models[found[i]]!, id: found[i], path: path) }
        }
        return try decoded.map { try $0.get() }
    }

    /// Calls `body` with the stored documents in id order, a batch of at most `batch` at a time
    /// (each batch decoded on every core): memory holds one batch, not the corpus.
    public func forEachDocument(batch: Int = 64, _ body: ([PolicyDocument]) throws -> Void) throws {
        var after = ""
        while true {
            let rows: [(id: String, model: Data)] = try read { db in
                try Row.fetchAll(db, sql: "SELECT id, model FROM document_models WHERE id > ? ORDER BY id LIMIT ?",
                                 arguments: [after, max(1, batch)]).map { ($0["id"], $0["model"]) }
            }
            guard let last = rows.last else { return }
            after = last.id
            let path = self.path
            let decoded = ConcurrentMap.run(rows.count) { i in
                Result { try DocumentModelCoding.decode(rows[i].model, id: rows[i].id, path: path) }
            }
            try body(try decoded.map { try $0.get() })
            if rows.count < batch { return }
        }
    }
}

extension Store {
    /// A digest of what the store holds from its corpus: the fingerprint and every file's path,
    /// SHA-256 and error. Equal stamps mean the same documents (the export keeps the stamp it
    /// was made from, so an unchanged corpus is not linked and exported again).
    public func contentStamp() throws -> String {
        try read { db in
            var text = (try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'fingerprint'") ?? "-") + "\n"
            for row in try Row.fetchAll(db, sql: "SELECT path, sha256, error FROM files ORDER BY path") {
                let path: String = row["path"], sha: String = row["sha256"], error: String? = row["error"]
                text += path + "\t" + sha + "\t" + (error ?? "") + "\n"
            }
            return SHA256.hex(Data(text.utf8))
        }
    }

    /// Sets a value of the `meta` table (one transaction).
    public func setMeta(_ key: String, _ value: String) throws {
        try write { writer in try writer.setMeta(key, value) }
    }
}
