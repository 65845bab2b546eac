import Foundation
import Testing
import ZhengceDocument
@testable import ZhengceLineage

/// The order rule inside a document pair (issue 15, eleventh round): a child article linked to several articles of
/// one parent keeps those in the order of its neighbours' sources. Articles and scores from the law corpus run of
/// main c6dd073: 北京市实施《农民专业合作社法》办法 第十五–十九条 against 农民专业合作社法 (2017) 第三十一–四十九条.
@Suite struct OrderRuleTests {
    /// The links the analysis made between the two texts for these articles (child article, parent article, score).
    static let found: [(child: String, parent: String, score: Double)] = [
        ("第十五条", "第三十二条", 0.516),
        ("第十六条", "第四十五条", 0.244), ("第十六条", "第三十三条", 0.215), ("第十六条", "第三十一条", 0.201),
        ("第十七条", "第三十七条", 0.254), ("第十七条", "第三十三条", 0.253),
        ("第十八条", "第四十九条", 0.212), ("第十八条", "第三十九条", 0.205),
        ("第十九条", "第四十四条", 0.749),
    ]

    static func kept(orderScore: Double) -> [String] {
        let child = DocumentBuilder.make(id: "bj", title: "北京市实施《中华人民共和国农民专业合作社法》办法", date: "2019-07-26",
                                         level: .provincial, region: "北京市", measures: beijing)
        let parent = DocumentBuilder.make(id: "law", title: "中华人民共和国农民专业合作社法", date: "2017-12-27", measures: law)
        var options = LineageOptions()
        options.orderScore = orderScore
        var context = Context(documents: [child, parent], options: options)
        func index(_ document: PolicyDocument, _ label: String) -> Int { document.measures.firstIndex { $0.label == label }! }
        for item in found {
            let c = index(child, item.child), p = index(parent, item.parent)
            let link = LineageLink(type: .derives, from: LinkEnd(document: "bj", measure: child.measures[c].id, label: item.child),
                                   to: LinkEnd(document: "law", measure: parent.measures[p].id, label: item.parent),
                                   score: item.score, inferred: true)
            context.links.append((LinkSortKey(document: false, type: .derives, from: "bj", fromMeasure: c, score: item.score,
                                              to: "law", toMeasure: p), link))
        }
        context.dropOutOfOrderSiblings()
        return context.links.map { "\($0.link.from.label ?? "") ← \($0.link.to.label ?? "")" }
    }

    /// 第十八条 (独立会计核算…清理财产和债权、债务) sits between 第十七条 ← 第三十七条 and 第十九条 ← 第四十四条: of its two
    /// links, 第三十九条 (财务会计制度…会计核算) is inside that span and 第四十九条 (清算组…清理财产和债权、债务) far after it,
    /// so the second goes; 第十六条 (理事会、监事会 composition) keeps 第三十三条 and 第三十一条 (between 第三十二条 and
    /// 第三十七条) and loses 第四十五条 (监事会 internal audit), its best by score. Single links and in-order ones stay.
    @Test func aFarSiblingOutOfItsNeighboursOrderIsDropped() {
        let kept = OrderRuleTests.kept(orderScore: 0.3)
        #expect(!kept.contains("第十八条 ← 第四十九条"))
        #expect(!kept.contains("第十六条 ← 第四十五条"))
        #expect(kept.contains("第十八条 ← 第三十九条"))
        #expect(kept.contains("第十六条 ← 第三十三条") && kept.contains("第十六条 ← 第三十一条"))
        #expect(kept.contains("第十五条 ← 第三十二条") && kept.contains("第十九条 ← 第四十四条"))
        #expect(kept.count == OrderRuleTests.found.count - 2)
    }

    /// The rule keeps links from `orderScore` on, and drops nothing when off.
    @Test func strongLinksAndTheRuleOffKeepEverything() {
        #expect(OrderRuleTests.kept(orderScore: 0).count == OrderRuleTests.found.count)
        // At 0.21 only 第十六条 ← 第四十五条 (0.244) and 第十八条 ← 第四十九条 (0.212) are at or above the bar: both stay.
        #expect(OrderRuleTests.kept(orderScore: 0.21).count == OrderRuleTests.found.count)
        #expect(OrderRuleTests.kept(orderScore: 0.22).count == OrderRuleTests.found.count - 1)
    }

