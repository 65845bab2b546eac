import Foundation
import GRDB

/// Keeps the search index (`search_postings`, `search_lengths`, meta `search_stats`) in step
/// with the measures a write transaction adds and removes; `flush` writes it all at the end.
/// New measures are taken in on a queue of their own, so the writer goes on storing rows
/// meanwhile; every other call waits for that queue first.
///
/// Postings are grouped by *block* (65,536 consecutive measure rowids) and term, one row per
/// pair with the number of postings and the blob: a query reads a few rows per term, and an
/// update rewrites only the blocks it touched. Rows are keyed block first, so a fresh build
/// writes each block as soon as its last measure is in (while the next block is being parsed),
/// always at the end of the table's B-tree.
/// The blob layout is `PostingCodec`'s (Postings/); blobs of 32 postings or more come with resume
/// points (`PostingSkips`); field lengths are `FieldLengths` blobs.
final class SearchIndexBuilder: @unchecked Sendable {
    /// log2 of the rowids per block (65,536; blocks of 16,384 gave the law corpus twice the
    /// rows, a build 8 % slower and no faster queries).
    static let blockBits = 16

    /// New postings of one term: finished blocks and the block being filled.
    private struct Buffer {
        var sealed: [(block: Int64, bytes: [UInt8], count: Int)] = []
        var block: Int64 = -1
        var last: Int64 = 0
        var bytes: [UInt8] = []
        var count = 0

        /// Appends a posting (`payload`: its bytes after the rowid difference); false (and
        /// nothing appended) when `rowid` does not follow the last one.
        mutating func append(rowid: Int64, payload: UnsafeBufferPointer<UInt8>) -> Bool {
            let rowBlock = rowid >> SearchIndexBuilder.blockBits
            guard rowBlock >= block, rowBlock > block || rowid > last || bytes.isEmpty else { return false }
            if rowBlock != block {
                if !bytes.isEmpty { sealed.append((block, bytes, count)) }
                bytes = []
                count = 0
                block = rowBlock
                last = rowBlock << SearchIndexBuilder.blockBits
            }
            PostingCodec.append(rowid: rowid, after: last, payload: payload, to: &bytes)
            last = rowid
            count += 1
            return true
        }

        var blocks: [(block: Int64, bytes: [UInt8], count: Int)] { bytes.isEmpty ? sealed : sealed + [(block, bytes, count)] }
    }

    /// A row of `search_postings`.
    private typealias PostingRow = (term: String, block: Int64, count: Int, data: [UInt8], skips: [UInt8]?)

    private var characters = CharacterPostings()
    private var words: [String: Buffer] = [:]
    /// Field lengths of the measures added and not yet written (in a fresh build, those of the open block).
    private var lengths: [(rowid: Int64, title: UInt16, text: UInt16)] = []
    /// The first rowid added in this transaction, nil before the first. Rowids grow from call to call and SQLite
    /// gives a new row one more than the largest present, so every measure stored before this transaction has a
    /// smaller rowid and every rowid from it on was added in it (the builder holds no set of them).
    private var firstAdded: Int64?
    private var removed: Set<Int64> = []
    private var dirtyCharacters: Set<UInt64> = []
    private var dirtyWords: Set<String> = []
    /// The tables were emptied in this transaction: nothing old to merge with.
    private var cleared = false
    /// A measure added in this transaction was removed again: rebuild everything at the end.
    private var rebuild = false
    /// After `removeAll`: the block new measures are filling (-1 before the first).
    private var openBlock: Int64 = -1
    /// After `removeAll`: blocks the queue finished (their rows and their field lengths' blob), for the writer to
    /// take (`writeFinished`).
    private var finished: [(rows: [PostingRow], block: Int64, lengths: [UInt8])] = []
    private let finishedLock = NSLock()
    /// The writer's side: rows taken from `finished`, inserted from `nextPending` on, a few per
    /// measure stored (`rate`, `credit`), so no document waits for a whole block to be written.
    private var pending: [PostingRow] = []
    private var nextPending = 0
    private var rate = 0.0
    private var credit = 0.0

    /// Where `add` does its work (all state below is touched only there or after `settle()`).
    private let queue = DispatchQueue(label: "zhengce.search-index")

    /// Waits until every measure handed to `add` is taken in.
    func settle() { queue.sync {} }

