import Foundation
import GRDB

/// Measures with a score each, ordered by rowid: what query parts evaluate to.
struct ScoredRows {
    var rowids: [Int64] = []
    var scores: [Double] = []

    var count: Int { rowids.count }

    /// Rows in both, scores added.
    func intersecting(_ other: ScoredRows) -> ScoredRows {
        var out = ScoredRows()
        var i = 0, j = 0
        while i < rowids.count && j < other.rowids.count {
            let a = rowids[i], b = other.rowids[j]
            if a == b {
                out.rowids.append(a); out.scores.append(scores[i] + other.scores[j])
                i += 1; j += 1
            } else if a < b {
                i = ScoredRows.lowerBound(rowids, b, from: i + 1)
            } else {
                j = ScoredRows.lowerBound(other.rowids, a, from: j + 1)
            }
        }
        return out
    }

    /// Rows in either, scores added where in both.
    func union(_ other: ScoredRows) -> ScoredRows {
        var out = ScoredRows()
        out.rowids.reserveCapacity(max(count, other.count))
        out.scores.reserveCapacity(max(count, other.count))
        var i = 0, j = 0
        while i < rowids.count || j < other.rowids.count {
            if j == other.rowids.count || (i < rowids.count && rowids[i] < other.rowids[j]) {
                out.rowids.append(rowids[i]); out.scores.append(scores[i]); i += 1
            } else if i == rowids.count || other.rowids[j] < rowids[i] {
                out.rowids.append(other.rowids[j]); out.scores.append(other.scores[j]); j += 1
            } else {
                out.rowids.append(rowids[i]); out.scores.append(scores[i] + other.scores[j]); i += 1; j += 1
            }
        }
        return out
    }

    /// Rows whose rowid is (`keep` true) or is not (`keep` false) in the sorted `list`.
    func filtered(by list: [Int64], keep: Bool) -> ScoredRows {
        var out = ScoredRows()
        var j = 0
        for (i, rowid) in rowids.enumerated() {
            j = ScoredRows.lowerBound(list, rowid, from: j)
            if (j < list.count && list[j] == rowid) == keep { out.rowids.append(rowid); out.scores.append(scores[i]) }
        }
        return out
    }

    /// The first index in `from..<end` (end: the collection's end) whose value is not below
    /// `value`, or `end`: galloping from `from`, then binary search.
    static func lowerBound<C: RandomAccessCollection>(_ values: C, _ value: Int64, from: Int, to end: Int? = nil) -> Int
    where C.Element == Int64, C.Index == Int {
        let end = end ?? values.endIndex
        var low = from
        var step = 1
        var high = from
        while high < end && values[high] < value {
            low = high + 1
            high += step
            step <<= 1
        }
        high = min(high, end)
        while low < high {
            let mid = (low + high) / 2
            if values[mid] < value { low = mid + 1 } else { high = mid }
        }
        return low
    }
}

/// The counts BM25 needs: measures and average field lengths.
struct SearchStatistics: Sendable {
    var count: Double
    var averageTitle: Double
    var averageText: Double
}

/// What every query needs besides postings, kept per process while the index does not change:
/// the statistics and the field lengths per block.
final class SearchCache: @unchecked Sendable {
    private let lock = NSLock()
    private var generation: String?
    private var statistics: SearchStatistics?
    private var lengths: [Int64: [UInt32]] = [:]
    private var blocks: [Int64]?

    /// The statistics of the index as it is in `db`, dropping cached values of older generations.
    func statistics(_ db: Database) throws -> SearchStatistics? {
        let meta = try db.cachedStatement(sql: "SELECT value FROM meta WHERE key = ?")
        let current = try String.fetchOne(meta, arguments: ["search_generation"])
        lock.lock(); defer { lock.unlock() }
        if current != generation || statistics == nil {
            generation = current
            lengths = [:]
            blocks = nil
            statistics = nil
            let parts = (try String.fetchOne(meta, arguments: ["search_stats"]) ?? "")
                .split(separator: " ").compactMap { Double($0) }
            if parts.count == 3, parts[0] > 0 {
                statistics = SearchStatistics(count: parts[0], averageTitle: max(parts[1] / parts[0], 1e-9),
                                              averageText: max(parts[2] / parts[0], 1e-9))
            }
        }
        return statistics
    }

