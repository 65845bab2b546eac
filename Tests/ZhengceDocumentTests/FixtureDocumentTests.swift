import Foundation
import Testing
import TestSupport
@testable import ZhengceDocument

/// Small documents of other shapes, written for these tests (Tests/Fixtures/documents/).
@Suite struct FixtureDocumentTests {
    static let folder = Fixtures.repositoryRoot.appendingPathComponent("Tests/Fixtures/documents")

    static func parse(_ name: String) throws -> PolicyDocument {
        try DocumentParser().parse(fileAt: folder.appendingPathComponent(name), relativePath: name)
    }

    @Test func lawWithChaptersAndArticles() throws {
        let d = try Self.parse("law-with-chapters.txt")
        #expect(d.title == "中华人民共和国示例贸易促进法")
        #expect(d.type == "法" && d.level == .national)
        #expect(d.date == "2023-10-24")  // from the adoption note under the title
        #expect(d.measures.map(\.label) == ["第一条", "第二条", "第三条", "第四条", "第五条", "第六条"])
        #expect(d.measures.map { $0.path.first } == ["第一章", "第一章", "第一章", "第二章", "第二章", "第三章"])
        #expect(d.measures[0].title == "为了促进示例贸易健康发展，保护经营者和消费者的合法权益，制定本法")
        #expect(d.measures[0].id == "law-with-chapters/1.1")
        #expect(d.measures[5].id == "law-with-chapters/3.6")
        // An article's enumerated items stay inside it.
        #expect(d.measures[2].text.contains("（三）接受有关部门的监督检查。"))
        let items = d.provisions.filter { $0.parent == d.measures[2].provision }
        #expect(items.map(\.label) == ["（一）", "（二）", "（三）"])
        #expect(items.allSatisfy { $0.kind == .group })
        #expect(d.provisions.filter { $0.scheme == .chapter }.map(\.heading) == ["总　　则", "促进措施", "附　　则"])
        // 由财政部会同商务部、海关总署管理
        #expect(names(d.measures[3]) == ["财政部", "商务部", "海关总署"])
        #expect(d.measures[3].responsible.map(\.role) == [.lead, .participant, .participant])
        let t = d.measures[4].targets
        #expect(t.count == 1 && t[0].year == 2030 && t[0].value == 500 && t[0].unit == "家" && t[0].comparator == .atLeast)
        // 2024年1月1日 in 第六条 is a date, not a target.
        #expect(d.measures[5].targets.isEmpty)
    }

    @Test func municipalNoticeWithAttachedPlan() throws {
        let d = try Self.parse("chengdu-notice-with-plan.txt")
        #expect(d.noticeTitle == "成都市商务局关于印发《成都市跨境电商发展实施方案（2024—2026年）》的通知")
        #expect(d.title == "成都市跨境电商发展实施方案（2024—2026年）")
        #expect(d.docNumber == "成商务发〔2024〕12号")
        #expect(d.issuers == ["成都市商务局"])
        #expect(d.date == "2024-03-05")
        #expect(d.type == "实施方案")
        #expect(d.level == .municipal && d.region == "成都市")
        #expect(d.period == PlanPeriod(start: 2024, end: 2026))
        // 1. has sub-items (1)(2) with their own clauses; 2. and 3. are measures themselves.
        #expect(d.measures.map { $0.path.joined(separator: " ") } == ["二、 1. （1）", "二、 1. （2）", "二、 2.", "二、 3."])
        #expect(d.measures.map(\.title) == ["引育龙头企业", "扶持中小企业", "建设产业园区", "完善物流体系"])
        // 牵头单位：…；配合单位：…
        #expect(names(d.measures[0]) == ["市商务局", "市财政局", "成都海关"])
        #expect(d.measures[0].responsible.map(\.role) == [.lead, .participant, .participant])
        // The plan states 排在第一位的部门为牵头单位: the first listed leads as a fact, not by inference.
        #expect(d.measures[2].responsible[0].role == .lead && !d.measures[2].responsible[0].roleInferred)
        #expect(d.measures[3].responsible.map(\.name) == ["市口岸物流办", "市交通运输局"])
        #expect(!d.measures[3].responsible[0].roleInferred)
        // 各区（市）县政府 is a collective placeholder; the bracket inside the name does not split it.
        #expect(d.measures[1].responsible.last?.name == "各区（市）县政府")
        #expect(d.measures[1].responsible.last?.collective == true)
        #expect(d.measures[2].targets.map(\.phrase) == ["2个以上"])
        #expect(d.measures[2].targets.first?.comparator == .atLeast)
        // The plan cites the provincial opinion with its number; the plan itself is not a citation.
        #expect(d.citations.map(\.docNumber) == ["川办发〔2024〕27号"])
        let goals = d.targets.filter { $0.start < d.provisions[1].start }
        #expect(goals.map(\.phrase) == ["达到500亿元", "不少于300家"])
        #expect(goals.allSatisfy { $0.year == 2026 })
        #expect(d.provisions.filter { $0.kind == .framing }.map(\.heading) == ["工作目标", "保障措施", "加强组织领导", "强化资金保障"])
    }

