import Testing
@testable import ZhengceDocument

/// Every measure of every seed, in order, with the title and the departments read from the documents.
@Suite struct SeedMeasureTests {
    @Test func corpusLoadsAllFiveSeedsWithoutFailures() {
        #expect(SeedCorpus.loaded.documents.count == 5)
        #expect(SeedCorpus.loaded.failures.isEmpty)
    }

    @Test func sichuanDraftHasTwentyOneTaskMeasuresWithTheirUnits() {
        let expected: [(String, [String])] = [
            ("引导传统企业试水转型", ["商务厅", "经济和信息化厅"]),
            ("分类培育主体队伍", ["商务厅", "经济和信息化厅", "省经济合作局", "省市场监管局"]),
            ("推动提升能力资质", ["商务厅", "科技厅", "成都海关", "省发展改革委"]),
            ("构建“N园”产业生态", ["商务厅"]),
            ("完善“N带”产业体系", ["商务厅", "经济和信息化厅", "农业农村厅", "文化和旅游厅"]),
            ("健全完善评价模式机制", ["商务厅"]),
            ("大力招引知名平台", ["商务厅", "省经济合作局", "四川邮政管理局"]),
            ("培育本土头部平台", ["商务厅"]),
            ("促进平台与市（州）联动", ["商务厅", "四川邮政管理局"]),
            ("强化品牌培育扶持", ["商务厅", "省市场监管局"]),
            ("打造本土化品牌活动", ["商务厅"]),
            ("打造跨境电商进口新基地", ["商务厅", "省经济合作局", "成都海关", "省侨联"]),
            ("推动业态互融互促", ["商务厅", "成都海关", "省发展改革委"]),
            ("构建“川字号”海外仓矩阵", ["商务厅", "省发展改革委"]),
            ("强化跨部门服务监管", ["商务厅", "成都海关", "省税务局", "省外汇管理局", "省市场监管局"]),
            ("用好用活税收政策", ["省税务局", "成都海关"]),
            ("提升通关便利化水平", ["成都海关", "省政府口岸物流办", "中国铁路成都局集团", "省机场集团"]),
            ("创新外汇管理服务", ["省外汇管理局"]),
            ("强化金融保险服务", ["中国人民银行四川省分行", "中信保四川分公司"]),
            ("发挥协会桥梁纽带作用", ["民政厅", "商务厅", "省市场监管局"]),
            ("构建人才孵化培养体系", ["商务厅", "教育厅"]),
        ]
        let measures = SeedCorpus.sichuanDraft.measures
        #expect(measures.count == expected.count)
        for (index, (measure, want)) in zip(measures, expected).enumerated() {
            #expect(measure.label == "\(index + 1).")
            #expect(measure.title == want.0)
            #expect(names(measure) == want.1, "measure \(index + 1)")
        }
        // 二、重点任务 > （二） > 4.
        #expect(measures[3].path == ["二、", "（二）", "4."])
        #expect(measures[3].id == "sichuan-2024-cross-border-ecommerce-action-plan-draft/2.2.4")
    }

    @Test func sichuanFirstListedUnitIsOnlyAnInferredLead() {
        let m = SeedCorpus.sichuanDraft.measures[14]
        #expect(m.responsible.map(\.role) == [.lead, .participant, .participant, .participant, .participant])
        #expect(m.responsible[0].roleInferred)
        #expect(m.responsible.allSatisfy { $0.department == nil && !$0.collective })
    }

