import Foundation
import Testing
import ZhengceDocument
@testable import ZhengceStore

/// The measure ids of a search's hits, in rank order.
private func ids(_ store: Store, _ text: String, _ filters: SearchFilters = SearchFilters(), limit: Int = 50) throws -> [String] {
    try store.search(SearchRequest(text: text, filters: filters, limit: limit)).hits.map(\.measure)
}

/// The UTF-16 slice `start..<end` of `text`.
func slice(_ text: String, _ start: Int, _ end: Int) -> String {
    String(decoding: Array(text.utf16)[start..<end], as: UTF16.self)
}

@Suite struct SearchTests {
    let store: Store

    init() throws { store = try makeStore(sampleDocuments()) }

    @Test func findsEveryMeasureMentioningAWord() throws {
        let hits = try ids(store, "海外仓")
        #expect(Set(hits) == ["national/1", "national/3", "shanghai/1", "sichuan/1"])
    }

    @Test func titleMatchesRankAboveTextMatches() throws {
        // national/3 mentions 海外仓 only in its text; the other three in their titles too.
        let hits = try ids(store, "海外仓")
        #expect(hits.last == "national/3")
    }

    @Test func rankingIsDeterministic() throws {
        let first = try store.search(SearchRequest(text: "跨境电商"))
        let second = try store.search(SearchRequest(text: "跨境电商"))
        #expect(first == second)
        // Equal scores are ordered by document id then measure order.
        for (a, b) in zip(first.hits, first.hits.dropFirst()) where a.score == b.score {
            #expect((a.document, a.measure) < (b.document, b.measure))
        }
    }

    @Test func matchesAPieceThatIsNotAWord() throws {
        // "外仓" is no word in any segmentation; the character bigrams still find it.
        #expect(Set(try ids(store, "外仓")) == ["national/1", "national/3", "shanghai/1", "sichuan/1"])
        // A single character matches wherever it occurs, also at the end of a run.
        #expect(Set(try ids(store, "仓")) == ["national/1", "national/3", "shanghai/1", "sichuan/1"])
        #expect(Set(try ids(store, "储")) == ["sichuan/1"])
    }

    @Test func phraseNeedsTheWordsTogether() throws {
        #expect(try ids(store, "\"查验后装运\"") == ["national/2"])
        #expect(try ids(store, "“查验后装运”") == ["national/2"])
        // Unquoted, each word may be anywhere: shanghai/2 has 先行查验、后续装运.
        #expect(Set(try ids(store, "查验 装运")) == ["national/2", "shanghai/2"])
    }

    @Test func orAndExclusion() throws {
        #expect(Set(try ids(store, "先查验 OR 人才")) == ["national/2", "shanghai/2", "sichuan/2"])
        #expect(Set(try ids(store, "海外仓 -结算")) == ["national/1", "shanghai/1", "sichuan/1"])
        #expect(Set(try ids(store, "海外仓 NOT 结算")) == ["national/1", "shanghai/1", "sichuan/1"])
        #expect(Set(try ids(store, "海外仓 AND 结算")) == ["national/3"])
    }

    @Test func latinIsFoldedForWidthAndCase() throws {
        #expect(try ids(store, "ＲＣＥＰ") == ["sichuan/1"])
        #expect(try ids(store, "rcep") == ["sichuan/1"])
    }

    @Test func regionFilter() throws {
        #expect(try ids(store, "海外仓", SearchFilters(region: "上海市")) == ["shanghai/1"])
        #expect(try ids(store, "海外仓", SearchFilters(region: "上海")) == ["shanghai/1"])
        #expect(try ids(store, "海外仓", SearchFilters(region: "北京市")).isEmpty)
    }

    @Test func statusAndLevelFilters() throws {
        #expect(try ids(store, "海外仓", SearchFilters(status: .draft)) == ["sichuan/1"])
        #expect(Set(try ids(store, "海外仓", SearchFilters(status: .final))) == ["national/1", "national/3", "shanghai/1"])
        #expect(Set(try ids(store, "海外仓", SearchFilters(level: .national))) == ["national/1", "national/3"])
    }

