import Foundation
import Testing
@testable import ZhengceDocument

/// Responsibility clauses in the shapes of real State Council documents of 2018–2019 (issue 14): each
/// clause below is written as those documents write it.
@Suite struct ResponsibilityShapeTests {
    func clause(_ s: String, convention: Bool = false) -> (responsible: [Responsibility], facts: [MeasureFact]) {
        let t = UnitText(s)
        return ResponsibilityExtractor(text: t, firstListedLeads: convention || ResponsibilityExtractor.statesFirstListedLeads(t))
            .extractWithFacts(paragraphs: [0..<t.count])
    }

    @Test func labelledFieldsKeepOtherFieldsAsFacts() {
        let r = clause("推进人才便利化。（负责部门：人力资源社会保障部、住房城乡建设部；适用范围：所有自贸试验区）")
        #expect(r.responsible.map(\.name) == ["人力资源社会保障部", "住房城乡建设部"])
        #expect(r.facts.map(\.label) == ["适用范围"] && r.facts.map(\.value) == ["所有自贸试验区"])
        let timed = clause("完善制度。（牵头单位：财政部；配合单位：税务总局；完成时限：2019年底前）")
        #expect(timed.responsible.map(\.role) == [.lead, .participant])
        #expect(timed.facts.map(\.label) == ["完成时限"] && timed.facts[0].value == "2019年底前")
    }

    @Test func conventionStatedInsideTheFirstClause() {
        // 国发〔2018〕42号 (三): the convention sits in the clause itself.
        let r = clause("促进农机装备领域高新技术产业发展。（工业和信息化部、发展改革委、科技部、农业农村部等负责。列第一位者为牵头单位，下同）")
        #expect(r.responsible.map(\.name) == ["工业和信息化部", "发展改革委", "科技部", "农业农村部"])
        #expect(r.responsible[0].role == .lead && !r.responsible[0].roleInferred)
        let comma = clause("加强征管。（税务总局、财政部、海关总署负责，排在第一位的部门为牵头部门，下同）")
        #expect(comma.responsible.map(\.name) == ["税务总局", "财政部", "海关总署"])
        #expect(comma.responsible[0].role == .lead && !comma.responsible[0].roleInferred)
    }

    @Test func aBodyConsultedWithIsAParticipant() {
        // Regulations' 由X商Y制定: X leads, Y is consulted; 商 opening a name (商务部) is no consultation.
        let r = clause("具体办法由国务院专利行政部门商国务院司法行政部门另行制定。")
        #expect(r.responsible.map(\.name) == ["国务院专利行政部门", "国务院司法行政部门"])
        #expect(r.responsible.map(\.role) == [.lead, .participant])
        let local = clause("补偿标准由县级以上人民政府财政部门商有关部门制定。")
        #expect(local.responsible.map(\.name) == ["县级以上人民政府财政部门", "有关部门"])
        let federation = clause("具体办法由国务院有关部门商中国残疾人联合会根据经济社会发展水平制定。")
        #expect(federation.responsible.map(\.name) == ["国务院有关部门", "中国残疾人联合会"])
        let commerce = clause("实施方案由财政部会同商务部制定。")
        #expect(commerce.responsible.map(\.name) == ["财政部", "商务部"])
    }

    @Test func namesJoinedByAndAreEachABody() {
        // 国办发〔2019〕3号: two bodies joined by 和 each lead; names with 和 inside stay whole.
        let joined = clause("根据办园性质，分别由机构编制部门和民政部门依法办理事业单位法人登记。")
        #expect(joined.responsible.map(\.name) == ["机构编制部门", "民政部门"])
        #expect(joined.responsible.map(\.role) == [.lead, .lead])
        let listed = clause("加强监管。（责任单位：国家发展改革委及国家粮食局、商务部）")
        #expect(listed.responsible.map(\.name) == ["国家发展改革委", "国家粮食局", "商务部"])
        // 及其 (its own) and 及时 (promptly) join no second body; 和其他 does.
        let own = clause("具体办法由县级以上人民政府及其财政部门制定。")
        #expect(own.responsible.map(\.name) == ["县级以上人民政府及其财政部门"])
        let prompt = clause("对违法行为，由公安机关及时依法查处。")
        #expect(!prompt.responsible.contains { $0.name.hasPrefix("时") })
        let others = clause("由公安机关和其他有关部门依法处理。")
        #expect(others.responsible.map(\.name) == ["公安机关", "其他有关部门"])
        let inner = clause("（责任单位：住房和城乡建设部、国家发展和改革委员会、中央和国家机关工作委员会）")
        #expect(inner.responsible.map(\.name) == ["住房和城乡建设部", "国家发展和改革委员会", "中央和国家机关工作委员会"])
    }

