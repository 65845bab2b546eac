import Foundation
import GRDB
import ZhengceDocument
import ZhengceText

/// The embedded SQLite store: documents, provisions, measures, responsibilities, targets,
/// citations, departments and lineage links, with the search index of `zhengce query` over
/// measures (and, when asked for, an FTS5 table for the sqlite3 shell).
///
/// Writes happen in one transaction (`write(_:)`), in WAL mode, so a failure or a kill at any
/// moment leaves the previous contents readable and intact.
public final class Store: Sendable {
    /// The database file, or ":memory:".
    public let path: String
    let queue: DatabaseQueue
    /// Statistics and field lengths of the search index, kept between queries.
    let searchCache = SearchCache()
    /// Whether the file still has to be switched to WAL mode.
    private let journal: JournalState

    /// The size (bytes) the write-ahead log is cut back to after a checkpoint.
    static let walSizeLimit = 64 << 20

    /// How much of the file is mapped into memory (bytes; see `unmapped(_:)`).
    static let mappedSize = 268_435_456
    /// SQLite's page cache (KiB, written negative in the pragma): the usual one, and a large write's (`write(largeCache:_:)`).
    static let cacheKiB = 65_536, largeWriteCacheKiB = 262_144

    /// The default location of the store, relative to the working directory.
    public static let defaultPath = "Output/zhengce.sqlite"

    /// Opens the store at `path`, creating it (and its folder) when missing; a store of another
    /// schema version is emptied and recreated (it is rebuilt from the corpus on the next index).
    public init(path: String) throws {
        self.path = path
        // A new file is filled in rollback-journal mode and switched to WAL after its first write
        // (see `write`): pages beyond the original (empty) file are not journaled, so the first
        // build is written once instead of to the WAL and then again to the file.
        let isNew = path != ":memory:" && !FileManager.default.fileExists(atPath: path)
        journal = JournalState(walPending: isNew)
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(10)
        configuration.prepareDatabase { db in
            if !isNew { try db.execute(sql: "PRAGMA journal_mode = WAL") }
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            // A large write (the links of a big corpus) grows the WAL to its size; once checkpointed, the
            // file is cut back to 64 MB instead of keeping that size on disk until the store is closed.
            try db.execute(sql: "PRAGMA journal_size_limit = \(Store.walSizeLimit)")
            // Queries on a large index read the same posting pages again and again:
            // map the file and keep 64 MB of pages (SQLite's default cache is 2 MB).
            try db.execute(sql: "PRAGMA mmap_size = \(Store.mappedSize)")
            try db.execute(sql: "PRAGMA cache_size = -\(Store.cacheKiB)")
        }
        do {
            if path != ":memory:" {
                let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
                do {
                    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                } catch {
                    throw StoreError.folderNotCreated(path: path, folder: folder.path, reason: SystemReason.of(error))
                }
            }
            if !isNew && path != ":memory:" { try Store.checkOurs(path: path) }
            queue = path == ":memory:" ? try DatabaseQueue(configuration: configuration)
                : try DatabaseQueue(path: path, configuration: configuration)
            try queue.write { db in try Store.prepareSchema(db, path: path) }
        } catch let error as DatabaseError {
            throw Store.wrap(error, path: path)
        }
    }

