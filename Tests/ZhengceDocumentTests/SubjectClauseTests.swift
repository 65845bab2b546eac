import Foundation
import Testing
@testable import ZhengceDocument

/// Units named as the subject of a sentence, as State Council documents write them (sources named per case;
/// the texts are in ../shared/corpora/govcn-2018-2019), and what is not a body.
@Suite struct SubjectClauseTests {
    func subjects(_ s: String) -> [Responsibility] {
        let t = UnitText(s)
        return ResponsibilityExtractor(text: t, firstListedLeads: false).extractWithFacts(paragraphs: [0..<t.count], subjects: true).responsible
    }

    @Test func aBodyWorkingWithOthers() {
        // 国办函〔2004〕71号 二: a reply's paragraph, the lead before 会同 and its partners after.
        let r = subjects("关于亭子口水利枢纽工程问题。你省请求，国家尽快审核亭子口水利枢纽工程项目建议书。 发展改革委会同水利部研究提出了办理意见：亭子口水库已经列入规划。")
        #expect(r.map(\.name) == ["发展改革委", "水利部"])
        #expect(r.map(\.role) == [.lead, .participant] && !r[0].roleInferred)
        // 国办函〔2004〕71号 三: X等有关部门 is X and a collective.
        let deng = subjects("财政部会同农业部等有关部门研究提出了办理意见：该问题将根据今年水稻的增产情况统筹考虑。")
        #expect(deng.map(\.name) == ["财政部", "农业部", "有关部门"])
        #expect(deng.map(\.collective) == [false, false, true])
        // 国办函〔2004〕25号: the last partner runs into the verb (劳动保障部提出了…).
        #expect(subjects("国资委会同财政部、劳动保障部提出了办理意见：根据有关规定，辅业改制企业职工解除劳动关系。").map(\.name)
            == ["国资委", "财政部", "劳动保障部"])
        // 国办发〔2018〕127号 四: a unit asked (请…) to act.
        let asked = subjects("请人力资源社会保障部会同有关部门按照有关规定研究制定具体办法。")
        #expect(asked.map(\.name) == ["人力资源社会保障部", "有关部门"] && asked[0].role == .lead)
    }

    @Test func listedSubjectsOfADuty() {
        // 国办函〔2005〕57号 2.1.1: two bodies before 负责, the first leads by custom.
        let r = subjects("铁道部、交通部负责根据粮食应急工作的需要，及时安排落实应急粮食的运输。")
        #expect(r.map(\.name) == ["铁道部", "交通部"])
        #expect(r.map(\.role) == [.lead, .participant] && r[0].roleInferred)
        // 国办函〔2005〕57号: joined by 及 and 、.
        #expect(subjects("国家发展改革委及国家粮食局、商务部按照各自职能分工，负责粮食市场应急供应工作。").map(\.name)
            == ["国家发展改革委", "国家粮食局", "商务部"])
        // 国发〔2004〕18号: a body and a collective; every sentence is read.
        let two = subjects("各部门必须坚决贯彻落实国务院的重大决策，及时跟踪和反馈执行情况。国务院办公厅要加强督促检查，确保政令畅通。")
        #expect(two.map(\.name) == ["国务院办公厅"])
        // 国办发〔2019〕2号: 承担, and a collective before 负责.
        #expect(subjects("国家医保局承担制定试点方案的职责；各级卫生健康部门负责对医疗机构落实中选药品使用情况进行指导和监督。").map(\.name)
            == ["国家医保局", "各级卫生健康部门"])
    }

    @Test func aLaterClauseWithAStrongVerb() {
        // 国办发〔2019〕2号 四: after the first clause's body, a later clause opens with another and 要.
        #expect(subjects("国家药监局负责对通过一致性评价的品种进行认定。药品生产情况复杂，各省级药监部门要强化对中选药品质量的监督检查。").map(\.name)
            == ["国家药监局", "各省级药监部门"])
        // 国办发〔2018〕128号 三: 经X会同… names X.
        #expect(subjects("实施方案按程序报送生态环境部，经生态环境部会同有关部门组织专家评审通过后实施。").map(\.name) == ["生态环境部", "有关部门"])
        // Not after a condition (…的，): the clause after it is the consequence, read by the 由 rule when it names anyone.
        #expect(subjects("对无证无照经营的，有关部门要依法查处。").isEmpty)
        // lawrefbook 河南 决议, 北京 决定, 国务院 规定: a later clause run into a name, 协助, 或者按.
        #expect(subjects("要把水污染防治摆上重要位置，全面推进水污染防治工作各级人民政府要加强领导。").isEmpty)
        #expect(subjects("会议认为，协助财政经济委员会负责具体工作。").isEmpty)
        #expect(subjects("印章的式样不变，或者按公安部负责规定的式样刻制。").isEmpty)
        // Not with a weak verb in a later clause (根据, 按照 …).
        #expect(subjects("为加强监管，商务部根据有关规定制定办法。").isEmpty)
    }

    @Test func aBodyThatWillActAndItsPartners() {
        // 国办函〔2005〕69号 五 and 三: an adverb of intent before the verb, partners named after 与…一起.
        let together = subjects("国办将与国家标准委、国务院信息办等单位一起，组织制定政府网站及电子政务相关标准。")
        #expect(together.map(\.name) == ["国办", "国家标准委", "国务院信息办"])
        #expect(together.map(\.role) == [.lead, .participant, .participant] && !together[0].roleInferred)
        #expect(subjects("国办将会同有关部门继续探索政府网站绩效评估问题，加强督促检查。").map(\.name) == ["国办", "有关部门"])
        // 国办函〔2004〕25号 一: work under way.
        #expect(subjects("水利部正在编制长江支流治理规划。").map(\.name) == ["水利部"])
        // Work reported as done (已) names no duty; 将 marking an object (将…纳入) is no adverb before a verb.
        #expect(subjects("目前，国办已会同国务院信息办组织力量起草了规范政府门户网站建设与管理的意见。").isEmpty)
        #expect(subjects("县级以上人民政府将气象灾害防御工作纳入国民经济和社会发展计划。").isEmpty)
    }

    @Test func aBodyByItsOwnNameActingAfterADeadline() {
        // 国办发〔2019〕4号 三（二）: a deadline before the subject, a verb of action after it; each sentence is read.
        let r = subjects("统一编码和术语集。2019年3月底前，国家卫生健康委推行全国统一的疾病分类编码、手术操作编码和医学名词术语集。国家中医药局印发全国统一的中医病证分类与代码和中医名词术语集。2019年8月底前，各地组织三级公立医院完成电子病历的编码和术语转换工作。")
        #expect(r.map(\.name) == ["国家卫生健康委", "国家中医药局"])
        // 国办函〔1996〕16号 (三): a unit asked (请…) to act by a verb of action.
        #expect(subjects("请中国人民银行加快“借金还金”方案的研究，抓紧进行“借金还金”的试点。").map(\.name) == ["中国人民银行"])
        // 国发〔2004〕18号 三十四: a later sentence's body with an adverb before its verb.
        #expect(subjects("各地区、各部门要认真落实国务院年度工作安排，并在年中和年末向国务院报告执行情况。国务院办公厅适时作出通报。").map(\.name)
            == ["各地区", "各部门", "国务院办公厅"])
        // 国办函〔2004〕25号 三: the ministry that studied a request and answered it.
        #expect(subjects("你省请求，国家在重点产业和重大建设项目布局上给予倾斜。发展改革委研究提出了办理意见：将在编制国家规划中统筹考虑。").map(\.name) == ["发展改革委"])
        // 国办发〔2019〕2号 (三): 联合 opening a name is no verb joining two bodies.
        #expect(subjects("入围标准的具体指标由联合采购办公室负责拟定。").map(\.name) == ["联合采购办公室"])
        // A verb of action takes no collective (有关部门 needs a verb of duty) and no clause run into a name
        // (国办发〔2019〕4号 二（二）: …反映政府落实…).
        #expect(subjects("有关部门建立协调机制。").isEmpty)
        #expect(subjects("通过考核收支结构指标间接反映政府落实办医责任情况和医院医疗收入结构合理性。").isEmpty)
        // A verb of action that describes a noun or a time names no actor (lawrefbook: 北京市 决定 六、, 最高人民法院 决定
        // 12., 重新组建仲裁机构方案 (五)); 选举委员会设立办事机构 does (1983 直接选举的若干规定 一、).
        #expect(subjects("市人民政府编制的市级决算草案应当如实反映预算执行的结果。").isEmpty)
        #expect(subjects("中国人民银行制定并公布施行的有关行政规章与法律、行政法规不抵触的，可以参照适用。").isEmpty)
        #expect(subjects("仲裁委员会设立初期，办事机构不宜配备过多的工作人员。").isEmpty)
        #expect(subjects("选举委员会设立办事机构，办理选举的具体事务。").map(\.name) == ["选举委员会"])
        // A deadline without a year or month is no deadline: nothing is skipped.
        #expect(subjects("近期，商务部推进试点。").isEmpty)
    }

    @Test func aLeadAndThoseWhoJoinIt() {
        // The 由 clause of issue 14, with the units of a later clause that join it.
        let r = subjects("（四）优化通关。由海关总署牵头，商务部、税务总局配合，简化出口退税手续。")
        #expect(r.map(\.name) == ["海关总署", "商务部", "税务总局"])
        #expect(r.map(\.role) == [.lead, .participant, .participant])
    }

    @Test func subjectsThatAreNoBody() {
        for sentence in ["领导干部要带头学法用法。", "用人单位应当依法缴纳社会保险费。", "企业要加强行业自律。", "医院要规范诊疗行为。",
                         // 国办函〔2005〕57号 6.2: a name that runs into the sentence.
                         "不按照本预案规定和国家粮食应急工作指挥部要求采取应急措施的；",
                         // 国办函〔2004〕80号: 已 is no verb of duty.
                         "部署已经完成。",
                         // lawrefbook 司法解释 and 行政法规: a quotation mark, a verb or 责成 before the body.
                         "“人民法院应当依法审查。", "本命令责成国家计量局负责实施。", "第三人收到人民法院要求其履行到期债务的通知后。",
                         "应对方法院负责送达。"] {
            #expect(subjects(sentence).isEmpty, "\(sentence)")
        }
        // 应急 is part of a name, not 应 (should).
        #expect(subjects("应急管理部负责统筹协调。").map(\.name) == ["应急管理部"])
    }

    @Test func plansReadSubjectsArticlesDoNot() throws {
        let plan = DocumentParser().parse(text: "国务院办公厅关于测试工作的通知\n国办发〔2030〕9号\n一、加强组织\n（一）完善海外仓标准。商务部会同海关总署制定海外仓服务标准。\n（二）加强监管。公安部负责跨境物流安全监管工作。\n",
                                          format: "text", id: "plan", source: SourceInfo(path: "plan.txt", format: "text", encoding: "UTF-8", bytes: 0, sha256: ""))
        #expect(plan.measures.map { $0.responsible.map(\.name) } == [["商务部", "海关总署"], ["公安部"]])
        let law = DocumentParser().parse(text: "测试管理条例\n第一条 为了规范测试活动，制定本条例。\n第二条 公安部负责全国测试安全监管工作。\n第三条 商务部会同海关总署制定服务标准。\n",
                                         format: "text", id: "law", source: SourceInfo(path: "law.txt", format: "text", encoding: "UTF-8", bytes: 0, sha256: ""))
        #expect(law.measures.count == 3)
        #expect(law.measures.allSatisfy { $0.responsible.isEmpty })
    }
}
