import Foundation
import Testing
import ZhengceDocument
@testable import ZhengceLineage

/// The decision rules inside a document pair (issue 15, fifth round): a penalty is matched only with a penalty,
/// a measure keeps only its near-best links into one document, and between two pieces of legislation where the
/// later implements the earlier, paraphrased articles are paired by the relative rule on in-pair word weights.
@Suite struct RelativeRuleTests {
    static let lawHeader = "1986年1月20日 第六届全国人民代表大会常务委员会第十四次会议通过"
    static let provinceHeader = "2005年11月18日 浙江省第十届人民代表大会常务委员会第二十一次会议通过"

    static func legislation(_ id: String, title: String, header: String, date: String, level: DocumentLevel?, region: String?,
                            cites: [(title: String?, number: String?)] = [], articles: [String]) -> PolicyDocument {
        let labels = ["第一条", "第二条", "第三条", "第四条", "第五条", "第六条", "第七条", "第八条", "第九条", "第十条"]
        return DocumentBuilder.prefixing(header, to: DocumentBuilder.make(
            id: id, title: title, date: date, level: level, region: region, cites: cites,
            measures: articles.enumerated().map { (labels[$0.offset], $0.element) }))
    }

    @Test func penaltiesAreToldFromRules() {
        func kind(_ text: String) -> ArticleKind { ArticleKind.of(MeasureContent(text: text).units) }
        #expect(kind("违反捕捞许可证关于作业类型、场所、时限和渔具数量的规定进行捕捞的，没收渔获物和违法所得，可以并处五万元以下的罚款。") == .penalty)
        #expect(kind("渔业行政主管部门工作人员玩忽职守的，依法给予处分。") == .penalty)
        #expect(kind("违反本规定第十一条的，没收渔获物和渔具。") == .penalty)
        #expect(kind("国家机关未按照本办法的规定开展献血动员、组织工作的，由卫生健康主管部门给予通报批评。") == .penalty)
        // 没收 without a violation is an object of the rule, not a sanction.
        #expect(kind("市渔业主管部门对受伤、搁浅、误捕、没收、移交的水生野生动物进行救治和暂养。") == .rule)
        #expect(kind("县级以上人民政府应当加强对养殖生产的技术指导和病害防治工作。") == .rule)
    }

    /// The law's penalty for fishing without a licence shares the sanction template with the province's rule on
    /// licences; they are not linked, while the rule still derives from the law's rule.
    @Test func aPenaltyDoesNotDeriveFromARule() {
        let law = RelativeRuleTests.legislation("law", title: "中华人民共和国渔业法", header: RelativeRuleTests.lawHeader, date: "1986-01-20",
                                                level: .national, region: nil, articles: [
            "国家对捕捞业实行捕捞许可证制度，捕捞许可证不得买卖、出租和以其他形式转让，不得涂改、伪造、变造。",
        ])
        let province = RelativeRuleTests.legislation("zj", title: "浙江省渔业管理条例", header: RelativeRuleTests.provinceHeader,
                                                     date: "2005-11-18", level: .provincial, region: "浙江省",
                                                     cites: [("中华人民共和国渔业法", nil)], articles: [
            "捕捞许可证不得买卖、出租和以其他形式转让，不得涂改、伪造、变造，违反的，没收渔获物，处一万元以下罚款。",
            "实行捕捞许可证制度，捕捞许可证不得买卖、出租和以其他形式转让，不得涂改、伪造、变造。",
        ])
        let analysis = LineageAnalyzer().analyze([law, province])
        let links = analysis.graph.measureLinks.filter { $0.from.document == "zj" && $0.to.document == "law" }
        #expect(links.contains { $0.from.label == "第二条" && $0.type == .derives })
        #expect(!links.contains { $0.from.label == "第一条" })
    }

