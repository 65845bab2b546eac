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
            score = "\(RankFunction.name)(measure_fts, \(w.titleWords), \(w.titleChars), \(w.textWords), \(w.textChars))"
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
            // Without filters the FTS index alone knows the count (no join per match).
            let total: Int
            if positive != nil && request.filters.isEmpty {
                total = try Int.fetchOne(db, sql: "SELECT count(*) FROM measure_fts WHERE measure_fts MATCH ?",
                                         arguments: arguments) ?? 0
            } else {
                total = try Int.fetchOne(db, sql: "SELECT count(*) FROM \(from) \(condition)", arguments: arguments) ?? 0
            }
            let rows = try Row.fetchAll(db, sql: """
                SELECT m.rowid AS rowid, m.id AS id, m.document AS document, m.label AS label, m.title AS title,
                       m.text AS text, d.title AS document_title, d.doc_number AS doc_number, \(score) AS score
                FROM \(from) \(condition)
                ORDER BY score DESC, m.document, m.ord
                LIMIT \(limit)
                """, arguments: arguments)
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
                let raw: Double = row["score"]
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