    private var isEmpty: Bool { firstAdded == nil && removed.isEmpty && !cleared && !rebuild }

    // MARK: Changes

    /// Empties the index (now, inside the transaction).
    func removeAll(_ db: Database) throws {
        settle()
        try db.execute(sql: "DELETE FROM search_postings")
        try db.execute(sql: "DELETE FROM search_lengths")
        forgetChanges()
        cleared = true
    }

    /// Drops every change taken in (after they are written, or when the tables are emptied).
    private func forgetChanges() {
        characters = CharacterPostings(); words = [:]; lengths = []; firstAdded = nil; removed = []
        dirtyCharacters = []; dirtyWords = []
        finishedLock.withLock { finished = [] }
        pending = []; nextPending = 0; rate = 0; credit = 0
        openBlock = -1
    }

    /// Indexes a new measure (in the background). Rowids must grow from call to call (SQLite
    /// gives each new row one more than the largest present).
    func add(rowid: Int64, terms: SearchTerm.MeasureTerms) {
        queue.async { self.take(rowid: rowid, terms: terms) }
    }

    private func take(rowid: Int64, terms: SearchTerm.MeasureTerms) {
        if firstAdded == nil { firstAdded = rowid }
        // Everything is rebuilt from the measures table at the end anyway.
        if rebuild { return }
        // A fresh build: once rowids enter a new block, the previous one is complete.
        let block = rowid >> Self.blockBits
        if cleared && block > openBlock {
            if openBlock >= 0 {
                let rows = Self.rows(characters, words)
                characters = CharacterPostings(); words = [:]
                // The block's field lengths go with its rows: a fresh build holds those of one block at a time.
                let blob = Self.lengthsBlob(lengths)
                lengths = []
                finishedLock.withLock { finished.append((rows, openBlock, blob)) }
            }
            openBlock = block
        }
        lengths.append((rowid, terms.lengths.title, terms.lengths.text))
        let complete = terms.payload.withUnsafeBufferPointer { payload -> Bool in
            guard characters.append(rowid: rowid, terms: terms, payload: payload) else { return false }
            for (i, word) in terms.words.enumerated() {
                let bytes = UnsafeBufferPointer(rebasing: payload[terms.payloadRange(terms.keys.count + i)])
                if !words[word, default: Buffer()].append(rowid: rowid, payload: bytes) { return false }
            }
            return true
        }
        if !complete { rebuild = true }
    }

    /// Takes a stored measure out of the index.
    func remove(rowid: Int64, title: String, text: String) {
        settle()
        if let firstAdded, rowid >= firstAdded { rebuild = true }
        removed.insert(rowid)
        let terms = SearchTerm.MeasureTerms(title: title, text: text)
        dirtyCharacters.formUnion(terms.keys)
        dirtyWords.formUnion(terms.words)
    }

    // MARK: Writing

    /// In a fresh build, inserts some rows of the blocks finished so far: the writer calls it
    /// after storing each document (of `measures` measures), so SQLite works on them while the
    /// queue and the parsers go on. A finished block is spread over the next quarter block of
    /// measures; whatever is left when the transaction ends is written by `flush`.
    func writeFinished(_ db: Database, measures: Int) throws {
        try takeFinished(db)
        guard nextPending < pending.count else { return }
        credit += Double(measures) * rate
        let end = min(pending.count, nextPending + Int(credit))
        guard end > nextPending else { return }
        credit -= Double(end - nextPending)
        try insert(pending[nextPending..<end], db)
        nextPending = end
        if nextPending == pending.count { pending = []; nextPending = 0; rate = 0; credit = 0 }
    }

    /// Moves the rows of blocks the queue finished to the writer's `pending` rows, and writes their field lengths.
    private func takeFinished(_ db: Database) throws {
        let handed = finishedLock.withLock {
            defer { finished = [] }
            return finished
        }
        for (rows, block, lengths) in handed {
            try Self.storeLengths(lengths, block: block, db)
            pending.append(contentsOf: rows)
            rate = max(rate, Double(rows.count) / Double(1 << (Self.blockBits - 2)))
        }
    }

