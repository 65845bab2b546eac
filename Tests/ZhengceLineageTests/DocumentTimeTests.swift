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

@Suite struct DocumentTimeBoundTests {
    @Test func aPublicationDateIsAnUpperBoundThatOrdersDocuments() {
        var page = DocumentBuilder.make(id: "page", measures: [])
        page.publishedDate = "2021-07-09"
        let time = DocumentTime.of(page, citedDates: [])
        #expect(time.exact == nil)
        #expect(time.latest == "2021-07-09")
        #expect(TemporalOrder.compare(time, DocumentTime(exact: "2024-06-08")) == .before)
        #expect(TemporalOrder.compare(time, DocumentTime(exact: "2021-01-01")) == .unknown)
    }

    @Test func measuresHoldingOtherMeasuresAreNotAligned() {
        let outer = Measure(id: "d/1", provision: 0, label: "一、", path: ["一、"], title: "", text: "", start: 0, end: 100)
        let inner1 = Measure(id: "d/1.1", provision: 1, label: "（一）", path: ["一、", "（一）"], title: "", text: "", start: 5, end: 50)
        let inner2 = Measure(id: "d/1.2", provision: 2, label: "（二）", path: ["一、", "（二）"], title: "", text: "", start: 50, end: 100)
        let other = Measure(id: "d/2", provision: 3, label: "二、", path: ["二、"], title: "", text: "", start: 100, end: 150)
        #expect(Context.containers([outer, inner1, inner2, other]) == [0])
    }
}
