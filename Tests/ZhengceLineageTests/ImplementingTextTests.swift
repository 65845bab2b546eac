import Foundation
import Testing
import ZhengceDocument
@testable import ZhengceLineage

/// Local texts that implement a national one they are named after, and the formula articles such a text takes from
/// it (issue 15, twenty-first round). Texts from lawrefbook: `DLC/山东地方法规/地方性法规/山东/济南市气象灾害防御条例(2014-11-27).md`
/// 第一条 and 第六条, `行政法规/气象灾害防御条例(2017-10-07).md` 第七条, `DLC/山东地方法规/地方性法规/山东/淄博市水土保持若干规定(2018-09-25).md`
/// 第一条 and 第二条, `经济法/水土保持法(2010-12-25).md` 第一条, 第十三条 and 第三十四条 (headers as in the files).
@Suite struct ImplementingTextTests {
    static let jinanHeader = "2014年9月23日 济南市第十五届人民代表大会常务委员会第十六次会议通过\n2014年11月27日 山东省第十二届人民代表大会常务委员会第十一次会议批准"
    static let stateCouncilHeader = "2010年1月27日中华人民共和国国务院令第570号公布　根据2017年10月7日《国务院关于修改部分行政法规的决定》修订"
    static let jinanSix = "各级人民政府及气象主管机构和有关部门应当采取多种形式，向社会宣传普及气象灾害防御知识，提高公众的防灾减灾意识和能力。"
    static let stateCouncilSeven = "地方各级人民政府、有关部门应当采取多种形式，向社会宣传普及气象灾害防御知识，提高公众的防灾减灾意识和能力。"

    /// 济南 names its own regulation after the State Council's: 《气象灾害防御条例》 is the end of its own title.
    static func jinan(citing cited: [String]) -> PolicyDocument {
        DocumentBuilder.prefixing(jinanHeader, to: DocumentBuilder.make(
            id: "jn", title: "济南市气象灾害防御条例", date: "2014-11-27", level: .municipal, region: "济南市",
            cites: cited.map { ($0, nil) }, measures: [("第六条", jinanSix)]))
    }

    static let stateCouncil = DocumentBuilder.prefixing(stateCouncilHeader, to: DocumentBuilder.make(
        id: "gwy", title: "气象灾害防御条例", date: "2017-10-07", measures: [("第七条", stateCouncilSeven)]))

    @Test func aCityRegulationCitesTheNationalRegulationItIsNamedAfter() {
        let graph = LineageAnalyzer().analyze([ImplementingTextTests.jinan(citing: ["中华人民共和国气象法", "气象灾害防御条例"]),
                                               ImplementingTextTests.stateCouncil]).graph
        #expect(graph.documentLinks.contains { $0.type == .cites && $0.from.document == "jn" && $0.to.document == "gwy" })
        // A cited pair: the article it restates is linked from 0.2, not the 0.3 of texts that do not cite each other.
        let links = graph.measureLinks.filter { $0.from.document == "jn" && $0.to.document == "gwy" }
        #expect(links.map(\.type) == [.derives])
        #expect(graph.documents.filter(\.external).map(\.title) == ["中华人民共和国气象法"])
    }

    @Test func aTitleThatIsOnlyTheEndOfItsOwnStillNamesItselfWhenNoTextBearsItExactly() {
        // Another city's regulation of the same name ends the same way: it is not what 济南 cites.
        let beijing = DocumentBuilder.make(id: "bj", title: "北京市气象灾害防御条例", date: "2015-01-01", level: .provincial,
                                           region: "北京市", measures: [("第五条", ImplementingTextTests.stateCouncilSeven)])
        let graph = LineageAnalyzer().analyze([ImplementingTextTests.jinan(citing: ["气象灾害防御条例"]), beijing]).graph
        #expect(!graph.documentLinks.contains { $0.type == .cites && $0.from.document == "jn" })
        #expect(!graph.documents.contains { $0.external })
        // Its whole title names itself, as before.
        let own = LineageAnalyzer().analyze([ImplementingTextTests.jinan(citing: ["济南市气象灾害防御条例"]),
                                             ImplementingTextTests.stateCouncil]).graph
        #expect(!own.documentLinks.contains { $0.type == .cites && $0.from.document == "jn" })
    }

    static let soilHeader = "1991年6月29日 第七届全国人民代表大会常务委员会第二十次会议通过\n2010年12月25日 第十一届全国人民代表大会常务委员会第十八次会议修订"
    static let ziboHeader = "1995年9月19日 淄博市第十届人民代表大会常务委员会第二十次会议通过\n1995年10月12日 山东省第八届人民代表大会常务委员会第十八次会议批准"