    @Test func yearFilter() throws {
        #expect(Set(try ids(store, "海外仓", SearchFilters(years: try SearchFilters.years(parsing: "2021-2022")))) == ["national/1", "national/3"])
        // The Sichuan draft has no date, so it is outside every year range.
        #expect(try ids(store, "海外仓", SearchFilters(years: try SearchFilters.years(parsing: "2023-"))) == ["shanghai/1"])
        #expect(Set(try ids(store, "海外仓", SearchFilters(years: try SearchFilters.years(parsing: "-2021")))) == ["national/1", "national/3"])
        #expect(try SearchFilters.years(parsing: "2023") == 2023...2023)
        #expect(throws: QueryError.self) { try SearchFilters.years(parsing: "2024-2020") }
        #expect(throws: QueryError.self) { try SearchFilters.years(parsing: "last year") }
    }

    @Test func departmentFilterMatchesCanonicalOrWrittenName() throws {
        let canonical = SearchFilters(departments: ["国家外汇管理局"])
        #expect(Set(try ids(store, "海外仓", canonical)) == ["national/1", "national/3"])
        let written = SearchFilters(departments: ["国家外汇局"])
        #expect(Set(try ids(store, "海外仓", written)) == ["national/1", "national/3"])
        let lead = SearchFilters(departments: ["国家外汇局"], role: .lead)
        #expect(try ids(store, "海外仓", lead) == ["national/3"])
        // A set of names (as the CLI passes after alias expansion) matches any of them.
        let several = SearchFilters(departments: ["市商务委", "省商务厅"])
        #expect(Set(try ids(store, "海外仓", several)) == ["shanghai/1", "sichuan/1"])
    }

    @Test func documentFilterTakesIdOrDocumentNumber() throws {
        #expect(try ids(store, "海外仓", SearchFilters(document: "sichuan")) == ["sichuan/1"])
        #expect(Set(try ids(store, "海外仓", SearchFilters(document: "国办发〔2021〕24号"))) == ["national/1", "national/3"])
        #expect(Set(try ids(store, "海外仓", SearchFilters(document: "国办发[2021]24号"))) == ["national/1", "national/3"])
    }

    @Test func filtersAloneListMeasuresInDocumentOrder() throws {
        let result = try store.search(SearchRequest(text: "", filters: SearchFilters(status: .draft)))
        #expect(result.hits.map(\.measure) == ["sichuan/1", "sichuan/2"])
        #expect(result.hits.allSatisfy { $0.score == 0 })
        let excluding = try store.search(SearchRequest(text: "-人才", filters: SearchFilters(status: .draft)))
        #expect(excluding.hits.map(\.measure) == ["sichuan/1"])
    }

    @Test func totalCountsBeyondTheLimit() throws {
        let result = try store.search(SearchRequest(text: "海外仓", limit: 2))
        #expect(result.total == 4)
        #expect(result.hits.count == 2)
    }

    @Test func hitCarriesDepartmentsAndMarkedSnippet() throws {
        let result = try store.search(SearchRequest(text: "海外仓", filters: SearchFilters(document: "national"), limit: 1))
        let hit = try #require(result.hits.first)
        #expect(hit.measure == "national/1")
        #expect(hit.label == "（一）")
        #expect(hit.title == "加快海外仓建设")
        #expect(hit.documentTitle == "关于加快发展外贸新业态的意见")
        #expect(hit.responsible.map(\.name) == ["商务部", "国家外汇局"])
        #expect(hit.responsible.map(\.role) == [.lead, .participant])
        #expect(hit.score > 0)
        let text = sampleDocuments()[0].measures[0].text
        #expect(slice(text, hit.snippet.start, hit.snippet.end) == hit.snippet.text)
        #expect(hit.snippet.highlights.count == 2)
        for h in hit.snippet.highlights { #expect(slice(text, h.start, h.end) == "海外仓") }
        #expect(hit.snippet.marked(open: "«", close: "»").contains("加快«海外仓»建设"))
    }

    @Test func snippetWindowFollowsTheMatchInALongText() throws {
        let long = String(repeating: "有关部门要加强统筹协调。", count: 40) + "重点支持边境仓建设。" + String(repeating: "各地抓好落实。", count: 40)
        let document = makeDocument(id: "long", title: "长文", measures: [MeasureSpec(label: "一、", title: "统筹", text: long)])
        let store = try makeStore([document])
        let hit = try #require(try store.search(SearchRequest(text: "边境仓", snippetWidth: 60)).hits.first)
        #expect(hit.snippet.end - hit.snippet.start == 60)
        #expect(hit.snippet.highlights.count == 1)
        let h = try #require(hit.snippet.highlights.first)
        #expect(slice(long, h.start, h.end) == "边境仓")
        #expect(hit.snippet.text.contains("边境仓"))
    }
}
