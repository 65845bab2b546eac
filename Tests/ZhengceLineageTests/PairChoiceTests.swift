import Foundation
import Testing
import ZhengceDocument
@testable import ZhengceLineage

/// The choice of the parent article inside a related pair of legislation (issue 15, twelfth round): a child article whose
/// parent articles all lie out of its neighbours' order is scored against every article of the parent and moves to the
/// best, when that one is in order and clearly ahead. Texts from the law corpus (lawrefbook): 浙江省广告管理条例 (2020-07-31,
/// the file holds 第一条 and 第二条) against 广告法 (2021-04-29) 第一–十条; the links and scores are those of the law run of
/// main c6dd073 for this pair (第一条 ← 第一条 0.778, 第二条 ← 第五条 0.225 and ← 第七条 0.212).
@Suite struct PairChoiceTests {
    static func links(margin: Double, extra: [(child: String, parent: String, score: Double)] = []) -> [String] {
        let child = DocumentBuilder.make(id: "zj", title: "浙江省广告管理条例", date: "2020-07-31", level: .provincial,
                                         region: "浙江省", measures: zhejiang)
        let parent = DocumentBuilder.make(id: "law", title: "中华人民共和国广告法", date: "2021-04-29", measures: law)
        var options = LineageOptions()
        options.pairChoiceMargin = margin
        var context = Context(documents: [child, parent], options: options)
        // Rows as the analysis makes them: articles, without purpose and other formula articles.
        var rows: [(document: Int, measure: Int, units: [UInt16])] = []
        for (d, document) in [child, parent].enumerated() {
            for (m, measure) in document.measures.enumerated() {
                let units = MeasureContent(measure: measure, in: document).units
                if FormulaArticle.isFormula(units) || FormulaArticle.isOrganisational(measure.title) { continue }
                rows.append((d, m, units))
            }
        }
        let index = MeasureIndex(contents: rows)
        var rowsOf: [[Int]] = [[], []]
        for row in 0..<index.count { rowsOf[Int(index.documentOf[row])].append(row) }
        func position(_ document: PolicyDocument, _ label: String) -> Int { document.measures.firstIndex { $0.label == label }! }
        for item in found + extra {
            let c = position(child, item.child), p = position(parent, item.parent)
            let link = LineageLink(type: .derives, from: LinkEnd(document: "zj", measure: child.measures[c].id, label: item.child),
                                   to: LinkEnd(document: "law", measure: parent.measures[p].id, label: item.parent),
                                   score: item.score, inferred: true)
            context.links.append((LinkSortKey(document: false, type: .derives, from: "zj", fromMeasure: c, score: item.score,
                                              to: "law", toMeasure: p), link))
        }
        let titles = (0..<index.count).map { row in
            MeasureContent(text: [child, parent][Int(index.documentOf[row])].measures[Int(index.measureOf[row])].title).units
        }
        let words = WordIndex(units: index.units, titles: titles, segmenter: .shared)
        context.choosePairArticles(index: index, words: words, rowsOf: rowsOf)
        return context.links.map { "\($0.link.from.label ?? "") ← \($0.link.to.label ?? "")" }.sorted()
    }

    static let found: [(child: String, parent: String, score: Double)] = [
        ("第一条", "第一条", 0.778), ("第二条", "第五条", 0.225), ("第二条", "第七条", 0.212),
    ]

    /// 第二条 (scope: 本省行政区域内从事广告活动…适用本条例; definition of 广告: 商品经营者或者服务提供者…直接或者间接地介绍自己所推销的
    /// 商品或者服务) restates 广告法 第二条 (scope and definitions); its links went to 第五条 (广告主…遵守法律) and 第七条 (行业组织),
    /// neither next to its neighbour's source (第一条 ← 第一条). Among all ten parent articles 第二条 scores best, is in order,
    /// and far ahead: both links move to it.
    @Test func anOutOfOrderArticleMovesToItsBestInThePair() {
        let links = PairChoiceTests.links(margin: 1.3)
        #expect(links == ["第一条 ← 第一条", "第二条 ← 第二条"])
    }

    /// Nothing moves with the rule off, nor when the child article already has a link in its neighbours' order.
    @Test func offOrInOrderNothingMoves() {
        let all = PairChoiceTests.found.map { "\($0.child) ← \($0.parent)" }.sorted()
        #expect(PairChoiceTests.links(margin: 0) == all)
        let inOrder = PairChoiceTests.links(margin: 1.3, extra: [("第二条", "第二条", 0.21)])
        #expect(inOrder == (all + ["第二条 ← 第二条"]).sorted())
    }