    @Test func aVerbBeforeACollectiveEndsTheName() {
        // 国办发〔1997〕2号: 由国务院组织有关部门，… — 国务院 leads; 总理签署 (国发〔2004〕18号) is no body.
        let organised = clause("建议今年适当时候，由国务院组织有关部门，对重点监视防御区部分城市抗震设防工作进行检查。")
        #expect(organised.responsible.first?.name == "国务院")
        #expect(!organised.responsible.contains { $0.name.contains("组织") })
        let signed = clause("国务院公布的行政法规、决定、命令，向全国人民代表大会或全国人民代表大会常务委员会提出的议案，人员任免，由总理签署。")
        #expect(!signed.responsible.contains { $0.name == "总理签署" })
    }

    @Test func aPenaltyArticleNamesEachBodyThatActs() {
        // Law corpus, 法律责任: 由X责令改正 / 处以 / 处五千元 / 予以 / 没收 name the body that acts, clause by clause.
        let order = clause("违反本条例规定，应当安装技防系统而未安装的，由县级以上公安机关责令限期安装；逾期仍不安装的，处以五千元以上二万元以下罚款。")
        #expect(order.responsible.map(\.name) == ["县级以上公安机关"])
        #expect(order.responsible.map(\.role) == [.lead])
        let fine = clause("擅自投入正式运营的，由市交通执法总队或者区交通执法机构没收其非法所得，并处以五千元以上五万元以下的罚款。")
        #expect(fine.responsible.map(\.name) == ["市交通执法总队", "区交通执法机构"])
        let amount = clause("违反本条例第三十三条规定的，由公安机关交通管理部门处二百元罚款。")
        #expect(amount.responsible.map(\.name) == ["公安机关交通管理部门"])
        let twoClauses = clause("违反本条例规定的，由监督检查部门责令改正，处2万元以上20万元以下的罚款；构成违反治安管理行为的，由公安机关依法给予治安管理处罚。")
        #expect(twoClauses.responsible.map(\.name) == ["监督检查部门", "公安机关"])
        // 对 and its object, or a referring verb, end the name; a cost borne 由X is no body acting.
        let object = clause("擅自挖掘的，由市资源规划主管部门责令其限期恢复原状；逾期不恢复的，由市城市综合执法部门对单位处以五十万元以上一百万元以下的罚款。")
        #expect(object.responsible.map(\.name) == ["市资源规划主管部门", "市城市综合执法部门"])
        let cost = clause("由县级以上人民政府海洋主管部门责令停止建设；逾期未恢复原状的，所需费用由建设单位承担。")
        #expect(cost.responsible.map(\.name) == ["县级以上人民政府海洋主管部门"])
        let referred = clause("对违反规定设立的收费项目，由农民负担监督管理部门或者有关部门报请同级人民政府予以撤销。")
        #expect(referred.responsible.map(\.name) == ["农民负担监督管理部门", "有关部门"])
        let court = clause("逾期不申请复议、不起诉、又不履行处罚决定的，由作出处罚决定的机关申请人民法院强制执行。")
        #expect(court.responsible.map(\.name) == ["作出处罚决定的机关"])
        // A list of cases after the colon names no partner (在联合站、接转站…); 会同 in a later clause does.
        let cases = clause("有下列行为之一的，由生态环境主管部门责令改正，处二万元以上十万元以下的罚款：（一）在联合站、接转站未采取防渗漏措施的；")
        #expect(cases.responsible.map(\.name) == ["生态环境主管部门"])
        let together = clause("违反前款规定的，由密码管理部门责令改正。违反前款规定销售的，由市场监督管理部门会同密码管理部门依照前款规定予以处罚。")
        #expect(together.responsible.map(\.name) == ["密码管理部门", "市场监督管理部门"])
    }