    @Test func indentedNoticeWithUnbracketedPlanTitle() throws {
        let d = try Self.parse("guangdong-measures-indented.txt")
        #expect(d.noticeTitle == "广东省人民政府办公厅关于印发广东省促进示例产业高质量发展若干措施的通知")
        #expect(d.title == "广东省促进示例产业高质量发展若干措施")
        #expect(d.type == "若干措施")
        #expect(d.docNumber == "粤府办〔2023〕15号")
        #expect(d.date == "2023-08-01")
        #expect(d.level == .provincial && d.region == "广东省")
        #expect(d.measures.map(\.title) == ["培育骨干企业", "引进优质项目", "加强用地保障", "加大金融支持"])
        // 责任单位： on its own line after the measure; a comma before a collective.
        #expect(names(d.measures[0]) == ["省商务厅", "省财政厅", "各地级以上市人民政府"])
        #expect(d.measures[0].responsible.last?.collective == true)
        #expect(names(d.measures[1]) == ["省商务厅", "省发展改革委"])
        #expect(names(d.measures[3]) == ["人民银行广州分行", "广东银保监局", "省地方金融监管局"])
        // "突破1亿元的企业" is a condition, not a commitment; the 2025 goals are.
        #expect(d.measures[0].targets.map(\.phrase) == ["最高不超过100万元"])
        #expect(d.measures[1].targets.map(\.phrase) == ["30个以上", "超过1.5亿元"])
        #expect(d.measures[1].targets.allSatisfy { $0.year == 2025 })
        // The closing paragraph is not part of （四）.
        #expect(!d.measures[3].text.contains("本措施自印发之日起施行"))
    }

    @Test func gbkEncodedProvincialOpinion() throws {
        let d = try Self.parse("gbk-provincial-opinion.txt")
        #expect(d.source.encoding == "GB18030")
        #expect(d.title == "四川省人民政府办公厅关于促进示例产业发展的实施意见")
        #expect(d.docNumber == "川办发〔2024〕30号")
        #expect(d.level == .provincial && d.region == "四川省")
        #expect(d.date == "2024-07-01")
        #expect(d.measures.map(\.title) == ["培育龙头企业", "支持中小企业", "加强要素保障"])
        #expect(names(d.measures[0]) == ["省经济和信息化厅", "省商务厅"])
        #expect(names(d.measures[1]) == ["各市（州）人民政府"])
        #expect(d.measures[1].responsible[0].collective)
        #expect(names(d.measures[2]) == ["省自然资源厅", "省发展改革委", "省能源局"])
        #expect(d.measures[2].responsible.map(\.role) == [.lead, .participant, .participant])
        #expect(!d.measures[2].responsible[0].roleInferred)
        #expect(d.measures[0].targets.first.map { ($0.year, $0.value, $0.comparator) } ?? (nil, 0, .exactly) == (2025, 50, .about))
    }

