import Foundation
import Testing
import ZhengceDocument
@testable import ZhengceLineage

/// A child that names its sources and a parent outside them (issue 15, twenty-fourth round): `Context.withholdUnsure`,
/// `Context.outsideCitedSources`, `LineageOptions.withholdOutsideSources`. Articles, titles, citations and scores from the
/// law corpus (lawrefbook) and its lineage run at main fb2d078 (articles abridged to their first paragraph where noted).
@Suite struct OutsideSourcesTests {
    typealias Found = (type: LinkType, child: String, parent: String, score: Double)

    /// The measure links left after the citations are resolved and `withholdUnsure` has run.
    static func kept(_ documents: [PolicyDocument], _ found: [(PolicyDocument, PolicyDocument, Found)],
                     options: LineageOptions = LineageOptions()) -> (links: [String], statistics: AlignmentStatistics) {
        var context = Context(documents: documents, options: options)
        context.resolveCitations()
        for (child, parent, item) in found {
            context.addMeasureLink(item.type, from: child, item.child, to: parent, item.parent, score: item.score)
        }
        context.withholdUnsure()
        return (context.links.filter { !$0.key.document }
                    .map { "\($0.link.from.document) \($0.link.from.label ?? "") ← \($0.link.to.document) \($0.link.to.label ?? "")" },
                context.statistics)
    }

    // 河南省人民代表大会议事规则 (1994, amended 2010) names its sources in 第一条: 宪法, 地方各级人民代表大会和地方各级人民政府组织法,
    // 选举法, 代表法. Its 第十四条 (the standing chairs of the presidium) shares a sentence with 全国人民代表大会组织法 第十五条
    // (0.306 in the law run), a text it does not cite and none of its sources cites or is cited by: the two bodies' rules are
    // modelled on each other, read `related`, not a take-up (labelled in round five).
    static let henanRules = DocumentBuilder.prefixing("1994年3月6日 河南省第八届人民代表大会第二次会议通过", to: DocumentBuilder.make(
        id: "henan-rules", title: "河南省人民代表大会议事规则", date: "2010-07-30", level: .provincial, region: "河南省",
        cites: [("中华人民共和国地方各级人民代表大会和地方各级人民政府组织法", nil)], measures: [
            ("第十四条", "主席团常务主席召集并主持主席团会议。主席团第一次会议由省人民代表大会常务委员会主任召集。如果主任不能出席，可以委托一位副主任召集。每届省人民代表大会第一次会议的主席团第一次会议，由大会秘书长召集。主席团常务主席可以对属于主席团职权范围内的事项向主席团提出建议，并可以对会议日程安排作必要的调整。"),
        ]))
    static let localOrganic = DocumentBuilder.prefixing("1979年7月1日 第五届全国人民代表大会第二次会议通过", to: DocumentBuilder.make(
        id: "local-organic", title: "中华人民共和国地方各级人民代表大会和地方各级人民政府组织法", date: "2022-03-11", measures: [
            ("第一条", "为了健全地方各级人民代表大会和地方各级人民政府的组织和工作制度，保障和规范其行使职权，坚持和完善人民代表大会制度，保证人民当家作主，根据宪法，制定本法。"),
        ]))
    static let npcOrganic = DocumentBuilder.prefixing("1982年12月10日 第五届全国人民代表大会第五次会议通过", to: DocumentBuilder.make(
        id: "npc-organic", title: "中华人民共和国全国人民代表大会组织法", date: "2021-03-11", measures: [
            ("第十五条", "主席团常务主席就拟提请主席团审议事项，听取秘书处和有关专门委员会的报告，向主席团提出建议。主席团常务主席可以对会议日程作必要的调整。"),
        ]))