    @Test func wordsThatLookLikeTheEndOfANameDoNot() {
        // Law corpus (上海市非机动车安全管理条例, 上海市劳动合同条例, 上海市司法鉴定管理条例, 上海市人口与计划生育条例):
        // 处 before a penalty is the fine, not 办事处's 处; 由 inside 理由 assigns nothing; 所在 and 所属 are no 所 of a name.
        let warning = clause("在道路上停放非机动车未使用非机动车道路停放点的，由公安机关处警告或者二十元以上五十元以下罚款。")
        #expect(warning.responsible.map(\.name) == ["公安机关"])
        let reason = clause("用人单位单方面解除职工劳动合同时，应当事先将理由通知工会。")
        #expect(reason.responsible.isEmpty)
        let written = clause("企业应当将解除理由书面通知工会。")
        #expect(written.responsible.isEmpty)
        // 管理由 and 从事由 are a verb and 由 (船员条例, 劳动法): the names after them are read.
        let managed = clause("渔业船员的管理由国务院渔业行政主管部门负责。")
        #expect(managed.responsible.map(\.name) == ["国务院渔业行政主管部门"])
        let work = clause("不能从事由用人单位另行安排的工作的，由劳动行政部门责令改正。")
        #expect(work.responsible.map(\.name) == ["用人单位", "劳动行政部门"])
        let belonging = clause("司法鉴定人的回避，由其所在司法鉴定机构决定。")
        #expect(!belonging.responsible.contains { $0.name == "其所" })
        let residence = clause("计划生育工作由其户籍所在地和现居住地的人民政府共同负责。")
        #expect(!residence.responsible.contains { $0.name.hasSuffix("户籍所") })
        // 由X提出申请: X acts (商丘市黄河故道湿地保护条例).
        let proposal = clause("一般湿地的认定，由湿地所在地县（区）人民政府提出申请，市人民政府自然资源主管部门会同有关部门提出意见。")
        #expect(proposal.responsible.map(\.name) == ["湿地所在地县（区）人民政府", "有关部门"])
        // A name holds no 向 (上海市义务教育条例 …): the body before it acts, a party before it is no body.
        let toward = clause("经济开发区的设立，由有关部门向经济开发区所在地县级以上人民政府提出申请。")
        #expect(toward.responsible.map(\.name) == ["有关部门"])
        let pupil = clause("由学生本人或者其监护人向就读学校提出申请。")
        #expect(pupil.responsible.isEmpty)
        // A name ending in 所 before something else stays one (派出所, 研究所).
        let station = clause("由公安派出所责令改正。")
        #expect(station.responsible.map(\.name) == ["公安派出所"])
    }

    @Test func eachSentenceOfAnArticleNamesItsOwnBody() {
        // 统计法 第十二条, 烟草专卖法实施条例 第三十二条: a body per sentence, each read.
        let statistics = clause("国家统计调查项目由国家统计局制定，报国务院备案。部门统计调查项目由国务院有关部门制定。")
        #expect(statistics.responsible.map(\.name) == ["国家统计局", "国务院有关部门"])
        let permits = clause("烟草专卖品准运证由省级以上烟草专卖行政主管部门或其授权的机构审批、发放。烟草专卖品准运证的管理办法由国务院烟草专卖行政主管部门制定。")
        #expect(permits.responsible.map(\.name) == ["省级以上烟草专卖行政主管部门", "国务院烟草专卖行政主管部门"])
        // 地名管理条例 第十三条: the clauses of a list joined by ；.
        let names = clause("居民点的命名、更名，由相关省、自治区、直辖市人民政府提出申请，报国务院批准；无居民海岛的命名、更名，由国务院自然资源主管部门会同有关部门批准；")
        #expect(names.responsible.map(\.name) == ["相关省、自治区、直辖市人民政府", "国务院自然资源主管部门", "有关部门"])
        // 蓄滞洪区运用补偿暂行办法: 上报 ends the name.
        let report = clause("经核实后，由省级人民政府上报国务院。")
        #expect(report.responsible.map(\.name) == ["省级人民政府"])
    }

    @Test func namesOfLevelsAndDutiesStayWhole() {
        // 市、县（区）…, 县（市、区）…, 乡(镇)…: levels listed inside one name; 负责…的部门: a body named by its duty.
        let levels = clause("违反本条例规定的，由市、县（区）人民政府市场监督管理部门责令改正，没收原材料。")
        #expect(levels.responsible.map(\.name) == ["市、县（区）人民政府市场监督管理部门"])
        let bracket = clause("违反本条例规定的，由县（市、区）人民政府食品药品监督管理部门责令改正。")
        #expect(bracket.responsible.map(\.name) == ["县（市、区）人民政府食品药品监督管理部门"])
        let duty = clause("侵害英雄烈士名誉的，由县级以上人民政府负责英雄烈士保护工作的部门责令改正。")
        #expect(duty.responsible.map(\.name) == ["县级以上人民政府负责英雄烈士保护工作的部门"])
        // 或者 joins two bodies; 市或者区 (a level, too short to be a body) stays inside one name.
        let either = clause("由县级以上人民政府环境保护行政主管部门或者其他有关部门依据职权责令限期改正。")
        #expect(either.responsible.map(\.name) == ["县级以上人民政府环境保护行政主管部门", "其他有关部门"])
        let levelsOr = clause("符合下列条件之一的，由市、县（市）人民政府或有关部门给予表彰和奖励：")
        #expect(levelsOr.responsible.map(\.name) == ["市、县（市）人民政府", "有关部门"])
        let level = clause("破坏抗震设施的，由市或者区建设管理部门责令限期改正。")
        #expect(level.responsible.map(\.name) == ["市或者区建设管理部门"])
        // 责成 ends the body that orders another to act.
        let ordered = clause("逾期不拆除的，由本级人民政府责成有关部门依法强制拆除。")
        #expect(ordered.responsible.first?.name == "本级人民政府")
    }

