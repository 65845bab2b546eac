import Foundation
import Testing
import ZhengceDocument
@testable import ZhengceLineage

/// Specificity of the evidence (issue 15, fifteenth round): a `derives` link whose shared passages all recur in other
/// articles of the parent or of the child is withheld (`Context.withholdUnspecific`). Articles from the law corpus
/// (lawrefbook), in full; each document holds only the articles named here, so what recurs is counted among them; links
/// and scores from main ac945be's lineage run on the corpus.
@Suite struct SpecificityTests {
    typealias Found = (type: LinkType, child: String, parent: String, score: Double)

    /// The links `found` from `child` to `parent` after the rule.
    static func kept(_ child: PolicyDocument, _ parent: PolicyDocument, _ found: [Found],
                     options: LineageOptions = LineageOptions()) -> (links: [String], statistics: AlignmentStatistics) {
        var context = Context(documents: [child, parent], options: options)
        for item in found { context.addMeasureLink(item.type, from: child, item.child, to: parent, item.parent, score: item.score) }
        context.withholdUnspecific()
        return (context.links.map { "\($0.link.from.label ?? "") ← \($0.link.to.label ?? "")" }, context.statistics)
    }

    // 上海市旅游条例 (2020) 第六十九条 sanctions travel agencies that use unfit vehicles or boats (its 第五十三条); 旅游法
    // (2018) 第九十六条 sanctions agencies that send no tour leader or an unlicensed guide, 第九十七条 false advertising and
    // unfit suppliers. All three carry one fine template (责令改正，没收违法所得，并处五千元以上五万元以下罚款；情节严重的，
    // 责令停业整顿或者吊销旅行社业务经营许可证；对直接负责的主管人员…). The tool links 第六十九条 ← 第九十六条 (derives 0.346;
    // read as wrong in the labels: 车辆船舶运输罚则 ← 领队导游罚则).
    static let shanghai = DocumentBuilder.make(
        id: "shanghai-tourism", title: "上海市旅游条例", date: "2020-05-14", level: .provincial, region: "上海市",
        cites: [("中华人民共和国旅游法", nil)], measures: [
            ("第六十九条", "旅行社违反本条例第五十三条第一款、第三款的规定，使用不符合规定的车辆、船舶承担旅游运输的，由旅游行政管理部门责令改正，没收违法所得，并处五千元以上五万元以下的罚款；违法所得五万元以上的，并处违法所得一倍以上五倍以下的罚款；情节严重的，责令停业整顿或者吊销旅行社业务经营许可证；对直接负责的主管人员和其他直接责任人员，处二千元以上二万元以下的罚款。"),
        ])
    static let article96 = ("第九十六条", "旅行社违反本法规定，有下列行为之一的，由旅游主管部门责令改正，没收违法所得，并处五千元以上五万元以下罚款；情节严重的，责令停业整顿或者吊销旅行社业务经营许可证；对直接负责的主管人员和其他直接责任人员，处二千元以上二万元以下罚款：（一）未按照规定为出境或者入境团队旅游安排领队或者导游全程陪同的；（二）安排未取得导游证的人员提供导游服务或者安排不具备领队条件的人员提供领队服务的；（三）未向临时聘用的导游支付导游服务费用的；（四）要求导游垫付或者向导游收取费用的。")
    static let article97 = ("第九十七条", "旅行社违反本法规定，有下列行为之一的，由旅游主管部门或者有关部门责令改正，没收违法所得，并处五千元以上五万元以下罚款；违法所得五万元以上的，并处违法所得一倍以上五倍以下罚款；情节严重的，责令停业整顿或者吊销旅行社业务经营许可证；对直接负责的主管人员和其他直接责任人员，处二千元以上二万元以下罚款：（一）进行虚假宣传，误导旅游者的；（二）向不合格的供应商订购产品和服务的；（三）未按照规定投保旅行社责任保险的。")
    static func tourism(_ articles: [(String, String)]) -> PolicyDocument {
        DocumentBuilder.make(id: "tourism-law", title: "中华人民共和国旅游法", date: "2018-10-26", measures: articles)
    }