    @Test func aPurposeArticlePairedByTheFormulaPassIsNotWithheldForItsRecurringWords() {
        // 保护和合理利用水土资源 and 改善生态环境 recur in the law's 第十三条 and 第三十四条, 水土流失 everywhere: the rule on
        // unspecific evidence would withhold the pair, which the formula pass makes for what it is (purpose ← purpose).
        let law = DocumentBuilder.prefixing(ImplementingTextTests.soilHeader, to: DocumentBuilder.make(
            id: "law", title: "中华人民共和国水土保持法", date: "2010-12-25", measures: [
                ("第一条", "为了预防和治理水土流失，保护和合理利用水土资源，减轻水、旱、风沙灾害，改善生态环境，保障经济社会可持续发展，制定本法。"),
                ("第十三条", "水土保持规划的内容应当包括水土流失状况、水土流失类型区划分、水土流失防治目标、任务和措施等。水土保持规划包括对流域或者区域预防和治理水土流失、保护和合理利用水土资源作出的整体部署，以及根据整体部署对水土保持专项工作或者特定区域预防和治理水土流失作出的专项部署。"),
                ("第三十四条", "国家鼓励和支持承包治理荒山、荒沟、荒丘、荒滩，防治水土流失，保护和改善生态环境，促进土地资源的合理开发和可持续利用，并依法保护土地承包合同当事人的合法权益。"),
            ]))
        let zibo = DocumentBuilder.prefixing(ImplementingTextTests.ziboHeader, to: DocumentBuilder.make(
            id: "zb", title: "淄博市水土保持若干规定", date: "2018-09-25", level: .municipal, region: "淄博市",
            cites: [("中华人民共和国水土保持法", nil)], measures: [
                ("第一条", "为加强水土保持监督管理，保护和合理利用水土资源，防治水土流失，改善生态环境，根据《中华人民共和国水土保持法》等有关法律法规，结合本市实际，制定本规定。"),
                ("第二条", "在本市行政区域内所有从事自然资源开发、生产建设和其他可能造成水土流失活动的单位和个人，必须遵守本规定。"),
            ]))
        let links = LineageAnalyzer().analyze([law, zibo]).graph.measureLinks
            .filter { $0.from.document == "zb" && $0.from.label == "第一条" && $0.to.document == "law" }
        #expect(links.map(\.type) == [.derives])
        #expect(links.first?.to.label == "第一条")
        #expect(links.first?.evidence?.method == "formula-correspondence")
    }

    // 浙江省渔业管理条例(2020-09-24) 第二条 and 第九条, 渔业法(2013-12-28) 第二条 and 第十一条, headers as in the files (first lines).
    static let fisheryHeader = "1986年1月20日 第六届全国人民代表大会常务委员会第十四次会议通过\n2013年12月28日 第十二届全国人民代表大会常务委员会第六次会议《关于修改〈中华人民共和国海洋环境保护法〉等七部法律的决定》第四次修正"
    static let zhejiangHeader = "2005年11月18日 浙江省第十届人民代表大会常务委员会第二十一次会议通过"
    static let zhejiangScope = "在本省行政区域内的水域、滩涂以及国家规定由本省实施渔业监督管理的水域从事养殖、捕捞等渔业生产活动，应当遵守本条例。"
    static let lawScope = "在中华人民共和国的内水、滩涂、领海、专属经济区以及中华人民共和国管辖的一切其他海域从事养殖和捕捞水生动物、水生植物等渔业生产活动，都必须遵守本法。"

    @Test func scopeArticlesAreRead() {
        #expect(Context.isScope(String(decoding: MeasureContent(text: ImplementingTextTests.zhejiangScope).units, as: UTF16.self)))
        #expect(Context.isScope(String(decoding: MeasureContent(text: ImplementingTextTests.lawScope).units, as: UTF16.self)))
        // A penalty naming the text is no scope; nor an article that only says a body applies it.
        #expect(!Context.isScope(String(decoding: MeasureContent(text: "违反本条例规定的，适用本条例第五十条处罚。").units, as: UTF16.self)))
        #expect(!Context.isScope(String(decoding: MeasureContent(text: "单位和个人使用全民所有的水域、滩涂从事养殖生产的，应当向县级以上人民政府渔业行政主管部门申领养殖证。").units, as: UTF16.self)))
    }

    @Test func theScopeArticleOfAnImplementingRegulationDerivesFromTheLawsScope() {
        let law = DocumentBuilder.prefixing(ImplementingTextTests.fisheryHeader, to: DocumentBuilder.make(
            id: "law", title: "中华人民共和国渔业法", date: "2013-12-28", measures: [
                ("第二条", ImplementingTextTests.lawScope),
                ("第十一条", "国家对水域利用进行统一规划，确定可以用于养殖业的水域和滩涂。单位和个人使用国家规划确定用于养殖业的全民所有的水域、滩涂的，使用者应当向县级以上地方人民政府渔业行政主管部门提出申请，由本级人民政府核发养殖证，许可其使用该水域、滩涂从事养殖生产。核发养殖证的具体办法由国务院规定。"),
            ]))
        let province = DocumentBuilder.prefixing(ImplementingTextTests.zhejiangHeader, to: DocumentBuilder.make(
            id: "zj", title: "浙江省渔业管理条例", date: "2020-09-24", level: .provincial, region: "浙江省",
            cites: [("中华人民共和国渔业法", nil)], measures: [
                ("第二条", ImplementingTextTests.zhejiangScope),
                ("第九条", "单位和个人使用全民所有的水域、滩涂从事养殖生产的，应当向县级以上人民政府渔业行政主管部门申领养殖证。"),
            ]))
        func scopeLinks(_ options: LineageOptions) -> [LineageLink] {
            LineageAnalyzer(options: options).analyze([law, province]).graph.measureLinks
                .filter { $0.from.document == "zj" && $0.from.label == "第二条" && $0.to.document == "law" }
        }
        // In two documents alone the scope articles share enough trigrams to be aligned (0.24); in the law corpus they
        // score 0.117. The bar of alignment is raised here so that only the scope rule can link them.
        var on = LineageOptions(); on.linkScore = 0.5; on.supportScore = 0.5
        let links = scopeLinks(on)
        #expect(links.map(\.type) == [.derives])
        #expect(links.first?.to.label == "第二条")
        #expect(links.first?.evidence?.method == "formula-correspondence")
        #expect(links.first?.evidence?.direction?.contains("scope article") == true)
        // Turned off, the scope is not linked: its words are those of every article of the two texts.
        var off = on; off.scopeShare = 0
        #expect(scopeLinks(off).isEmpty)
    }
}
