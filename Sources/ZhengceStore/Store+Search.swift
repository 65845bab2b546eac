import GRDB
import ZhengceDocument
import ZhengceText

extension Store {
    /// Runs a search over the search index (`SearchEngine`): BM25 over measure titles and texts
    /// (titles weighted higher), filtered, best first with ties broken by document id and measure order.
    ///
    /// With no word to search for but some filter, lists the filtered measures in document
    /// order (score 0). Throws `QueryError` for queries that cannot be run; user text reaches
    /// SQLite only as bound values.
    public func search(_ request: SearchRequest) throws -> SearchResult {
        let parsed = try QueryParser.parse(request.text)
        if parsed.groups.isEmpty && request.filters.isEmpty {
            throw parsed.excluded.isEmpty ? QueryError.nothingToSearch : QueryError.onlyExclusions
        }
        let limit = max(0, request.limit)
        let filter = request.filters.sql()
        let snippets = SnippetBuilder(query: parsed)
        return try readSnapshot { db in
            // Phase 1: every match with its score, from the search index alone (no texts read);
            // phase 2: the best `limit` and everything tied with the last of them, read in full.
            var chosen: [(rowid: Int64, score: Double)] = []
            let total: Int
            let engine = try SearchEngine(db: db, cache: searchCache)
            let excluded = try parsed.excluded.isEmpty ? [] : engine?.rowids(matchingAny: parsed.excluded) ?? []
            if !parsed.groups.isEmpty {
                var matched = try engine?.match(groups: parsed.groups) ?? ScoredRows()
                if !excluded.isEmpty { matched = matched.filtered(by: excluded, keep: false) }
                if !request.filters.isEmpty && matched.count > 0 {
                    let allowed = try Int64.fetchAll(db.cachedStatement(sql: """
                        SELECT m.rowid FROM measures m JOIN documents d ON d.id = m.document WHERE \(filter.condition) ORDER BY m.rowid
                        """), arguments: StatementArguments(filter.arguments))
                    matched = matched.filtered(by: allowed, keep: true)
                }
                total = matched.count
                let threshold = Store.kthLargest(matched.scores, limit)
                for i in 0..<matched.count where matched.scores[i] >= threshold { chosen.append((matched.rowids[i], matched.scores[i])) }
            } else {
                // Filters only: document order, score 0.
                let cursor = try Int64.fetchCursor(db.cachedStatement(sql: """
                    SELECT m.rowid FROM measures m JOIN documents d ON d.id = m.document WHERE \(filter.condition)
                    ORDER BY m.document, m.ord
                    """), arguments: StatementArguments(filter.arguments))
                let skip = Set(excluded)
                var count = 0
                while let rowid = try cursor.next() {
                    guard !skip.contains(rowid) else { continue }
                    if count < limit { chosen.append((rowid, 0)) }
                    count += 1
                }
                total = count
            }
            let measure = try RowReader(db, sql: """
                SELECT m.rowid, m.id, m.document, m.ord, m.label, m.title, m.text, d.title, d.doc_number
                FROM measures m JOIN documents d ON d.id = m.document WHERE m.rowid = ?
                """)
            struct Candidate {
                var rowid: Int64, score: Double, id: String, document: String, ord: Int, label: String, title: String
                var text: String, documentTitle: String?, docNumber: String?
            }
            var candidates: [Candidate] = []
            for chosen in chosen {
                try measure.forEach(chosen.rowid) { row in
                    // Columns: 0 rowid, 1 id, 2 document, 3 ord, 4 label, 5 title, 6 text, 7 document title, 8 number.
                    candidates.append(Candidate(rowid: chosen.rowid, score: chosen.score, id: row.text(1) ?? "", document: row.text(2) ?? "",
                                                ord: row.int(3), label: row.text(4) ?? "", title: row.text(5) ?? "",
                                                text: row.text(6) ?? "", documentTitle: row.text(7), docNumber: row.text(8)))
                }
            }
            candidates.sort { a, b in
                if a.score != b.score { return a.score > b.score }
                if a.document != b.document { return a.document < b.document }
                return a.ord < b.ord
            }
            let responsibility = try RowReader(db, sql: """
                SELECT name, department, role FROM responsibilities WHERE measure = ? ORDER BY ord
                """)
            var hits: [SearchHit] = []
            for candidate in candidates.prefix(limit) {
                var responsible: [HitResponsibility] = []
                try responsibility.forEach(candidate.rowid) { r in
                    responsible.append(HitResponsibility(name: r.text(0) ?? "", department: r.text(1),
                                                         role: ResponsibilityRole(rawValue: r.text(2) ?? "") ?? .participant))
                }
                hits.append(SearchHit(
                    measure: candidate.id, document: candidate.document, documentTitle: candidate.documentTitle,
                    docNumber: candidate.docNumber, label: candidate.label, title: candidate.title,
                    score: (candidate.score * 10_000).rounded() / 10_000 + 0,
                    snippet: snippets.snippet(of: candidate.text, width: request.snippetWidth), responsible: responsible))
            }
            return SearchResult(query: request.text, total: total, hits: hits)
        }
    }

    /// The `k`-th largest of `values` (-infinity when there are fewer than k; +infinity for k = 0).
    static func kthLargest(_ values: [Double], _ k: Int) -> Double {
        guard k > 0 else { return .infinity }
        guard values.count > k else { return -.infinity }
        // A sorted buffer of the k largest so far: k is a page of hits, values up to the whole index.
        var top = Array(values.prefix(k)).sorted()
        for value in values.dropFirst(k) where value > top[0] {
            var i = 0
            while i + 1 < top.count && top[i + 1] < value { top[i] = top[i + 1]; i += 1 }
            top[i] = value
        }
        return top[0]
    }
}