    // 郑州市城乡规划管理条例 cites 城乡规划法, not 河南省实施《中华人民共和国城乡规划法》办法: a local parent, above the city's text in
    // its own province, and 第七十三条 (building without a permit) ← 第七十一条 (0.692) is a take-up.
    static let zhengzhou = DocumentBuilder.prefixing("2009年10月29日 郑州市第十三届人民代表大会常务委员会第六次会议通过", to: DocumentBuilder.make(
        id: "zhengzhou-planning", title: "郑州市城乡规划管理条例", date: "2015-10-22", level: .municipal, region: "郑州市",
        cites: [("中华人民共和国城乡规划法", nil)], measures: [
            ("第七十三条", "未取得建设工程规划许可证或者未按照建设工程规划许可证规定进行建设的，由城乡规划主管部门责令停止建设，并按下列规定处理：（一）对尚可采取改正措施消除对规划实施的影响的，限期改正，并处违法建设工程整体造价百分之五以上百分之十以下罚款；（二）对无法采取改正措施消除对规划实施的影响的，限期拆除；不能拆除的，没收该建筑物、构筑物或者违法收入，可并处违法建设工程整体造价百分之十以下罚款。"),
        ]))
    static let henanPlanning = DocumentBuilder.prefixing("2010年7月30日 河南省第十一届人民代表大会常务委员会第十六次会议通过", to: DocumentBuilder.make(
        id: "henan-planning", title: "河南省实施《中华人民共和国城乡规划法》办法", date: "2010-07-30", level: .provincial, region: "河南省",
        cites: [("中华人民共和国城乡规划法", nil)], measures: [
            ("第七十一条", "未取得建设工程规划许可证或者未按照建设工程规划许可证的规定进行建设的，由县级以上人民政府城乡规划主管部门责令停止建设；尚可采取改正措施消除对规划实施的影响的，限期改正，处违法建设工程造价百分之五以上百分之十以下罚款；无法采取改正措施消除对规划实施的影响的，限期拆除，不能拆除的，没收实物或者违法收入，可以并处建设工程造价百分之十以下的罚款。"),
        ]))
    static let planningLaw = DocumentBuilder.prefixing("2007年10月28日 第十届全国人民代表大会常务委员会第三十次会议通过", to: DocumentBuilder.make(
        id: "planning-law", title: "中华人民共和国城乡规划法", date: "2019-04-23", measures: [
            ("第一条", "为了加强城乡规划管理，协调城乡空间布局，改善人居环境，促进城乡经济社会全面协调可持续发展，制定本法。"),
        ]))

    // 新乡市不可移动文物保护条例 (2021) cites 文物保护法, not its implementing regulation; 文物保护法实施条例 cites 文物保护法 too,
    // and 第十二条 (protection zones, signs, records within a year; first paragraph) ← 第八条 (0.504) is a take-up.
    static let xinxiang = DocumentBuilder.prefixing("2021年11月2日 新乡市第十三届人民代表大会常务委员会第二十八次会议通过", to: DocumentBuilder.make(
        id: "xinxiang-relics", title: "新乡市不可移动文物保护条例", date: "2021-12-27", level: .municipal, region: "新乡市",
        cites: [("中华人民共和国文物保护法", nil)], measures: [
            ("第十二条", "市、县（市、区）人民政府应当对其核定公布的文物保护单位，自核定公布之日起一年内，划定必要的保护范围，作出标志说明，建立记录档案，设置专门机构或者指定机构、专人负责管理。县（市、区）文物行政主管部门应当每年更新完善文物保护单位记录档案。"),
        ]))
    static let relicsRegulation = DocumentBuilder.prefixing("2003年5月18日 中华人民共和国国务院令第377号公布", to: DocumentBuilder.make(
        id: "relics-regulation", title: "中华人民共和国文物保护法实施条例", date: "2017-10-07", cites: [("中华人民共和国文物保护法", nil)],
        measures: [
            ("第八条", "全国重点文物保护单位和省级文物保护单位自核定公布之日起1年内，由省、自治区、直辖市人民政府划定必要的保护范围，作出标志说明，建立记录档案，设置专门机构或者指定专人负责管理。设区的市、自治州级和县级文物保护单位自核定公布之日起1年内，由核定公布该文物保护单位的人民政府划定保护范围，作出标志说明，建立记录档案，设置专门机构或者指定专人负责管理。"),
        ]))
    static let relicsLaw = DocumentBuilder.prefixing("1982年11月19日 第五届全国人民代表大会常务委员会第二十五次会议通过", to: DocumentBuilder.make(
        id: "relics-law", title: "中华人民共和国文物保护法", date: "2017-11-04", measures: [
            ("第一条", "为了加强对文物的保护，继承中华民族优秀的历史文化遗产，促进科学研究工作，进行爱国主义和革命传统教育，增强民族自信心，建设中国特色社会主义，根据宪法，制定本法。"),
        ]))

    // 最高人民法院关于适用《中华人民共和国刑事诉讼法》的解释 (2021) cites 刑法 and other texts with 《》, and 刑事诉讼法 only by article
    // numbers: its title names the law it applies. 第五百四十六条 ← 刑事诉讼法 第二百七十七条 (0.492; the policy for minors) is a take-up.
    static let interpretation = DocumentBuilder.prefixing("2020年12月7日 最高人民法院审判委员会第1820次会议通过", to: DocumentBuilder.make(
        id: "criminal-interpretation", title: "最高人民法院关于适用《中华人民共和国刑事诉讼法》的解释", date: "2021-01-26",
        cites: [("中华人民共和国刑法", nil)], measures: [
            ("第五百四十六条", "人民法院审理未成年人刑事案件，应当贯彻教育、感化、挽救的方针，坚持教育为主、惩罚为辅的原则，加强对未成年人的特殊保护。"),
        ]))
    static let procedure = DocumentBuilder.prefixing("1979年7月1日 第五届全国人民代表大会第二次会议通过", to: DocumentBuilder.make(
        id: "criminal-procedure", title: "中华人民共和国刑事诉讼法", date: "2018-10-26", measures: [
            ("第二百七十七条", "对犯罪的未成年人实行教育、感化、挽救的方针，坚持教育为主、惩罚为辅的原则。人民法院、人民检察院和公安机关办理未成年人刑事案件，应当保障未成年人行使其诉讼权利，保障未成年人得到法律帮助，并由熟悉未成年人身心特点的审判人员、检察人员、侦查人员承办。"),
        ]))
    static let criminalLaw = DocumentBuilder.prefixing("1979年7月1日 第五届全国人民代表大会第二次会议通过", to: DocumentBuilder.make(
        id: "criminal-law", title: "中华人民共和国刑法", date: "2023-12-29", measures: [
            ("第一条", "为了惩罚犯罪，保护人民，根据宪法，结合我国同犯罪作斗争的具体经验及实际情况，制定本法。"),
        ]))