    /// Refuses an existing SQLite file of another program before anything is written to it (the
    /// switch to WAL alone would change it): the file is opened read-only and must hold no table
    /// or our `meta` table.
    private static func checkOurs(path: String) throws {
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(10)
        let tables = try DatabaseQueue(path: path, configuration: configuration).read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")
        }
        if !tables.isEmpty && !tables.contains("meta") { throw StoreError.foreignDatabase(path: path) }
    }

    /// Makes an empty store in memory (for tests and one-off searches).
    public static func inMemory() throws -> Store { try Store(path: ":memory:") }

    /// Whether a store file exists at `path`.
    public static func exists(at path: String) -> Bool { FileManager.default.fileExists(atPath: path) }

    static func wrap(_ error: DatabaseError, path: String) -> StoreError {
        if error.resultCode == .SQLITE_NOTADB { return .notADatabase(path: path) }
        return .database(path: path, message: error.message ?? "\(error)")
    }

    /// Creates the schema in an empty database, or recreates it when the version differs.
    private static func prepareSchema(_ db: Database, path: String) throws {
        let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")
        if tables.isEmpty {
            try create(db)
            return
        }
        guard tables.contains("meta") else { throw StoreError.foreignDatabase(path: path) }
        let version = try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'schema'")
        guard version != String(StoreSchema.version) else { return }
        // Another schema: drop everything and start over; the indexer refills it.
        if tables.contains("measure_fts") { try db.execute(sql: "DROP TABLE measure_fts") }
        for view in try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'view'") {
            try db.execute(sql: "DROP VIEW \(view.quotedDatabaseIdentifier)")
        }
        try db.execute(sql: "PRAGMA foreign_keys = OFF")
        for table in try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'") {
            try db.execute(sql: "DROP TABLE IF EXISTS \(table.quotedDatabaseIdentifier)")
        }
        try db.execute(sql: "PRAGMA foreign_keys = ON")
        try create(db)
    }

    private static func create(_ db: Database) throws {
        for statement in StoreSchema.create { try db.execute(sql: statement) }
        try db.execute(sql: "INSERT INTO meta(key, value) VALUES ('schema', ?)", arguments: [String(StoreSchema.version)])
    }

    // MARK: Reading state

    /// A value of the `meta` table (e.g. "fingerprint", "corpus"), nil when unset.
    public func meta(_ key: String) throws -> String? {
        try read { db in try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = ?", arguments: [key]) }
    }

    /// Every file the store knows, by corpus-relative path.
    public func files() throws -> [String: StoredFile] {
        try read { db in
            var out: [String: StoredFile] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT path, sha256, bytes, mtime, document, error FROM files") {
                let file = StoredFile(path: row["path"], sha256: row["sha256"], bytes: row["bytes"], mtime: row["mtime"],
                                      document: row["document"], error: row["error"])
                out[file.path] = file
            }
            return out
        }
    }

    /// Counts of the main tables.
    public func counts() throws -> StoreCounts {
        try read { db in
            StoreCounts(
                documents: try Int.fetchOne(db, sql: "SELECT count(*) FROM documents") ?? 0,
                measures: try Int.fetchOne(db, sql: "SELECT count(*) FROM measures") ?? 0,
                links: try Int.fetchOne(db, sql: "SELECT count(*) FROM links") ?? 0)
        }
    }

    /// The ids of stored documents, sorted.
    public func documentIDs() throws -> [String] {
        try read { db in try String.fetchAll(db, sql: "SELECT id FROM documents ORDER BY id") }
    }

    /// Runs SQLite's consistency check (and FTS5's, when the store has the FTS5 table); throws when it is damaged.
    public func checkIntegrity() throws {
        do {
            try queue.inDatabase { db in
                if try Bool.fetchOne(db, sql: "SELECT count(*) > 0 FROM sqlite_master WHERE name = 'measure_fts'") ?? false {
                    try db.execute(sql: "INSERT INTO measure_fts(measure_fts) VALUES ('integrity-check')")
                }
            }
        } catch let error as DatabaseError {
            throw Store.wrap(error, path: path)
        }
        try read { db in
            if let problem = try String.fetchOne(db, sql: "PRAGMA quick_check"), problem != "ok" {
                throw StoreError.database(path: path, message: problem)
            }
        }
    }

    // MARK: Writing

    /// Runs `body` in one write transaction: everything it does is committed together or not at all.
    ///
    /// With `largeCache` (documents: the search index's pages are looked up again and again) the transaction keeps up
    /// to 256 MB of pages in memory instead of 64 MB, so that fewer are spilled to the WAL mid-transaction and looked
    /// up there again; without (rows appended, such as links), the store's usual 64 MB, the rest spilled to the WAL.
    public func write<T>(largeCache: Bool = true, _ body: (StoreWriter) throws -> T) throws -> T {
        do {
            if largeCache { try queue.inDatabase { db in try db.execute(sql: "PRAGMA cache_size = -\(Store.largeWriteCacheKiB)") } }
            defer { if largeCache { try? queue.inDatabase { db in try db.execute(sql: "PRAGMA cache_size = -\(Store.cacheKiB)") } } }
            let result = try queue.write { db in
                let writer = StoreWriter(db: db, path: path)
                let result = try body(writer)
                try writer.search.flush(db)
                try writer.refreshDepartments()
                return result
            }
            if journal.takeWALPending() { try queue.inDatabase { db in try db.execute(sql: "PRAGMA journal_mode = WAL") } }
            return result
        } catch let error as DatabaseError {
            throw Store.wrap(error, path: path)
        }
    }

    /// The SHA-256 of each stored document's file, by document id.
    public func documentDigests() throws -> [String: String] {
        try read { db in
            var result: [String: String] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT id, sha256 FROM documents") { result[row[0]] = row[1] }
            return result
        }
    }

    /// A binary value kept between runs (`StoreWriter.setBlob`), nil when none.
    public func blob(_ key: String) throws -> Data? {
        try read { db in try Data.fetchOne(db, sql: "SELECT value FROM blobs WHERE key = ?", arguments: [key]) }
    }

    /// The documents (ids, external ones included) that a link (of `type`, when given) joins to one of `documents`.
    public func linkedDocuments(_ documents: Set<String>, type: String? = nil) throws -> Set<String> {
        try read { db in
            var result = Set<String>()
            let typed = type == nil ? "" : " AND type = ?"
            let from = try db.cachedStatement(sql: "SELECT DISTINCT to_document FROM links WHERE from_document = ?" + typed)
            let to = try db.cachedStatement(sql: "SELECT DISTINCT from_document FROM links WHERE to_document = ?" + typed)
            for id in documents.sorted() {
                let arguments: StatementArguments = type.map { [id, $0] } ?? [id]
                result.formUnion(try String.fetchAll(from, arguments: arguments))
                result.formUnion(try String.fetchAll(to, arguments: arguments))
            }
            return result
        }
    }

    /// Every stored link, in the order stored, one record at a time.
    public func forEachLink(_ body: (LinkRecord) throws -> Void) throws {
        try read { db in
            let rows = try Row.fetchCursor(db, sql: "SELECT \(Store.linkColumns) FROM links ORDER BY id")
            let ends = try LinkEndReader(db, path: path)
            while let row = try rows.next() { try body(try Store.linkRecord(row, ends: ends)) }
        }
    }

    /// Replaces all lineage links (one transaction); `links` is read once, one record at a time.
    public func replaceLinks<S: Sequence>(_ links: S) throws where S.Element == LinkRecord {
        try write { writer in try writer.replaceLinks(links) }
    }

    /// Runs `body` in one read transaction (one snapshot of the database) whose BEGIN and COMMIT
    /// are prepared once per connection: GRDB's `read` compiles four statements per call, which
    /// is a good part of a query's time on a large index.
    func readSnapshot<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try queue.inDatabase { db in
                guard db.isInsideTransaction == false else { return try body(db) }
                try db.cachedStatement(sql: "BEGIN DEFERRED TRANSACTION").execute()
                do {
                    let result = try body(db)
                    try db.cachedStatement(sql: "COMMIT TRANSACTION").execute()
                    return result
                } catch {
                    try? db.cachedStatement(sql: "ROLLBACK TRANSACTION").execute()
                    throw error
                }
            }
        } catch let error as DatabaseError {
            throw Store.wrap(error, path: path)
        }
    }

    /// Runs `body` with the file not mapped into memory (pages read into SQLite's cache instead), then maps it again.
    /// For a long job that reads most of the store once (the main job's lineage and export): the pages of a mapped
    /// file it read stay resident in the process, up to the whole mapping (256 MB), though it does not read them
    /// again. Nothing else may use the store meanwhile from another thread but what `body` starts and waits for.
    public func unmapped<T>(_ body: () throws -> T) throws -> T {
        do {
            try queue.inDatabase { db in try db.execute(sql: "PRAGMA mmap_size = 0") }
        } catch let error as DatabaseError {
            throw Store.wrap(error, path: path)
        }
        defer { try? queue.inDatabase { db in try db.execute(sql: "PRAGMA mmap_size = \(Store.mappedSize)") } }
        return try body()
    }

    func read<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try queue.read(body)
        } catch let error as DatabaseError {
            throw Store.wrap(error, path: path)
        }
    }
}