    /// The blocks holding measures (those with field lengths), increasing: where postings can be.
    /// Call after `statistics(_:)`, which drops the list of an older generation.
    func blocks(_ db: Database) throws -> [Int64] {
        lock.lock()
        if let cached = blocks { lock.unlock(); return cached }
        lock.unlock()
        let values = try Int64.fetchAll(db, sql: "SELECT block FROM search_lengths ORDER BY block")
        lock.lock(); blocks = values; lock.unlock()
        return values
    }

    /// Title length (low 16 bits) and text length (high 16 bits) of every rowid of `block`.
    func lengths(_ db: Database, block: Int64) throws -> [UInt32] {
        lock.lock()
        if let cached = lengths[block] { lock.unlock(); return cached }
        lock.unlock()
        var values = [UInt32](repeating: 0, count: 1 << SearchIndexBuilder.blockBits)
        let statement = try db.cachedStatement(sql: "SELECT data FROM search_lengths WHERE block = ?")
        if let data = try Data.fetchOne(statement, arguments: [block]) {
            data.withUnsafeBytes { FieldLengths.decode($0, into: &values) }
        }
        lock.lock(); lengths[block] = values; lock.unlock()
        return values
    }
}

/// Evaluates parsed queries over the search index inside one read.
///
/// A query run (`IndexTerms.runs`) matches a measure where it occurs: a CJK run as a substring
/// of the folded title or text (one character: the character's postings; two: the pair's; more:
/// the pairs at consecutive positions), any other run as a whole letter-and-digit run. A term
/// needs all its runs, a group any of its terms, a query all its groups.
///
/// Score: BM25 (k1 1.2, b 0.75) per run and field, title counted `titleWeight` times the text;
/// a measure's score sums its matching runs. IDF counts the measures holding the run (for runs of
/// three or more ideographs: holding its rarest pair, an upper bound that needs no phrase check).
struct SearchEngine {
    static let titleWeight = 4.0
    static let textWeight = 1.0
    private static let k1 = 1.2
    private static let b = 0.75

    let db: Database
    let cache: SearchCache
    let statistics: SearchStatistics
    /// The blocks of rowids holding measures, increasing.
    let blocks: [Int64]

    /// An engine over the index in `db`, nil when the index is empty.
    init?(db: Database, cache: SearchCache) throws {
        guard let statistics = try cache.statistics(db) else { return nil }
        self.db = db; self.cache = cache; self.statistics = statistics
        blocks = try cache.blocks(db)
    }

    // MARK: Query parts

    /// Measures matching every group (each: any of its terms), scored. The group expected to
    /// match least is evaluated first, and the others only over what it matched.
    func match(groups: [[ParsedQuery.Term]]) throws -> ScoredRows {
        var ordered: [(size: Int, index: Int)] = []
        for (index, group) in groups.enumerated() {
            var size = 0
            if groups.count > 1 { for term in group { size += try self.size(of: term) } }
            ordered.append((size, index))
        }
        ordered.sort { $0.size != $1.size ? $0.size < $1.size : $0.index < $1.index }
        var result: ScoredRows?
        for (_, index) in ordered {
            var alternatives: ScoredRows?
            for term in groups[index] {
                let rows = try match(term: term, restrict: result?.rowids)
                alternatives = alternatives.map { $0.union(rows) } ?? rows
            }
            let rows = alternatives ?? ScoredRows()
            result = result.map { $0.intersecting(rows) } ?? rows
            if result?.count == 0 { break }
        }
        return result ?? ScoredRows()
    }

