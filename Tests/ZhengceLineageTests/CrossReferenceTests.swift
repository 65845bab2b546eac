import Foundation
import Testing
import ZhengceDocument
@testable import ZhengceLineage

/// Internal cross-references (issue 15, fourteenth round): a `derives` link between two articles that refer to
/// different provisions of their texts is withheld (`Context.withholdCrossReferenced`). Articles from the law corpus
/// (lawrefbook), long ones shortened to the sentences that matter; links and scores from main 381272a's lineage run on it.
@Suite struct CrossReferenceTests {
    typealias Found = (type: LinkType, child: String, parent: String, score: Double)

    /// The links `found` from `child` to `parent` after the rule.
    static func kept(_ child: PolicyDocument, _ parent: PolicyDocument, _ found: [Found],
                     options: LineageOptions = LineageOptions()) -> (links: [String], statistics: AlignmentStatistics) {
        var context = Context(documents: [child, parent], options: options)
        for item in found { context.addMeasureLink(item.type, from: child, item.child, to: parent, item.parent, score: item.score) }
        context.withholdCrossReferenced()
        return (context.links.map { "\($0.link.from.label ?? "") ← \($0.link.to.label ?? "")" }, context.statistics)
    }

    @Test func articleNumbersAndTheArticlesATextRefersToAreRead() {
        #expect(ArticleReference.number("第一百零五条") == 105)
        #expect(ArticleReference.number("第二十条") == 20)
        #expect(ArticleReference.number("第十二条之一") == nil)
        #expect(ArticleReference.number("（一）") == nil)
        // 未成年人网络保护条例 第五十六条: a list of its own articles, with paragraphs and a range (its two ends).
        #expect(ArticleReference.internalReferences("违反本条例第二十六条第二款和第三款、第二十八条、第二十九条第一款、第三十一条第二款、第三十六条、第三十八条第一款、第四十二条至第四十五条、第四十六条第二款、第四十七条规定的，由网信、新闻出版、电影、教育、电信、公安、民政、文化和旅游、市场监督管理、广播电视等部门依据各自职责责令改正")
                == [26, 28, 29, 31, 36, 38, 42, 45, 46, 47])
        // 聊城市道路交通安全条例 第七十三条: its own articles 31 and 32, and an article of the national law, not its own.
        #expect(ArticleReference.internalReferences("违反本条例第三十一条第二款规定的，处警告或者五十元以上一百元以下罚款。违反本条例第三十二条规定，在禁止通行的道路上行驶的，责令停止违法行为，处二百元罚款；所驾驶的车辆未悬挂机动车号牌的，可以依照《中华人民共和国道路交通安全法》第九十五条的规定予以扣留。")
                == [31, 32])
        // 政府采购法实施条例 第二十三条 names the law without 《》; 人民检察院刑事诉讼规则 第六百七十四条 another law.
        #expect(ArticleReference.internalReferences("符合政府采购法第二十九条、第三十条、第三十一条、第三十二条规定情形").isEmpty)
        #expect(ArticleReference.internalReferences("可以参照国际刑事司法协助法第十三条的规定制作").isEmpty)
        // A bare reference is to the text's own article; 前款 names no article.
        #expect(ArticleReference.internalReferences("有前款第三项情形的，依照第五条规定处理") == [5])
    }

    // 绍兴市大气污染防治条例 (2016) and 浙江省大气污染防治条例 (2020 text), which it names in its purpose article.
    // 绍兴 第三十八条 sanctions its 第二十一条第三款 (odorous substances near homes, schools, hospitals); 浙江 第六十七条
    // sanctions its 第四十六条第一款 (open burning). The same fine (单位一万元以上十万元以下, 个人五百元以上二千元以下),
    // two provisions: 绍兴 第二十一条 is linked to 浙江 第三十六条 (low-VOC materials), not to 第四十六条, so
    // 第三十八条 ← 第六十七条 (derives 0.353) is withheld; 第二十一条 ← 第三十六条 (0.360) refers to nothing and stays.
    static let shaoxing = DocumentBuilder.prefixing("2016年8月31日 绍兴市第七届人民代表大会常务委员会第三十三次会议通过", to: DocumentBuilder.make(
        id: "shaoxing", title: "绍兴市大气污染防治条例", date: "2016-10-19", level: .municipal, region: "浙江省绍兴市",
        cites: [("浙江省大气污染防治条例", nil)], measures: [
            ("第二十一条", "生产、销售和使用含挥发性有机物的原材料和产品应当符合质量标准或者要求。鼓励化工、印染、涂装、包装印刷、家具制造和涉及喷涂作业的机动车维修行业采取低毒、低挥发性、低污染原辅材料替代、加工工艺改造等方式，减少含挥发性有机物的原材料的使用。禁止在居民住宅区等人口密集区域和医院、学校、幼儿园等其他依法需要特殊保护的区域，贮存、加工、制造或者使用产生异味、恶臭、有害气体的物质。"),
            ("第三十八条", "违反本条例第二十一条第三款规定，在禁止区域贮存、加工、制造或者使用产生异味、恶臭、有害气体的物质，由环境保护行政主管部门责令改正，对单位处一万元以上十万元以下的罚款，对个人处五百元以上二千元以下的罚款。"),
        ]))
    static let zhejiang = DocumentBuilder.prefixing("2003年6月27日 浙江省第十届人民代表大会常务委员会第四次会议通过", to: DocumentBuilder.make(
        id: "zhejiang", title: "浙江省大气污染防治条例", date: "2020-11-27", level: .provincial, region: "浙江省", measures: [
            ("第三十六条", "鼓励生产、使用低挥发性有机物含量的原料和产品。在化工、印染、涂装、包装印刷、家具制造等行业逐步推进低挥发性有机物含量原料和产品的使用。医院、学校和幼儿园等场所内禁止使用纳入目录的高挥发性有机物含量的产品。"),
            ("第四十六条", "本省行政区域内禁止露天焚烧沥青、油毡、橡胶、塑料、皮革、垃圾以及其他产生有毒有害烟尘和恶臭气体的物质，禁止露天焚烧秸秆、落叶等产生烟尘污染的物质。"),
            ("第六十七条", "违反本条例第四十六条第一款规定，露天焚烧沥青、油毡、橡胶、塑料、皮革、垃圾以及其他产生有毒有害烟尘和恶臭气体的物质的，由县级以上人民政府确定的监督管理部门责令改正，对单位处一万元以上十万元以下罚款，对个人处五百元以上二千元以下罚款。"),
        ]))
    static let air: [Found] = [(.derives, "第二十一条", "第三十六条", 0.360), (.derives, "第三十八条", "第六十七条", 0.353)]

    @Test func aPenaltyOfAnotherProvisionWithTheSameFineIsWithheld() {
        let (links, statistics) = CrossReferenceTests.kept(CrossReferenceTests.shaoxing, CrossReferenceTests.zhejiang, CrossReferenceTests.air)
        #expect(links == ["第二十一条 ← 第三十六条"])
        #expect(statistics.crossReferenceWithheld == 1)
        // Had 第二十一条 been linked to 第四十六条 (the provision 第六十七条 sanctions), the penalties would match: kept.
        let matching: [Found] = [(.derives, "第二十一条", "第四十六条", 0.3), (.derives, "第三十八条", "第六十七条", 0.353)]
        #expect(CrossReferenceTests.kept(CrossReferenceTests.shaoxing, CrossReferenceTests.zhejiang, matching).links.count == 2)
        // Without a link of 第二十一条 the texts say nothing about 第三十八条: kept.
        #expect(CrossReferenceTests.kept(CrossReferenceTests.shaoxing, CrossReferenceTests.zhejiang, [CrossReferenceTests.air[1]]).links.count == 1)
        // A related link is not the rule's; the option off keeps all.
        let related: [Found] = [CrossReferenceTests.air[0], (.related, "第三十八条", "第六十七条", 0.353)]
        #expect(CrossReferenceTests.kept(CrossReferenceTests.shaoxing, CrossReferenceTests.zhejiang, related).links.count == 2)
        var off = LineageOptions()
        off.withholdCrossReferenced = false
        #expect(CrossReferenceTests.kept(CrossReferenceTests.shaoxing, CrossReferenceTests.zhejiang, CrossReferenceTests.air, options: off).links.count == 2)
    }

    // 山东省人民代表大会议事规则 (2019) 第四十一条 (a second ballot for seats left over, "依照本规则第四十条第二款的规定，确定
    // 差额数") ← 地方各级人民代表大会和地方各级人民政府组织法 (2022) 第二十九条 ("依照本法第二十七条第一款的规定"), 0.813;
    // 第四十条 ← 第二十七条 (the margins of candidates), 0.796. The references agree: both kept.
    static let shandong = DocumentBuilder.prefixing("2019年1月29日 山东省第十三届人民代表大会第二次会议通过", to: DocumentBuilder.make(
        id: "shandong", title: "山东省人民代表大会议事规则", date: "2019-02-18", level: .provincial, region: "山东省",
        cites: [("中华人民共和国地方各级人民代表大会和地方各级人民政府组织法", nil)], measures: [
            ("第四十条", "省人民代表大会常务委员会主任、秘书长，省长，省高级人民法院院长，省人民检察院检察长的候选人数一般应多一人，进行差额选举；如果提名的候选人只有一人，也可以等额选举。省人民代表大会常务委员会副主任、副省长的候选人数应当比应选人数多一人至三人，省人民代表大会常务委员会委员的候选人数应当比应选人数多十分之一至五分之一，由省人民代表大会根据应选人数在选举办法中规定具体差额数，进行差额选举。"),
            ("第四十一条", "省人民代表大会选举本级国家机关领导人员，获得过半数选票的候选人人数超过应选名额时，以得票多的当选。获得过半数选票的当选人数少于应选名额时，不足的名额另行选举。另行选举省人民代表大会常务委员会副主任、委员，副省长，依照本规则第四十条第二款的规定，确定差额数进行差额选举。"),
        ]))
    static let organic = DocumentBuilder.prefixing("1979年7月1日 第五届全国人民代表大会第二次会议通过", to: DocumentBuilder.make(
        id: "organic", title: "中华人民共和国地方各级人民代表大会和地方各级人民政府组织法", date: "2022-03-11", measures: [
            ("第二十七条", "人民代表大会常务委员会主任、秘书长，乡、民族乡、镇的人民代表大会主席，人民政府正职领导人员，监察委员会主任，人民法院院长，人民检察院检察长的候选人数可以多一人，进行差额选举；如果提名的候选人只有一人，也可以等额选举。人民代表大会常务委员会副主任，乡、民族乡、镇的人民代表大会副主席，人民政府副职领导人员的候选人数应比应选人数多一人至三人，人民代表大会常务委员会委员的候选人数应比应选人数多十分之一至五分之一，由本级人民代表大会根据应选人数在选举办法中规定具体差额数，进行差额选举。"),
            ("第二十九条", "地方各级人民代表大会选举本级国家机关领导人员，获得过半数选票的候选人人数超过应选名额时，以得票多的当选。获得过半数选票的当选人数少于应选名额时，不足的名额另行选举。另行选举人民代表大会常务委员会副主任、委员，乡、民族乡、镇的人民代表大会副主席，人民政府副职领导人员时，依照本法第二十七条第一款的规定，确定差额数，进行差额选举。"),
        ]))

    @Test func aTakeUpWhoseReferencesAgreeIsKept() {
        let found: [Found] = [(.derives, "第四十条", "第二十七条", 0.796), (.derives, "第四十一条", "第二十九条", 0.813)]
        let (links, statistics) = CrossReferenceTests.kept(CrossReferenceTests.shandong, CrossReferenceTests.organic, found)
        #expect(links == ["第四十条 ← 第二十七条", "第四十一条 ← 第二十九条"])
        #expect(statistics.crossReferenceWithheld == 0)
        // Were 第四十条 linked to 第二十九条 instead, 第四十一条 ← 第二十九条 would refer elsewhere than its parent: withheld.
        let crossed: [Found] = [(.derives, "第四十条", "第二十九条", 0.3), (.derives, "第四十一条", "第二十九条", 0.813)]
        #expect(CrossReferenceTests.kept(CrossReferenceTests.shandong, CrossReferenceTests.organic, crossed).links == ["第四十条 ← 第二十九条"])
    }
}
