import Foundation
import ZhengceDocument
import ZhengceExport
import ZhengceLineage

/// A small export input built from real passages of two seed documents (商贸发〔2024〕125号 and the
/// Sichuan 2024–2027 draft action plan), with the structure a parser would give them, registry
/// departments and the lineage links a linker would infer. Offsets are computed from the text.
enum ExportSample {
    static let nationalText = """
    商务部等9部门 关于拓展跨境电商出口推进海外仓建设的意见
    商贸发〔2024〕125号
    三、加强相关基础设施和物流体系建设
    （八）推动跨境电商海外仓高质量发展。统筹用好现有资金渠道，支持跨境电商海外仓企业发展。发挥服务贸易创新发展引导基金作用，引导更多社会资本以市场化方式支持跨境电商海外仓等相关企业发展。鼓励有条件的地方用好现有股权投资基金资源，探索以市场化方式设立产业发展基金，加强对跨境电商海外仓企业支持。编制出台跨境电商出口海外仓业务退税操作指引，进一步指导企业用好现行政策。
    """

    static let sichuanText = """
    关于推动跨境电商高质量发展助力外贸稳规模优结构行动方案（2024-2027年）
    （征求意见稿）
    为贯彻落实《商务部等9部门关于拓展跨境电商出口推进海外仓建设的意见》（商贸发〔2024〕125号）和《四川省人民政府办公厅关于推动外贸稳规模优结构高质量发展的实施意见》（川办发〔2024〕27号）文件精神，全面提升跨境电商高质量发展水平，培育外贸转型升级新动能，助力全省外贸稳规模优结构，特制定本方案。
    二、重点任务
    （五）提升跨境电商发展质效。
    14.构建“川字号”海外仓矩阵。印发执行《四川省海外仓高质量发展三年行动方案》，探索海外仓数字化赋能、精细化管理、品牌化运营、多元化布局、本土化服务、合规化经营发展路径。支持多元主体共建共享海外仓，开展省级公共海外仓认定，建立重点海外仓信息库。推动搭建省级海外仓信息发布平台，持续开展海外仓“免仓租”活动，促进供租信息对称，盘活闲置仓储资源。（责任单位：商务厅、省发展改革委）
    （六）完善服务监管体系。
    21.构建人才孵化培养体系。依托四川外贸创新发展职教集团打造2—3个产教融合的跨境电商人才基地，每年培训规模不少于2000人次。鼓励高校与地方跨境电商产业园合作，成立3—5个跨境电商产业学院，引企入校，项目进校，构建多方联动的跨境电商人才培养体系。鼓励省内高职院校开展包括小语种在内的国际化人才培育合作。支持举办省级跨境电商技能大赛，培养跨境电商应用型人才。（责任单位：商务厅、教育厅）
    """

    /// The UTF-16 range of the first `needle` in `text` at or after `from`.
    static func span(_ needle: String, in text: String, from: Int = 0) -> (start: Int, end: Int) {
        let utf16 = Array(text.utf16)
        let n = Array(needle.utf16)
        var i = from
        while i + n.count <= utf16.count {
            if Array(utf16[i..<i + n.count]) == n { return (i, i + n.count) }
            i += 1
        }
        fatalError("sample text lacks \(needle)")
    }

    /// The UTF-16 range from the start of `first` to the end of the line holding `last`.
    static func lineSpan(_ first: String, through last: String, in text: String) -> (start: Int, end: Int) {
        let a = span(first, in: text)
        let b = span(last, in: text, from: a.start)
        return (a.start, b.end)
    }

    static func provision(_ doc: String, _ text: String, label: String, path: [String], normalized: [String],
                          parent: Int?, scheme: NumberingScheme, heading: String, ownText: String,
                          through last: String, kind: ProvisionKind) -> Provision {
        let range = lineSpan(label + heading, through: last, in: text)
        return Provision(id: doc + "/" + normalized.joined(separator: "."), label: label, normalizedLabel: normalized.last!,
                         scheme: scheme, depth: normalized.count - 1, parent: parent, path: path, normalizedPath: normalized,
                         heading: heading, text: ownText, start: range.start, end: range.end, kind: kind)
    }