    @Test func sichuanFramingSectionsAreKeptButAreNotMeasures() {
        let d = SeedCorpus.sichuanDraft
        let framing = d.provisions.filter { $0.kind == .framing }.map { $0.path.joined() }
        #expect(framing == ["一、", "三、", "三、（一）", "三、（二）", "三、（三）"])
        let groups = d.provisions.filter { $0.kind == .group }.map(\.heading)
        #expect(groups == ["重点任务", "促进市场主体倍增提能", "打造跨境电商产业“N园+N带”", "强化平台辐射带动", "培育本土出海品牌",
                           "提升跨境电商发展质效", "完善服务监管体系", "建立健全交流合作机制"])
    }

    @Test func shanghaiPlanHasEighteenMeasuresWithTheirUnits() {
        let expected: [(String, [String])] = [
            ("加快集聚跨境电商主体", ["市商务委", "市财政局", "中国信保上海分公司"]),
            ("持续推进跨境电商示范园区建设", ["市商务委", "各区人民政府"]),
            ("实施“出海优品”行动计划", ["市商务委", "市财政局"]),
            ("推动出口规模化发展", ["市商务委", "上海海关", "市财政局", "中国邮政上海分公司"]),
            ("推动进口消费升级", ["市商务委", "上海海关", "市药品监管局", "临港新片区管委会"]),
            ("强化专业配套服务", ["市商务委", "各区人民政府", "上海银保监局"]),
            ("提升跨境电商物流效能", ["市商务委", "上海海关"]),
            ("支持多元主体共建共享海外仓", ["市商务委", "市财政局"]),
            ("搭建海外仓综合服务平台", ["市商务委", "上海海关", "市税务局", "人民银行上海分行", "国家外汇管理局上海市分局"]),
            ("引导企业优化海外仓布局", ["市商务委"]),
            ("提升跨境电商公共服务能级", ["市商务委", "上海海关", "国家外汇管理局上海市分局", "市税务局", "浦东新区政府"]),
            ("提升通关便利化水平", ["上海海关"]),
            ("加快落实税收政策", ["市税务局", "上海海关", "市商务委"]),
            ("优化跨境资金结算服务", ["国家外汇管理局上海市分局"]),
            ("支持企业加强汇率风险管理", ["国家外汇管理局上海市分局", "人民银行上海分行"]),
            ("加大金融支持力度", ["人民银行上海分行", "中国进出口银行上海分行", "中国信保上海分公司", "上海银保监局", "市商务委", "市财政局"]),
            ("培育集聚行业人才", ["市商务委", "市人力资源社会保障局", "市公安局", "市政府外办"]),
            ("推进行业交流合作", ["市商务委"]),
        ]
        let measures = SeedCorpus.shanghai2023.measures
        #expect(measures.count == expected.count)
        for (index, (measure, want)) in zip(measures, expected).enumerated() {
            #expect(measure.label == "\(index + 1).")
            #expect(measure.title == want.0)
            #expect(names(measure) == want.1, "measure \(index + 1)")
        }
        // Markdown heading levels (##, ###, ####) do not decide the level: the numbering does.
        #expect(measures[3].path == ["二、", "（二）", "4."])
        #expect(measures[10].path == ["二、", "（四）", "11."])
        let collective = measures[1].responsible[1]
        #expect(collective.collective && collective.role == .participant)
    }

    @Test func guobanfa2021HasTwentyTwoMeasuresWithStatedLeads() {
        let all = ["商务部", "各有关单位"]
        let expected: [(String, String, [String])] = [
            ("（四）", "推广数字智能技术应用", all),
            ("（五）", "完善跨境电商发展支持政策", ["商务部", "财政部", "海关总署", "税务总局", "国家外汇局", "国家药监局", "国家知识产权局"]),
            ("（六）", "扎实推进跨境电子商务综合试验区建设", ["商务部", "中央网信办", "国家发展改革委", "工业和信息化部", "财政部", "交通运输部",
                                                    "人民银行", "海关总署", "税务总局", "市场监管总局", "银保监会", "国家邮政局", "国家外汇局"]),
            ("（七）", "培育一批优秀海外仓企业", ["商务部", "外交部", "国家发展改革委", "银保监会"]),
            ("（八）", "完善覆盖全球的海外仓网络", ["商务部", "国家发展改革委", "交通运输部", "市场监管总局", "国家邮政局"]),
            ("（九）", "提升传统外贸数字化水平", all),
            ("（十）", "优化市场采购贸易方式政策框架", ["商务部", "国家发展改革委", "财政部", "海关总署", "税务总局", "市场监管总局", "国家外汇局"]),
            ("（十一）", "提升市场采购贸易方式便利化水平", ["商务部", "国家发展改革委", "财政部", "人民银行", "海关总署", "税务总局", "市场监管总局", "国家外汇局"]),
            ("（十二）", "进一步支持外贸综合服务企业健康发展", ["商务部", "海关总署", "税务总局"]),
            ("（十三）", "提升保税维修业务发展水平", ["商务部", "财政部", "生态环境部", "海关总署", "税务总局"]),
            ("（十四）", "稳步推进离岸贸易发展", ["商务部", "人民银行", "国家外汇局"]),
            ("（十五）", "支持外贸细分服务平台发展壮大", all),
            ("（十六）", "创新监管方式", ["商务部", "海关总署", "税务总局", "市场监管总局", "国家统计局", "国家邮政局"]),
            ("（十七）", "落实财税政策", ["财政部", "商务部", "税务总局"]),
            ("（十八）", "加大金融支持力度", ["国家发展改革委", "财政部", "商务部", "人民银行", "银保监会", "证监会", "国家外汇局", "进出口银行", "中国出口信用保险公司"]),
            ("（十九）", "便捷贸易支付结算管理", ["人民银行", "国家外汇局"]),
            ("（二十）", "维护良好外贸秩序", ["商务部", "国家发展改革委", "海关总署", "市场监管总局"]),
            ("（二十一）", "推进新型外贸基础设施建设", ["商务部", "国家发展改革委", "工业和信息化部", "国家邮政局", "中国国家铁路集团有限公司"]),
            ("（二十二）", "加强行业组织建设和专业人才培育", ["商务部", "教育部", "民政部"]),
            ("（二十三）", "深化国际交流合作", ["商务部", "各地方人民政府", "各有关单位"]),
            ("（二十四）", "加强组织领导", ["商务部", "各地方人民政府", "各有关单位"]),
            ("（二十五）", "做好宣传推广", ["商务部", "各地方人民政府", "各有关单位"]),
        ]
        let measures = SeedCorpus.guobanfa2021.measures
        #expect(measures.count == expected.count)
        for (measure, want) in zip(measures, expected) {
            #expect(measure.label == want.0)
            #expect(measure.title == want.1)
            #expect(names(measure) == want.2, "measure \(want.0)")
        }
        // （商务部牵头，…按职责分工负责）: the lead is stated, not inferred.
        let stated = measures[1].responsible
        #expect(stated[0].role == .lead && !stated[0].roleInferred)
        #expect(stated.dropFirst().allSatisfy { $0.role == .participant })
        // （财政部、商务部、税务总局按职责分工负责）: only custom says the first leads.
        let custom = measures[13].responsible
        #expect(custom[0].name == "财政部" && custom[0].role == .lead && custom[0].roleInferred)
        #expect(measures[19].responsible.map(\.collective) == [false, true, true])
    }

    @Test func guobanfa2021KeepsFramingAndCountsLateMeasuresWithClauses() {
        let d = SeedCorpus.guobanfa2021
        let framing = d.provisions.filter { $0.kind == .framing }.map(\.heading)
        #expect(framing == ["总体要求", "指导思想", "基本原则", "发展目标", "做好组织实施"])
        // 七、做好组织实施 is framing, but its items name responsible units, so they are measures.
        #expect(d.measures.last?.path == ["七、", "（二十五）"])
    }

    @Test func mofcom2024HasFifteenOpinions() {
        let expected = ["大力支持跨境电商赋能产业发展", "提升服务跨境电商企业能力", "支持跨境电商企业“借展出海”", "加强跨境电商行业组织建设与人才培养",
                        "畅通跨境电商企业融资渠道", "优化跨境资金结算服务", "推动跨境电商供应链降本增效", "推动跨境电商海外仓高质量发展",
                        "增强跨境电商物流保障能力", "助力跨境电商相关企业“走出去”", "优化跨境电商出口监管", "提升跨境数据管理和服务水平",
                        "加快跨境电商领域标准建设", "提升企业合规经营水平", "持续深化国际交流合作"]
        let measures = SeedCorpus.mofcom2024.measures
        #expect(measures.map(\.title) == expected)
        #expect(measures.map { $0.path.first } == ["一、", "一、", "一、", "一、", "二、", "二、", "二、", "三、", "三、", "三、", "四、", "四、", "五、", "五、", "五、"])
        #expect(measures.allSatisfy { $0.responsible.isEmpty })
        // （五） has a second paragraph of its own.
        #expect(measures[4].text.hasSuffix("鼓励优化出口信用保险承保模式，为跨境电商国内采购提供保险保障。"))
        // The closing paragraph and the signature are not part of （十五）.
        #expect(measures[14].text.hasSuffix("积极开展先行先试和压力测试。"))
        #expect(SeedCorpus.mofcom2024.warnings.isEmpty)
    }

    @Test func guobanfa2015HasElevenOpinionsAndAFramingClose() {
        let expected = ["支持国内企业更好地利用电子商务开展对外贸易", "鼓励有实力的企业做大做强", "优化配套的海关监管措施", "完善检验检疫监管政策措施",
                        "明确规范进出口税收政策", "完善电子商务支付结算管理", "提供积极财政金融支持", "建设综合服务体系", "规范跨境电子商务经营行为",
                        "充分发挥行业组织作用", "加强多双边国际合作"]
        let d = SeedCorpus.guobanfa2015
        #expect(d.measures.map(\.title) == expected)
        #expect(d.provisions.last?.kind == .framing && d.provisions.last?.heading == "加强组织实施")
        // 由财政部…会同海关总署、税务总局另行制订: a stated lead and two participants.
        let tax = d.measures[4].responsible
        #expect(tax.map(\.name) == ["财政部", "海关总署", "税务总局"])
        #expect(tax.map(\.role) == [.lead, .participant, .participant])
        #expect(!tax[0].roleInferred)
        #expect(d.measures.enumerated().allSatisfy { $0.offset == 4 || $0.element.responsible.isEmpty })
    }
}
