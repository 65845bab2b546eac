import Foundation
import Testing
import ZhengceDocument
@testable import ZhengceLineage

/// Confidence (issue 15, thirteenth round): links the analysis cannot stand behind are withheld
/// (`Context.withholdUnsure`). Articles, headers and scores from the law corpus (lawrefbook) and its lineage run at
/// main 6e84645.
@Suite struct ConfidenceTests {
    typealias Found = (type: LinkType, child: String, parent: String, score: Double)

    /// A context holding `child`, `parent` (and `others`) and the links `found` between the first two, after the rule.
    static func kept(_ child: PolicyDocument, _ parent: PolicyDocument, _ found: [Found], others: [(PolicyDocument, PolicyDocument, [Found])] = [],
                     options: LineageOptions = LineageOptions()) -> (links: [String], statistics: AlignmentStatistics) {
        var documents = [child, parent]
        for (c, p, _) in others { documents += [c, p] }
        var context = Context(documents: documents, options: options)
        for (c, p, items) in [(child, parent, found)] + others {
            for item in items { context.addMeasureLink(item.type, from: c, item.child, to: p, item.parent, score: item.score) }
        }
        context.withholdUnsure()
        return (context.links.map { "\($0.link.from.document) \($0.link.from.label ?? "") ← \($0.link.to.label ?? "")" }, context.statistics)
    }

    // 中华人民共和国民用航空器权利登记条例 (1997) and 民用航空器国籍登记条例 (1997, text of 2020): two regulations of one
    // day, `related`. 权利登记 第五条 (documents for an ownership registration) links to 国籍登记 第六条 (nationality is no
    // proof of ownership) 0.321 and 第七条 (documents for a nationality registration) 0.312: it matches two articles about
    // equally, on the words of the registration (民用航空器、所有权、国务院民用航空主管部门…文件), and takes neither.
    // 第三条 (the registry) ← 第五条 (the registry) and 第十条 (the entries of the registry) ← 第九条 match one article each.
    static let rights = DocumentBuilder.prefixing("1997年10月21日 中华人民共和国国务院令第233号发布", to: DocumentBuilder.make(
        id: "rights", title: "中华人民共和国民用航空器权利登记条例", date: "1997-10-21", measures: [
            ("第三条", "国务院民用航空主管部门主管民用航空器权利登记工作，设立民用航空器权利登记簿，统一记载民用航空器权利登记事项。同一民用航空器的权利登记事项应当记载于同一权利登记簿中。"),
            ("第五条", "办理民用航空器所有权登记的，民用航空器的所有人应当提交下列文件或者经核对无误的复印件：(一)民用航空器国籍登记证书；(二)民用航空器所有权取得的证明文件；(三)国务院民用航空主管部门要求提交的其他必要的有关文件。"),
            ("第十条", "国务院民用航空主管部门向民用航空器所有人颁发民用航空器所有权登记证书时，应当在民用航空器权利登记簿上载明下列事项：(一)民用航空器国籍、国籍标志和登记标志；(二)民用航空器所有人的姓名或者名称、地址及其法定代表人的姓名；(三)民用航空器为数人共有的，载明民用航空器共有人的共有情况；(四)民用航空器所有权的取得方式和取得日期；(五)民用航空器制造人名称、制造日期和制造地点；(六)民用航空器价值、机体材料和主要技术数据；(七)民用航空器已设定抵押的，载明其抵押权的设定情况；(八)民用航空器所有权登记日期；(九)国务院民用航空主管部门规定的其他事项。"),
        ]))
    static let nationality = DocumentBuilder.prefixing("1997年10月21日 中华人民共和国国务院令第232号发布", to: DocumentBuilder.make(
        id: "nationality", title: "中华人民共和国民用航空器国籍登记条例", date: "2020-11-29", measures: [
            ("第五条", "国务院民用航空主管部门主管中华人民共和国民用航空器国籍登记工作，设立中华人民共和国民用航空器国籍登记簿，统一记载民用航空器的国籍登记事项。"),
            ("第六条", "民用航空器国籍登记，不得作为民用航空器所有权的证据。"),
            ("第七条", "申请中华人民共和国民用航空器国籍登记的，申请人应当按照国务院民用航空主管部门规定的格式如实填写民用航空器国籍登记申请书，并向国务院民用航空主管部门提交下列文件：(一)证明申请人合法身份的文件；(二)作为取得民用航空器所有权证明的购买合同和交接文书，或者作为占有民用航空器证明的租赁合同和交接文书；(三)未在外国登记国籍或者已注销外国国籍的证明；(四)国务院民用航空主管部门要求提交的其他有关文件。"),
            ("第九条", "国务院民用航空主管部门应当在民用航空器国籍登记簿中载明下列事项：(一)民用航空器国籍标志和登记标志；(二)民用航空器制造人名称；(三)民用航空器型号；(四)民用航空器出厂序号；(五)民用航空器所有人名称及其地址；(六)民用航空器占有人名称及其地址；(七)民用航空器登记日期；(八)民用航空器国籍登记证书签发人姓名。"),
        ]))
    static let aviation: [Found] = [
        (.related, "第三条", "第五条", 0.413), (.related, "第五条", "第六条", 0.321), (.related, "第五条", "第七条", 0.312),
        (.related, "第十条", "第九条", 0.511),
    ]