    static let beijing: [(label: String, text: String)] = [
        ("第十五条", "农民专业合作社成员大会由全体成员组成，是本社的权力机构，依法行使职权。农民专业合作社成员超过150人的，可以依照章程设立成员代表大会。成员代表大会按照章程规定可以行使成员大会的部分或者全部职权。设立的成员代表大会，成员代表人数不少于成员总数的30%；成员超过500人的，成员代表人数不少于成员总数的20%。成员代表大会代表的选举办法由章程规定。"),
        ("第十六条", "农民专业合作社设立理事会、执行监事或者监事会的，农民专业合作社成员在150人以下的，理事会成员一般不少于3人，至少设执行监事1人；成员151人至500人的，理事会成员一般不少于5人，监事会成员一般不少于3人；成员超过500人的，理事会成员一般不少于7人，监事会成员一般不少于5人。"),
        ("第十七条", "农民专业合作社应当依法建立财务管理制度。财务管理制度应当明确规定成员大会、理事长、理事、经理的财务权限和职责，并经成员大会审议通过。农民专业合作社应当建立财会人员的岗位责任制，明确相关岗位的职责权限。农民专业合作社可以设置专职会计人员，也可以委托会计服务机构代理记账。"),
        ("第十八条", "农民专业合作社应当按照农民专业合作社财务会计制度进行独立会计核算，并按时进行财务年度决算。农民专业合作社在进行年终盈余分配或者返还前，应当准确核算全年的收入和支出；清理财产和债权、债务，将其真实完整地记入成员账户。"),
        ("第十九条", "在弥补亏损、提取公积金后的当年盈余，为农民专业合作社的可分配盈余。农民专业合作社的可分配盈余按成员与本社交易量（额）比例返还，返还总额不得低于可分配盈余的60%；剩余部分以成员的出资额、公积金份额及本社接受国家财政直接补助和他人捐赠形成的财产平均量化到成员的份额，按比例分配给成员。可分配盈余的具体分配办法，按照章程规定或者经成员大会决议确定。年度盈余分配方案，应当经成员大会批准后实施。"),
    ]