    /// A margin the best does not reach leaves the links where they were.
    @Test func aCloseBestDoesNotMove() {
        let all = PairChoiceTests.found.map { "\($0.child) ← \($0.parent)" }.sorted()
        #expect(PairChoiceTests.links(margin: 50) == all)
    }

    static let zhejiang: [(label: String, text: String)] = [
        ("第一条", "为了规范广告活动，保护消费者合法权益，促进广告业健康发展，维护社会经济秩序，根据《中华人民共和国广告法》和其他有关法律、行政法规，结合本省实际，制定本条例。"),
        ("第二条", "本省行政区域内从事广告活动和对广告活动进行监督管理，适用本条例。本条例所称广告，是指商品经营者或者服务提供者自行或者委托他人，通过广播、电视、电影、报纸、期刊、印刷品、户外广告设施、公共交通工具、互联网以及其他媒介，以文字、图片、音频、视频、实物模具以及其他形式，直接或者间接地介绍自己所推销的商品或者服务的商业宣传。"),
    ]

    static let law: [(label: String, text: String)] = [
        ("第一条", "为了规范广告活动，保护消费者的合法权益，促进广告业的健康发展，维护社会经济秩序，制定本法。"),
        ("第二条", "在中华人民共和国境内，商品经营者或者服务提供者通过一定媒介和形式直接或者间接地介绍自己所推销的商品或者服务的商业广告活动，适用本法。本法所称广告主，是指为推销商品或者服务，自行或者委托他人设计、制作、发布广告的自然人、法人或者其他组织。本法所称广告经营者，是指接受委托提供广告设计、制作、代理服务的自然人、法人或者其他组织。本法所称广告发布者，是指为广告主或者广告主委托的广告经营者发布广告的自然人、法人或者其他组织。本法所称广告代言人，是指广告主以外的，在广告中以自己的名义或者形象对商品、服务作推荐、证明的自然人、法人或者其他组织。"),
        ("第三条", "广告应当真实、合法，以健康的表现形式表达广告内容，符合社会主义精神文明建设和弘扬中华民族优秀传统文化的要求。"),
        ("第四条", "广告不得含有虚假或者引人误解的内容，不得欺骗、误导消费者。广告主应当对广告内容的真实性负责。"),
        ("第五条", "广告主、广告经营者、广告发布者从事广告活动，应当遵守法律、法规，诚实信用，公平竞争。"),
        ("第六条", "国务院市场监督管理部门主管全国的广告监督管理工作，国务院有关部门在各自的职责范围内负责广告管理相关工作。县级以上地方市场监督管理部门主管本行政区域的广告监督管理工作，县级以上地方人民政府有关部门在各自的职责范围内负责广告管理相关工作。"),
        ("第七条", "广告行业组织依照法律、法规和章程的规定，制定行业规范，加强行业自律，促进行业发展，引导会员依法从事广告活动，推动广告行业诚信建设。"),
        ("第八条", "广告中对商品的性能、功能、产地、用途、质量、成分、价格、生产者、有效期限、允诺等或者对服务的内容、提供者、形式、质量、价格、允诺等有表示的，应当准确、清楚、明白。广告中表明推销的商品或者服务附带赠送的，应当明示所附带赠送商品或者服务的品种、规格、数量、期限和方式。法律、行政法规规定广告中应当明示的内容，应当显著、清晰表示。"),
        ("第九条", "广告不得有下列情形：（一）使用或者变相使用中华人民共和国的国旗、国歌、国徽，军旗、军歌、军徽；（二）使用或者变相使用国家机关、国家机关工作人员的名义或者形象；（三）使用“国家级”、“最高级”、“最佳”等用语；（四）损害国家的尊严或者利益，泄露国家秘密；（五）妨碍社会安定，损害社会公共利益；（六）危害人身、财产安全，泄露个人隐私；（七）妨碍社会公共秩序或者违背社会良好风尚；（八）含有淫秽、色情、赌博、迷信、恐怖、暴力的内容；（九）含有民族、种族、宗教、性别歧视的内容；（十）妨碍环境、自然资源或者文化遗产保护；（十一）法律、行政法规规定禁止的其他情形。"),
        ("第十条", "广告不得损害未成年人和残疾人的身心健康。"),
    ]
}