    @Test func aRelatedMeasureMatchingTwoArticlesOfTheOtherTextIsWithheld() {
        let (links, statistics) = ConfidenceTests.kept(ConfidenceTests.rights, ConfidenceTests.nationality, ConfidenceTests.aviation)
        #expect(links == ["rights 第三条 ← 第五条", "rights 第十条 ← 第九条"])
        #expect(statistics.ambiguousRelatedWithheld == 2)
        #expect(statistics.peerDerivesWithheld == 0)
        var off = LineageOptions()
        off.withholdAmbiguousRelated = false
        #expect(ConfidenceTests.kept(ConfidenceTests.rights, ConfidenceTests.nationality, ConfidenceTests.aviation, options: off).links.count == 4)
    }

    // 中华人民共和国证券法 (2019) 第一百四十条 and 证券投资基金法 (2015) 第二十四条: the same supervisory template (责令限期改正…
    // 区别情形…限制业务活动…限制分配红利…) for securities companies and for fund managers, 0.693. Two laws: no hierarchy
    // says one took it from the other. 农民专业合作社登记管理条例 第八条 ← 农民专业合作社法 第十三条 (contributions in kind), 0.422:
    // a regulation under the law it names, kept.
    static let securities = DocumentBuilder.prefixing("1998年12月29日 第九届全国人民代表大会常务委员会第六次会议通过", to: DocumentBuilder.make(
        id: "securities", title: "中华人民共和国证券法", date: "2019-12-28", cites: [("中华人民共和国证券投资基金法", nil)], measures: [
            ("第一百四十条", "证券公司的治理结构、合规管理、风险控制指标不符合规定的，国务院证券监督管理机构应当责令其限期改正；逾期未改正，或者其行为严重危及该证券公司的稳健运行、损害客户合法权益的，国务院证券监督管理机构可以区别情形，对其采取下列措施：（一）限制业务活动，责令暂停部分业务，停止核准新业务；（二）限制分配红利，限制向董事、监事、高级管理人员支付报酬、提供福利；（三）限制转让财产或者在财产上设定其他权利；（四）责令更换董事、监事、高级管理人员或者限制其权利；（五）撤销有关业务许可；（六）认定负有责任的董事、监事、高级管理人员为不适当人选；（七）责令负有责任的股东转让股权，限制负有责任的股东行使股东权利。"),
        ]))
    static let funds = DocumentBuilder.prefixing("2003年10月28日 第十届全国人民代表大会常务委员会第五次会议通过", to: DocumentBuilder.make(
        id: "funds", title: "中华人民共和国证券投资基金法", date: "2015-04-24", measures: [
            ("第二十四条", "公开募集基金的基金管理人违法违规，或者其内部治理结构、稽核监控和风险控制管理不符合规定的，国务院证券监督管理机构应当责令其限期改正；逾期未改正，或者其行为严重危及该基金管理人的稳健运行、损害基金份额持有人合法权益的，国务院证券监督管理机构可以区别情形，对其采取下列措施:（一）限制业务活动，责令暂停部分或者全部业务；（二）限制分配红利，限制向董事、监事、高级管理人员支付报酬、提供福利；（三）限制转让固有财产或者在固有财产上设定其他权利；（四）责令更换董事、监事、高级管理人员或者限制其权利；（五）责令有关股东转让股权或者限制有关股东行使股东权利。"),
        ]))
    static let registration = DocumentBuilder.prefixing("2007年5月28日 中华人民共和国国务院令第498号公布", to: DocumentBuilder.make(
        id: "registration", title: "农民专业合作社登记管理条例", date: "2014-02-19", level: nil,
        cites: [("中华人民共和国农民专业合作社法", nil)], measures: [
            ("第八条", "农民专业合作社成员可以用货币出资，也可以用实物、知识产权等能够用货币估价并可以依法转让的非货币财产作价出资。成员以非货币财产出资的，由全体成员评估作价。成员不得以劳务、信用、自然人姓名、商誉、特许经营权或者设定担保的财产等作价出资。成员的出资额以及出资总额应当以人民币表示。成员出资额之和为成员出资总额。"),
        ]))
    static let cooperatives = DocumentBuilder.prefixing("2006年10月31日 第十届全国人民代表大会常务委员会第二十四次会议通过", to: DocumentBuilder.make(
        id: "cooperatives", title: "中华人民共和国农民专业合作社法", date: "2017-12-27", measures: [
            ("第十三条", "农民专业合作社成员可以用货币出资，也可以用实物、知识产权、土地经营权、林权等可以用货币估价并可以依法转让的非货币财产，以及章程规定的其他方式作价出资；但是，法律、行政法规规定不得作为出资的财产除外。农民专业合作社成员不得以对该社或者其他成员的债权，充抵出资；不得以缴纳的出资，抵销对该社或者其他成员的债务。"),
        ]))