    private func insert(_ rows: ArraySlice<PostingRow>, _ db: Database) throws {
        guard !rows.isEmpty else { return }
        let insert = try RowInserter(db, sql: "INSERT INTO search_postings(block, term, count, data, skips) VALUES (?, ?, ?, ?, ?)")
        for row in rows {
            try insert.insert(.integer(row.block), .text(row.term), .integer(Int64(row.count)), .blob(row.data), .blob(row.skips))
        }
    }

    /// The rows of `characters` and `words`, in key order (block, then term in SQLite's BINARY
    /// collation: UTF-8 bytes), so the WITHOUT ROWID table's B-tree is filled from left to right.
    private static func rows(_ characters: CharacterPostings, _ words: [String: Buffer]) -> [PostingRow] {
        var rows: [PostingRow] = []
        for (key, blocks) in characters.blocks() {
            let term = SearchTerm.text(of: key)
            let pair = SearchTerm.isPair(key)
            for b in blocks where !b.bytes.isEmpty {
                rows.append((term, b.block, b.count, b.bytes, PostingSkips.make(b.bytes, block: b.block, pair: pair, count: b.count)))
            }
        }
        for (word, buffer) in words {
            for b in buffer.blocks where !b.bytes.isEmpty {
                rows.append((word, b.block, b.count, b.bytes, PostingSkips.make(b.bytes, block: b.block, pair: false, count: b.count)))
            }
        }
        rows.sort { $0.block != $1.block ? $0.block < $1.block : $0.term.utf8.lexicographicallyPrecedes($1.term.utf8) }
        return rows
    }

    /// Writes the changes into the tables and the statistics into `meta`.
    func flush(_ db: Database) throws {
        settle()
        guard !isEmpty else { return }
        if rebuild {
            try rebuildAll(db)
            return
        }
        let removedBlocks = Set(removed.map { $0 >> Self.blockBits }).sorted()
        if cleared {
            // A fresh build: nothing old to merge with (and nothing removed). Finished blocks
            // first, then what is left (the last block).
            try takeFinished(db)
            try insert(pending[nextPending...], db)
            try insert(Self.rows(characters, words)[...], db)
        } else {
            try mergeChanges(db, removedBlocks: removedBlocks)
        }
        try writeLengths(db, removedBlocks: removedBlocks)
        try writeStatistics(db)
        forgetChanges()
        cleared = false
    }

    /// Rewrites the blocks of every term with new postings, or (when measures were removed)
    /// holding one, keeping the old postings not removed followed by the new ones.
    private func mergeChanges(_ db: Database, removedBlocks: [Int64]) throws {
        var work: [(term: String, pair: Bool, new: [(block: Int64, bytes: [UInt8], count: Int)], dirty: Bool)] = []
        for (key, blocks) in characters.blocks() {
            work.append((SearchTerm.text(of: key), SearchTerm.isPair(key), blocks, dirtyCharacters.contains(key)))
        }
        for key in dirtyCharacters where !characters.contains(key) { work.append((SearchTerm.text(of: key), SearchTerm.isPair(key), [], true)) }
        for (word, buffer) in words { work.append((word, false, buffer.blocks, dirtyWords.contains(word))) }
        for word in dirtyWords where words[word] == nil { work.append((word, false, [], true)) }
        work.sort { $0.term.utf8.lexicographicallyPrecedes($1.term.utf8) }

        let insert = try RowInserter(db, sql: "INSERT OR REPLACE INTO search_postings(block, term, count, data, skips) VALUES (?, ?, ?, ?, ?)")
        let select = try db.cachedStatement(sql: "SELECT data FROM search_postings WHERE block = ? AND term = ?")
        let delete = try db.cachedStatement(sql: "DELETE FROM search_postings WHERE block = ? AND term = ?")
        for item in work {
            var blocks = Set(item.new.map(\.block))
            if item.dirty { blocks.formUnion(removedBlocks) }
            for block in blocks.sorted() {
                let new = item.new.first { $0.block == block }
                let fresh = new?.bytes ?? []
                let old = try Data.fetchOne(select, arguments: [block, item.term]).map { [UInt8]($0) }
                guard let old else {
                    if let new, !fresh.isEmpty {
                        try insert.insert(.integer(block), .text(item.term), .integer(Int64(new.count)), .blob(fresh),
                                          .blob(PostingSkips.make(fresh, block: block, pair: item.pair, count: new.count)))
                    }
                    continue
                }
                // Keep the old postings not removed, then the new ones (their rowids are larger).
                var merged: [UInt8] = []
                var count = 0
                var last = block << Self.blockBits
                for (n, source) in [old, fresh].enumerated() {
                    PostingCodec.forEach(source, block: block, pair: item.pair) { rowid, payload in
                        if n == 0 && removed.contains(rowid) { return }
                        PostingCodec.append(rowid: rowid, after: last, payload: payload, to: &merged)
                        last = rowid
                        count += 1
                    }
                }
                if merged.isEmpty {
                    try delete.execute(arguments: [block, item.term])
                } else {
                    try insert.insert(.integer(block), .text(item.term), .integer(Int64(count)), .blob(merged),
                                      .blob(PostingSkips.make(merged, block: block, pair: item.pair, count: count)))
                }
            }
        }
    }

