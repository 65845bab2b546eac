import Foundation
import Testing
import ZhengceDocument
@testable import ZhengceLineage

/// Scope articles that are long or name another text before their own (issue 15, twenty-third round). Texts from
/// lawrefbook: `DLC/山东地方法规/地方性法规/山东/济南市城乡规划条例(2017-03-29).md` 第二条 and 第三条, `行政法/城乡规划法(2019-04-23).md`
/// 第二条 and 第四条, `DLC/山东地方法规/地方性法规/山东/山东省高速公路交通安全条例(2014-05-30).md` 第二条 and 第三条,
/// `行政法规/道路交通安全法实施条例(2017-10-07).md` 第二条 and 第三条 (headers as in the files).
@Suite struct LooseScopeTests {
    static let planningLawHeader = "2007年10月28日 第十届全国人民代表大会常务委员会第三十次会议通过\n2019年4月23日 第十三届全国人民代表大会常务委员会第十次会议《关于修改<中华人民共和国建筑法>等八部法律的决定》第二次修正"
    static let jinanHeader = "2017年1月5日 济南市第十五届人民代表大会常务委员会第三十五次会议通过\n2017年3月29日 山东第十二届人民代表大会常务委员会第二十七次会议批准"
    /// 城乡规划法 第二条: a scope sentence, then four sentences of definitions (too long for `Context.isScope`).
    static let planningLawScope = "制定和实施城乡规划，在规划区内进行建设活动，必须遵守本法。\n本法所称城乡规划，包括城镇体系规划、城市规划、镇规划、乡规划和村庄规划。城市规划、镇规划分为总体规划和详细规划。详细规划分为控制性详细规划和修建性详细规划。\n本法所称规划区，是指城市、镇和村庄的建成区以及因城乡建设和发展需要，必须实行规划控制的区域。规划区的具体范围由有关人民政府在组织编制的城市总体规划、镇总体规划、乡规划和村庄规划中，根据城乡经济社会发展水平和统筹城乡发展的需要划定。"
    static let jinanScope = "在本市行政区域内制定和实施城乡规划，在规划区内进行各项建设活动，应当遵守本条例。"

    static let trafficRegulationHeader = "2004年4月30日 中华人民共和国国务院令第405号公布"
    static let shandongHeader = "2006年9月29日 山东省第十届人民代表大会常务委员会第二十三次会议通过\n2014年5月30日 山东省第十二届人民代表大会常务委员会第八次会议修订"
    /// 道路交通安全法实施条例 第二条: the scope names the law before the regulation itself.
    static let trafficRegulationScope = "中华人民共和国境内的车辆驾驶人、行人、乘车人以及与道路交通活动有关的单位和个人，应当遵守道路交通安全法和本条例。"
    static let shandongScope = "在本省行政区域内高速公路上通行的机动车驾驶人、乘车人以及与高速公路交通安全活动有关的单位和个人，都应当遵守本条例。"

    static func folded(_ text: String) -> String { String(decoding: MeasureContent(text: text).units, as: UTF16.self) }

    @Test func longScopesAndScopesNamingAnotherTextAreReadLoosely() {
        // Neither is a scope to the strict test: one is too long, the other names the law before itself.
        #expect(!Context.isScope(LooseScopeTests.folded(LooseScopeTests.planningLawScope)))
        #expect(!Context.isScope(LooseScopeTests.folded(LooseScopeTests.trafficRegulationScope)))
        #expect(Context.isLooseScope(LooseScopeTests.planningLawScope))
        #expect(Context.isLooseScope(LooseScopeTests.trafficRegulationScope))
        #expect(Context.isLooseScope("在本省行政区域内从事矿产资源开采活动的一切矿山企业，都必须遵守《矿山安全法》和本办法。"))
        // A sanction naming the text, a fine, a duty to follow another text only: no scope.
        #expect(!Context.isLooseScope("违反本条例规定的，依照道路交通安全法和本条例处理。"))
        #expect(!Context.isLooseScope("单位和个人应当遵守本条例。违反的，处五千元以上二万元以下罚款。"))
        #expect(!Context.isLooseScope("运输遗体必须进行必要的技术处理，确保卫生，防止污染环境。火化遗体必须凭死亡证明。"))
    }

    /// Links from the child's article `label` to `parent`, with the bar of alignment raised so that only the formula pass
    /// links the scopes (in two documents alone their shared run aligns them; in the law corpus the in-pair word pass does
    /// not see scopes, `scopeWithScopeOnly`).
    static func links(_ documents: [PolicyDocument], from child: String, _ label: String, to parent: String,
                      loose: Bool) -> [LineageLink] {
        var options = LineageOptions(); options.linkScore = 0.7; options.supportScore = 0.7; options.looseScope = loose
        return LineageAnalyzer(options: options).analyze(documents).graph.measureLinks
            .filter { $0.from.document == child && $0.from.label == label && $0.to.document == parent }
    }

