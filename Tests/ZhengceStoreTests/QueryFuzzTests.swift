import Foundation
import TestSupport
import Testing
import ZhengceDocument
@testable import ZhengceStore

/// Fuzzing the query language (issue 17): random queries from the language's pieces and hostile
/// text parse or fail with a `QueryError`, and searching never crashes. Short here; scripts/fuzz
/// runs a large budget.
@Suite struct QueryFuzzTests {
    private static let pieces = ["海外仓", "企业", "跨境电商", "OR", "or", "AND", "NOT", "-", "--", "\"", "\"\"", "(", ")", " ", "  ",
                                 "\u{3000}", "商务部", "“", "”", "-企业", "\"海外 仓\"", "*", "?", ":", "2024年", "１２", "ａｂｃ",
                                 "\u{0}", "\u{FEFF}", "😀", "𠀀", "\\", "'", "%", "_", "\n", "\t", "<script>", "'; DROP TABLE measures;--"]

    @Test func randomQueriesParseOrFailCleanly() throws {
        let store = try makeStore(sampleDocuments())
        var fuzzer = Fuzzer(seed: 4242)
        let budget = Fuzzer.budget(short: 300)
        let start = Date()
        var searched = 0
        for i in 0..<budget {
            var query = ""
            for _ in 0..<fuzzer.int(0..<12) { query += fuzzer.pick(Self.pieces) }
            if fuzzer.int(0..<20) == 0 { query = String(repeating: fuzzer.pick(Self.pieces), count: fuzzer.int(1..<1200)) }
            do {
                _ = try QueryParser.parse(query)
                let result = try store.search(SearchRequest(text: query, filters: SearchFilters(), limit: 5))
                #expect(result.hits.count <= 5 && result.total >= result.hits.count, "query \(i) \(query.debugDescription)")
                searched += 1
            } catch is QueryError {
                // Too long, too many terms, nothing to search for: refused with a message.
            } catch {
                Issue.record("query \(i) \(query.debugDescription): unexpected error \(type(of: error)): \(error)")
            }
        }
        Fuzzer.report("queries", inputs: budget, since: start, detail: "\(searched) searched")
    }
}
