import GRDB
import GRDBSQLite

/// Reads the rows of a statement prepared once through SQLite's C interface, for the reads a
/// query repeats many times (posting lists per block, each hit's measure and departments): GRDB's
/// cursors and row decoding cost more than these small lookups. Text is decoded from the UTF-8
/// SQLite holds, with its length.
struct RowReader {
    private let statement: Statement
    private let db: Database

    init(_ db: Database, sql: String) throws {
        self.db = db
        statement = try db.cachedStatement(sql: sql)
    }

    /// Binds `value` to parameter 1 and calls `body` with each result row, in order.
    func forEach(_ value: Int64, _ body: (Columns) throws -> Void) throws {
        try run(bind: { sqlite3_bind_int64($0, 1, value) }) { row in
            try body(row)
            return true
        }
    }

    /// Binds `number` and `text` to parameters 1 and 2 and reads the first result row with
    /// `read`; nil when there is none.
    func first<T>(_ number: Int64, _ text: String, _ read: (Columns) throws -> T) throws -> T? {
        var text = text
        var result: T?
        try text.withUTF8 { bytes in
            try run(bind: { raw in
                sqlite3_bind_int64(raw, 1, number)
                bindText(raw, 2, bytes)
            }) { row in
                result = try read(row)
                return false
            }
        }
        return result
    }

    /// Binds with `bind`, then steps while `row` returns true; resets and unbinds at the end (so
    /// no binding outlives the values it points to).
    private func run(bind: (OpaquePointer) -> Void, _ row: (Columns) throws -> Bool) throws {
        let raw = statement.sqliteStatement
        sqlite3_reset(raw)
        bind(raw)
        defer { sqlite3_reset(raw); sqlite3_clear_bindings(raw) }
        while true {
            let code = sqlite3_step(raw)
            if code == SQLITE_DONE { return }
            guard code == SQLITE_ROW else { throw sqliteError(code, db, statement) }
            guard try row(Columns(raw: raw)) else { return }
        }
    }

    /// The columns of the current row (valid inside the reading closure only).
    struct Columns {
        fileprivate let raw: OpaquePointer

        func text(_ i: Int32) -> String? {
            guard let bytes = sqlite3_column_text(raw, i) else { return nil }
            return String(decoding: UnsafeBufferPointer(start: bytes, count: Int(sqlite3_column_bytes(raw, i))), as: UTF8.self)
        }

        /// The bytes of a blob column (nil for NULL), valid inside the reading closure only.
        func blob(_ i: Int32) -> UnsafeRawBufferPointer? {
            guard let bytes = sqlite3_column_blob(raw, i) else { return nil }
            return UnsafeRawBufferPointer(start: bytes, count: Int(sqlite3_column_bytes(raw, i)))
        }

        func int(_ i: Int32) -> Int { Int(sqlite3_column_int64(raw, i)) }
    }
}
