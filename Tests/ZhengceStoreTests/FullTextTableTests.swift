import Foundation
import GRDB
import Testing
@testable import ZhengceStore

/// The optional FTS5 table for the sqlite3 shell (`zhengce index --fts5`).
@Suite struct FullTextTableTests {
    /// Measure ids whose FTS5 row matches `match`, through SQLite itself.
    private func ftsMatches(_ path: String, _ match: String) throws -> [String] {
        let queue = try DatabaseQueue(path: path)
        return try queue.read { db in
            try String.fetchAll(db, sql: """
                SELECT m.id FROM measure_fts JOIN measures m ON m.rowid = measure_fts.rowid
                WHERE measure_fts MATCH ? ORDER BY m.id
                """, arguments: [match])
        }
    }

    private func hasTable(_ path: String) throws -> Bool {
        try DatabaseQueue(path: path).read { db in try db.tableExists("measure_fts") }
    }

    @Test func absentByDefaultKeptOnceAskedForAndFollowsUpdates() throws {
        let t = try TemporaryCorpus()
        try t.write("a.txt", "甲文件\n加快海外仓建设。\n完善跨境支付。\n")
        try t.write("b.txt", "乙文件\n培育跨境电商人才。\n")
        try t.indexer().run()
        #expect(try hasTable(t.dbPath) == false)

        var withTable = try t.indexer()
        withTable.fullText = true
        #expect(try withTable.run().indexed == 2)  // switching it on rebuilds
        #expect(try hasTable(t.dbPath))
        // Character pairs find 海外仓 whatever the segmenter did; 跨境 is in two measures.
        #expect(try ftsMatches(t.dbPath, "title_chars:\"海外 外仓\"") == ["a/1"])
        #expect(try ftsMatches(t.dbPath, "\"跨境\"") == ["a/2", "b/1"])

        // A run that does not say keeps the table and keeps it in step with the files.
        try t.write("b.txt", "乙文件\n建设边境仓。\n")
        #expect(try t.indexer().run().indexed == 1)
        #expect(try ftsMatches(t.dbPath, "\"跨境\"") == ["a/2"])
        #expect(try ftsMatches(t.dbPath, "\"边境\"") == ["b/1"])
        try t.remove("a.txt")
        try t.indexer().run()
        #expect(try ftsMatches(t.dbPath, "\"跨境\"").isEmpty)
        try Store(path: t.dbPath).checkIntegrity()

        var without = try t.indexer()
        without.fullText = false
        #expect(try without.run().indexed == 1)
        #expect(try hasTable(t.dbPath) == false)
        #expect(try Store(path: t.dbPath).search(SearchRequest(text: "边境仓", limit: 10)).hits.map(\.measure) == ["b/1"])
    }
}
