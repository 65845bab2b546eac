import GRDB
import ZhengceText

/// The `link_ends` table: the JSON of each link end stored once, found again by a stable 64-bit hash
/// (FNV-1a over its UTF-8), so that a `links` row holds two integers where it held two JSON texts.
/// On the law corpus the ends were half of a link row; a measure is the end of several links.
enum LinkEnds {
    /// The stored hash of an end's JSON: FNV-1a 64 of its UTF-8 (the same in every process, unlike `Hasher`).
    static func hash(_ text: String) -> Int64 { Int64(bitPattern: FNV1a64.hash(text)) }

    /// Removes the ends no link uses any more (after links were deleted).
    static func removeUnused(_ db: Database) throws {
        try db.execute(sql: "DELETE FROM link_ends WHERE id NOT IN (SELECT from_end FROM links UNION SELECT to_end FROM links)")
    }
}

/// Gives the `link_ends` id of an end's JSON, adding the end when it is new. Valid inside one write transaction.
final class LinkEndWriter {
    private let db: Database
    private var known: [String: Int64] = [:]
    private let find: Statement
    private let insert: Statement

    init(_ db: Database) throws {
        self.db = db
        find = try db.cachedStatement(sql: "SELECT id, json FROM link_ends WHERE hash = ?")
        insert = try db.cachedStatement(sql: "INSERT INTO link_ends(hash, json) VALUES (?, ?)")
    }

    func id(_ json: String) throws -> Int64 {
        if let id = known[json] { return id }
        let hash = LinkEnds.hash(json)
        var found: Int64?
        let rows = try Row.fetchCursor(find, arguments: [hash])
        while found == nil, let row = try rows.next() {
            if (row[1] as String) == json { found = row[0] }
        }
        let id: Int64
        if let found {
            id = found
        } else {
            try insert.execute(arguments: [hash, json])
            id = db.lastInsertedRowID
        }
        known[json] = id
        return id
    }
}

/// Reads an end's JSON by id, each end once per reader.
final class LinkEndReader {
    private var known: [Int64: String] = [:]
    private let find: Statement
    private let path: String

    init(_ db: Database, path: String) throws {
        find = try db.cachedStatement(sql: "SELECT json FROM link_ends WHERE id = ?")
        self.path = path
    }

    func json(_ id: Int64) throws -> String {
        if let json = known[id] { return json }
        guard let json = try String.fetchOne(find, arguments: [id]) else { 
            throw StoreError.database(path: path, message: "link end \(id) is missing; run `zhengce index --full-lineage` to make the links again")
        }
        known[id] = json
        return json
    }
}