    /// The rowids (sorted) of measures matching any of `terms`.
    func rowids(matchingAny terms: [ParsedQuery.Term]) throws -> [Int64] {
        var result = ScoredRows()
        for term in terms { result = result.union(try match(term: term)) }
        return result.rowids
    }

    /// The estimated size of a term's matches: its rarest run.
    func size(of term: ParsedQuery.Term) throws -> Int {
        var smallest = Int.max
        for run in IndexTerms.runs(of: IndexTerms.fold(term.text)) { smallest = min(smallest, try size(of: run)) }
        return smallest == Int.max ? 0 : smallest
    }

    /// Measures holding every run of `term` (among the sorted `restrict`, when given), scored.
    /// IDF counts over the whole index, so restricting changes no score.
    func match(term: ParsedQuery.Term, restrict: [Int64]? = nil) throws -> ScoredRows {
        let runs = IndexTerms.runs(of: IndexTerms.fold(term.text))
        var result: ScoredRows?
        var seen: Set<String> = []
        for run in runs where seen.insert(run.text).inserted {
            let rows = try match(run: run, restrict: result?.rowids ?? restrict)
            result = result.map { $0.intersecting(rows) } ?? rows
            if result?.count == 0 { break }
        }
        return result ?? ScoredRows()
    }

    /// Measures where `run` occurs (among `restrict`, when given), with BM25 scores.
    func match(run: IndexTerms.Run, restrict: [Int64]? = nil) throws -> ScoredRows {
        let scalars = Array(run.text.unicodeScalars)
        guard !scalars.isEmpty else { return ScoredRows() }
        if run.cjk && scalars.count > 2 { return try matchChain(scalars, restrict: restrict) }
        // One list: its length is the document frequency.
        let df = restrict == nil ? nil : try size(run.text)
        let list = try postings(run.text, pair: run.cjk && scalars.count == 2, keepPositions: false, restrict: restrict)
        return try score(list.rowids, title: list.title.map(Double.init), text: list.text.map(Double.init),
                         df: df ?? list.rowids.count)
    }

    /// A CJK run of three or more characters: its pairs at consecutive positions. The rarest
    /// pair is read first; the others only for the measures it names.
    private func matchChain(_ scalars: [Unicode.Scalar], restrict: [Int64]?) throws -> ScoredRows {
        let pairs = (0..<(scalars.count - 1)).map { String(String.UnicodeScalarView([scalars[$0], scalars[$0 + 1]])) }
        var sizes: [String: Int] = [:]
        for pair in pairs where sizes[pair] == nil { sizes[pair] = try size(pair) }
        let rarest = pairs.min { sizes[$0]! != sizes[$1]! ? sizes[$0]! < sizes[$1]! : $0 < $1 }!
        // The phrase's document frequency (for IDF) is taken as its rarest pair's, so that
        // the lists can be read only where needed: the rarest pair (within `restrict`), then
        // the others only for the measures it names.
        var lists: [String: PostingList] = [:]
        lists[rarest] = try postings(rarest, pair: true, keepPositions: true, restrict: restrict)
        for pair in pairs where lists[pair] == nil {
            let list = try postings(pair, pair: true, keepPositions: true, restrict: lists[rarest]!.rowids)
            if list.rowids.isEmpty { return ScoredRows() }
            lists[pair] = list
        }
        let chain = FlatChain(pairs.map { lists[$0]! })
        defer { chain.deallocate() }
        let driver = pairs.firstIndex(of: rarest)!
        let n = chain.count
        var rowids: [Int64] = [], title: [Double] = [], text: [Double] = []
        var cursors = [Int](repeating: 0, count: n)
        var scratch = [[UInt32]](repeating: [], count: n)
        var decoded = [Int](repeating: 0, count: n)
        candidates: for d in chain.range(driver) {
            let rowid = chain.rowids[d]
            for k in 0..<n {
                if k == driver { cursors[k] = d; continue }
                let c = chain.lowerBound(k, rowid, from: max(cursors[k], chain.start[k]))
                cursors[k] = c
                guard c < chain.start[k + 1] else { break candidates }
                guard chain.rowids[c] == rowid else { continue candidates }
            }
            var counts = (0, 0)
            fields: for field in 0..<2 {
                // Every pair must occur in the field before positions are read.
                for k in 0..<n where (field == 0 ? chain.title[cursors[k]] : chain.text[cursors[k]]) == 0 { continue fields }
                for k in 0..<n { decoded[k] = chain.positions(at: cursors[k], field: field, into: &scratch[k]) }
                var matches = 0
                starts: for s in 0..<decoded[0] {
                    let start = scratch[0][s]
                    for k in 1..<n where !ScoredRows.contains(scratch[k], count: decoded[k], start &+ UInt32(k)) { continue starts }
                    matches += 1
                }
                if field == 0 { counts.0 = matches } else { counts.1 = matches }
            }
            guard counts.0 + counts.1 > 0 else { continue }
            rowids.append(rowid); title.append(Double(counts.0)); text.append(Double(counts.1))
        }
        return try score(rowids, title: title, text: text, df: sizes[rarest]!)
    }