    /// A provincial article restating one national article shares a shorter passage with that article's
    /// neighbour: the neighbour is a far runner-up and is dropped; with the rule off (ratio 0) it is kept.
    @Test func aFarRunnerUpInTheSameDocumentIsDropped() {
        let law = RelativeRuleTests.legislation("law", title: "中华人民共和国渔业法", header: RelativeRuleTests.lawHeader, date: "1986-01-20",
                                                level: .national, region: nil, articles: [
            "进行水下爆破、勘探、施工作业，对渔业资源有严重影响的，作业单位应当事先同有关县级以上人民政府渔业行政主管部门协商，采取措施，防止或者减少对渔业资源的损害。",
            "在鱼、虾、蟹洄游通道建闸、筑坝，对渔业资源有严重影响的，建设单位应当建造过鱼设施或者采取其他补救措施。",
        ])
        let province = RelativeRuleTests.legislation("zj", title: "浙江省渔业管理条例", header: RelativeRuleTests.provinceHeader,
                                                     date: "2005-11-18", level: .provincial, region: "浙江省",
                                                     cites: [("中华人民共和国渔业法", nil)], articles: [
            "进行水下爆破、勘探、采砂等施工作业，对渔业资源有严重影响的，作业单位在依法报请批准前，应当事先同有关县级以上人民政府渔业行政主管部门协商，采取措施，防止或者减少对渔业资源的损害，并采取其他补救措施。",
        ])
        func parents(_ options: LineageOptions) -> [String] {
            LineageAnalyzer(options: options).analyze([law, province]).graph.measureLinks
                .filter { $0.from.document == "zj" && $0.to.document == "law" }.compactMap(\.to.label).sorted()
        }
        var all = LineageOptions()
        all.runnerUpRatio = 0
        #expect(parents(all) == ["第一条", "第二条"])
        #expect(parents(LineageOptions()) == ["第一条"])
    }

    /// Between a law and the provincial regulation implementing it, articles restating the law in other words
    /// (no shared passage of six characters) are paired with the article that uses the same specific words;
    /// words in every article of the pair (渔业部门) do not decide; a provincial article of its own subject is
    /// left alone. The pass runs only where the province restates the law: three articles copied verbatim here;
    /// without them (a law the regulation merely names), no paraphrase is looked for.
    @Test func legislationParaphrasesFollowTheRelativeRule() {
        let copied = ["渔业水域生态环境的监督管理和渔业污染事故的调查处理，依照有关法律的规定执行。",
                      "禁止围湖造田，沿海滩涂未经批准不得围垦。",
                      "在鱼、虾、蟹洄游通道建闸、筑坝，对渔业资源有严重影响的，建设单位应当建造过鱼设施。"]
        func pair(restated: Bool) -> [PolicyDocument] {
            let law = RelativeRuleTests.legislation("law", title: "中华人民共和国渔业法", header: RelativeRuleTests.lawHeader, date: "1986-01-20",
                                                    level: .national, region: nil, articles: [
                "县级以上人民政府渔业部门在核发养殖证时，应当优先安排当地的渔业生产者。",
                "县级以上人民政府渔业部门应当对渔业水域统一规划，征收渔业资源增殖保护费，专门用于增殖和保护。",
                "水产苗种的进口、出口由县级以上人民政府渔业部门审批，并实施检疫。",
                "县级以上人民政府渔业部门应当加强渔港监督管理，维护渔港的正常秩序。",
            ] + (restated ? copied : []))
            let province = RelativeRuleTests.legislation("zj", title: "浙江省渔业管理条例", header: RelativeRuleTests.provinceHeader,
                                                         date: "2005-11-18", level: .provincial, region: "浙江省",
                                                         cites: [("中华人民共和国渔业法", nil)], articles: [
                "对全民所有水域的养殖许可，渔业部门给予当地渔民优先，发放养殖证。",
                "从境外引进水产苗种的，报省渔业部门批准，经检疫合格后方可投放。",
                "省人民政府扶持渔业互助保障组织，鼓励渔民参加互保。",
            ] + (restated ? copied : []))
            return [law, province]
        }
        let analysis = LineageAnalyzer().analyze(pair(restated: true))
        let links = analysis.graph.measureLinks.filter { $0.from.document == "zj" && $0.to.document == "law" }
        let pairs = Set(links.map { "\($0.from.label ?? "")→\($0.to.label ?? "")" })
        #expect(pairs.contains("第一条→第一条"))
        #expect(pairs.contains("第二条→第三条"))
        #expect(!links.contains { $0.from.label == "第三条" })
        #expect(links.allSatisfy { $0.type == .derives })
        #expect(links.contains { $0.evidence?.kind == "substance" && ($0.evidence?.sharedTerms ?? []).contains { $0.contains("养殖") } })
        #expect(analysis.statistics.legislationParaphraseLinks == 2)
        // A law the province only names: no paraphrase looked for.
        let named = LineageAnalyzer().analyze(pair(restated: false))
        #expect(named.statistics.legislationParaphraseLinks == 0)
        // Off, the restating pair finds none either.
        var off = LineageOptions()
        off.legislationParaphraseScore = 0
        #expect(LineageAnalyzer(options: off).analyze(pair(restated: true)).statistics.legislationParaphraseLinks == 0)
    }

