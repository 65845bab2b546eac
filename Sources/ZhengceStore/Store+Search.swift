import GRDB
import ZhengceDocument
import ZhengceText

extension Store {
    /// Runs a search: BM25 over measure titles and texts (titles weighted higher), filtered,
    /// best first with ties broken by document id and measure order.
    ///
    /// With no word to search for but some filter, lists the filtered measures in document
    /// order (score 0). Throws `QueryError` for queries that cannot be run; never passes user
    /// text to SQLite as syntax.
    public func search(_ request: SearchRequest, segmenter: Segmenter = .shared) throws -> SearchResult {
        let parsed = try QueryParser.parse(request.text)
        let positive = MatchExpression.positive(parsed, segmenter: segmenter)
        let excluded = MatchExpression.excluded(parsed, segmenter: segmenter)
        if positive == nil && request.filters.isEmpty {
            throw excluded == nil ? QueryError.nothingToSearch : QueryError.onlyExclusions
        }
        let limit = max(0, request.limit)
        let filter = request.filters.sql()
        var arguments = StatementArguments()
        let w = StoreSchema.weights
        let from: String
        let score: String
        if let positive {
            var match = positive
            if let excluded { match = "(\(positive)) NOT (\(excluded))" }
            from = """
                measure_fts JOIN measures m ON m.rowid = measure_fts.rowid JOIN documents d ON d.id = m.document
                WHERE measure_fts MATCH ? AND
                """
            // One term (one group of alternatives): every hit has it, IDF cannot change the order much.
            let idf = parsed.groups.count > 1 ? 1 : 0
            score = "\(RankFunction.name)(measure_fts, \(w.titleWords), \(w.titleChars), \(w.textWords), \(w.textChars), \(idf))"
            arguments += [match]
        } else {
            from = "measures m JOIN documents d ON d.id = m.document WHERE"
            score = "0.0"
        }
        var condition = filter.condition
        var filterArguments = StatementArguments(filter.arguments)
        if positive == nil, let excluded {
            condition += " AND m.rowid NOT IN (SELECT rowid FROM measure_fts WHERE measure_fts MATCH ?)"
            filterArguments += [excluded]
        }
        arguments += filterArguments
        let snippets = SnippetBuilder(query: parsed)
        return try read { db in
            // Phase 1: every match with its score, and nothing wide (no texts read). Without
            // filters the FTS index alone answers; with filters the join gives document and order too.
            var scored: [(rowid: Int64, score: Double, document: String, ord: Int)] = []
            if positive != nil && request.filters.isEmpty {
                let cursor = try Row.fetchCursor(db, sql: "SELECT rowid, \(score) FROM measure_fts WHERE measure_fts MATCH ?",
                                                 arguments: arguments)
                while let row = try cursor.next() { scored.append((row[0], row[1], "", 0)) }
            } else {
                let cursor = try Row.fetchCursor(db, sql: "SELECT m.rowid, \(score), m.document, m.ord FROM \(from) \(condition)",
                                                 arguments: arguments)
                while let row = try cursor.next() { scored.append((row[0], row[1], row[2], row[3])) }
            }
            let total = scored.count
            // Phase 2: the best `limit` (plus, when document and order are not known yet, everything
            // tied with the last of them), read in full and ordered by score, document id, measure order.
            scored.sort { a, b in
                if a.score != b.score { return a.score > b.score }
                if a.document != b.document { return a.document < b.document }
                return a.ord != b.ord ? a.ord < b.ord : a.rowid < b.rowid
            }
            var cut = min(limit, scored.count)
            if cut > 0 && positive != nil && request.filters.isEmpty {
                while cut < scored.count && scored[cut].score == scored[cut - 1].score { cut += 1 }
            }
            let chosen = scored.prefix(cut)
            let scores = Dictionary(chosen.map { ($0.rowid, $0.score) }, uniquingKeysWith: { a, _ in a })
            var rows: [Row] = []
            for batch in stride(from: 0, to: chosen.count, by: 500) {
                let ids = chosen.dropFirst(batch).prefix(500).map { String($0.rowid) }.joined(separator: ",")
                rows += try Row.fetchAll(db, sql: """
                    SELECT m.rowid AS rowid, m.id AS id, m.document AS document, m.ord AS ord, m.label AS label,
                           m.title AS title, m.text AS text, d.title AS document_title, d.doc_number AS doc_number
                    FROM measures m JOIN documents d ON d.id = m.document WHERE m.rowid IN (\(ids))
                    """)
            }
            rows.sort { a, b in
                let sa = scores[a["rowid"]] ?? 0, sb = scores[b["rowid"]] ?? 0
                if sa != sb { return sa > sb }
                let da: String = a["document"], db: String = b["document"]
                if da != db { return da < db }
                return (a["ord"] as Int) < (b["ord"] as Int)
            }
            rows = Array(rows.prefix(limit))
            let responsibility = try db.cachedStatement(sql: """
                SELECT name, department, role FROM responsibilities WHERE measure = ? ORDER BY ord
                """)
            var hits: [SearchHit] = []
            for row in rows {
                let rowid: Int64 = row["rowid"]
                let responsible = try Row.fetchAll(responsibility, arguments: [rowid]).map { r in
                    HitResponsibility(name: r["name"], department: r["department"],
                                      role: ResponsibilityRole(rawValue: r["role"]) ?? .participant)
                }
                let raw = scores[rowid] ?? 0
                let text: String = row["text"]
                hits.append(SearchHit(
                    measure: row["id"], document: row["document"], documentTitle: row["document_title"],
                    docNumber: row["doc_number"], label: row["label"], title: row["title"],
                    score: (raw * 10_000).rounded() / 10_000 + 0,
                    snippet: snippets.snippet(of: text, width: request.snippetWidth), responsible: responsible))
            }
            return SearchResult(query: request.text, total: total, hits: hits)
        }
    }
}