    /// BM25 of each row from its counts in title and text, with the IDF of the number of rows.
    private func score(_ rowids: [Int64], title: [Double], text: [Double], df count: Int) throws -> ScoredRows {
        guard !rowids.isEmpty else { return ScoredRows() }
        let n = statistics.count
        let df = Double(count)
        let idf = log(1 + (n - df + 0.5) / (df + 0.5))
        let k1 = SearchEngine.k1, b = SearchEngine.b
        var scores = [Double](repeating: 0, count: rowids.count)
        var block: Int64 = -1
        var lengths: [UInt32] = []
        for i in rowids.indices {
            let rowid = rowids[i]
            if rowid >> SearchIndexBuilder.blockBits != block {
                block = rowid >> SearchIndexBuilder.blockBits
                lengths = try cache.lengths(db, block: block)
            }
            let packed = lengths[Int(rowid & Int64((1 << SearchIndexBuilder.blockBits) - 1))]
            var s = 0.0
            if title[i] > 0 {
                let norm = k1 * (1 - b + b * Double(FieldLengths.title(packed)) / statistics.averageTitle)
                s += SearchEngine.titleWeight * title[i] * (k1 + 1) / (title[i] + norm)
            }
            if text[i] > 0 {
                let norm = k1 * (1 - b + b * Double(FieldLengths.text(packed)) / statistics.averageText)
                s += SearchEngine.textWeight * text[i] * (k1 + 1) / (text[i] + norm)
            }
            scores[i] = idf * s
        }
        return ScoredRows(rowids: rowids, scores: scores)
    }

    // MARK: Postings

    /// The postings of one term, all blocks (or only those holding a rowid of the sorted
    /// `restrict`), in rowid order.
    func postings(_ term: String, pair: Bool, keepPositions: Bool, restrict: [Int64]? = nil) throws -> PostingList {
        // Rows are keyed (block, term): one lookup per block.
        let reader = try RowReader(db, sql: "SELECT data, skips FROM search_postings WHERE block = ? AND term = ?")
        var list = PostingList()
        // The blocks of the (sorted) restricting rowids, without hashing every rowid.
        var wanted: [Int64]?
        if let restrict {
            var restrictBlocks: [Int64] = []
            for rowid in restrict where restrictBlocks.last != rowid >> SearchIndexBuilder.blockBits {
                restrictBlocks.append(rowid >> SearchIndexBuilder.blockBits)
            }
            wanted = restrictBlocks
        }
        for block in blocks where wanted?.contains(block) ?? true {
            _ = try reader.first(block, term) { row in
                guard let data = row.blob(0), !data.isEmpty else { return }
                // Resume points only help a restricted read.
                list.decode(data, block: block, pair: pair, keepPositions: keepPositions, restrict: restrict,
                            skips: restrict == nil ? nil : row.blob(1))
            }
        }
        return list
    }

