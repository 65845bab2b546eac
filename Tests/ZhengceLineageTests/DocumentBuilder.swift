import ZhengceDocument

/// Builds `PolicyDocument` values for tests without the parser: a preamble holding the
/// citations, then each measure as "label + text" on its own line, with real offsets.
enum DocumentBuilder {
    static func make(id: String, title: String? = nil, docNumber: String? = nil, date: String? = nil,
                     level: DocumentLevel? = .national, region: String? = nil, status: DocumentStatus = .final,
                     period: PlanPeriod? = nil, cites: [(title: String?, number: String?)] = [],
                     measures: [(label: String, text: String)]) -> PolicyDocument {
        var text = (title ?? id) + "\n"
        var citations: [Citation] = []
        for cited in cites {
            var piece = ""
            if let title = cited.title { piece += "《\(title)》" }
            if let number = cited.number { piece += cited.title == nil ? number : "（\(number)）" }
            let start = text.utf16.count
            text += "为贯彻落实" + piece + "，"
            citations.append(Citation(title: cited.title, docNumber: cited.number, start: start + 5,
                                      end: start + 5 + piece.utf16.count))
        }
        text += "\n"
        var built: [Measure] = []
        for (n, item) in measures.enumerated() {
            let start = text.utf16.count
            text += item.label + item.text
            let end = text.utf16.count
            text += "\n"
            let title = String(item.text.prefix { $0 != "。" })
            built.append(Measure(id: "\(id)/\(n + 1)", provision: n, label: item.label, path: [item.label], title: title,
                                 text: item.text, start: start, end: end))
        }
        return PolicyDocument(id: id, title: title, docNumber: docNumber, date: date, level: level, region: region,
                              status: status, period: period,
                              source: SourceInfo(path: id + ".txt", format: "text", encoding: "UTF-8", bytes: 0, sha256: ""),
                              text: text, measures: built, citations: citations)
    }

    /// The five seed documents reduced to the excerpts in `SeedExcerpts`, with the metadata read from the seeds.
    static var seedExcerpts: [PolicyDocument] {
        [
            make(id: "guobanfa-2015-46", title: "国务院办公厅关于促进跨境电子商务健康快速发展的指导意见",
                 docNumber: "国办发〔2015〕46号", date: "2015-06-16", measures: SeedExcerpts.guobanfa2015),
            make(id: "guobanfa-2021-24", title: "国务院办公厅关于加快发展外贸新业态新模式的意见",
                 docNumber: "国办发〔2021〕24号", date: "2021-07-02", measures: SeedExcerpts.guobanfa2021),
            make(id: "hushangmaofa-2023-183", title: "上海市推进跨境电商高质量发展行动方案（2023-2025年）",
                 docNumber: "沪商贸发〔2023〕183号", date: "2023-07-10", level: .provincial, region: "上海市",
                 period: PlanPeriod(start: 2023, end: 2025),
                 cites: [("关于推进贸易高质量发展的指导意见", "中发〔2019〕48号"),
                         ("关于加快发展外贸新业态新模式的意见", "国办发〔2021〕24号"),
                         ("关于推动外贸稳规模优结构的意见", "国办发〔2023〕10号"),
                         ("上海市促进外贸稳规模提质量的若干政策措施", "沪府办规〔2023〕9号"),
                         ("上海市推进跨境电商高质量发展行动方案（2023-2025年）", nil)],
                 measures: SeedExcerpts.shanghai2023),
            make(id: "shangmaofa-2024-125", title: "商务部等9部门关于拓展跨境电商出口推进海外仓建设的意见",
                 docNumber: "商贸发〔2024〕125号", date: "2024-06-08", measures: SeedExcerpts.shangmaofa2024),
            make(id: "sichuan-2024-draft", title: "关于推动跨境电商高质量发展助力外贸稳规模优结构行动方案（2024-2027年）",
                 level: .provincial, region: "四川省", status: .draft, period: PlanPeriod(start: 2024, end: 2027),
                 cites: [("商务部等9部门关于拓展跨境电商出口推进海外仓建设的意见", "商贸发〔2024〕125号"),
                         ("四川省人民政府办公厅关于推动外贸稳规模优结构高质量发展的实施意见", "川办发〔2024〕27号")],
                 measures: SeedExcerpts.sichuanDraft),
        ]
    }

    /// `document` with `header` (a legislative header line) put before its text, every offset shifted to match.
    /// The legislative history is the one the parser reads from that header (`PolicyDocument.history`), as for a
    /// corpus file.
    static func prefixing(_ header: String, to document: PolicyDocument) -> PolicyDocument {
        var document = document
        document.history = history(of: header)
        document.text = header + "\n" + document.text
        let shift = header.utf16.count + 1
        document.measures = document.measures.map { var m = $0; m.start += shift; m.end += shift; return m }
        document.citations = document.citations.map { var c = $0; c.start += shift; c.end += shift; return c }
        return document
    }

    /// The legislative history the parser reads from `header` put under a title, before a first article.
    static func history(of header: String) -> [LegislativeEvent] {
        let text = "# 某条例\n\n" + header + "\n\n第一条 为了规范某项工作，制定本条例。\n"
        return DocumentParser().parse(text: text, format: "md", id: "header",
                                      source: SourceInfo(path: "header.md", format: "md", encoding: "UTF-8", bytes: 0, sha256: "")).history
    }
}