    static let documents = [henanRules, localOrganic, npcOrganic, zhengzhou, henanPlanning, planningLaw, xinxiang, relicsRegulation,
                            relicsLaw, interpretation, procedure, criminalLaw]
    static let found: [(PolicyDocument, PolicyDocument, Found)] = [
        (henanRules, npcOrganic, (.derives, "第十四条", "第十五条", 0.306)),
        (zhengzhou, henanPlanning, (.derives, "第七十三条", "第七十一条", 0.692)),
        (xinxiang, relicsRegulation, (.derives, "第十二条", "第八条", 0.504)),
        (interpretation, procedure, (.derives, "第五百四十六条", "第二百七十七条", 0.492)),
    ]

    @Test func aParentOutsideTheSourcesTheChildNamesIsNotItsSource() {
        let (links, statistics) = OutsideSourcesTests.kept(OutsideSourcesTests.documents, OutsideSourcesTests.found)
        #expect(links == ["zhengzhou-planning 第七十三条 ← henan-planning 第七十一条",
                          "xinxiang-relics 第十二条 ← relics-regulation 第八条",
                          "criminal-interpretation 第五百四十六条 ← criminal-procedure 第二百七十七条"])
        #expect(statistics.outsideSourcesWithheld == 1)
        var off = LineageOptions()
        off.withholdOutsideSources = false
        let all = OutsideSourcesTests.kept(OutsideSourcesTests.documents, OutsideSourcesTests.found, options: off)
        #expect(all.links.count == 4)
        #expect(all.statistics.outsideSourcesWithheld == 0)
    }

    @Test func whoIsKinOfTheNamedSources() {
        let context = { () -> Context in
            var c = Context(documents: OutsideSourcesTests.documents, options: LineageOptions())
            c.resolveCitations()
            return c
        }()
        func index(_ d: PolicyDocument) -> Int { OutsideSourcesTests.documents.firstIndex { $0.id == d.id }! }
        // The citations resolve to the fixture's documents.
        #expect(context.cites[index(OutsideSourcesTests.henanRules)] == [index(OutsideSourcesTests.localOrganic)])
        #expect(context.cites[index(OutsideSourcesTests.zhengzhou)] == [index(OutsideSourcesTests.planningLaw)])
        #expect(context.outsideCitedSources(child: index(OutsideSourcesTests.henanRules), parent: index(OutsideSourcesTests.npcOrganic)))
        #expect(context.cites[index(OutsideSourcesTests.relicsRegulation)] == [index(OutsideSourcesTests.relicsLaw)])
        // A cited parent, a national parent citing what the child cites, a parent the child's title names: kin.
        #expect(!context.outsideCitedSources(child: index(OutsideSourcesTests.henanRules), parent: index(OutsideSourcesTests.localOrganic)))
        #expect(!context.outsideCitedSources(child: index(OutsideSourcesTests.xinxiang), parent: index(OutsideSourcesTests.relicsRegulation)))
        #expect(!context.outsideCitedSources(child: index(OutsideSourcesTests.interpretation), parent: index(OutsideSourcesTests.procedure)))
        // Not kin: the criminal law for the relics regulation (a national text neither cited nor citing what it cites).
        #expect(context.outsideCitedSources(child: index(OutsideSourcesTests.relicsRegulation), parent: index(OutsideSourcesTests.criminalLaw)))
        // A local parent is left alone, named or not (the city's planning text under the province's).
        #expect(!context.outsideCitedSources(child: index(OutsideSourcesTests.zhengzhou), parent: index(OutsideSourcesTests.henanPlanning)))
        // A child citing nothing of the corpus names no sources: the rule says nothing.
        #expect(!context.outsideCitedSources(child: index(OutsideSourcesTests.npcOrganic), parent: index(OutsideSourcesTests.localOrganic)))
    }
}