/// What the store remembers about a corpus file.
public struct StoredFile: Sendable, Hashable {
    /// Path relative to the corpus folder.
    public var path: String
    /// SHA-256 of the file's bytes, lowercase hex.
    public var sha256: String
    /// Size in bytes.
    public var bytes: Int
    /// Modification time, seconds since 1970.
    public var mtime: Double
    /// The document id it gave, nil when it failed.
    public var document: String?
    /// Why it failed, nil when it was indexed.
    public var error: String?

    /// Makes a file record.
    public init(path: String, sha256: String, bytes: Int, mtime: Double, document: String? = nil, error: String? = nil) {
        self.path = path; self.sha256 = sha256; self.bytes = bytes; self.mtime = mtime
        self.document = document; self.error = error
    }
}

/// Row counts of a store.
public struct StoreCounts: Sendable, Hashable {
    /// Documents stored.
    public var documents: Int
    /// Measures stored (and indexed for search).
    public var measures: Int
    /// Lineage links stored.
    public var links: Int
}

/// Whether a store created by this process still runs in rollback-journal mode (see `Store.init`).
private final class JournalState: @unchecked Sendable {
    private let lock = NSLock()
    private var walPending: Bool

    init(walPending: Bool) { self.walPending = walPending }

    /// True once, when the switch to WAL is still to be made.
    func takeWALPending() -> Bool {
        lock.lock(); defer { lock.unlock() }
        defer { walPending = false }
        return walPending
    }
}
