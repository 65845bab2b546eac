import Testing
import ZhengceDocument
@testable import ZhengceLineage

@Suite struct ScaleTests {
    /// Deterministic pseudo-random measures over a small vocabulary.
    static func corpus(documents: Int, measures: Int) -> [PolicyDocument] {
        let words = ["推进", "贸易", "数字", "平台", "海关", "监管", "物流", "金融", "服务", "企业", "建设", "标准", "园区", "人才",
                     "品牌", "试点", "税收", "外汇", "结算", "仓储", "创新", "合作", "培育", "开放", "市场", "融资", "保险", "信用"]
        var state: UInt64 = 42
        func next() -> Int { state = state &* 6364136223846793005 &+ 1442695040888963407; return Int(state >> 33) }
        return (0..<documents).map { d in
            let items = (0..<measures).map { m in
                ("\(m + 1).", (0..<30).map { _ in words[next() % words.count] }.joined() + "。")
            }
            return DocumentBuilder.make(id: String(format: "doc%04d", d), date: String(format: "%04d-01-01", 2000 + d % 20),
                                        measures: items)
        }
    }

    @Test func retrievalScoresFarFewerPairsThanAllPairs() {
        let documents = ScaleTests.corpus(documents: 60, measures: 10)
        let analysis = LineageAnalyzer().analyze(documents)
        let m = analysis.statistics.measures
        #expect(m == 600)
        #expect(analysis.statistics.pairsScored <= m * LineageOptions().candidates)
        #expect(analysis.statistics.pairsScored * 10 < m * (m - 1) / 2)
    }

    @Test func aPlantedCopyIsFoundAmongNoise() throws {
        var documents = ScaleTests.corpus(documents: 40, measures: 8)
        let clause = "探索推广跨境电商出口拼箱“先查验后装运”模式，研究扩大跨境电商零售出口跨关区退货试点。"
        documents[3].measures = []
        documents.append(DocumentBuilder.make(id: "source", date: "2019-05-01", measures: [("（一）", "优化出口监管。" + clause)]))
        documents.append(DocumentBuilder.make(id: "taker", date: "2024-05-01", level: .provincial,
                                              measures: [("1.", "提升通关便利化水平。推进" + clause + "（责任单位：海关）")]))
        let analysis = LineageAnalyzer().analyze(documents)
        let best = try #require(LineageFixture.parents("taker", "1.", in: analysis).first)
        #expect(best.to.document == "source")
        #expect((best.score ?? 0) > 0.6)
    }
}