    /// A city regulation of 2016 cites 立法法 and restates it; the corpus holds the 2015 and the 2023 text. The
    /// citation resolves to one of them, and the link to the other is `derives` too (the 2023 text is later only
    /// because it was amended), not `related`; of the two, the version in force in 2016 is kept
    /// (`Context.keepVersionsInForce`).
    @Test func citingOneVersionDerivesFromTheOthers() {
        // Three articles restated (a verbatim run: the titles share no subject word, so the documents are related by it).
        let articles = ["列入常务委员会会议议程的法律案，一般应当经三次常务委员会会议审议后再交付表决，在全体会议上听取提案人的说明，由分组会议进行初步审议。",
                        "列入常务委员会会议议程的法律案，由有关的专门委员会进行审议，提出审议意见，印发常务委员会会议，有关的专门委员会审议时可以邀请其他专门委员会的成员列席会议。",
                        "列入常务委员会会议议程的法律案，法律委员会和有关的专门委员会应当听取各方面的意见，可以采取座谈会、论证会、听证会等多种形式。"]
        func text(_ header: String, _ id: String, _ title: String, _ date: String, level: DocumentLevel?, region: String?,
                  cites: [(title: String?, number: String?)], local: Bool) -> PolicyDocument {
            RelativeRuleTests.legislation(id, title: title, header: header, date: date, level: level, region: region, cites: cites,
                                          articles: articles.map { local ? $0.replacingOccurrences(of: "法律案", with: "地方性法规案") : $0 })
        }
        let old = text("2015年3月15日第十二届全国人民代表大会第三次会议修正", "law-2015", "中华人民共和国立法法", "2015-03-15",
                       level: .national, region: nil, cites: [], local: false)
        let new = text("2023年3月13日第十四届全国人民代表大会第一次会议修正", "law-2023", "中华人民共和国立法法", "2023-03-13",
                       level: .national, region: nil, cites: [], local: false)
        let city = text("2016年3月30日 济宁市第十七届人民代表大会第五次会议通过", "jining", "济宁市制定地方性法规条例", "2016-03-30",
                        level: .municipal, region: "济宁市", cites: [("中华人民共和国立法法", nil)], local: true)
        // In a corpus of three texts every trigram is in every document and restated articles score about 0.4
        // (identical ones 0.6), so the verbatim run is counted from 0.35 here.
        var options = LineageOptions()
        options.relationScore = 0.35
        let analysis = LineageAnalyzer(options: options).analyze([old, new, city])
        #expect(LineageAnalyzer().analyze([old, new, city]).graph.measureLinks.filter { $0.from.document == "jining" }.isEmpty)
        let links = analysis.graph.measureLinks.filter { $0.from.document == "jining" && $0.from.label == "第一条" }
        #expect(Set(links.map(\.to.document)) == ["law-2015"])
        #expect(links.allSatisfy { $0.type == .derives })
        options.versionInForce = false
        let every = LineageAnalyzer(options: options).analyze([old, new, city]).graph.measureLinks
            .filter { $0.from.document == "jining" && $0.from.label == "第一条" }
        #expect(Set(every.map(\.to.document)) == ["law-2015", "law-2023"])
        #expect(every.allSatisfy { $0.type == .derives })
    }
}
