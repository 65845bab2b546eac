import Testing
import ZhengceDocument
@testable import ZhengceLineage

@Suite struct DocumentTimeTests {
    @Test func undatedDraftGetsALowerBoundFromTheDocumentItCites() throws {
        let node = try #require(LineageFixture.analysis.graph.documents.first { $0.id == "sichuan-2024-draft" })
        #expect(node.date == nil)
        #expect(node.earliestDate == "2024-06-08")
        #expect(node.dateBasis?.contains("商贸发〔2024〕125号") == true)
    }

    @Test func planPeriodAloneGivesTheYearBeforeItsStart() {
        let document = DocumentBuilder.make(id: "plan", period: PlanPeriod(start: 2024, end: 2027), measures: [])
        let time = DocumentTime.of(document, citedDates: [])
        #expect(time.exact == nil)
        #expect(time.earliest == "2023-01-01")
    }

    @Test func exactDatesOrderAndBoundsDoNotInventOrder() {
        let early = DocumentTime(exact: "2023-07-10"), late = DocumentTime(exact: "2024-06-08")
        let bound = DocumentTime(earliest: "2024-06-08")
        #expect(TemporalOrder.compare(early, late) == .before)
        #expect(TemporalOrder.compare(late, early) == .after)
        #expect(TemporalOrder.compare(early, bound) == .before)
        // A date later than another's lower bound says nothing about order.
        #expect(TemporalOrder.compare(DocumentTime(exact: "2025-01-01"), bound) == .unknown)
        #expect(TemporalOrder.compare(bound, DocumentTime(earliest: "2020-01-01")) == .unknown)
    }

    @Test func yearOfDocNumber() {
        #expect(DocumentTime.year(ofDocNumber: "商贸发〔2024〕125号") == 2024)
        #expect(DocumentTime.year(ofDocNumber: "无号") == nil)
    }
}
