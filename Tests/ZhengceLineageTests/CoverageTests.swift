import Testing
import ZhengceDocument
@testable import ZhengceLineage

@Suite struct CoverageTests {
    @Test func childRowsNameTheirSourcesOrNewHere() throws {
        let table = try #require(CoverageTable(analysis: LineageFixture.analysis, document: "sichuan-2024-draft"))
        #expect(table.rows.map(\.label) == SeedExcerpts.sichuanDraft.map(\.label))
        #expect(table.parents.first == "shangmaofa-2024-125")
        let row17 = try #require(table.rows.first { $0.label == "17." })
        #expect(row17.sources.first?.measure == "shangmaofa-2024-125/7")
        #expect(!row17.newHere)
        // 加强组织领导 takes up nothing.
        #expect(table.rows.last?.newHere == true)
    }

    @Test func parentRowsNameTheMeasuresTakingThemUp() throws {
        let table = try #require(CoverageTable(analysis: LineageFixture.analysis, document: "shangmaofa-2024-125"))
        #expect(table.children.contains("sichuan-2024-draft"))
        let row = try #require(table.rows.first { $0.label == "（十一）" })
        #expect(row.takenUpBy.map(\.document) == ["sichuan-2024-draft"])
        #expect(row.takenUpBy.first?.label == "17.")
    }

    @Test func traceShowsAncestorsAndDescendants() throws {
        let document = try #require(LineageFixture.analysis.documents.first { $0.id == "shangmaofa-2024-125" })
        let measure = try #require(DocumentLookup.measures("十一", in: document).first)
        let trace = MeasureTrace(graph: LineageFixture.analysis.graph,
                                 measure: LinkEnd(document: document.id, measure: measure.id, label: measure.label))
        #expect(trace.descendants.first?.link.from.document == "sichuan-2024-draft")
        #expect(trace.descendants.first?.depth == 1)
    }

    @Test func lookupAcceptsNumbersInAnyBracketsAndTitleParts() {
        let documents = LineageFixture.analysis.documents
        #expect(DocumentLookup.documents("商贸发[2024]125号", in: documents).map(\.id) == ["shangmaofa-2024-125"])
        #expect(DocumentLookup.documents("外贸新业态新模式", in: documents).map(\.id) == ["guobanfa-2021-24"])
        #expect(DocumentLookup.documents("跨境电商", in: documents).count > 1)
    }
}
