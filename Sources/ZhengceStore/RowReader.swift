import GRDB
import GRDBSQLite

/// Reads the rows of a statement prepared once through SQLite's C interface, for the reads a
/// query repeats per hit (its measure, its departments): GRDB's cursors and row decoding cost
/// more than these small lookups. Text is decoded from the UTF-8 SQLite holds, with its length.
struct RowReader {
    private let statement: Statement
    private let db: Database

    init(_ db: Database, sql: String) throws {
        self.db = db
        statement = try db.cachedStatement(sql: sql)
    }

    /// Binds `value` to parameter 1 and calls `body` with each result row, in order.
    func forEach(_ value: Int64, _ body: (Columns) throws -> Void) throws {
        let raw = statement.sqliteStatement
        sqlite3_reset(raw)
        sqlite3_bind_int64(raw, 1, value)
        defer { sqlite3_reset(raw) }
        while true {
            let code = sqlite3_step(raw)
            if code == SQLITE_DONE { return }
            guard code == SQLITE_ROW else { throw sqliteError(code, db, statement) }
            try body(Columns(raw: raw))
        }
    }

    /// The columns of the current row (valid inside `forEach`'s body only).
    struct Columns {
        fileprivate let raw: OpaquePointer

        func text(_ i: Int32) -> String? {
            guard let bytes = sqlite3_column_text(raw, i) else { return nil }
            return String(decoding: UnsafeBufferPointer(start: bytes, count: Int(sqlite3_column_bytes(raw, i))), as: UTF8.self)
        }

        func int(_ i: Int32) -> Int { Int(sqlite3_column_int64(raw, i)) }
    }
}

/// The error of a failed SQLite call on `statement`, as GRDB reports it.
func sqliteError(_ code: Int32, _ db: Database, _ statement: Statement) -> DatabaseError {
    DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)), sql: statement.sql)
}