    @Test func aFineTemplateSharedWithAnotherArticleOfTheParentIsWithheld() {
        let found: [Found] = [(.derives, "第六十九条", "第九十六条", 0.346)]
        let (links, statistics) = SpecificityTests.kept(SpecificityTests.shanghai,
                                                        SpecificityTests.tourism([SpecificityTests.article96, SpecificityTests.article97]), found)
        #expect(links.isEmpty)
        #expect(statistics.unspecificWithheld == 1)
        // Alone in its text, 第九十六条's template is its own: nothing recurs, the link stays.
        let alone = SpecificityTests.kept(SpecificityTests.shanghai, SpecificityTests.tourism([SpecificityTests.article96]), found)
        #expect(alone.links == ["第六十九条 ← 第九十六条"])
        #expect(alone.statistics.unspecificWithheld == 0)
        // A related link is not the rule's; the option off keeps the derives link.
        let related: [Found] = [(.related, "第六十九条", "第九十六条", 0.346)]
        #expect(SpecificityTests.kept(SpecificityTests.shanghai, SpecificityTests.tourism([SpecificityTests.article96, SpecificityTests.article97]),
                                      related).links.count == 1)
        var off = LineageOptions()
        off.withholdUnspecific = false
        #expect(SpecificityTests.kept(SpecificityTests.shanghai, SpecificityTests.tourism([SpecificityTests.article96, SpecificityTests.article97]),
                                      found, options: off).links.count == 1)
    }

    // 浙江省渔业管理条例 (2020) and 渔业法 (2013). 第六十条 (forbidden fishing gear, its use and its making or sale) takes up
    // 第三十八条 (labelled take-up of the fishery chain: 使用或制造、销售禁用渔具的罚则): besides the fine template they share
    // 渔具的没收, 渔具和违法所得, found in no other article here. The tool also links 第六十条 ← 第四十二条 (0.206; fishing
    // against the licence's terms) and 第五十条 (fishing against the licence's terms, a licence not carried) ←
    // 第四十一条 (0.321; fishing with no licence): those share only 没收渔获物和违法所得, 情节严重的, 吊销捕捞许可证, 并可以
    // 没收渔具, which other articles of the two texts hold too.
    static let zhejiang = DocumentBuilder.make(
        id: "zhejiang-fishery", title: "浙江省渔业管理条例", date: "2020-09-24", level: .provincial, region: "浙江省",
        cites: [("中华人民共和国渔业法", nil)], measures: [
            ("第五十条", "违反本条例第十九条第一款规定，未按捕捞许可证载明的作业内容进行捕捞的，没收渔获物和违法所得，可以并处五万元以下罚款；情节严重的，并可以没收渔具，吊销捕捞许可证。违反本条例第十九条第二款规定，未随船携带捕捞许可证、渔业船舶检验证书、渔业船舶国籍证书或者遗失后未及时补办的，处一千元以上一万元以下罚款；徒手作业者未随身携带捕捞许可证的，给予警告，可以并处一千元以下罚款。"),
            ("第六十条", "违反本条例第四十二条第一款规定，使用国家和省规定的禁用渔具或者不符合规格标准的渔具的，没收渔获物、违法所得和渔具，处五万元以下罚款；情节严重的，吊销捕捞许可证。违反本条例第四十二条第一款规定，制造、维修、销售国家和省规定的禁用渔具或者不符合规格标准的渔具的，没收渔具和违法所得，处一万元以下罚款。"),
        ])
    static let fishery = DocumentBuilder.make(
        id: "fishery-law", title: "中华人民共和国渔业法", date: "2013-12-28", measures: [
            ("第三十八条", "使用炸鱼、毒鱼、电鱼等破坏渔业资源方法进行捕捞的，违反关于禁渔区、禁渔期的规定进行捕捞的，或者使用禁用的渔具、捕捞方法和小于最小网目尺寸的网具进行捕捞或者渔获物中幼鱼超过规定比例的，没收渔获物和违法所得，处五万元以下的罚款；情节严重的，没收渔具，吊销捕捞许可证；情节特别严重的，可以没收渔船；构成犯罪的，依法追究刑事责任。在禁渔区或者禁渔期内销售非法捕捞的渔获物的，县级以上地方人民政府渔业行政主管部门应当及时进行调查处理。制造、销售禁用的渔具的，没收非法制造、销售的渔具和违法所得，并处一万元以下的罚款。"),
            ("第四十一条", "未依法取得捕捞许可证擅自进行捕捞的，没收渔获物和违法所得，并处十万元以下的罚款；情节严重的，并可以没收渔具和渔船。"),
            ("第四十二条", "违反捕捞许可证关于作业类型、场所、时限和渔具数量的规定进行捕捞的，没收渔获物和违法所得，可以并处五万元以下的罚款；情节严重的，并可以没收渔具，吊销捕捞许可证。"),
        ])

    @Test func aTakeUpWithPassagesOfItsOwnIsKeptBesideTemplates() {
        let found: [Found] = [(.derives, "第五十条", "第四十一条", 0.321), (.derives, "第六十条", "第三十八条", 0.241),
                              (.derives, "第六十条", "第四十二条", 0.206)]
        let (links, statistics) = SpecificityTests.kept(SpecificityTests.zhejiang, SpecificityTests.fishery, found)
        #expect(links == ["第六十条 ← 第三十八条"])
        #expect(statistics.unspecificWithheld == 2)
    }

    // Parallel links (twenty-fifth round, `withholdUnspecificParallel`). 重庆市食品生产加工小作坊和食品摊贩管理条例 (2016)
    // 第四十五条 sanctions a workshop producing without its registration; 北京市食品安全条例 第五十八条 sanctions producing
    // without a licence (未获得许可证…擅自从事食品生产经营活动), 第六十四条 the misuse of nitrite, 第六十八条 other
    // unsafe food (not linked here). The three Beijing articles carry one fine template (没收违法所得、违法生产经营的食品和用于违法生产经营的工具、设备、原料等物品；…货值金额不足1万元的…), and
    // Chongqing's article the same one. main 1409d63's law run links 第四十五条 to both as `parallel` (0.377, 0.374): the first
    // is the same provision in two cities (从事食品生产经营活动 without a permit), the second shares the template only.
    static let chongqing = DocumentBuilder.make(
        id: "chongqing-workshops", title: "重庆市食品生产加工小作坊和食品摊贩管理条例", date: "2016-11-24", level: .provincial,
        region: "重庆市", measures: [
            ("第四十五条", "违反本条例规定，食品小作坊未取得登记证从事食品生产经营活动的，由所在地区县（自治县）食品药品监督管理部门没收违法所得和违法生产经营的食品以及用于违法生产的工具、设备、原料等物品，违法生产经营的食品货值金额不足一万元的，并处五千元以上三万元以下罚款；货值金额一万元以上的，并处货值金额三倍以上五倍以下罚款。明知从事前款规定的违法行为，仍为其提供生产经营场所或者其他条件的，由所在地区县（自治县）食品药品监督管理部门责令停止违法行为，没收违法所得，并处五千元以上三万元以下罚款。"),
        ])
    static let beijing58 = ("第五十八条", "有下列情形之一的，由有关主管部门责令限期改正，没收违法所得、违法生产经营的食品和用于违法生产经营的工具、设备、原料等物品；违法生产经营的食品货值金额不足1万元的，并处2000元以上5万元以下罚款；货值金额1万元以上的，并处货值金额5倍以上10倍以下罚款：（一）违反本条例第十一条第一款的规定，未获得许可证或者准许证，擅自从事食品生产经营活动的；（二）违反本条例第十二条第二款的规定，未按照许可证或者准许证上标明的业态从事食品生产经营的；（三）违反本条例第十三条第二款的规定，食品生产加工作坊生产加工食品品种目录以外的食品的；（四）违反本条例第十五条第二款的规定，食品摊贩经营食品品种目录以外的食品的；（五）违反本条例第二十六条第一款的规定，食品生产经营者委托无生产许可证的企业生产食品的。有前款第二项至第五项所列情形之一，情节严重的，由有关主管部门吊销许可证、准许证或者取消登记。")
    static let beijing64 = ("第六十四条", "违反本条例第三十条第三款的规定，购买、存放和使用亚硝酸盐等易滥用的食品添加剂的，由有关主管部门没收违法所得、违法生产经营的食品和用于违法生产经营的工具、设备、原料等物品；违法生产经营的食品货值金额不足1万元的，并处2000元以上5万元以下罚款；货值金额1万元以上的，并处货值金额2倍以上5倍以下罚款；情节严重的，责令停产停业，直至吊销许可证、准许证。")
    static let beijing68 = ("第六十八条", "违反本条例第三十四条第一项至第四项的规定的，由有关主管部门没收违法所得、违法生产经营的食品和用于违法生产经营的工具、设备、原料等物品；违法生产经营的食品货值金额不足1万元的，并处2000元以上5万元以下罚款；货值金额1万元以上的，并处货值金额5倍以上10倍以下罚款；情节严重的，责令停产停业，直至吊销许可证。违反本条例第三十四条第五项的规定生产经营食品的，由有关主管部门依法责令停止生产经营，没收违法生产经营的食品，并处违法生产经营的食品货值金额1倍以上3倍以下罚款；有违法所得的，并处没收违法所得；情节严重的，吊销营业执照。")
    static func beijing(_ articles: [(String, String)]) -> PolicyDocument {
        DocumentBuilder.make(id: "beijing-food-safety", title: "北京市食品安全条例", date: "2012-12-27", level: .provincial,
                             region: "北京市", measures: articles)
    }

    @Test func aParallelLinkOnTheFineTemplateAloneIsWithheld() {
        let found: [Found] = [(.parallel, "第四十五条", "第五十八条", 0.377), (.parallel, "第四十五条", "第六十四条", 0.374)]
        let both = SpecificityTests.beijing([SpecificityTests.beijing58, SpecificityTests.beijing64, SpecificityTests.beijing68])
        let (links, statistics) = SpecificityTests.kept(SpecificityTests.chongqing, both, found)
        #expect(links == ["第四十五条 ← 第五十八条"])
        #expect(statistics.unspecificParallelWithheld == 1)
        #expect(statistics.unspecificWithheld == 0)
        // Alone in its text, 第六十四条's template is its own: the link stays.
        let alone = SpecificityTests.kept(SpecificityTests.chongqing, SpecificityTests.beijing([SpecificityTests.beijing64]),
                                          [found[1]])
        #expect(alone.links == ["第四十五条 ← 第六十四条"])
        // With the option off both links stay.
        var off = LineageOptions()
        off.withholdUnspecificParallel = false
        #expect(SpecificityTests.kept(SpecificityTests.chongqing, both, found, options: off).links.count == 2)
    }

    // Dominance (twenty-seventh round, `LineageOptions.unspecificDominance`). 山东省土壤污染防治条例 (2019) 第四十六条 restates
    // 土壤污染防治法 (2018) 第五十六条 nearly word for word (labelled take-up of the soil-pollution chain); the law's 第六十二条
    // says the same of construction land, 第五十五条 and 第五十三条 open with the same 安全利用类…农用地地块, 第五十七条 ends on
    // the same 报…农业农村、林业草原主管部门, and the regulation's 第四十三条, 第四十五条, 第四十八条 and 第五十四条 follow
    // them. Every 4-character window the two articles share recurs in another article here, so the specificity test alone
    // withholds the take-up; but they share 65 windows, the child article at most 44 with another article of the law
    // (第六十二条) and the law's article at most 30 with another article of the regulation (第五十四条). The link to the
    // sibling 第六十二条 shares 44, fewer than the child shares with 第五十六条: it stays withheld.
    static let soilLaw = DocumentBuilder.make(
        id: "soil-pollution-law", title: "中华人民共和国土壤污染防治法", date: "2018-08-31", measures: [
            ("第五十三条", "对安全利用类农用地地块，地方人民政府农业农村、林业草原主管部门，应当结合主要作物品种和种植习惯等情况，制定并实施安全利用方案。安全利用方案应当包括下列内容：（一）农艺调控、替代种植；（二）定期开展土壤和农产品协同监测与评价；（三）对农民、农民专业合作社及其他农业生产经营主体进行技术指导和培训；（四）其他风险管控措施。"),
            ("第五十五条", "安全利用类和严格管控类农用地地块的土壤污染影响或者可能影响地下水、饮用水水源安全的，地方人民政府生态环境主管部门应当会同农业农村、林业草原等主管部门制定防治污染的方案，并采取相应的措施。"),
            ("第五十六条", "对安全利用类和严格管控类农用地地块，土壤污染责任人应当按照国家有关规定以及土壤污染风险评估报告的要求，采取相应的风险管控措施，并定期向地方人民政府农业农村、林业草原主管部门报告。"),
            ("第五十七条", "对产出的农产品污染物含量超标，需要实施修复的农用地地块，土壤污染责任人应当编制修复方案，报地方人民政府农业农村、林业草原主管部门备案并实施。修复方案应当包括地下水污染防治的内容。修复活动应当优先采取不影响农业生产、不降低土壤生产功能的生物修复措施，阻断或者减少污染物进入农作物食用部分，确保农产品质量安全。风险管控、修复活动完成后，土壤污染责任人应当另行委托有关单位对风险管控效果、修复效果进行评估，并将效果评估报告报地方人民政府农业农村、林业草原主管部门备案。农村集体经济组织及其成员、农民专业合作社及其他农业生产经营主体等负有协助实施土壤污染风险管控和修复的义务。"),
            ("第六十二条", "对建设用地土壤污染风险管控和修复名录中的地块，土壤污染责任人应当按照国家有关规定以及土壤污染风险评估报告的要求，采取相应的风险管控措施，并定期向地方人民政府生态环境主管部门报告。风险管控措施应当包括地下水污染防治的内容。"),
        ])
    static let shandongSoil = DocumentBuilder.make(
        id: "shandong-soil-pollution", title: "山东省土壤污染防治条例", date: "2019-11-29", level: .provincial, region: "山东省",
        cites: [("中华人民共和国土壤污染防治法", nil)], measures: [
            ("第四十三条", "对安全利用类农用地地块，县级以上人民政府农业农村、林业部门应当结合主要作物品种、水资源条件和种植习惯等情况，会同生态环境等部门制定并实施安全利用方案。安全利用方案应当包括下列风险管控措施：（一）农艺调控、替代种植；（二）加强土壤环境质量和农产品质量监测与评价；（三）调整优化相关农业投入品的使用；（四）阻断或者减少相关污染物和其他有毒有害物质；（五）加强对农业生产者的技术指导和培训；（六）其他风险管控措施。"),
            ("第四十五条", "安全利用类和严格管控类农用地地块的土壤污染影响或者可能影响地下水、饮用水水源安全的，生态环境主管部门应当会同农业农村、自然资源、水利、林业等部门制定污染防治方案，并采取水质监测、径流控制、污染治理等措施。"),
            ("第四十六条", "对安全利用类和严格管控类农用地地块，土壤污染责任人应当按照国家和省有关规定以及土壤污染风险评估报告的要求，采取相应的风险管控措施，并定期向所在地县（市、区）人民政府农业农村、林业部门报告。"),
            ("第四十八条", "对产出的农产品污染物含量超标，需要实施修复的农用地地块，土壤污染责任人应当编制修复方案，报所在地县（市、区）人民政府农业农村、林业部门备案并实施。修复方案应当包括修复范围、指标要求、修复方式、施工方案和地下水污染防治等内容。修复活动应当优先采取不影响农业生产、不降低土壤生产功能的生物修复措施，阻断或者减少污染物进入农作物食用部分，确保农产品质量安全。"),
            ("第五十四条", "对建设用地土壤污染风险管控和修复名录中的地块，土壤污染责任人应当按照国家和省有关规定以及土壤污染风险评估报告的要求，制定风险管控方案，报设区的市人民政府生态环境主管部门备案并组织实施。风险管控方案应当包括区域范围、管控要求、主要措施、监测计划、应急措施以及地下水污染防治等内容。"),
        ])

    @Test func aRestatementThatHoldsMostOfWhatItSharesIsKept() {
        let found: [Found] = [(.derives, "第四十六条", "第五十六条", 0.6), (.derives, "第四十六条", "第六十二条", 0.4)]
        var off = LineageOptions()
        off.unspecificDominance = 0
        // Without dominance, the specificity test withholds both: every shared window recurs in another article.
        let without = SpecificityTests.kept(SpecificityTests.shandongSoil, SpecificityTests.soilLaw, found, options: off)
        #expect(without.links.isEmpty)
        #expect(without.statistics.unspecificWithheld == 2)
        // With it (the default), the restatement is kept, the link to the sibling article is not.
        let with = SpecificityTests.kept(SpecificityTests.shandongSoil, SpecificityTests.soilLaw, found)
        #expect(with.links == ["第四十六条 ← 第五十六条"])
        #expect(with.statistics.unspecificWithheld == 1)
        #expect(with.statistics.unspecificDominantKept == 1)
        // 65 shared windows against 44 (the child with 第六十二条): kept at 1.3 and 1.4, withheld at 1.5.
        var strict = LineageOptions()
        strict.unspecificDominance = 1.5
        #expect(SpecificityTests.kept(SpecificityTests.shandongSoil, SpecificityTests.soilLaw, found, options: strict).links.isEmpty)
        var loose = LineageOptions()
        loose.unspecificDominance = 1.4
        #expect(SpecificityTests.kept(SpecificityTests.shandongSoil, SpecificityTests.soilLaw, found, options: loose).links.count == 1)
    }

    @Test func templatesAreNotDominant() {
        // The fine-template links of the tests above stay withheld with the default dominance: another article of the
        // parent holds as much of what the child article shares (第九十七条 more than 第九十六条; 第四十二条 more than 第四十一条).
        #expect(LineageOptions().unspecificDominance > 0)
        let tourism = SpecificityTests.kept(SpecificityTests.shanghai, SpecificityTests.tourism([SpecificityTests.article96, SpecificityTests.article97]),
                                            [(.derives, "第六十九条", "第九十六条", 0.346)])
        #expect(tourism.links.isEmpty)
        #expect(tourism.statistics.unspecificDominantKept == 0)
        let fishery = SpecificityTests.kept(SpecificityTests.zhejiang, SpecificityTests.fishery,
                                            [(.derives, "第五十条", "第四十一条", 0.321), (.derives, "第六十条", "第四十二条", 0.206)])
        #expect(fishery.links.isEmpty)
        #expect(fishery.statistics.unspecificDominantKept == 0)
    }

    @Test func windowsFoldNumeralsAndSkipPunctuation() {
        let a = Context.windows(MeasureContent(text: "处五万元以下罚款"))
        let b = Context.windows(MeasureContent(text: "处一万元以下罚款。"))
        #expect(a == b)
        #expect(a.count == 5)  // 处#万元 #万元以 万元以下 元以下罚 以下罚款
        #expect(Context.windows(MeasureContent(text: "罚款。")).isEmpty)
    }
}
