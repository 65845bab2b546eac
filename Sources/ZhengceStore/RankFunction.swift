import Foundation
import GRDB
import GRDBSQLite

/// `zhengce_rank(measure_fts, w1, w2, …)`: BM25 over the FTS5 columns with per-column
/// weights and an inverse document frequency that never reaches zero.
///
/// FTS5's own `bm25()` uses IDF = ln((N − n + 0.5)/(n + 0.5)) floored at 1e-6, so in a small
/// corpus (five documents, a few hundred measures) any word in half the measures scores
/// nothing and titles no longer outrank texts. This uses Lucene's IDF,
/// ln(1 + (N − n + 0.5)/(n + 0.5)), with k1 = 1.2 and b = 0.75; higher is better.
/// Per query it counts each phrase's rows once (cached as FTS5 auxiliary data), unless a last
/// argument 0 after the weights turns IDF off (used for one-term queries).
enum RankFunction {
    static let name = "zhengce_rank"

    /// Registers the function on a connection.
    static func register(_ db: Database) throws {
        let api = FTS5.api(db)
        guard let create = api.pointee.xCreateFunction else {
            throw StoreError.database(path: db.description, message: "FTS5 cannot register functions")
        }
        let code = create(UnsafeMutablePointer(mutating: api), name, nil, rank, nil)
        guard code == SQLITE_OK else {
            throw StoreError.database(path: db.description, message: "cannot register \(name) (SQLite code \(code))")
        }
    }

    private static let k1 = 1.2
    private static let b = 0.75

    private static let rank: fts5_extension_function = { api, fts, context, count, values in
        guard let api = api?.pointee, let fts, let context else { return }
        let columns = Int(api.xColumnCount(fts))
        let phrases = Int(api.xPhraseCount(fts))
        // Aux data: [N, avgLength per column..., idf per phrase..., scratch tf per (phrase, column)...]
        // as doubles; the scratch space saves an allocation per row.
        var statistics = api.xGetAuxdata(fts, 0)?.assumingMemoryBound(to: Double.self)
        if statistics == nil {
            guard let buffer = malloc(MemoryLayout<Double>.stride * (1 + columns + phrases + phrases * columns)) else {
                sqlite3_result_error_nomem(context)
                return
            }
            let s = buffer.assumingMemoryBound(to: Double.self)
            var rows: Int64 = 0
            _ = api.xRowCount(fts, &rows)
            let n = Double(max(rows, 1))
            s[0] = n
            for c in 0..<columns {
                var total: Int64 = 0
                _ = api.xColumnTotalSize(fts, Int32(c), &total)
                s[1 + c] = max(Double(total) / n, 1e-9)
            }
            // The last argument (after the column weights) turns IDF off: with a single query
            // term every hit contains it, and counting each phrase's rows over the whole index
            // is the costliest part of ranking.
            let useIDF = count <= Int32(columns) || sqlite3_value_int(values![Int(count) - 1]) != 0
            for p in 0..<phrases where !useIDF {
                s[1 + columns + p] = 1
            }
            for p in 0..<phrases where useIDF {
                var hits: Int64 = 0
                _ = withUnsafeMutablePointer(to: &hits) { pointer in
                    api.xQueryPhrase(fts, Int32(p), pointer, { _, _, user in
                        user?.assumingMemoryBound(to: Int64.self).pointee += 1
                        return SQLITE_OK
                    })
                }
                let df = Double(hits)
                s[1 + columns + p] = log(1 + (n - df + 0.5) / (df + 0.5))
            }
            if api.xSetAuxdata(fts, buffer, { free($0) }) != SQLITE_OK {
                free(buffer)
                sqlite3_result_error_nomem(context)
                return
            }
            statistics = s
        }
        guard let s = statistics else { return }
        // Term frequency per (phrase, column).
        let frequency = s + (1 + columns + phrases)
        frequency.update(repeating: 0, count: phrases * columns)
        var instances: Int32 = 0
        _ = api.xInstCount(fts, &instances)
        for i in 0..<instances {
            var phrase: Int32 = 0, column: Int32 = 0, offset: Int32 = 0
            if api.xInst(fts, i, &phrase, &column, &offset) == SQLITE_OK, phrase >= 0, column >= 0 {
                frequency[Int(phrase) * columns + Int(column)] += 1
            }
        }
        var score = 0.0
        for c in 0..<columns {
            let weight = c < Int(count) ? sqlite3_value_double(values![c]) : 1.0
            guard weight != 0 else { continue }
            var length: Int32 = 0
            _ = api.xColumnSize(fts, Int32(c), &length)
            let norm = k1 * (1 - b + b * Double(length) / s[1 + c])
            for p in 0..<phrases {
                let tf = frequency[p * columns + c]
                guard tf > 0 else { continue }
                score += weight * s[1 + columns + p] * tf * (k1 + 1) / (tf + norm)
            }
        }
        sqlite3_result_double(context, score)
    }
}