    @Test func aCityScopeDerivesFromTheLawsLongScope() {
        let law = DocumentBuilder.prefixing(LooseScopeTests.planningLawHeader, to: DocumentBuilder.make(
            id: "law", title: "中华人民共和国城乡规划法", date: "2019-04-23", measures: [
                ("第二条", LooseScopeTests.planningLawScope),
                ("第四条", "制定和实施城乡规划，应当遵循城乡统筹、合理布局、节约土地、集约发展和先规划后建设的原则，改善生态环境，促进资源、能源节约和综合利用，保护耕地等自然资源和历史文化遗产，保持地方特色、民族特色和传统风貌，防止污染和其他公害，并符合区域人口发展、国防建设、防灾减灾和公共卫生、公共安全的需要。"),
            ]))
        let city = DocumentBuilder.prefixing(LooseScopeTests.jinanHeader, to: DocumentBuilder.make(
            id: "jn", title: "济南市城乡规划条例", date: "2017-03-29", level: .municipal, region: "济南市",
            cites: [("中华人民共和国城乡规划法", nil)], measures: [
                ("第二条", LooseScopeTests.jinanScope),
                ("第三条", "制定和实施城乡规划，应当遵循城乡统筹、合理布局、节约土地、集约发展和先规划后建设的原则，合理确定城市发展边界，突出泉城自然人文特色，保护生态环境和历史遗存，优化城乡基础设施和公共服务设施，强化城市设计，加强城市修补和生态修复，塑造城市特色风貌。"),
            ]))
        let on = LooseScopeTests.links([law, city], from: "jn", "第二条", to: "law", loose: true)
        #expect(on.map(\.type) == [.derives])
        #expect(on.first?.to.label == "第二条")
        #expect(on.first?.evidence?.method == "formula-correspondence")
        #expect(on.first?.evidence?.direction?.contains("scope article") == true)
        // Off, the law's 第二条 is no scope: nothing pairs the city's scope.
        #expect(LooseScopeTests.links([law, city], from: "jn", "第二条", to: "law", loose: false).isEmpty)
    }

    @Test func aProvincialScopeDerivesFromAScopeNamingTheLawFirst() {
        let regulation = DocumentBuilder.prefixing(LooseScopeTests.trafficRegulationHeader, to: DocumentBuilder.make(
            id: "reg", title: "中华人民共和国道路交通安全法实施条例", date: "2017-10-07", measures: [
                ("第二条", LooseScopeTests.trafficRegulationScope),
                ("第三条", "县级以上地方各级人民政府应当建立、健全道路交通安全工作协调机制，组织有关部门对城市建设项目进行交通影响评价，制定道路交通安全管理规划，确定管理目标，制定实施方案。"),
            ]))
        let province = DocumentBuilder.prefixing(LooseScopeTests.shandongHeader, to: DocumentBuilder.make(
            id: "sd", title: "山东省高速公路交通安全条例", date: "2014-05-30", level: .provincial, region: "山东省",
            cites: [("中华人民共和国道路交通安全法实施条例", nil)], measures: [
                ("第二条", LooseScopeTests.shandongScope),
                ("第三条", "高速公路交通安全管理工作遵循依法管理、预防为主、安全畅通、高效便民的原则。"),
            ]))
        let on = LooseScopeTests.links([regulation, province], from: "sd", "第二条", to: "reg", loose: true)
        #expect(on.map(\.type) == [.derives])
        #expect(on.first?.to.label == "第二条")
        #expect(on.first?.evidence?.method == "formula-correspondence")
        #expect(LooseScopeTests.links([regulation, province], from: "sd", "第二条", to: "reg", loose: false).isEmpty)
    }

    /// 行政诉讼法 (lawrefbook `诉讼与非诉讼程序法/行政诉讼法(2017-06-27).md`) 第二条 and 第九十八条: the short article naming
    /// the law as what applies far from the start is a rule for foreign parties, not the law's scope.
    @Test func aShortScopeFarFromTheStartIsARuleForACase() {
        var measures: [(String, String)] = [("第一条", "为保证人民法院公正、及时审理行政案件，解决行政争议，保护公民、法人和其他组织的合法权益，监督行政机关依法行使职权，根据宪法，制定本法。")]
        for n in ["二", "三", "四", "五", "六", "七"] { measures.append(("第\(n)条", "人民法院依法对行政案件独立行使审判权，不受行政机关、社会团体和个人的干涉。第\(n)项。")) }
        measures.append(("第九十八条", "外国人、无国籍人、外国组织在中华人民共和国进行行政诉讼，适用本法。法律另有规定的除外。"))
        let law = DocumentBuilder.make(id: "law", title: "中华人民共和国行政诉讼法", date: "2017-06-27", measures: measures)
        func scopes(_ firstArticles: Bool) -> [String] {
            var options = LineageOptions(); options.scopeInFirstArticles = firstArticles
            let context = Context(documents: [law], options: options)
            return context.formulaArticles(0).filter { $0.kind == .scope }.map { law.measures[$0.measure].label }
        }
        #expect(scopes(true).isEmpty)
        #expect(scopes(false) == ["第九十八条"])
    }
}
