import GRDB
import GRDBSQLite

/// Inserts rows through SQLite's C interface with a statement prepared once: values are bound
/// straight from Swift's storage (no `StatementArguments`, no copies of blobs), which matters
/// when an index build inserts a million rows. Use it inside a write transaction only.
struct RowInserter {
    private let statement: Statement
    private let db: Database
    private var raw: OpaquePointer { statement.sqliteStatement }

    init(_ db: Database, sql: String) throws {
        self.db = db
        statement = try db.cachedStatement(sql: sql)
    }

    /// Binds the `values` to parameters 1, 2, … and runs the statement once.
    func insert(_ values: Value...) throws {
        try insert(values)
    }

    /// Binds the `values` to parameters 1, 2, … and runs the statement once.
    func insert(_ values: [Value]) throws {
        sqlite3_reset(raw)
        sqlite3_clear_bindings(raw)
        try bind(values[...], at: 1)
    }

    /// Binds one value after another; text and blobs are bound without copies (SQLITE_STATIC)
    /// inside their storage's scope, so the statement is stepped innermost.
    private func bind(_ values: ArraySlice<Value>, at index: Int32) throws {
        guard let value = values.first else { return try step() }
        let rest = values.dropFirst()
        switch value {
        case .null:
            sqlite3_bind_null(raw, index)
            try bind(rest, at: index + 1)
        case .integer(let n):
            sqlite3_bind_int64(raw, index, n)
            try bind(rest, at: index + 1)
        case .real(let x):
            sqlite3_bind_double(raw, index, x)
            try bind(rest, at: index + 1)
        case .text(let string):
            var string = string
            try string.withUTF8 { bytes in
                bindText(raw, index, bytes)
                try bind(rest, at: index + 1)
            }
        case .blob(let bytes):
            try bytes.withUnsafeBytes { raw in
                if let base = raw.baseAddress, raw.count > 0 {
                    sqlite3_bind_blob(self.raw, index, base, Int32(raw.count), nil)
                } else {
                    sqlite3_bind_zeroblob(self.raw, index, 0)
                }
                try bind(rest, at: index + 1)
            }
        }
    }

    private func step() throws {
        let code = sqlite3_step(raw)
        defer { sqlite3_reset(raw) }
        guard code == SQLITE_DONE else { throw sqliteError(code, db, statement) }
    }

    /// A value to bind.
    enum Value {
        case null
        case integer(Int64)
        case real(Double)
        case text(String)
        case blob([UInt8])

        static func int(_ n: Int) -> Value { .integer(Int64(n)) }
        static func int(_ n: Int?) -> Value { n.map { .integer(Int64($0)) } ?? .null }
        static func bool(_ b: Bool) -> Value { .integer(b ? 1 : 0) }
        static func text(_ s: String?) -> Value { s.map { .text($0) } ?? .null }
        static func blob(_ b: [UInt8]?) -> Value { b.map { .blob($0) } ?? .null }
    }
}

/// Binds UTF-8 `bytes` to parameter `index` without a copy (SQLITE_STATIC): the caller steps and
/// resets the statement while `bytes` is alive. Empty text is bound as a copied "" (a null base
/// address would bind NULL).
func bindText(_ statement: OpaquePointer, _ index: Int32, _ bytes: UnsafeBufferPointer<UInt8>) {
    if let base = bytes.baseAddress, bytes.count > 0 {
        sqlite3_bind_text(statement, index, UnsafeRawPointer(base).assumingMemoryBound(to: CChar.self), Int32(bytes.count), nil)
    } else {
        sqlite3_bind_text(statement, index, "", 0, unsafeBitCast(-1, to: sqlite3_destructor_type.self))  // SQLITE_TRANSIENT
    }
}

/// The error of a failed SQLite call on `statement`, as GRDB reports it.
func sqliteError(_ code: Int32, _ db: Database, _ statement: Statement) -> DatabaseError {
    DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)), sql: statement.sql)
}
