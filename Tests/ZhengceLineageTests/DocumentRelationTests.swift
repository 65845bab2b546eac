import Foundation
import Testing
import ZhengceDocument
@testable import ZhengceLineage

/// Issue 15, sixth round: between two pieces of legislation a measure link needs a relation of the documents
/// themselves, and an implementing text's purpose and misconduct formulas correspond to those of the text it implements.
@Suite struct DocumentRelationTests {
    static let lawHeader = "1997年12月29日 第八届全国人民代表大会常务委员会第二十九次会议通过"
    static let provinceHeader = "2014年5月30日 山东省第十二届人民代表大会常务委员会第八次会议通过"

    /// A reporting clause any regulation may carry, in the law's wording and, reworded a little, in the province's.
    static let lawReport = "血站应当为献血者提供各种安全、卫生、便利的条件，对献血者的身体健康状况进行免费检查；任何单位和个人都有权对违反本法规定的行为进行检举和控告。"
    static let provinceReport = "水行政主管部门应当建立投诉、举报受理制度，公开举报电话和电子邮箱，任何单位和个人都有权对违反本条例规定的行为进行检举和控告，接到举报的部门应当依法及时处理并将结果告知举报人。"

    static func pair(provinceTitle: String, cites: Bool) -> [PolicyDocument] {
        let law = RelativeRuleTests.legislation("law", title: "中华人民共和国献血法", header: lawHeader, date: "1997-12-29",
                                                level: .national, region: nil, articles: [
            "国家实行无偿献血制度。国家提倡十八周岁至五十五周岁的健康公民自愿献血。",
            lawReport,
        ])
        let province = RelativeRuleTests.legislation("sd", title: provinceTitle, header: provinceHeader, date: "2014-05-30",
                                                     level: .provincial, region: "山东省",
                                                     cites: cites ? [("中华人民共和国献血法", nil)] : [], articles: [
            "在二十五度以上陡坡地种植经济林的，应当控制规模、合理布局，并采取保护林下植被、蓄水保土等措施。",
            provinceReport,
        ])
        return [law, province]
    }

    static func links(_ documents: [PolicyDocument], _ options: LineageOptions = LineageOptions()) -> [LineageLink] {
        LineageAnalyzer(options: options).analyze(documents).graph.measureLinks
            .filter { $0.from.document == "sd" && $0.to.document == "law" }
    }

    /// The same reporting clause in a national law on blood donation and a provincial regulation on soil
    /// conservation that does not cite it: no measure link (the subjects share nothing, there is no citation
    /// and only one clause in common). With the rule off (`isolatedScore` 0) the clause is linked, so the test
    /// can fail; nor does citing the law; a province whose title shares the law's subject keeps the link.
    @Test func aSharedClauseAloneDoesNotLinkUnrelatedLegislation() throws {
        let unrelated = DocumentRelationTests.pair(provinceTitle: "山东省水土保持条例", cites: false)
        var off = LineageOptions()
        off.isolatedScore = 0
        let offLinks = DocumentRelationTests.links(unrelated, off)
        let clause = try #require(offLinks.first { $0.from.label == "第二条" && $0.to.label == "第二条" })
        #expect(clause.type == .derives)
        #expect((clause.score ?? 0) < LineageOptions().isolatedScore)
        #expect(DocumentRelationTests.links(unrelated).isEmpty)
        let analysis = LineageAnalyzer().analyze(unrelated)
        #expect(analysis.statistics.unrelatedLinksDropped >= 1)
        #expect(!analysis.graph.links.contains { $0.type == .derives && $0.from.document == "sd" })
        // A citation alone does not relate them (a regulation names 行政处罚法 in its penalty article).
        #expect(DocumentRelationTests.links(DocumentRelationTests.pair(provinceTitle: "山东省水土保持条例", cites: true)).isEmpty)
        // Titles of one subject (献血): related documents too.
        let subject = DocumentRelationTests.links(DocumentRelationTests.pair(provinceTitle: "山东省献血条例", cites: false))
        #expect(subject.contains { $0.from.label == "第二条" && $0.to.label == "第二条" })
    }

    /// A provincial regulation that implements a law (cites it in its purpose article) restates the law's purpose
    /// and its misconduct article: both are formula articles, left out of alignment, and linked here by their
    /// correspondence. A purpose clause sharing only the formula's words (为了…，根据…，制定本条例) is not linked.
    @Test func anImplementingTextTakesUpThePurposeAndMisconductFormulas() {
        let law = RelativeRuleTests.legislation("law", title: "中华人民共和国水土保持法", header: DocumentRelationTests.lawHeader, date: "2010-12-25",
                                                level: .national, region: nil, articles: [
            "为了预防和治理水土流失，保护和合理利用水土资源，减轻水、旱、风沙灾害，改善生态环境，保障经济社会可持续发展，制定本法。",
            "水土保持方案经批准后，生产建设项目的地点、规模发生重大变化的，应当补充或者修改水土保持方案并报原审批机关批准。",
            "水行政主管部门工作人员滥用职权、玩忽职守、徇私舞弊的，依法给予处分；发现违法行为或者接到举报不予查处的，依法给予处分。",
        ])
        func province(purpose: String) -> PolicyDocument {
            RelativeRuleTests.legislation("sd", title: "山东省水土保持条例", header: DocumentRelationTests.provinceHeader, date: "2014-05-30",
                                          level: .provincial, region: "山东省", cites: [("中华人民共和国水土保持法", nil)], articles: [
                purpose,
                "县级以上人民政府应当组织编制水土保持规划，报本级人民政府批准后实施。",
                "水行政主管部门工作人员滥用职权、玩忽职守、徇私舞弊，发现违法行为或者接到举报不予查处的，依法给予处分。",
            ])
        }
        let restating = province(purpose: "为了预防和治理水土流失，保护和合理利用水土资源，减轻水、旱、风沙灾害，改善生态环境，根据有关法律、行政法规，结合本省实际，制定本条例。")
        let links = DocumentRelationTests.links([law, restating])
        let pairs = Set(links.filter { $0.evidence?.method == "formula-correspondence" }.map { "\($0.from.label ?? "")→\($0.to.label ?? "")" })
        #expect(pairs == ["第一条→第一条", "第三条→第三条"])
        #expect(links.filter { $0.evidence?.method == "formula-correspondence" }.allSatisfy { $0.type == .derives })
        // A purpose of its own: only the misconduct articles correspond.
        let own = province(purpose: "为了规范本省渔港和渔业船舶的管理，维护渔业生产秩序，根据有关法律、行政法规，结合本省实际，制定本条例。")
        let ownPairs = Set(DocumentRelationTests.links([law, own]).filter { $0.evidence?.method == "formula-correspondence" }
            .map { "\($0.from.label ?? "")→\($0.to.label ?? "")" })
        #expect(ownPairs == ["第三条→第三条"])
        // Off: none.
        var off = LineageOptions()
        off.formulaShare = 0
        #expect(!DocumentRelationTests.links([law, restating], off).contains { $0.evidence?.method == "formula-correspondence" })
    }
}
