import Foundation
import Testing
import ZhengceDocument
@testable import ZhengceLineage

/// Order and characters agreeing inside an implementing pair of legislation (issue 15, twenty-fifth round,
/// `orderAgreementScore`). Texts from lawrefbook: `行政法/非物质文化遗产法(2011-02-25).md` 第二条, 第十一条, 第十二条, 第十五条,
/// 第十六条, 第二十一条 and `DLC/山东地方法规/地方性法规/山东/山东省非物质文化遗产条例(2015-09-24).md` 第三条, 第十条, 第十四条,
/// 第十八条 (headers as in the files). 第三条, 第十四条 and 第十八条 restate the law's 第二条, 第十六条, 第二十一条 nearly word
/// for word (the pair's anchors); 第十条 restates 第十二条 in its own order and words (保存相关实物和资料，并予以记录、建档 …
/// 实物图片、资料复制件汇交同级文化主管部门). In two documents alone the alignment scores it 0.54; in the law corpus it stays
/// under the bar, so the alignment's bar is raised here (0.7) to leave it to the rule.
@Suite struct OrderAgreementTests {
    static let lawHeader = "2011年2月25日 第十一届全国人民代表大会常务委员会第十九次会议通过"
    static let provinceHeader = "2015年9月24日 山东省第十二届人民代表大会常务委员会第十六次会议通过"

    static let law = DocumentBuilder.prefixing(lawHeader, to: DocumentBuilder.make(
        id: "law", title: "中华人民共和国非物质文化遗产法", date: "2011-02-25", measures: [
            ("第二条", "本法所称非物质文化遗产，是指各族人民世代相传并视为其文化遗产组成部分的各种传统文化表现形式，以及与传统文化表现形式相关的实物和场所。包括:（一）传统口头文学以及作为其载体的语言；（二）传统美术、书法、音乐、舞蹈、戏剧、曲艺和杂技；（三）传统技艺、医药和历法；（四）传统礼仪、节庆等民俗；（五）传统体育和游艺；（六）其他非物质文化遗产。属于非物质文化遗产组成部分的实物和场所，凡属文物的，适用《中华人民共和国文物保护法》的有关规定。"),
            ("第十一条", "县级以上人民政府根据非物质文化遗产保护、保存工作需要，组织非物质文化遗产调查。非物质文化遗产调查由文化主管部门负责进行。县级以上人民政府其他有关部门可以对其工作领域内的非物质文化遗产进行调查。"),
            ("第十二条", "文化主管部门和其他有关部门进行非物质文化遗产调查，应当对非物质文化遗产予以认定、记录、建档，建立健全调查信息共享机制。文化主管部门和其他有关部门进行非物质文化遗产调查，应当收集属于非物质文化遗产组成部分的代表性实物，整理调查工作中取得的资料，并妥善保存，防止损毁、流失。其他有关部门取得的实物图片、资料复制件，应当汇交给同级文化主管部门。"),
            ("第十五条", "境外组织或者个人在中华人民共和国境内进行非物质文化遗产调查，应当报经省、自治区、直辖市人民政府文化主管部门批准；调查在两个以上省、自治区、直辖市行政区域进行的，应当报经国务院文化主管部门批准；调查结束后，应当向批准调查的文化主管部门提交调查报告和调查中取得的实物图片、资料复制件。境外组织在中华人民共和国境内进行非物质文化遗产调查，应当与境内非物质文化遗产学术研究机构合作进行。"),
            ("第十六条", "进行非物质文化遗产调查，应当征得调查对象的同意，尊重其风俗习惯，不得损害其合法权益。"),
            ("第二十一条", "相同的非物质文化遗产项目，其形式和内涵在两个以上地区均保持完整的，可以同时列入国家级非物质文化遗产代表性项目名录。"),
        ]))

    static let anchors: [(String, String)] = [
        ("第三条", "本条例所称非物质文化遗产，是指各族人民世代相传并视为其文化遗产组成部分的各种传统文化表现形式，以及与传统文化表现形式相关的实物和场所，包括：（一）传统口头文学以及作为其载体的语言；（二）传统美术、书法、音乐、舞蹈、戏剧、曲艺和杂技；（三）传统技艺、医药和历法；（四）传统礼仪、节庆等民俗活动；（五）传统体育和游艺；（六）其他非物质文化遗产。本条例所称保护，是指对体现中华民族优秀传统文化，具有历史、文学、艺术、科学价值的非物质文化遗产采取的传承、传播等措施；保存，是指对非物质文化遗产采取的认定、记录、建档等措施。"),
        ("第十四条", "进行非物质文化遗产调查，应当征得调查对象的同意，尊重其风俗习惯，不得损害其合法权益，不得违法占有或者损毁非物质文化遗产实物和资料。"),
        ("第十八条", "相同的非物质文化遗产项目，其形式和内涵在两个以上地区均保持完整的，可以同时列入上一级非物质文化遗产代表性项目名录。"),
    ]
    static let restated = ("第十条", "县级以上人民政府文化主管部门和其他有关部门进行非物质文化遗产调查，应当妥善保存相关实物和资料，并予以记录、建档；其他有关部门应当在调查结束后六十日内，将实物图片、资料复制件汇交同级文化主管部门。")

