import Foundation
import Testing
@testable import ZhengceDocument

/// Responsibility clauses, targets and citations in isolation.
@Suite struct ClauseTests {
    func responsibilities(_ s: String, convention: Bool = false) -> [Responsibility] {
        let t = UnitText(s)
        return ResponsibilityExtractor(text: t, firstListedLeads: convention).extract(paragraphs: [0..<t.count])
    }

    @Test func statedLeadWithParticipants() {
        let r = responsibilities("加强监管。（商务部牵头，海关总署、税务总局按职责分工负责）")
        #expect(r.map(\.name) == ["商务部", "海关总署", "税务总局"])
        #expect(r.map(\.role) == [.lead, .participant, .participant])
        #expect(r.allSatisfy { !$0.roleInferred })
    }

    @Test func labelledListInfersTheFirstAsLead() {
        let r = responsibilities("加强监管。（责任单位：商务厅、成都海关）")
        #expect(r.map(\.name) == ["商务厅", "成都海关"])
        #expect(r[0].role == .lead && r[0].roleInferred)
        let stated = responsibilities("加强监管。（责任单位：商务厅、成都海关）", convention: true)
        #expect(stated[0].role == .lead && !stated[0].roleInferred)
    }

    @Test func bareListAtTheEnd() {
        let r = responsibilities("加快集聚主体。（市商务委、上海海关）")
        #expect(r.map(\.name) == ["市商务委", "上海海关"])
    }

    @Test func leadAndSupportLabelsOnTheirOwnParagraph() {
        let t = UnitText("加快建设。\n牵头单位：市发展改革委；配合单位：市财政局、各区人民政府")
        let r = ResponsibilityExtractor(text: t, firstListedLeads: false).extract(paragraphs: [0..<5, 6..<t.count])
        #expect(r.map(\.name) == ["市发展改革委", "市财政局", "各区人民政府"])
        #expect(r.map(\.role) == [.lead, .participant, .participant])
        #expect(r.map(\.collective) == [false, false, true])
    }

    @Test func youHuiTongForm() {
        let r = responsibilities("关于零售进口税收政策，由财政部按照有关原则，会同海关总署、税务总局另行制订。")
        #expect(r.map(\.name) == ["财政部", "海关总署", "税务总局"])
        #expect(r.map(\.role) == [.lead, .participant, .participant])
    }

    @Test(arguments: ["参加中国进出口商品交易会（广交会）等展会。", "对接国际规则（CPTPP）。", "在保税物流中心（B型）布局。", "设立专项资金（以下简称专项资金）。"])
    func bracketsThatAreNotClauses(text: String) {
        #expect(responsibilities(text).isEmpty)
    }

    @Test func conventionStatements() {
        #expect(ResponsibilityExtractor.statesFirstListedLeads(UnitText("排在第一位的部门为牵头部门。")))
        #expect(ResponsibilityExtractor.statesFirstListedLeads(UnitText("列第一位者为牵头单位，下同。")))
        #expect(!ResponsibilityExtractor.statesFirstListedLeads(UnitText("商务部牵头，各有关单位按职责分工负责。")))
    }

    func targets(_ s: String) -> [Target] {
        let t = UnitText(s)
        return TargetExtractor(text: t).extract(0..<t.count)
    }

    @Test func targetShapes() {
        let a = targets("到2025年，力争培育100家左右优秀海外仓企业。")
        #expect(a.count == 1 && a[0].year == 2025 && a[0].value == 100 && a[0].unit == "家" && a[0].comparator == .about)
        let b = targets("每年培训规模不少于2000人次。")
        #expect(b.count == 1 && b[0].year == nil && b[0].comparator == .atLeast && b[0].phrase == "不少于2000人次")
        let c = targets("保持年均10%以上的增速，到2027年底交易规模超过1600亿元。")
        #expect(c.map(\.phrase) == ["年均10%以上", "超过1600亿元"])
        #expect(c.map(\.year) == [nil, 2027])
        let d = targets("到2030年，单位产值能耗不超过0.5吨。")
        #expect(d.first?.comparator == .atMost && d.first?.value == 0.5)
        let e = targets("成立3—5个产业学院。")
        #expect(e.first?.value == 3 && e.first?.upperValue == 5 && e.first?.comparator == .between)
    }