    @Test func aMembershipIsNoResponsibility() {
        // 国办函〔2005〕57号 2.1.2: who sits on the office (由…组成) assigns no work; no unit of it leads.
        let office = clause("国家粮食应急工作指挥部下设办公室，负责日常工作。办公室设在国家粮食局，由国家粮食局主要负责人兼任办公室主任。办公室成员由国家发展改革委、财政部、铁道部、交通部、商务部、国务院新闻办、国家粮食局、中国农业发展银行、中国储备粮管理总公司有关人员组成。")
        #expect(office.responsible.isEmpty)
        // 国办发〔2019〕3号: 成员由…组成 after the leader of a working group.
        let group = clause("成立城镇小区配套幼儿园治理工作小组，组长由协助分管教育工作的国务院副秘书长担任，成员由教育部、住房城乡建设部、发展改革委、民政部、自然资源部等部门负责同志组成。")
        #expect(group.responsible.isEmpty)
        // A body composed of units (由…组成) names no lead either, but a 由 that assigns work still does.
        #expect(clause("联席会议由发展改革委、财政部、商务部组成。").responsible.isEmpty)
        // 国函〔2018〕144号 二: the members, then the unit stated to lead; an appointment (由…担任) names no unit.
        let meeting = clause("联席会议由教育部、发展改革委、财政部9个部门和单位组成，教育部为牵头单位。联席会议设联络员，由各成员单位有关司局负责同志担任。")
        #expect(meeting.responsible.map(\.name) == ["教育部"] && meeting.responsible.first?.role == .lead)
        let work = clause("由财政部会同海关总署、税务总局制定具体办法。")
        #expect(work.responsible.map(\.name) == ["财政部", "海关总署", "税务总局"])
        #expect(work.responsible.first?.role == .lead)
    }

    @Test func listEndingWithProvincialGovernments() {
        // 国办发〔2018〕129号: units outside the State Council and …等和各省级人民政府负责.
        let r = clause("引导全社会参与。（全国工商联、发展改革委、民政部、共青团中央、全国妇联等和各省级人民政府负责）")
        #expect(r.responsible.map(\.name) == ["全国工商联", "发展改革委", "民政部", "共青团中央", "全国妇联", "各省级人民政府"])
        #expect(r.responsible.map(\.collective) == [false, false, false, false, false, true])
    }

    @Test func dengYouGuanBuMenIsTheUnitAndACollective() {
        let r = clause("加强监管。（市场监管总局等有关部门负责）")
        #expect(r.responsible.map(\.name) == ["市场监管总局", "有关部门"])
        #expect(r.responsible.map(\.collective) == [false, true])
        #expect(r.responsible[0].role == .lead)
    }

    @Test func huiTongInsideAClause() {
        let r = clause("完善标准。（商务部会同财政部、海关总署负责）")
        #expect(r.responsible.map(\.name) == ["商务部", "财政部", "海关总署"])
        #expect(r.responsible.map(\.role) == [.lead, .participant, .participant])
        #expect(!r.responsible[0].roleInferred)
        let collective = clause("完善标准。（商务部会同有关部门负责）")
        #expect(collective.responsible.map(\.name) == ["商务部", "有关部门"])
    }

    @Test func guidanceAndImplementation() {
        // 国办发〔2018〕128号: 指导 and 负责落实, with a following sentence that is a convention.
        let r = clause("推进试点。（生态环境部指导，试点城市政府负责落实。以下均需试点城市政府落实，不再列出）")
        #expect(r.responsible.map(\.name) == ["生态环境部", "试点城市政府"])
    }

    @Test func unreadClauseIsFlagged() {
        #expect(WarningCollector.clauseLikeParenthesis("加强建设。（由有关方面研究落实，确保部门协同）") != nil)
        #expect(WarningCollector.clauseLikeParenthesis("号牌尺寸（单位：毫米）。") == nil)
        #expect(WarningCollector.clauseLikeParenthesis("设立专项资金（以下简称专项资金）。") == nil)
    }
}