    /// How many measures hold a term (its postings over all blocks).
    func size(_ term: String) throws -> Int {
        let reader = try RowReader(db, sql: "SELECT count FROM search_postings WHERE block = ? AND term = ?")
        var total = 0
        for block in blocks { total += try reader.first(block, term) { $0.int(0) } ?? 0 }
        return total
    }

    /// The estimated size of a run's matches: its rarest term.
    func size(of run: IndexTerms.Run) throws -> Int {
        let scalars = Array(run.text.unicodeScalars)
        guard run.cjk, scalars.count > 2 else { return try size(run.text) }
        var smallest = Int.max
        for i in 0..<(scalars.count - 1) {
            smallest = min(smallest, try size(String(String.UnicodeScalarView([scalars[i], scalars[i + 1]]))))
        }
        return smallest
    }
}

extension ScoredRows {
    /// Whether the sorted `values` hold `value`.
    static func contains(_ values: [UInt32], count: Int, _ value: UInt32) -> Bool {
        var low = 0, high = count
        while low < high {
            let mid = (low + high) / 2
            if values[mid] < value { low = mid + 1 } else { high = mid }
        }
        return low < count && values[low] == value
    }
}

/// The posting lists of a phrase's pairs copied into flat buffers, so the phrase loop reads
/// them without reference counting. Postings of list k are at `start[k]..<start[k + 1]`.
struct FlatChain {
    let count: Int
    let start: UnsafeMutableBufferPointer<Int>
    let rowids: UnsafeMutableBufferPointer<Int64>
    let title: UnsafeMutableBufferPointer<UInt16>
    let text: UnsafeMutableBufferPointer<UInt16>
    let offsets: UnsafeMutableBufferPointer<Int>
    let bytes: UnsafeMutableRawBufferPointer

    init(_ lists: [PostingList]) {
        count = lists.count
        let total = lists.reduce(0) { $0 + $1.rowids.count }
        start = .allocate(capacity: lists.count + 1)
        rowids = .allocate(capacity: max(1, total))
        title = .allocate(capacity: max(1, total))
        text = .allocate(capacity: max(1, total))
        offsets = .allocate(capacity: max(1, total))
        bytes = .allocate(byteCount: max(1, lists.reduce(0) { $0 + $1.bytes.count }), alignment: 8)
        var at = 0, byteBase = 0
        for (k, list) in lists.enumerated() {
            start[k] = at
            for i in list.rowids.indices {
                rowids[at + i] = list.rowids[i]; title[at + i] = list.title[i]; text[at + i] = list.text[i]
                offsets[at + i] = list.offsets.isEmpty ? 0 : list.offsets[i] + byteBase
            }
            list.bytes.withUnsafeBytes { raw in
                if !raw.isEmpty { UnsafeMutableRawBufferPointer(rebasing: bytes[byteBase..<(byteBase + raw.count)]).copyMemory(from: raw) }
            }
            at += list.rowids.count
            byteBase += list.bytes.count
        }
        start[lists.count] = at
    }

    func deallocate() {
        start.deallocate(); rowids.deallocate(); title.deallocate(); text.deallocate(); offsets.deallocate(); bytes.deallocate()
    }

    /// The postings of list k.
    func range(_ k: Int) -> Range<Int> { start[k]..<start[k + 1] }

    /// The first posting of list k at or after `from` whose rowid is not below `value`.
    func lowerBound(_ k: Int, _ value: Int64, from: Int) -> Int {
        ScoredRows.lowerBound(rowids, value, from: from, to: start[k + 1])
    }

