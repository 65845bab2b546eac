import Foundation
import ZhengceDocument
@testable import ZhengceStore

/// A measure for a constructed test document.
struct MeasureSpec {
    var label: String
    var title: String
    var text: String
    var responsible: [(name: String, department: String?, role: ResponsibilityRole)] = []
}

/// Builds a `PolicyDocument` whose text is its measures' texts one per line, with real offsets.
func makeDocument(id: String, title: String, docNumber: String? = nil, date: String? = nil, level: DocumentLevel? = nil,
                  region: String? = nil, status: DocumentStatus = .final, measures: [MeasureSpec]) -> PolicyDocument {
    var text = title + "\n"
    var built: [Measure] = []
    var provisions: [Provision] = []
    for (i, spec) in measures.enumerated() {
        let start = text.utf16.count
        text += spec.label + spec.text + "\n"
        let textStart = start + spec.label.utf16.count
        let end = textStart + spec.text.utf16.count
        let responsible = spec.responsible.map { r -> Responsibility in
            let range = (spec.text as NSString).range(of: r.name)
            let s = range.location == NSNotFound ? textStart : textStart + range.location
            return Responsibility(name: r.name, department: r.department, role: r.role, start: s, end: s + r.name.utf16.count)
        }
        let pid = "\(id)/\(i + 1)"
        provisions.append(Provision(id: pid, label: spec.label, normalizedLabel: String(i + 1), scheme: .chineseParen, depth: 0,
                                    parent: nil, path: [spec.label], normalizedPath: [String(i + 1)], heading: spec.title,
                                    text: spec.text, start: start, end: end, kind: .measure))
        built.append(Measure(id: pid, provision: i, label: spec.label, path: [spec.label], title: spec.title, text: spec.text,
                             start: textStart, end: end, responsible: responsible))
    }
    let source = SourceInfo(path: id + ".txt", format: "text", encoding: "UTF-8", bytes: text.utf8.count, sha256: "")
    return PolicyDocument(id: id, title: title, docNumber: docNumber, date: date, level: level, region: region, status: status,
                          source: source, text: text, provisions: provisions, measures: built)
}

/// A file record for a constructed document.
func fileRecord(for document: PolicyDocument) -> StoredFile {
    StoredFile(path: document.source.path, sha256: SHA256.hex(Data(document.text.utf8)), bytes: document.text.utf8.count, mtime: 0)
}

/// A store in memory holding `documents`.
func makeStore(_ documents: [PolicyDocument]) throws -> Store {
    let store = try Store.inMemory()
    try store.write { writer in
        for document in documents { try writer.put(document, file: fileRecord(for: document)) }
    }
    return store
}

/// Three small documents: a national one, a Shanghai plan and a Sichuan draft.
func sampleDocuments() -> [PolicyDocument] {
    [
        makeDocument(id: "national", title: "关于加快发展外贸新业态的意见", docNumber: "国办发〔2021〕24号", date: "2021-07-02",
                     level: .national, measures: [
                        MeasureSpec(label: "（一）", title: "加快海外仓建设",
                                    text: "加快海外仓建设。鼓励传统外贸企业、跨境电商和物流企业建设一批海外仓。（商务部牵头，国家外汇局按职责分工负责）",
                                    responsible: [("商务部", "商务部", .lead), ("国家外汇局", "国家外汇管理局", .participant)]),
                        MeasureSpec(label: "（二）", title: "优化通关监管",
                                    text: "优化通关监管。对跨境电商出口商品实行先查验后装运，提高通关效率。（海关总署牵头）",
                                    responsible: [("海关总署", "海关总署", .lead)]),
                        MeasureSpec(label: "（三）", title: "完善跨境支付",
                                    text: "完善跨境支付。支持银行为海外仓企业提供结算服务，便利外汇收支。（国家外汇局牵头）",
                                    responsible: [("国家外汇局", "国家外汇管理局", .lead)]),
                     ]),
        makeDocument(id: "shanghai", title: "上海市推进跨境电商高质量发展行动方案", docNumber: "沪商贸发〔2023〕183号",
                     date: "2023-09-27", level: .provincial, region: "上海市", measures: [
                        MeasureSpec(label: "1.", title: "培育海外仓主体",
                                    text: "培育海外仓主体。支持企业在重点市场布局海外仓，到2025年培育30家海外仓企业。（市商务委牵头）",
                                    responsible: [("市商务委", "上海市商务委员会", .lead)]),
                        MeasureSpec(label: "2.", title: "引进跨境电商人才",
                                    text: "引进跨境电商人才。先行查验、后续装运的试点在洋山港开展。（市人力资源社会保障局牵头）",
                                    responsible: [("市人力资源社会保障局", nil, .lead)]),
                     ]),
        makeDocument(id: "sichuan", title: "四川省跨境电商高质量发展行动计划（征求意见稿）", level: .provincial, region: "四川省",
                     status: .draft, measures: [
                        MeasureSpec(label: "（一）", title: "建设公共海外仓",
                                    text: "建设公共海外仓。支持企业在RCEP市场建设公共海外仓储设施。（省商务厅牵头）",
                                    responsible: [("省商务厅", nil, .lead)]),
                        MeasureSpec(label: "（二）", title: "加强人才培养",
                                    text: "加强人才培养。鼓励高校开设跨境电商专业，培养复合型人才。（省教育厅牵头）",
                                    responsible: [("省教育厅", nil, .lead)]),
                     ]),
    ]
}