    static var national: PolicyDocument {
        let id = "shangmaofa-2024-125"
        let t = nationalText
        let p0 = provision(id, t, label: "三、", path: ["三、"], normalized: ["3"], parent: nil, scheme: .chineseComma,
                           heading: "加强相关基础设施和物流体系建设", ownText: "", through: "用好现行政策。", kind: .group)
        let measureText = "推动跨境电商海外仓高质量发展。统筹用好现有资金渠道，支持跨境电商海外仓企业发展。发挥服务贸易创新发展引导基金作用，引导更多社会资本以市场化方式支持跨境电商海外仓等相关企业发展。鼓励有条件的地方用好现有股权投资基金资源，探索以市场化方式设立产业发展基金，加强对跨境电商海外仓企业支持。编制出台跨境电商出口海外仓业务退税操作指引，进一步指导企业用好现行政策。"
        let p1 = provision(id, t, label: "（八）", path: ["三、", "（八）"], normalized: ["3", "8"], parent: 0, scheme: .chineseParen,
                           heading: "推动跨境电商海外仓高质量发展", ownText: measureText, through: "用好现行政策。", kind: .measure)
        let m = Measure(id: p1.id, provision: 1, label: "（八）", path: p1.path, title: "推动跨境电商海外仓高质量发展",
                        text: measureText, start: p1.start, end: p1.end)
        return PolicyDocument(
            id: id, title: "商务部等9部门关于拓展跨境电商出口推进海外仓建设的意见", docNumber: "商贸发〔2024〕125号",
            issuers: ["商务部", "国家网信办"], date: "2024-06-08", type: "意见", level: .national, status: .final,
            provenance: ["title": .text, "docNumber": .text], source: SourceInfo(path: id + ".txt", format: "text", encoding: "UTF-8", bytes: t.utf8.count, sha256: ""),
            text: t, provisions: [p0, p1], measures: [m])
    }

    static var sichuan: PolicyDocument {
        let id = "sichuan-2024-draft"
        let t = sichuanText
        let c0 = span("《商务部等9部门关于拓展跨境电商出口推进海外仓建设的意见》（商贸发〔2024〕125号）", in: t)
        let c1 = span("《四川省人民政府办公厅关于推动外贸稳规模优结构高质量发展的实施意见》（川办发〔2024〕27号）", in: t)
        let c2 = span("《四川省海外仓高质量发展三年行动方案》", in: t)
        let citations = [
            Citation(title: "商务部等9部门关于拓展跨境电商出口推进海外仓建设的意见", docNumber: "商贸发〔2024〕125号", start: c0.start, end: c0.end),
            Citation(title: "四川省人民政府办公厅关于推动外贸稳规模优结构高质量发展的实施意见", docNumber: "川办发〔2024〕27号", start: c1.start, end: c1.end),
            Citation(title: "四川省海外仓高质量发展三年行动方案", docNumber: nil, start: c2.start, end: c2.end),
        ]
        let m14Text = String(t.split(separator: "\n")[5].dropFirst(3))
        let m21Text = String(t.split(separator: "\n")[7].dropFirst(3))
        let p0 = provision(id, t, label: "二、", path: ["二、"], normalized: ["2"], parent: nil, scheme: .chineseComma,
                           heading: "重点任务", ownText: "", through: "（责任单位：商务厅、教育厅）", kind: .group)
        let p1 = provision(id, t, label: "（五）", path: ["二、", "（五）"], normalized: ["2", "5"], parent: 0, scheme: .chineseParen,
                           heading: "提升跨境电商发展质效", ownText: "", through: "（责任单位：商务厅、省发展改革委）", kind: .group)
        let p2 = provision(id, t, label: "14.", path: ["二、", "（五）", "14."], normalized: ["2", "5", "14"], parent: 1, scheme: .arabicDot,
                           heading: "构建“川字号”海外仓矩阵", ownText: m14Text, through: "（责任单位：商务厅、省发展改革委）", kind: .measure)
        let p3 = provision(id, t, label: "（六）", path: ["二、", "（六）"], normalized: ["2", "6"], parent: 0, scheme: .chineseParen,
                           heading: "完善服务监管体系", ownText: "", through: "（责任单位：商务厅、教育厅）", kind: .group)
        let p4 = provision(id, t, label: "21.", path: ["二、", "（六）", "21."], normalized: ["2", "6", "21"], parent: 3, scheme: .arabicDot,
                           heading: "构建人才孵化培养体系", ownText: m21Text, through: "（责任单位：商务厅、教育厅）", kind: .measure)
        let r14a = span("商务厅", in: t, from: span("（责任单位：商务厅、省发展改革委）", in: t).start)
        let r14b = span("省发展改革委", in: t, from: r14a.end)
        let r21a = span("商务厅", in: t, from: span("（责任单位：商务厅、教育厅）", in: t).start)
        let r21b = span("教育厅", in: t, from: r21a.end)
        let target = span("不少于2000人次", in: t)
        let m14 = Measure(id: p2.id, provision: 2, label: "14.", path: p2.path, title: "构建“川字号”海外仓矩阵", text: m14Text,
                          start: p2.start, end: p2.end,
                          responsible: [Responsibility(name: "商务厅", role: .lead, roleInferred: true, start: r14a.start, end: r14a.end),
                                        Responsibility(name: "省发展改革委", role: .participant, start: r14b.start, end: r14b.end)],
                          citations: [citations[2]])
        let m21 = Measure(id: p4.id, provision: 4, label: "21.", path: p4.path, title: "构建人才孵化培养体系", text: m21Text,
                          start: p4.start, end: p4.end,
                          responsible: [Responsibility(name: "商务厅", role: .lead, roleInferred: true, start: r21a.start, end: r21a.end),
                                        Responsibility(name: "教育厅", role: .participant, start: r21b.start, end: r21b.end)],
                          targets: [Target(year: nil, value: 2000, unit: "人次", comparator: .atLeast, phrase: "不少于2000人次",
                                           sentence: "依托四川外贸创新发展职教集团打造2—3个产教融合的跨境电商人才基地，每年培训规模不少于2000人次。",
                                           start: target.start, end: target.end)])
        return PolicyDocument(
            id: id, title: "关于推动跨境电商高质量发展助力外贸稳规模优结构行动方案（2024-2027年）", type: "行动方案",
            level: .provincial, region: "四川省", status: .draft, period: PlanPeriod(start: 2024, end: 2027),
            provenance: ["region": .corpus, "level": .corpus],
            source: SourceInfo(path: id + ".txt", format: "text", encoding: "UTF-8", bytes: t.utf8.count, sha256: ""),
            text: t, provisions: [p0, p1, p2, p3, p4], measures: [m14, m21], citations: citations)
    }

