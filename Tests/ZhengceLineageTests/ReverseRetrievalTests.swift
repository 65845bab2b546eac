import Testing
@testable import ZhengceLineage

/// An incremental analysis's retrieval (`align` with `queryDocuments`) finds the pairs with a measure of the
/// queried documents that a full retrieval finds, reverse queries that stop early included.
@Suite struct ReverseRetrievalTests {
    /// Sixty documents of four measures, each measure three to six clauses drawn from a shared pool (a fixed
    /// seed): many measures share clauses with many others, so most rows have better candidates than a given one.
    static let index: MeasureIndex = {
        let pool = ["加强安全生产监督管理", "建立健全责任制度", "县级以上人民政府", "依法履行职责", "保障人民群众生命财产安全",
                    "促进经济社会持续健康发展", "有关部门应当加强协调", "鼓励社会资本参与", "完善公共服务体系", "推进信息化建设",
                    "落实主体责任", "开展宣传教育活动", "加大财政投入力度", "建立联合执法机制", "强化考核评价",
                    "提高应急处置能力", "规范行政审批程序", "保护生态环境", "支持科技创新", "加强队伍建设",
                    "完善投诉举报制度", "依法查处违法行为", "推进标准化建设", "加强统计监测", "健全风险防控体系"]
        var state: UInt64 = 7
        func next(_ n: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(n))
        }
        var items: [(document: Int, measure: Int, units: [UInt16])] = []
        for d in 0..<60 {
            for m in 0..<4 {
                let text = (0..<(3 + next(4))).map { _ in pool[next(pool.count)] }.joined()
                items.append((d, m, Array(text.utf16)))
            }
        }
        return MeasureIndex(contents: items)
    }()

    static func pairs(_ alignments: [MeasureAlignment]) -> [UInt64] {
        alignments.map { UInt64($0.a) << 32 | UInt64($0.b) }.sorted()
    }

    @Test(arguments: [[0], [5, 17], [59], [10, 11, 12]])
    func reverseQueriesKeepWhatAFullRetrievalKeeps(documents: [Int32]) {
        var aligner = MeasureAligner()
        aligner.candidates = 4
        aligner.minimumScore = 0
        let index = ReverseRetrievalTests.index
        var full = AlignmentStatistics(), incremental = AlignmentStatistics()
        let all = aligner.align(index, statistics: &full)
        let queried = Set(documents)
        let expected = all.filter { queried.contains(index.documentOf[$0.a]) || queried.contains(index.documentOf[$0.b]) }
        let found = aligner.align(index, statistics: &incremental, queryDocuments: queried)
        #expect(ReverseRetrievalTests.pairs(found) == ReverseRetrievalTests.pairs(expected))
        #expect(found.map(\.score).sorted() == expected.map(\.score).sorted())
        #expect(full.abandonedQueries == 0)
        // Most reverse queries stop before their last trigram: the path is taken.
        #expect(incremental.abandonedQueries > 0)
    }

    @Test func rowRangesJoinConsecutiveRows() {
        let index = ReverseRetrievalTests.index
        #expect(MeasureAligner.rowRanges(index, documents: [0, 1, 3]) == [0..<8, 12..<16])
        #expect(MeasureAligner.rowRanges(index, documents: []) == [])
    }
}