    @Test func aDerivesLinkBetweenTwoLawsIsWithheldAndOneFromALawToItsRegulationKept() {
        #expect(LegalRank.of(ConfidenceTests.securities) == .law && LegalRank.of(ConfidenceTests.funds) == .law)
        #expect(LegalRank.of(ConfidenceTests.registration) == .administrativeRegulation)
        let others = [(ConfidenceTests.registration, ConfidenceTests.cooperatives, [Found(.derives, "第八条", "第十三条", 0.422)])]
        let (links, statistics) = ConfidenceTests.kept(ConfidenceTests.securities, ConfidenceTests.funds,
                                                       [(.derives, "第一百四十条", "第二十四条", 0.693)], others: others)
        #expect(links == ["registration 第八条 ← 第十三条"])
        #expect(statistics.peerDerivesWithheld == 1)
        var off = LineageOptions()
        off.withholdPeerDerives = false
        #expect(ConfidenceTests.kept(ConfidenceTests.securities, ConfidenceTests.funds, [(.derives, "第一百四十条", "第二十四条", 0.693)],
                                     others: others, options: off).links.count == 2)
        // The same pair as `related` is not this rule's (one link of the measure there: not ambiguous either).
        #expect(ConfidenceTests.kept(ConfidenceTests.securities, ConfidenceTests.funds,
                                     [(.related, "第一百四十条", "第二十四条", 0.693)]).links.count == 1)
    }

    // 最高人民法院关于适用《中华人民共和国公司法》时间效力的若干规定 (2024): its preamble names the NPC standing committee, so
    // `LegalRank` reads a law, as for 公司法 (2023). A judicial interpretation applying a law is not its peer: 第一条 ← 公司法
    // 第二十八条 (0.363 in the law run) is left to the other rules. 公司登记管理条例实施细则-style titles and successors are
    // excluded the same way (`nationalPeers`).
    static let timeEffect = DocumentBuilder.prefixing("2024年6月27日 最高人民法院审判委员会第1922次会议通过\n2024年7月1日 施行\n法释〔2024〕7号\n为正确适用2023年12月29日第十四届全国人民代表大会常务委员会第七次会议第二次修订的《中华人民共和国公司法》，根据《中华人民共和国立法法》《中华人民共和国民法典》等法律规定，就人民法院在审理与公司有关的民事纠纷案件中，涉及公司法时间效力的有关问题作出如下规定。", to: DocumentBuilder.make(
        id: "time-effect", title: "最高人民法院关于适用《中华人民共和国公司法》时间效力的若干规定", date: "2024-06-29",
        measures: [("第一条", "公司法施行后的法律事实引起的民事纠纷案件，适用公司法的规定。公司法施行前的法律事实引起的民事纠纷案件，当时的法律、司法解释有规定的，适用当时的法律、司法解释的规定，但是适用公司法更有利于实现其立法目的，适用公司法的规定：（一）公司法施行前，公司的股东会召集程序不当，未被通知参加会议的股东自决议作出之日起一年内请求人民法院撤销的，适用公司法第二十六条第二款的规定；")]))
    static let companies = DocumentBuilder.prefixing("1993年12月29日 第八届全国人民代表大会常务委员会第五次会议通过", to: DocumentBuilder.make(
        id: "companies", title: "中华人民共和国公司法", date: "2023-12-29",
        measures: [("第二十八条", "公司股东会、董事会决议被人民法院宣告无效、撤销或者确认不成立的，公司应当向公司登记机关申请撤销根据该决议已办理的登记。股东会、董事会决议被人民法院宣告无效、撤销或者确认不成立的，公司根据该决议与善意相对人形成的民事法律关系不受影响。")]))

    @Test func aJudicialInterpretationIsNoPeerOfTheLawItApplies() {
        #expect(LegalRank.of(ConfidenceTests.timeEffect) == .law && LegalRank.of(ConfidenceTests.companies) == .law)
        let (links, statistics) = ConfidenceTests.kept(ConfidenceTests.timeEffect, ConfidenceTests.companies,
                                                       [(.derives, "第一条", "第二十八条", 0.363)])
        #expect(links == ["time-effect 第一条 ← 第二十八条"])
        #expect(statistics.peerDerivesWithheld == 0)
    }
}