    /// Decodes the positions of a posting in a field (0 title, 1 text), ascending, into the
    /// start of `out` (grown when too short, never shrunk: one buffer serves every posting);
    /// returns how many.
    func positions(at index: Int, field: Int, into out: inout [UInt32]) -> Int {
        let count = Int(field == 0 ? title[index] : text[index])
        guard count > 0 else { return 0 }
        if out.count < count { out = [UInt32](repeating: 0, count: max(count, 2 * out.count)) }
        let raw = UnsafeRawBufferPointer(bytes)
        var offset = offsets[index]
        if field == 1 { for _ in 0..<Int(title[index]) { guard VarInt.read(raw, &offset) != nil else { return 0 } } }
        return out.withUnsafeMutableBufferPointer { buffer in
            var value: UInt32 = 0
            for i in 0..<count {
                guard let v = VarInt.read(raw, &offset) else { return i }
                value = i == 0 ? UInt32(truncatingIfNeeded: v) : value &+ UInt32(truncatingIfNeeded: v)
                buffer[i] = value
            }
            return count
        }
    }
}

/// One term's postings, decoded: rowids with their counts; for pairs, where each posting's
/// positions are in `bytes` (`FlatChain` decodes them only for the postings a phrase needs).
struct PostingList {
    var rowids: [Int64] = []
    var title: [UInt16] = []
    var text: [UInt16] = []
    /// For pair terms kept with positions: the offset of each posting's positions in `bytes`.
    var offsets: [Int] = []
    var bytes: [UInt8] = []

    /// Appends the postings of one blob (only rowids in the sorted `restrict`, when given, using
    /// the blob's resume points `skips` to jump over postings before each wanted rowid);
    /// stops quietly at a malformed end.
    mutating func decode(_ raw: UnsafeRawBufferPointer, block: Int64, pair: Bool, keepPositions: Bool, restrict: [Int64]?,
                         skips: UnsafeRawBufferPointer? = nil) {
        var offset = 0
        let blockStart = block << SearchIndexBuilder.blockBits
        var rowid = blockStart
        var cursor = restrict.map { ScoredRows.lowerBound($0, rowid, from: 0) } ?? 0
        // Positions are kept by reference into `bytes`: the whole blob for an unrestricted read,
        // only the postings kept for a restricted one (a few of many, most never reached).
        let base = bytes.count
        let copyAll = keepPositions && restrict == nil
        if copyAll { bytes.append(contentsOf: raw) }
        let skipCount = (skips?.count ?? 0) / PostingSkips.entrySize
        var skip = 0
        while offset < raw.count {
            if let restrict, let skips, skip < skipCount {
                // Jump to the last resume point before the next wanted rowid, if it lies ahead
                // (rowids up to `rowid` are behind: it is the last one decoded, or one before the block).
                let behind = offset == 0 ? blockStart - 1 : rowid
                while cursor < restrict.count && restrict[cursor] <= behind { cursor += 1 }
                if cursor == restrict.count { return }
                let target = restrict[cursor] - blockStart
                var resume: (offset: Int, before: Int64)?
                while skip < skipCount {
                    let entry = PostingSkips.entry(skips, skip)
                    guard entry.before < target else { break }
                    resume = entry
                    skip += 1
                }
                if let resume, resume.offset > offset, resume.offset < raw.count {
                    offset = resume.offset
                    rowid = blockStart + resume.before
                }
            }
            guard let delta = VarInt.read(raw, &offset), let t = VarInt.read(raw, &offset), let x = VarInt.read(raw, &offset)
            else { return }
            rowid += Int64(delta)
            var positions = offset..<offset
            if pair {
                guard let length = VarInt.read(raw, &offset), offset + Int(length) <= raw.count else { return }
                positions = offset..<(offset + Int(length))
                offset += Int(length)
            }
            if let restrict {
                while cursor < restrict.count && restrict[cursor] < rowid { cursor += 1 }
                if cursor == restrict.count { return }
                guard restrict[cursor] == rowid else { continue }
            }
            rowids.append(rowid); title.append(UInt16(clamping: t)); text.append(UInt16(clamping: x))
            if keepPositions {
                if !pair {
                    offsets.append(-1)
                } else if copyAll {
                    offsets.append(base + positions.lowerBound)
                } else {
                    offsets.append(bytes.count)
                    bytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: raw[positions]))
                }
            }
        }
    }
}
