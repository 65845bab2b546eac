import Testing
import ZhengceDocument
@testable import ZhengceLineage

@Suite struct CitationLinkTests {
    let graph = LineageFixture.analysis.graph

    @Test func sichuanDraftCitesMofcom125InTheCorpus() throws {
        let link = try #require(graph.documentLinks.first { $0.type == .cites && $0.from.document == "sichuan-2024-draft" && !$0.to.external })
        #expect(link.to.document == "shangmaofa-2024-125")
        #expect(link.to.docNumber == "商贸发〔2024〕125号")
        #expect(link.inferred == false)
    }

    @Test func shanghaiCitesGuobanfa24ByNumberAndShortTitle() {
        #expect(graph.documentLinks.contains { $0.type == .cites && $0.from.document == "hushangmaofa-2023-183" && $0.to.document == "guobanfa-2021-24" })
    }

    @Test(arguments: [
        ("external:川办发〔2024〕27号", "四川省人民政府办公厅关于推动外贸稳规模优结构高质量发展的实施意见", "sichuan-2024-draft"),
        ("external:中发〔2019〕48号", "关于推进贸易高质量发展的指导意见", "hushangmaofa-2023-183"),
        ("external:国办发〔2023〕10号", "关于推动外贸稳规模优结构的意见", "hushangmaofa-2023-183"),
    ])
    func citedDocumentsOutsideTheCorpusAreExternalNodes(id: String, title: String, citedBy: String) throws {
        let node = try #require(graph.documents.first { $0.id == id })
        #expect(node.external)
        #expect(node.title == title)
        #expect(node.docNumber == String(id.dropFirst("external:".count)))
        #expect(graph.documentLinks.contains { $0.type == .cites && $0.from.document == citedBy && $0.to.document == id && $0.to.external })
    }

    @Test func aNoticeNamingItsOwnPlanIsNotACitation() {
        #expect(!graph.documentLinks.contains { $0.from.document == "hushangmaofa-2023-183" && $0.to.title?.contains("上海市推进跨境电商高质量发展行动方案") == true })
        #expect(!graph.links.contains { $0.from.document == $0.to.document })
    }

    @Test func aTitleWithoutIssuerPrefixResolvesToTheCorpusDocument() {
        let parent = DocumentBuilder.make(id: "parent", title: "国务院办公厅关于加快发展外贸新业态新模式的意见", date: "2021-07-02",
                                          measures: [("（一）", "推广数字智能技术应用。")])
        let child = DocumentBuilder.make(id: "child", title: "某市实施方案", date: "2022-01-05", level: .municipal,
                                         cites: [("关于加快发展外贸新业态新模式的意见", nil)], measures: [("1.", "发展数字贸易。")])
        let graph = LineageAnalyzer().analyze([child, parent]).graph
        #expect(graph.documentLinks.map { "\($0.type.rawValue) \($0.from.document) \($0.to.document)" } == ["cites child parent"])
        #expect(graph.documents.allSatisfy { !$0.external })
    }

    @Test func oneExternalNodePerCitedDocumentEvenWhenCitedTwiceOrByTitleOnly() {
        let a = DocumentBuilder.make(id: "a", title: "甲省方案", date: "2023-01-01", level: .provincial,
                                     cites: [("关于推动外贸稳规模优结构的意见", "国办发[2023]10号"), ("关于推动外贸稳规模优结构的意见", nil)],
                                     measures: [])
        let b = DocumentBuilder.make(id: "b", title: "乙省方案", date: "2023-02-01", level: .provincial,
                                     cites: [(nil, "国办发（2023）10号")], measures: [])
        let graph = LineageAnalyzer().analyze([a, b]).graph
        let externals = graph.documents.filter(\.external)
        #expect(externals.map(\.id) == ["external:国办发〔2023〕10号"])
        #expect(externals.first?.citedBy == 2)
        #expect(graph.documentLinks.filter { $0.type == .cites }.count == 2)
    }
}

@Suite struct LawCitationTests {
    @Test func aLawCitedWithoutTheStateNameResolves() {
        let law = DocumentBuilder.make(id: "law", title: "中华人民共和国安全生产法", date: "2021-06-10", measures: [])
        let rule = DocumentBuilder.make(id: "rule", title: "某省安全生产条例", date: "2022-03-01", level: .provincial,
                                        cites: [("安全生产法", nil), ("中华人民共和国突发事件应对法", nil)], measures: [])
        let graph = LineageAnalyzer().analyze([law, rule]).graph
        #expect(graph.documentLinks.contains { $0.type == .cites && $0.from.document == "rule" && $0.to.document == "law" })
        #expect(graph.documents.filter(\.external).compactMap(\.title) == ["中华人民共和国突发事件应对法"])
    }
}