    static func province(_ measures: [(String, String)]) -> PolicyDocument {
        DocumentBuilder.prefixing(provinceHeader, to: DocumentBuilder.make(
            id: "sd", title: "山东省非物质文化遗产条例", date: "2015-09-24", level: .provincial, region: "山东省",
            cites: [("中华人民共和国非物质文化遗产法", nil)], measures: measures))
    }

    /// Links from the province's article `label` into the law. The alignment's bar is raised (0.7) so that only near-verbatim
    /// articles align, as the restated one does not in the law corpus, and the in-pair word pass is given a bar no cosine
    /// reaches, so that the rule is seen alone.
    static func links(_ documents: [PolicyDocument], from label: String, score: Double) -> [LineageLink] {
        var options = LineageOptions()
        options.linkScore = 0.7; options.supportScore = 0.7; options.legislationParaphraseScore = 2
        options.orderAgreementScore = score
        return LineageAnalyzer(options: options).analyze(documents).graph.measureLinks
            .filter { $0.from.document == "sd" && $0.from.label == label && $0.to.document == "law" }
    }

    @Test func theAnchorsAlignAndTheRestatedArticleDoesNotByItself() {
        let province = OrderAgreementTests.province([OrderAgreementTests.anchors[0], OrderAgreementTests.restated,
                                                     OrderAgreementTests.anchors[1], OrderAgreementTests.anchors[2]])
        for (label, parent) in [("第三条", "第二条"), ("第十四条", "第十六条"), ("第十八条", "第二十一条")] {
            #expect(OrderAgreementTests.links([OrderAgreementTests.law, province], from: label, score: 0).map(\.to.label) == [parent])
        }
        #expect(OrderAgreementTests.links([OrderAgreementTests.law, province], from: "第十条", score: 0).isEmpty)
    }

    @Test func anArticleBetweenTwoAnchorsTakesUpTheBestOfTheWholeParentInItsWindow() {
        let province = OrderAgreementTests.province([OrderAgreementTests.anchors[0], OrderAgreementTests.restated,
                                                     OrderAgreementTests.anchors[1], OrderAgreementTests.anchors[2]])
        let found = OrderAgreementTests.links([OrderAgreementTests.law, province], from: "第十条", score: 0.1)
        #expect(found.map(\.type) == [.derives])
        #expect(found.first?.to.label == "第十二条")
        #expect(found.first?.evidence?.method == "order-agreement")
        #expect(found.first?.evidence?.kind == "substance")
        // A bar above its score: nothing.
        let score = found.first?.score ?? 0
        #expect(score >= 0.1)
        #expect(OrderAgreementTests.links([OrderAgreementTests.law, province], from: "第十条", score: score + 0.01).isEmpty)
    }

    @Test func anArticleBeforeTheFirstAnchorHasNoWindow() {
        // The same article placed first: no anchor before it, so no window and no link.
        let province = OrderAgreementTests.province([OrderAgreementTests.restated, OrderAgreementTests.anchors[0],
                                                     OrderAgreementTests.anchors[1], OrderAgreementTests.anchors[2]])
        #expect(OrderAgreementTests.links([OrderAgreementTests.law, province], from: "第十条", score: 0.1).isEmpty)
    }

    @Test func aViolationArticleIsLeftOut() {
        // 山东 第四十二条 without its sanction words (通报批评 … 依法给予处分), so that the kinds agree, between the anchors,
        // against the law's 第十二条 on the same 汇交: an article naming a violation is not paired by the rule.
        let sanction = ("第十三条", "违反本条例规定，县级以上人民政府有关部门进行非物质文化遗产调查后，未将调查取得的实物图片、资料复制件汇交同级文化主管部门的，由本级人民政府责令限期改正。")
        let province = OrderAgreementTests.province([OrderAgreementTests.anchors[0], sanction,
                                                     OrderAgreementTests.anchors[1], OrderAgreementTests.anchors[2]])
        #expect(OrderAgreementTests.links([OrderAgreementTests.law, province], from: "第十三条", score: 0.1).isEmpty)
        #expect(ArticleKind.of(MeasureContent(text: sanction.1).units) == .rule)
    }
}
