import Foundation
import GRDB
import Testing
import ZhengceDocument
@testable import ZhengceStore

/// The search index's own invariants: phrases need adjacent characters, updates give what a
/// fresh build gives, and rowids in later blocks are read back like those in the first.
@Suite struct SearchIndexTests {
    private func result(_ store: Store, _ query: String) throws -> [String] {
        try store.search(SearchRequest(text: query, limit: 100)).hits.map { "\($0.measure) \($0.score)" }
    }

    @Test func aPhraseNeedsItsCharactersInARow() throws {
        let store = try makeStore([makeDocument(id: "a", title: "甲", measures: [
            MeasureSpec(label: "一、", title: "分开", text: "知识分子识产权，产权清晰。"),
            MeasureSpec(label: "二、", title: "连着", text: "保护知识产权。"),
        ])])
        // a/1 holds 知识, 识产 and 产权 but never 知识产权.
        #expect(try store.search(SearchRequest(text: "知识产权")).hits.map(\.measure) == ["a/2"])
        #expect(Set(try store.search(SearchRequest(text: "识产权")).hits.map(\.measure)) == ["a/1", "a/2"])
        // Punctuation breaks a run: 权，产 is no phrase of a/1.
        #expect(try store.search(SearchRequest(text: "权产")).hits.isEmpty)
    }

    @Test func countsInTitleAndTextFeedTheScore() throws {
        let store = try makeStore([makeDocument(id: "a", title: "甲", measures: [
            MeasureSpec(label: "一、", title: "海外仓", text: "海外仓海外仓。"),
            MeasureSpec(label: "二、", title: "其他", text: "海外仓。"),
            MeasureSpec(label: "三、", title: "其他", text: "无关内容。"),
        ])])
        let hits = try store.search(SearchRequest(text: "海外仓")).hits
        #expect(hits.map(\.measure) == ["a/1", "a/2"])
        #expect(hits[0].score > hits[1].score)
    }

    @Test func rowidsInLaterBlocksAndReusedRowidsReadBackTheSame() throws {
        let documents = sampleDocuments()
        let fresh = try makeStore(documents)
        let shifted = try Store.inMemory()
        try shifted.write { writer in
            // A placeholder pushes the next rowids past the first two blocks.
            try writer.db.execute(sql: """
                INSERT INTO documents(id, path, sha256, issuers, status, format, encoding, bytes, provenance, warnings, text)
                VALUES ('placeholder', 'placeholder.txt', '', '[]', 'final', 'text', 'UTF-8', 0, '{}', '[]', '')
                """)
            try writer.db.execute(sql: """
                INSERT INTO measures(rowid, id, document, ord, provision, label, path, title, text, start, "end")
                VALUES (?, 'placeholder/1', 'placeholder', 0, 0, '', '[]', '', '', 0, 0)
                """, arguments: [2 << SearchIndexBuilder.blockBits + 1234])
            for document in documents { try writer.put(document, file: fileRecord(for: document)) }
            try writer.db.execute(sql: "DELETE FROM documents WHERE id = 'placeholder'")
        }
        // Replace the last document twice in two transactions: the second reuses freed rowids.
        for _ in 0..<2 {
            try shifted.write { writer in try writer.put(documents[2], file: fileRecord(for: documents[2])) }
        }
        for query in ["海外仓", "跨境电商", "仓", "rcep", "先查验后装运", "海外仓 -结算", "人才 OR 海关"] {
            #expect(try result(shifted, query) == result(fresh, query), "\(query)")
        }
    }

    /// Puts three documents with a placeholder document's measures between them at rowids that push the second
    /// document into block 1 and the third into block 3 (the placeholder stays; the caller deletes it).
    private func putAroundPlaceholders(_ documents: [PolicyDocument], _ writer: StoreWriter) throws {
        try writer.put(documents[0], file: fileRecord(for: documents[0]))
        try writer.db.execute(sql: """
            INSERT INTO documents(id, path, sha256, issuers, status, format, encoding, bytes, provenance, warnings, text)
            VALUES ('placeholder', 'placeholder.txt', '', '[]', 'final', 'text', 'UTF-8', 0, '{}', '[]', '')
            """)
        let placeholder = try writer.db.makeStatement(sql: """
            INSERT INTO measures(rowid, id, document, ord, provision, label, path, title, text, start, "end")
            VALUES (?, ?, 'placeholder', ?, 0, '', '[]', '', '', 0, 0)
            """)
        try placeholder.execute(arguments: [1 << SearchIndexBuilder.blockBits + 7, "placeholder/1", 0])
        try writer.put(documents[1], file: fileRecord(for: documents[1]))
        try placeholder.execute(arguments: [3 << SearchIndexBuilder.blockBits, "placeholder/2", 1])
        try writer.put(documents[2], file: fileRecord(for: documents[2]))
    }

    @Test func aFreshBuildWritesFinishedBlocksOnTheWayAndReadsThemBack() throws {
        let documents = sampleDocuments()
        let fresh = try makeStore(documents)
        let spread = try Store.inMemory()
        try spread.write { writer in
            // Emptied first, as a full rebuild does: blocks are written as soon as they are complete.
            try writer.removeAll()
            // A placeholder pushes the next rowids into block 1 (and the last document into block 3),
            // so block 0 and then block 1 are finished while documents are still coming.
            try putAroundPlaceholders(documents, writer)
            try writer.db.execute(sql: "DELETE FROM documents WHERE id = 'placeholder'")
        }
        let blocks = try spread.read { db in try Int64.fetchAll(db, sql: "SELECT DISTINCT block FROM search_postings ORDER BY block") }
        #expect(blocks == [0, 1, 3])
        for query in ["海外仓", "跨境电商", "仓", "rcep", "先查验后装运", "海外仓 -结算", "人才 OR 海关"] {
            #expect(try result(spread, query) == result(fresh, query), "\(query)")
        }
    }

