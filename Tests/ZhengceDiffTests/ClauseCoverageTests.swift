import Foundation
import Testing
@testable import ZhengceDiff

/// The clause instrument (`ZHENGCE_DIFF_DEBUG=clauses`, ClauseCoverage.swift; Benchmarks/diff.md, seventeenth round), on
/// articles of 上海市科学技术进步条例 2010 → 2024 (Tests/Fixtures/diff/real/shanghai-science-technology-progress-*.md, from
/// LawRefBook/Laws; Benchmarks/diff-labels/shanghai-science-technology-progress-2010-2024.tsv labels old 第十八条 → new
/// 第十七、十八条).
@Suite struct ClauseCoverageTests {
    /// Old 第十八条 (2010): three paragraphs, one sentence each.
    static let old18 = """
        本市安排科技型中小企业创新资金，资助中小企业开展技术创新，推动科技型中小企业创新创业。
        市和区、县人民政府设立的高新技术创业服务中心应当为符合条件的高新技术创业项目和企业提供必要的场地、设施条件，提供政策咨询以及财务、营销、融资等方面的培训和推介服务。
        市和区县科技、经济信息化等部门应当健全中小企业服务机构的服务功能，引导创业投资机构向科技型中小企业投资，鼓励科技型中小企业开发新产品、新技术或者拓展运用成熟技术,扶持具有创新优势的科技型中小企业加速发展。
        """
    /// New 第十七条 (2024).
    static let new17 = """
        市、区人民政府应当建立科技型中小企业支持机制。通过优化企业公共服务平台、完善政府采购政策、安排专项资金等方式，引导科技型中小企业开发新技术、新产品、新工艺；通过科技创新券等方式，引导科技服务机构为科技型中小企业提供研究开发、技术转移、知识产权、科技咨询等专业化服务。
        鼓励科学技术研究开发机构、高等学校在同等条件下，优先向科技型中小企业转移具有自主知识产权的科技成果或者提供技术支持，相关政府部门应当提供便利。
        """
    /// New 第十八条 (2024).
    static let new18 = """
        市、区人民政府应当建立科技服务业支持机制，促进科技服务业专业化、市场化、国际化发展，支持科技服务机构集聚。
        市、区人民政府及其相关部门应当制定措施，对科技企业孵化机构、大学科技园等科技创新创业载体建设给予支持，引导其为科技企业成长提供专业服务。
        """

    /// The records of old unit 0 against `new`, with the article frequencies `links` would count (no renames).
    static func records(old: [String], new: [String]) -> [RewrittenMatcher.ClauseRecord] {
        let oldWhole = old.map(ComparisonKey.make), newWhole = new.map(ComparisonKey.make)
        var frequency: [String: Int] = [:]
        for key in oldWhole + newWhole { for w in RewrittenMatcher().words(key) { frequency[w, default: 0] += 1 } }
        return RewrittenMatcher().clauseRecords([0], oldWhole: oldWhole, newWhole: newWhole, oldTop: Array(old.indices),
                                                newTop: Array(new.indices), renames: [:], frequency: frequency)
    }

    @Test func clausesAreCutAtSentenceAndClauseMarksAndLines() {
        #expect(RewrittenMatcher.clauses(ComparisonKey.make(Self.old18)).count == 3)
        // New 第十七条: 。 and ； inside the first paragraph, then the second paragraph.
        let clauses = RewrittenMatcher.clauses(ComparisonKey.make(Self.new17))
        #expect(clauses.count == 4)
        #expect(clauses[0] == "市，区人民政府应当建立科技型中小企业支持机制")
        #expect(RewrittenMatcher.clauses("下列行为：\n（一）甲；\n（二）乙。") == ["下列行为", "（一）甲", "（二）乙"])
    }

    @Test func aClauseFindsItsNearestClauseInTheNewTextAndIsMutualUnlessAnotherOldArticleHoldsItCloser() throws {
        let new = [Self.new17, Self.new18]
        let found = Self.records(old: [Self.old18], new: new)
        // Old 第十八条's last paragraph (引导…鼓励科技型中小企业开发新产品、新技术) is nearest to new 第十七条's second clause
        // (引导科技型中小企业开发新技术、新产品、新工艺), and that clause's nearest old clause is it.
        let last = try #require(found.first { $0.index == 2 })
        #expect(last.new == 0 && last.newIndex == 1 && last.mutual)
        #expect(last.shared.contains("中小企业") && last.evidence >= 2)
        #expect(found.allSatisfy { $0.old == 0 && $0.share > 0 && $0.share <= 1 })
        #expect(abs(found.reduce(0) { $0 + $1.share } - 1) < 1e-9)
        // An old article holding that new clause word for word is its nearest old clause: no clause of old 第十八条 is a
        // mutual match of it any more (its first clause still finds it nearest, not mutually).
        let kept = "引导科技型中小企业开发新技术、新产品、新工艺。"
        let contested = Self.records(old: [Self.old18, kept], new: new).filter { $0.old == 0 }
        #expect(contested.contains { $0.new == 0 && $0.newIndex == 1 })
        #expect(!contested.contains { $0.new == 0 && $0.newIndex == 1 && $0.mutual })
    }

    @Test func aClauseRecurringInSeveralArticlesIsStockAndNotCounted() {
        let stock = "法律、法规另有规定的，从其规定。"
        let old = [Self.old18 + "\n" + stock, "本市鼓励企业开展技术创新。" + stock]
        let new = [Self.new17 + "\n" + stock, Self.new18]
        // Three articles hold the clause: it is read nowhere, and the other three clauses keep their shares.
        let found = Self.records(old: old, new: new)
        #expect(found.map(\.index).sorted() == [0, 1, 2])
        // In two articles only, it is an ordinary clause of old 第十八条 (its fourth), nearest to its copy in new 第十七条.
        let twice = Self.records(old: [old[0]], new: [new[0], Self.new18])
        #expect(twice.contains { $0.index == 3 && $0.new == 0 && $0.newIndex == 4 })
    }
}
