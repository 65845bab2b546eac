import Testing
@testable import ZhengceLineage

/// A query whose trigrams hold more postings than `MeasureAligner.postingBudget` reads its rarest first and
/// stops at the budget; a query under it reads everything, as before.
@Suite struct RetrievalBudgetTests {
    /// Measure 0 shares a specific clause with measure 1 and a stock sentence with 38 others.
    static let index: MeasureIndex = {
        let stock = "各地区各部门要认真贯彻落实本意见精神"
        var items: [(document: Int, measure: Int, units: [UInt16])] = [
            (0, 0, Array(("推进跨境电商海外仓高质量发展" + stock).utf16)),
            (1, 0, Array("支持企业推进跨境电商海外仓高质量发展建设".utf16)),
        ]
        for d in 2..<40 { items.append((d, 0, Array((stock + "第\(d)项").utf16))) }
        return MeasureIndex(contents: items)
    }()

    static func retrieve(budget: Int) -> (pairs: [UInt64], budgeted: Int, postings: Int) {
        var aligner = MeasureAligner()
        aligner.postingBudget = budget
        let found = aligner.candidatePairs(index, queries: [0], cap: MeasureAligner.postingCap(measures: index.count),
                                           queryDocuments: nil, reverse: false)
        return (found.flatMap(\.pairs), found.reduce(0) { $0 + $1.budgeted }, found.reduce(0) { $0 + $1.postings })
    }

    @Test func aQueryOverItsBudgetReadsItsRarestTrigramsFirst() {
        let cut = RetrievalBudgetTests.retrieve(budget: 20)
        #expect(cut.budgeted == 1)
        // The clause's trigrams are each in two measures: ten of them fill the budget, and only measure 1 is found.
        #expect(cut.postings == 20)
        #expect(cut.pairs == [UInt64(0) << 32 | 1])
    }

    @Test func aQueryUnderItsBudgetReadsEveryTrigram() {
        let whole = RetrievalBudgetTests.retrieve(budget: 60_000)
        #expect(whole.budgeted == 0)
        #expect(whole.pairs.contains(UInt64(0) << 32 | 1))
        #expect(whole.pairs.count == MeasureAligner().candidates)
    }
}