    @Test func chineseNumeralAmountsAreReadWithValueAndUnit() {
        let a = targets("到2025年，跨境电商交易额超千亿元。")
        #expect(a.count == 1 && a[0].value == 1000 && a[0].unit == "亿元" && a[0].comparator == .atLeast && a[0].year == 2025)
        #expect(a.first?.phrase == "超千亿元")
        let b = targets("培育跨境电商龙头企业百家以上。")
        #expect(b.count == 1 && b[0].value == 100 && b[0].unit == "家" && b[0].comparator == .atLeast && b[0].phrase == "百家以上")
        let c = targets("每年培训跨境电商人才十万人次。")
        #expect(c.count == 1 && c[0].value == 10 && c[0].unit == "万人次" && c[0].phrase == "十万人次" && c[0].year == nil)
        // 出口超千亿元人民币的市场 describes the markets: not a target of its own.
        #expect(targets("力争培育10家左右出口超千亿元人民币的内外贸一体化市场。").map(\.phrase) == ["10家左右"])
        let d = targets("到2027年建成一百二十个海外仓和三千万平方米仓储面积。")
        #expect(d.map(\.value) == [120, 3000] && d.map(\.unit) == ["个", "万平方米"])
    }

    @Test(arguments: ["打造一批跨境电商龙头企业。", "聚焦三个方面推进。", "落实“十四五”规划。", "到2025年完成第十个项目。", "建成千家万户的服务网络。"])
    func chineseNumeralsThatAreNotAmounts(text: String) {
        #expect(targets(text).isEmpty)
    }

    @Test(arguments: ["落实《意见》（国办发〔2021〕24号）要求。", "2021年组织开展考核评估。", "零售出口（9610）企业。", "确保“7×24小时”通关。",
                      "商务部等9部门联合印发。", "支持企业参加B2B出口。"])
    func notTargets(text: String) {
        #expect(targets(text).isEmpty)
    }

    func citations(_ s: String) -> [Citation] {
        let t = UnitText(s)
        return CitationExtractor(text: t).extract(0..<t.count)
    }

    @Test func citationShapes() {
        let c = citations("贯彻《关于加快发展外贸新业态新模式的意见》（国办发[2021]24号）和《数字经济伙伴关系协定》，根据川办发〔2024〕27号文件精神。")
        #expect(c.map(\.title) == ["关于加快发展外贸新业态新模式的意见", "数字经济伙伴关系协定", nil])
        #expect(c.map(\.docNumber) == ["国办发〔2021〕24号", nil, "川办发〔2024〕27号"])
        let text = "贯彻《关于加快发展外贸新业态新模式的意见》（国办发[2021]24号）和《数字经济伙伴关系协定》，根据川办发〔2024〕27号文件精神。"
        #expect(slice(text, c[0].start, c[0].end) == "《关于加快发展外贸新业态新模式的意见》（国办发[2021]24号）")
        #expect(slice(text, c[2].start, c[2].end) == "川办发〔2024〕27号")
    }
}

/// Terms learned from a document for the segmenter.
@Suite struct TermTests {
    @Test func termsFromUnitsQuotesAndTitles() {
        let terms = DocumentTerms.terms(of: SeedCorpus.sichuanDraft)
        #expect(terms.contains("省经济合作局"))
        #expect(terms.contains("中国人民银行四川省分行"))
        #expect(terms.contains("川字号"))
        #expect(terms.contains("四川省海外仓高质量发展三年行动方案"))
        #expect(!terms.contains("各市（州）人民政府"))
        #expect(terms == terms.sorted())
    }
}

/// Laws named without 《》 as the basis of a text in its purpose clause.
@Suite struct BasisCitationTests {
    func citations(_ s: String) -> [(String?, String)] {
        let t = UnitText(s)
        return CitationExtractor(text: t).extract(0..<t.count).map { ($0.title, slice(s, $0.start, $0.end)) }
    }

    @Test func lawsNamedAsTheBasisOfTheText() {
        // 全国人民代表大会常务委员会议事规则 第一条 (lawrefbook, 2022): the constitution is the basis, not a source.
        let c = citations("为了健全全国人民代表大会常务委员会的议事程序，保障和规范其行使职权，根据宪法、全国人民代表大会组织法，总结全国人民代表大会常务委员会工作的实践经验，制定本规则。")
        #expect(c.map(\.0) == ["全国人民代表大会组织法"])
        #expect(c.map(\.1) == ["全国人民代表大会组织法"])
        // A name holding 和 stays whole; a 《》 title is read once; 其实施条例 and 有关法律 name no text.
        let d = citations("根据《中华人民共和国立法法》和全国人民代表大会和地方各级人民代表大会选举法以及中华人民共和国民法典、税收征收管理法及其实施条例等有关法律的规定，结合本省实际，制定本条例。")
        #expect(d.map(\.0) == ["中华人民共和国立法法", "全国人民代表大会和地方各级人民代表大会选举法", "中华人民共和国民法典", "税收征收管理法"])
        #expect(d[0].1 == "《中华人民共和国立法法》")
    }

    @Test(arguments: ["根据宪法，制定本法。", "根据传染病防治法的规定，各级人民政府应当组织开展爱国卫生运动。",
                      "依据本法和有关法律，制定本条例。", "根据国民经济和社会发展规划，制定本规划。", "按照劳动法的规定，制定本办法。"])
    func noBasisCitation(text: String) {
        #expect(citations(text).isEmpty)
    }
}