    static let departments: [ExportDepartment] = [
        ExportDepartment(name: "商务部", aliases: ["商务部"], level: "national", kind: "ministry", counterparts: ["四川省商务厅"]),
        ExportDepartment(name: "四川省商务厅", aliases: ["商务厅", "省商务厅"], level: "provincial", region: "四川省",
                         kind: "department", counterparts: ["商务部"]),
        ExportDepartment(name: "上海市商务委员会", aliases: ["市商务委", "商务委"], level: "provincial", region: "上海市", kind: "commission"),
        ExportDepartment(name: "四川省发展和改革委员会", aliases: ["省发展改革委", "发展改革委"], level: "provincial", region: "四川省", kind: "commission"),
        ExportDepartment(name: "国家发展和改革委员会", aliases: ["国家发展改革委", "发展改革委"], level: "national", kind: "commission"),
    ]

    static var links: [LineageLink] {
        let n = national, s = sichuan
        let shared = "海外仓"
        let from = span(shared, in: s.text, from: s.measures[0].start)
        let to = span(shared, in: n.text, from: n.measures[0].start)
        return [
            LineageLink(type: .derives,
                        from: LinkEnd(document: s.id, title: s.title, measure: s.measures[0].id, label: "14.", measureTitle: s.measures[0].title),
                        to: LinkEnd(document: n.id, docNumber: n.docNumber, title: n.title, measure: n.measures[0].id, label: "（八）", measureTitle: n.measures[0].title),
                        score: 0.41666666666, inferred: true,
                        evidence: LinkEvidence(sharedTerms: ["海外仓", "跨境电商"],
                                               spans: [SharedSpan(text: shared, fromStart: from.start, fromEnd: from.end, toStart: to.start, toEnd: to.end)],
                                               method: "measure-alignment")),
            LineageLink(type: .derives, from: LinkEnd(document: s.id, title: s.title),
                        to: LinkEnd(document: n.id, docNumber: n.docNumber, title: n.title), score: 0.3, inferred: true,
                        evidence: LinkEvidence(method: "aggregate of 1 measure links", supportingMeasures: 1)),
            LineageLink(type: .cites, from: LinkEnd(document: s.id, title: s.title),
                        to: LinkEnd(document: n.id, docNumber: n.docNumber, title: n.title), inferred: false,
                        evidence: LinkEvidence(method: "citation")),
            LineageLink(type: .cites, from: LinkEnd(document: s.id, title: s.title),
                        to: LinkEnd(document: "external:川办发〔2024〕27号", docNumber: "川办发〔2024〕27号",
                                    title: "四川省人民政府办公厅关于推动外贸稳规模优结构高质量发展的实施意见", external: true),
                        inferred: false, evidence: LinkEvidence(method: "citation")),
        ]
    }

    static var input: ExportInput { ExportInput(documents: [sichuan, national], departments: departments, links: links) }
}
