import Foundation
import Testing
import ZhengceDocument
@testable import ZhengceLineage

@Suite struct DocumentLinkTests {
    let graph = LineageFixture.analysis.graph

    @Test func mofcom125IsInferredToDeriveFromGuobanfa24() throws {
        let link = try #require(graph.documentLinks.first { $0.from.document == "shangmaofa-2024-125" && $0.to.document == "guobanfa-2021-24" })
        #expect(link.type == .derives)
        #expect(link.inferred)
        #expect((link.evidence?.supportingMeasures ?? 0) >= 3)
        #expect((link.score ?? 0) > 0.5)
    }

    @Test func shanghai2023AndMofcom2024AreRelatedNotDerived() throws {
        let links = graph.documentLinks.filter { Set([$0.from.document, $0.to.document]) == ["shangmaofa-2024-125", "hushangmaofa-2023-183"] }
        #expect(links.map(\.type) == [.related])
    }

    @Test func citedLinksCarryTheirMeasureSupport() throws {
        let link = try #require(graph.documentLinks.first { $0.type == .cites && $0.from.document == "sichuan-2024-draft" && $0.to.document == "shangmaofa-2024-125" })
        #expect((link.evidence?.supportingMeasures ?? 0) >= 1)
    }

    @Test func draftAndFinalOfOnePlanAreVersionsNotLineage() throws {
        let draft = DocumentBuilder.seedExcerpts.first { $0.id == "sichuan-2024-draft" }!
        var final = draft
        final.id = "sichuan-2024-final"
        final.status = .final
        final.date = "2024-09-30"
        let analysis = LineageAnalyzer().analyze(DocumentBuilder.seedExcerpts + [final])
        let between = analysis.graph.links.filter { Set([$0.from.document, $0.to.document]) == ["sichuan-2024-draft", "sichuan-2024-final"] }
        #expect(!between.isEmpty)
        #expect(between.allSatisfy { $0.type == .version })
        let documentLink = try #require(between.first { $0.from.measure == nil })
        #expect(documentLink.from.document == "sichuan-2024-final")
    }

    @Test func outputIsDeterministicWhateverTheInputOrder() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let a = try encoder.encode(LineageAnalyzer().analyze(DocumentBuilder.seedExcerpts).graph)
        let b = try encoder.encode(LineageAnalyzer().analyze(DocumentBuilder.seedExcerpts.reversed()).graph)
        #expect(a == b)
        let decoded = try JSONDecoder().decode(LineageGraph.self, from: a)
        #expect(decoded == LineageFixture.analysis.graph)
    }

    @Test func diagramsDrawCitedAndInferredEdges() {
        let mermaid = graph.mermaid()
        #expect(mermaid.hasPrefix("flowchart TB\n"))
        #expect(mermaid.contains("-->|cites|"))
        #expect(mermaid.contains("-.->|derives "))
        let dot = graph.dot()
        #expect(dot.contains("digraph lineage"))
        #expect(dot.contains("style=dashed"))
    }
}