    @Test func newsSitePageWithFrontMatter() throws {
        let d = try Self.parse("news-site-page.html")
        #expect(d.source.format == "html")
        #expect(d.title == "示例部关于支持外贸企业出海的意见")  // not the front matter's headline
        #expect(d.publishedDate == "2023-05-12")
        #expect(d.date == "2023-05-10")
        #expect(d.docNumber == "示商发〔2023〕8号")
        #expect(d.measures.map(\.title) == ["支持企业参展", "强化金融支持"])
        #expect(d.measures[0].text.contains("参加“境外展会”"))
        #expect(d.measures[1].text.contains("加大信贷投放&保险支持"))
        #expect(!d.text.contains("不是正文") && !d.text.contains("color") && !d.text.contains("二维码") && !d.text.contains("责任编辑"))
        #expect(!d.text.contains("相关阅读"))
    }

    @Test func govcnInformationTable() throws {
        let d = try Self.parse("govcn-info-table.html")
        // 标　　题／发文字号／成文日期／发布日期 cells, labels spaced out for alignment.
        #expect(d.title == "国务院办公厅关于示例外贸工作的通知")
        #expect(d.docNumber == "国办函〔2022〕18号")
        #expect(d.issuers == ["国务院办公厅"])
        #expect(d.date == "2022-03-20")
        #expect(d.publishedDate == "2022-03-25")
        #expect(d.type == "通知")
        #expect(d.measures.map(\.title) == ["稳定外贸主体", "畅通物流通道"])
        #expect(names(d.measures[1]) == ["交通运输部", "海关总署"])
        #expect(d.measures[1].responsible.map(\.role) == [.lead, .participant])
        #expect(d.citations.isEmpty)  // the document's own 文号 is not a citation
        #expect(d.warnings.isEmpty)
    }

    @Test func noticeWithoutNumbering() throws {
        let d = try Self.parse("no-numbering-notice.txt")
        #expect(d.title == "国务院办公厅关于做好示例工作的通知")
        #expect(d.date == "2022-03-15")  // 二〇二二年三月十五日
        #expect(d.docNumber == "国办函〔2022〕7号")
        #expect(d.measures.isEmpty && d.provisions.isEmpty)
        #expect(d.warnings.map(\.kind) == ["no-numbering"])
    }

    @Test func unbalancedBracketsAndSkippedNumbersAreWarnings() throws {
        let d = try Self.parse("unbalanced-brackets.txt")
        let kinds = d.warnings.map(\.kind)
        #expect(kinds.filter { $0 == "unbalanced-brackets" }.count == 2)
        #expect(kinds.contains("numbering-skip"))
        #expect(d.measures.map(\.label) == ["（一）", "（三）"])
    }

    @Test func aTitleWrappedOverTwoLinesIsNoUnbalancedBracket() throws {
        // 国办函〔2018〕71号's header: the title breaks inside 《…》; a bracket left open in a later paragraph still warns.
        let text = "国务院办公厅关于印发《政府网站集约化\n试点工作方案》的通知\n国办函〔2018〕71号\n\n一、总体要求\n\n推进《示例方案的编制。\n\n二、工作安排\n\n按期完成。\n"
        let d = try DocumentParser().parse(data: Data(text.utf8), path: "wrapped.txt")
        let unbalanced = d.warnings.filter { $0.kind == "unbalanced-brackets" }
        #expect(unbalanced.count == 1)
        #expect(unbalanced.first?.message.contains("推进《示例方案") == true)
    }

    @Test func corpusOfFixturesLoadsEveryFile() throws {
        let loaded = try Corpus(folder: Self.folder).load()
        #expect(loaded.documents.count == 8)
        #expect(loaded.failures.isEmpty)
    }
}
