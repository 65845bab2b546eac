import Foundation
import Testing
@testable import ZhengceLineage

/// The plans' organisational headings (组织实施, 协调机制, 工作机制) and the purpose needle 制定本 are filters for the
/// kind of text they were made for (issue 15, seventeenth round): a law's 县级以上人民政府…建立协调机制 article and a
/// 制定本辖区的…实施方案 provision are rows that can be aligned. Articles copied from the law corpus (lawrefbook):
/// `DLC/浙江地方法规/地方性法规/浙江/浙江省实施《献血法》办法(2020-11-27).md`.
@Suite struct OrganisationalArticleTests {
    static let purpose = "根据《中华人民共和国献血法》，结合本省实际，制定本办法。"
    static let coordination = "县级以上人民政府应当加强对献血工作的领导，组织制定献血工作规划，建立健全献血工作协调机制和目标责任制，对本级人民政府有关部门和下一级人民政府献血工作情况进行监督，将献血工作经费纳入本级财政预算，保证献血工作有效开展。"
    static let plan = """
        卫生健康主管部门应当根据献血工作规划和本地实际，制订年度献血工作计划，报本级人民政府批准后组织实施。
        乡镇人民政府和街道办事处应当根据年度献血工作计划，制定本辖区的献血工作实施方案，并动员、组织辖区内的单位和村（居）民委员会共同实施。
        国家机关、社会团体、企业事业单位和村（居）民委员会应当每年至少组织开展一次献血活动，动员本单位或者本居住区符合献血条件的公民参加献血。
        """

    @Test func purposeNeedleIsThePurposeClause() {
        #expect(FormulaArticle.isFormula(MeasureContent(text: OrganisationalArticleTests.purpose).units))
        #expect(!FormulaArticle.isFormula(MeasureContent(text: OrganisationalArticleTests.plan).units))
        // Its second paragraph alone (under the 150 characters of a purpose article) is a provision, not a formula.
        let district = OrganisationalArticleTests.plan.split(separator: "\n")[1]
        #expect(district.hasPrefix("乡镇人民政府") && district.count < 150)
        #expect(!FormulaArticle.isFormula(MeasureContent(text: String(district)).units))
        // A purpose clause after a 制定本 of a jurisdiction is still one.
        #expect(FormulaArticle.isFormula(MeasureContent(text: "为了指导各地制定本行政区域的规划，根据有关法律，制定本条例。").units))
        #expect(!FormulaArticle.isFormula(MeasureContent(text: "区、县人民政府制定本区、县突发事件总体应急预案。").units))
        #expect(!FormulaArticle.isFormula(MeasureContent(text: "供水企业应当制定本企业的供水事故应急预案。").units))
        #expect(FormulaArticle.isFormula(MeasureContent(text: "为推进跨境电商发展，制定本行动方案。").units))
    }

    @Test func organisationalWordsFilterPlansOnly() {
        let lead = String(OrganisationalArticleTests.coordination.prefix { $0 != "。" })
        #expect(FormulaArticle.isOrganisational(lead))
        #expect(!FormulaArticle.isOrganisational(lead, legislation: true))
        #expect(FormulaArticle.isOrganisational("加强组织领导", legislation: false))
        #expect(FormulaArticle.isOrganisational("建立协调机制", legislation: false))
    }

    /// In a provincial law, only the purpose article is left out of alignment; in a plan, its organisational
    /// heading still is.
    @Test func lawArticlesWithOrganisationalWordsAreRows() {
        let law = CalendarTests.law("zj", title: "浙江省实施《中华人民共和国献血法》办法",
                                    header: "2001年11月2日 浙江省第九届人民代表大会常务委员会第二十九次会议通过", date: "2020-11-27",
                                    level: .provincial, region: "浙江省",
                                    measures: [OrganisationalArticleTests.purpose, OrganisationalArticleTests.coordination,
                                               OrganisationalArticleTests.plan])
        #expect(LineageAnalyzer().analyze([law]).statistics.formulaMeasures == 1)
        let plan = DocumentBuilder.make(id: "plan", title: "浙江省献血工作三年行动计划", date: "2021-03-01", level: .provincial,
                                        region: "浙江省", measures: [
            ("（一）", "加强组织领导。各地要建立献血工作协调机制，明确责任分工。"),
            ("（二）", "扩大献血宣传。各地要在公共场所设置献血宣传栏，定期刊播献血公益广告。"),
        ])
        #expect(LineageAnalyzer().analyze([plan]).statistics.formulaMeasures == 1)
    }
}