    static let law: [(label: String, text: String)] = [
        ("第三十一条", "农民专业合作社成员大会每年至少召开一次，会议的召集由章程规定。有下列情形之一的，应当在二十日内召开临时成员大会：（一）百分之三十以上的成员提议；（二）执行监事或者监事会提议；（三）章程规定的其他情形。"),
        ("第三十二条", "农民专业合作社成员超过一百五十人的，可以按照章程规定设立成员代表大会。成员代表大会按照章程规定可以行使成员大会的部分或者全部职权。依法设立成员代表大会的，成员代表人数一般为成员总人数的百分之十，最低人数为五十一人。"),
        ("第三十三条", "农民专业合作社设理事长一名，可以设理事会。理事长为本社的法定代表人。农民专业合作社可以设执行监事或者监事会。理事长、理事、经理和财务会计人员不得兼任监事。理事长、理事、执行监事或者监事会成员，由成员大会从本社成员中选举产生，依照本法和章程的规定行使职权，对成员大会负责。理事会会议、监事会会议的表决，实行一人一票。"),
        ("第三十四条", "农民专业合作社的成员大会、成员代表大会、理事会、监事会，应当将所议事项的决定作成会议记录，出席会议的成员、成员代表、理事、监事应当在会议记录上签名。"),
        ("第三十五条", "农民专业合作社的理事长或者理事会可以按照成员大会的决定聘任经理和财务会计人员，理事长或者理事可以兼任经理。经理按照章程规定或者理事会的决定，可以聘任其他人员。经理按照章程规定和理事长或者理事会授权，负责具体生产经营活动。"),
        ("第三十六条", "农民专业合作社的理事长、理事和管理人员不得有下列行为：（一）侵占、挪用或者私分本社资产；（二）违反章程规定或者未经成员大会同意，将本社资金借贷给他人或者以本社资产为他人提供担保；（三）接受他人与本社交易的佣金归为己有；（四）从事损害本社经济利益的其他活动。理事长、理事和管理人员违反前款规定所得的收入，应当归本社所有；给本社造成损失的，应当承担赔偿责任。"),
        ("第三十七条", "农民专业合作社的理事长、理事、经理不得兼任业务性质相同的其他农民专业合作社的理事长、理事、监事、经理。"),
        ("第三十八条", "执行与农民专业合作社业务有关公务的人员，不得担任农民专业合作社的理事长、理事、监事、经理或者财务会计人员。"),
        ("第三十九条", "农民专业合作社应当按照国务院财政部门制定的财务会计制度进行财务管理和会计核算。"),
        ("第四十条", "农民专业合作社的理事长或者理事会应当按照章程规定，组织编制年度业务报告、盈余分配方案、亏损处理方案以及财务会计报告，于成员大会召开的十五日前，置备于办公地点，供成员查阅。"),
        ("第四十一条", "农民专业合作社与其成员的交易、与利用其提供的服务的非成员的交易，应当分别核算。"),
        ("第四十二条", "农民专业合作社可以按照章程规定或者成员大会决议从当年盈余中提取公积金。公积金用于弥补亏损、扩大生产经营或者转为成员出资。每年提取的公积金按照章程规定量化为每个成员的份额。"),
        ("第四十三条", "农民专业合作社应当为每个成员设立成员账户，主要记载下列内容：（一）该成员的出资额；（二）量化为该成员的公积金份额；（三）该成员与本社的交易量（额）。"),
        ("第四十四条", "在弥补亏损、提取公积金后的当年盈余，为农民专业合作社的可分配盈余。可分配盈余主要按照成员与本社的交易量（额）比例返还。可分配盈余按成员与本社的交易量（额）比例返还的返还总额不得低于可分配盈余的百分之六十；返还后的剩余部分，以成员账户中记载的出资额和公积金份额，以及本社接受国家财政直接补助和他人捐赠形成的财产平均量化到成员的份额，按比例分配给本社成员。经成员大会或者成员代表大会表决同意，可以将全部或者部分可分配盈余转为对农民专业合作社的出资，并记载在成员账户中。具体分配办法按照章程规定或者经成员大会决议确定。"),
        ("第四十五条", "设立执行监事或者监事会的农民专业合作社，由执行监事或者监事会负责对本社的财务进行内部审计，审计结果应当向成员大会报告。成员大会也可以委托社会中介机构对本社的财务进行审计。"),
        ("第四十六条", "农民专业合作社合并，应当自合并决议作出之日起十日内通知债权人。合并各方的债权、债务应当由合并后存续或者新设的组织承继。"),
        ("第四十七条", "农民专业合作社分立，其财产作相应的分割，并应当自分立决议作出之日起十日内通知债权人。分立前的债务由分立后的组织承担连带责任。但是，在分立前与债权人就债务清偿达成的书面协议另有约定的除外。"),
        ("第四十八条", "农民专业合作社因下列原因解散：（一）章程规定的解散事由出现；（二）成员大会决议解散；（三）因合并或者分立需要解散；（四）依法被吊销营业执照或者被撤销。因前款第一项、第二项、第四项原因解散的，应当在解散事由出现之日起十五日内由成员大会推举成员组成清算组，开始解散清算。逾期不能组成清算组的，成员、债权人可以向人民法院申请指定成员组成清算组进行清算，人民法院应当受理该申请，并及时指定成员组成清算组进行清算。"),
        ("第四十九条", "清算组自成立之日起接管农民专业合作社，负责处理与清算有关未了结业务，清理财产和债权、债务，分配清偿债务后的剩余财产，代表农民专业合作社参与诉讼、仲裁或者其他法律程序，并在清算结束时办理注销登记。"),
    ]
}