    /// A fresh build writes each finished block's field lengths while documents are still coming (it holds those of
    /// one block at a time), and they are the blobs of a build that writes every block's at the end.
    @Test func aFreshBuildWritesEachFinishedBlocksFieldLengthsOnTheWay() throws {
        let documents = sampleDocuments()
        func build(fresh: Bool) throws -> (store: Store, onTheWay: [Int64]) {
            let store = try Store.inMemory()
            var onTheWay: [Int64] = []
            try store.write { writer in
                if fresh { try writer.removeAll() }
                // Blocks 0 and 1 are finished once the last document's measures (in block 3) are taken in.
                try putAroundPlaceholders(documents, writer)
                writer.search.settle()
                try writer.search.writeFinished(writer.db, measures: 0)
                onTheWay = try Int64.fetchAll(writer.db, sql: "SELECT block FROM search_lengths ORDER BY block")
                try writer.db.execute(sql: "DELETE FROM documents WHERE id = 'placeholder'")
            }
            return (store, onTheWay)
        }
        let (spread, onTheWay) = try build(fresh: true)
        let (atTheEnd, before) = try build(fresh: false)
        #expect(onTheWay == [0, 1])
        #expect(before.isEmpty)
        let lengths = { (store: Store) in
            try store.read { db in try Row.fetchAll(db, sql: "SELECT block, data FROM search_lengths ORDER BY block").map {
                (block: $0[0] as Int64, data: [UInt8]($0[1] as Data)) } }
        }
        let spreadLengths = try lengths(spread), endLengths = try lengths(atTheEnd)
        #expect(spreadLengths.map(\.block) == [0, 1, 3])
        #expect(spreadLengths.map(\.block) == endLengths.map(\.block))
        #expect(spreadLengths.map(\.data) == endLengths.map(\.data))
        // Each measure's slot holds its title's length (titles of ideographs only: a scalar each).
        let measures = try spread.read { db in try Row.fetchAll(db, sql: "SELECT rowid, title FROM measures") }
        #expect(measures.count == documents.reduce(0) { $0 + $1.measures.count })
        for row in measures {
            let rowid: Int64 = row[0], title: String = row[1]
            guard title.unicodeScalars.allSatisfy({ $0.value >= 0x4E00 && $0.value <= 0x9FFF }) else { continue }
            let blob = try #require(spreadLengths.first { $0.block == rowid >> SearchIndexBuilder.blockBits }).data
            let at = Int(rowid & Int64((1 << SearchIndexBuilder.blockBits) - 1)) * FieldLengths.slotSize
            #expect(Int(blob[at]) | Int(blob[at + 1]) << 8 == title.unicodeScalars.count, "\(title)")
        }
        for query in ["海外仓", "跨境电商", "仓", "rcep", "先查验后装运", "海外仓 -结算", "人才 OR 海关"] {
            let a = try spread.search(SearchRequest(text: query, limit: 100)), b = try atTheEnd.search(SearchRequest(text: query, limit: 100))
            #expect(a.hits.map(\.measure) == b.hits.map(\.measure), "\(query)")
            #expect(a.hits.map(\.score) == b.hits.map(\.score), "\(query)")
        }
    }

    @Test func longPostingListsAreReadThroughTheirResumePoints() throws {
        // 安全 in every measure (a list long enough for resume points), 网络安全 in a few.
        let specs = (0..<300).map { i in
            MeasureSpec(label: "\(i + 1).", title: "第\(i)项", text: i % 37 == 5 ? "加强网络安全保护。" : "落实生产安全责任。")
        }
        let store = try makeStore([makeDocument(id: "a", title: "甲", measures: specs)])
        let withSkips = try store.read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM search_postings WHERE term = '安全' AND skips IS NOT NULL") ?? 0
        }
        #expect(withSkips == 1)
        let expected = specs.indices.filter { $0 % 37 == 5 }.map { "a/\($0 + 1)" }
        #expect(try store.search(SearchRequest(text: "网络安全", limit: 100)).hits.map(\.measure).sorted() == expected.sorted())
        #expect(try store.search(SearchRequest(text: "生产安全", limit: 1000)).total == 300 - expected.count)
        #expect(try store.search(SearchRequest(text: "网络安全 生产", limit: 100)).total == 0)
    }

    @Test func removingAndAddingInOneTransactionKeepsTheIndexRight() throws {
        let documents = sampleDocuments()
        let fresh = try makeStore(documents)
        let store = try makeStore(documents)
        try store.write { writer in
            // The same document out and in, then another one out and back: rowids are freed and reused.
            try writer.removeFile(documents[2].source.path)
            try writer.put(documents[2], file: fileRecord(for: documents[2]))
            try writer.put(documents[1], file: fileRecord(for: documents[1]))
            // Measures added in this transaction taken out again: the index is rebuilt at the end.
            try writer.put(documents[0], file: fileRecord(for: documents[0]))
            try writer.put(documents[0], file: fileRecord(for: documents[0]))
        }
        for query in ["海外仓", "跨境", "人才", "先查验后装运"] {
            #expect(Set(try result(store, query)) == Set(try result(fresh, query)), "\(query)")
        }
    }
}