    /// The `FieldLengths` blob of one block holding `lengths` (a fresh build's: no old lengths, nothing removed).
    static func lengthsBlob(_ lengths: [(rowid: Int64, title: UInt16, text: UInt16)]) -> [UInt8] {
        let slots = 1 << blockBits
        var bytes = FieldLengths.empty(slots: slots)
        for entry in lengths {
            FieldLengths.set(&bytes, slot: Int(entry.rowid & Int64(slots - 1)), title: entry.title, text: entry.text)
        }
        return bytes
    }

    /// Per block, a `FieldLengths` blob.
    private func writeLengths(_ db: Database, removedBlocks: [Int64]) throws {
        let slots = 1 << Self.blockBits
        var blocks: [Int64: [UInt8]] = [:]
        func load(_ block: Int64) throws {
            guard blocks[block] == nil else { return }
            var bytes = FieldLengths.empty(slots: slots)
            if !cleared, let data = try Data.fetchOne(db, sql: "SELECT data FROM search_lengths WHERE block = ?", arguments: [block]),
               data.count == bytes.count {
                bytes = [UInt8](data)
            }
            blocks[block] = bytes
        }
        for rowid in removed {
            let block = rowid >> Self.blockBits
            try load(block)
            FieldLengths.set(&blocks[block]!, slot: Int(rowid & Int64(slots - 1)), title: 0, text: 0)
        }
        for entry in lengths {
            let block = entry.rowid >> Self.blockBits
            try load(block)
            FieldLengths.set(&blocks[block]!, slot: Int(entry.rowid & Int64(slots - 1)), title: entry.title, text: entry.text)
        }
        for (block, bytes) in blocks.sorted(by: { $0.key < $1.key }) {
            try Self.storeLengths(bytes, block: block, db)
        }
    }

    /// Stores one block's `FieldLengths` blob (the one writer of `search_lengths` rows).
    private static func storeLengths(_ bytes: [UInt8], block: Int64, _ db: Database) throws {
        try db.execute(sql: "INSERT OR REPLACE INTO search_lengths(block, data) VALUES (?, ?)", arguments: [block, Data(bytes)])
    }

    /// Measure count and total lengths (for BM25's average lengths), and a new generation number.
    private func writeStatistics(_ db: Database) throws {
        var title = 0, text = 0
        let cursor = try Data.fetchCursor(db, sql: "SELECT data FROM search_lengths")
        while let data = try cursor.next() {
            let totals = data.withUnsafeBytes(FieldLengths.totals)
            title += totals.title
            text += totals.text
        }
        let count = try Int.fetchOne(db, sql: "SELECT count(*) FROM measures") ?? 0
        let generation = (try Int.fetchOne(db, sql: "SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'search_generation'") ?? 0) + 1
        try db.execute(sql: "INSERT OR REPLACE INTO meta(key, value) VALUES ('search_stats', ?)", arguments: ["\(count) \(title) \(text)"])
        try db.execute(sql: "INSERT OR REPLACE INTO meta(key, value) VALUES ('search_generation', ?)", arguments: [String(generation)])
    }

    /// Empties the index and indexes every stored measure again, in rowid order.
    private func rebuildAll(_ db: Database) throws {
        try removeAll(db)
        rebuild = false
        let cursor = try Row.fetchCursor(db, sql: "SELECT rowid, title, text FROM measures ORDER BY rowid")
        while let row = try cursor.next() { take(rowid: row[0], terms: SearchTerm.MeasureTerms(title: row[1], text: row[2])) }
        try flush(db)
    }
}
