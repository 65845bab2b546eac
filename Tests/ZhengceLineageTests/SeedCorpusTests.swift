import Foundation
import Testing
import TestSupport
import ZhengceDocument
import ZhengceText
@testable import ZhengceLineage

/// The lineage of the real seed corpus in Corpus/, parsed by the document parser, with the corpus's segmenter (as
/// `zhengce lineage` analyses it).
enum SeedCorpus {
    static let loaded = try? Corpus(folder: Fixtures.corpus).load()
    static let documents: [PolicyDocument] = loaded?.documents ?? []
    static let analysis = LineageAnalyzer(segmenter: loaded?.segmenter ?? Segmenter()).analyze(documents)

    static let guobanfa2015 = "guobanfa-2015-46-cross-border-ecommerce-guidance"
    static let guobanfa2021 = "guobanfa-2021-24-new-forms-of-foreign-trade"
    static let shanghai = "hushangmaofa-2023-183-shanghai-cross-border-ecommerce-action-plan"
    static let mofcom = "shangmaofa-2024-125-mofcom-cross-border-ecommerce-overseas-warehouses"
    static let sichuan = "sichuan-2024-cross-border-ecommerce-action-plan-draft"
}

@Suite struct SeedCorpusTests {
    let analysis = SeedCorpus.analysis

    @Test func theParserGaveMeasures() {
        #expect(SeedCorpus.documents.count == 5)
        #expect(SeedCorpus.documents.allSatisfy { !$0.measures.isEmpty })
    }

    @Test(arguments: [
        (SeedCorpus.sichuan, "17.", SeedCorpus.mofcom, "（十一）", "先查验后装运"),
        (SeedCorpus.mofcom, "（十五）", SeedCorpus.guobanfa2021, "（二十三）", "世贸组织"),
        (SeedCorpus.shanghai, "8.", SeedCorpus.guobanfa2021, "（七）", "鼓励传统外贸企业、跨境电商和物流企业等"),
        (SeedCorpus.mofcom, "（一）", SeedCorpus.guobanfa2021, "（四）", "建立线上线下融合、境内境外联动的营销"),
        (SeedCorpus.mofcom, "（八）", SeedCorpus.guobanfa2021, "（十七）", "服务贸易创新发展引导基金"),
    ])
    func clearReuseHasItsTrueParentFirst(child: String, label: String, parent: String, parentLabel: String, passage: String) throws {
        let best = try #require(LineageFixture.parents(child, label, in: analysis).first)
        #expect(best.to.document == parent)
        #expect(best.to.label == parentLabel)
        #expect(best.evidence?.spans.contains { $0.text.contains(passage) } == true)
    }

    /// Sichuan's 2024 draft and Shanghai's 2023 plan are provincial peers: what they share is diffusion, not derivation.
    @Test func provincialPeersAreParallelNotDerived() throws {
        let links = LineageFixture.links((SeedCorpus.sichuan, "16."), (SeedCorpus.shanghai, "13."), in: analysis)
        #expect(links.map(\.type) == [.parallel])
        #expect(links.first?.from.document == SeedCorpus.sichuan)
        #expect(links.first?.evidence?.spans.contains { $0.text.contains("退运商品免征进口关税") } == true)
        #expect(!analysis.graph.links.contains { $0.type == .derives && Set([$0.from.document, $0.to.document]) == [SeedCorpus.sichuan, SeedCorpus.shanghai] })
    }

    /// Take-ups of 125号 by Sichuan's draft read by hand (Benchmarks/lineage-labels.tsv): the paraphrased ones
    /// are found as `substance`, the near-verbatim ones as `verbatim`.
    @Test(arguments: [("1.", "（一）", "substance"), ("3.", "（二）", "substance"), ("4.", "（一）", "substance"),
                      ("5.", "（一）", "substance"), ("11.", "（三）", "substance"), ("20.", "（十三）", "substance"),
                      ("17.", "（十一）", "verbatim"), ("18.", "（六）", "verbatim")])
    func sichuanTakesUp125(label: String, parentLabel: String, kind: String) throws {
        let link = try #require(LineageFixture.parents(SeedCorpus.sichuan, label, in: analysis).first { $0.to.document == SeedCorpus.mofcom })
        #expect(link.to.label == parentLabel)
        #expect(link.evidence?.kind == kind)
        if kind == "substance" { #expect((link.evidence?.sharedTerms.count ?? 0) >= 2) }
    }

    /// A measure in its own words that names the parent measure's heading takes it up (read by hand,
    /// Benchmarks/lineage-labels.tsv): Sichuan's 14. writes 海外仓高质量发展, the heading of 125号's （八）;
    /// Shanghai's 18. writes 国际交流合作, the heading of 24号's （二十三）.
    @Test(arguments: [(SeedCorpus.sichuan, "14.", SeedCorpus.mofcom, "（八）", "海外仓"),
                      (SeedCorpus.shanghai, "18.", SeedCorpus.guobanfa2021, "（二十三）", "国际")])
    func aMeasureNamingTheParentHeadingTakesItUp(child: String, label: String, parent: String, parentLabel: String,
                                                 word: String) throws {
        let link = try #require(LineageFixture.parents(child, label, in: analysis).first { $0.to.document == parent && $0.to.label == parentLabel })
        #expect(link.evidence?.kind == "substance")
        #expect(link.evidence?.direction?.contains("names the heading of \(parentLabel)") == true)
        #expect(link.evidence?.sharedTerms.contains { $0.contains(word) } == true)
    }

    /// Naming a phrase that several parent headings share (跨境电商) designates none of them.
    @Test func aPhraseOfSeveralHeadingsNamesNone() {
        let headings = Context.specificHeadingTrigrams(["推动跨境电商海外仓高质量发展", "优化跨境电商出口监管"].map { MeasureContent(text: $0).units })
        #expect(Context.namedHeading(MeasureContent(text: "支持跨境电商企业发展").units, headings, minimum: 4) == nil)
        #expect(Context.namedHeading(MeasureContent(text: "印发海外仓高质量发展三年行动方案").units, headings, minimum: 4) == 0)
    }

    @Test func coverageHasThreeStates() throws {
        let table = try #require(CoverageTable(analysis: analysis, document: SeedCorpus.mofcom))
        #expect(table.children == [SeedCorpus.sichuan])
        let states = Dictionary(uniqueKeysWithValues: table.rows.map { ($0.label, $0.coverage.first?.state) })
        #expect(states["（十一）"] == .verbatim)
        #expect(states["（二）"] == .substance)
        #expect(states["（九）"] == TakeUpState.none)
        let matrix = CoverageMatrix(table: table, graph: analysis.graph)
        #expect(matrix.columns.map(\.document) == [SeedCorpus.sichuan])
        #expect(matrix.csv().contains("verbatim 0.40 17."))
        #expect(matrix.html().contains("<table>"))
        // A plan spreads one national measure over several of its own: 14. 构建“川字号”海外仓矩阵 takes up （八） beside
        // the best match, and the table names both, the best once.
        let eight = try #require(table.rows.first { $0.label == "（八）" }?.coverage.first)
        let also = eight.also ?? []
        let labels: [String] = [eight.match?.label ?? ""] + also.map(\.label)
        #expect(labels.contains("14."))
        #expect(!also.isEmpty)
        #expect(!also.contains(where: { $0 == eight.match }))
        #expect(also.allSatisfy({ $0.document == SeedCorpus.sichuan }))
        let row = try #require(matrix.rows.first { $0.label == "（八）" })
        #expect(row.cells.first?.also == also.map(\.label))
        #expect(matrix.csv().contains(" also " + also.map(\.label).joined(separator: " ")))
    }

    @Test func nettingSettlementParentIsInTheTopThree() throws {
        let parents = LineageFixture.parents(SeedCorpus.sichuan, "18.", in: analysis).prefix(3)
        let link = try #require(parents.first { $0.to.document == SeedCorpus.mofcom && $0.to.label == "（六）" })
        #expect(link.evidence?.spans.contains { $0.text.contains("轧差结算") } == true)
    }

    @Test func noDerivationAgainstTheCalendar() {
        let nodes = Dictionary(uniqueKeysWithValues: analysis.graph.documents.map { ($0.id, $0) })
        for link in analysis.graph.links where link.type == .derives {
            let from = nodes[link.from.document]!, to = nodes[link.to.document]!
            let late = from.date ?? from.earliestDate ?? "", early = to.date ?? to.earliestDate ?? "9999"
            #expect(late >= early, "\(link.from.document) \(link.from.label ?? "") → \(link.to.document)")
        }
        #expect(!analysis.graph.links.contains { $0.type == .derives && $0.from.document == SeedCorpus.shanghai && $0.to.document == SeedCorpus.mofcom })
        let settlement = LineageFixture.links((SeedCorpus.mofcom, "（六）"), (SeedCorpus.shanghai, "14."), in: analysis)
        #expect(settlement.map(\.type) == [.related])
    }

    @Test func organisationalBoilerplateLinksNothing() throws {
        let document = try #require(SeedCorpus.documents.first { $0.id == SeedCorpus.guobanfa2021 })
        let leadership = try #require(document.measures.first { $0.title.hasPrefix("加强组织领导") })
        #expect(!analysis.graph.links.contains { $0.from.measure == leadership.id || $0.to.measure == leadership.id })
    }

    @Test(arguments: ["external:川办发〔2024〕27号", "external:中发〔2019〕48号", "external:国办发〔2023〕10号"])
    func citedDocumentsOutsideTheCorpusAreExternal(id: String) throws {
        let node = try #require(analysis.graph.documents.first { $0.id == id })
        #expect(node.external)
        #expect(node.title?.isEmpty == false)
    }

    @Test func statedAndInferredDocumentLinks() throws {
        let links = analysis.graph.documentLinks
        #expect(links.contains { $0.type == .cites && !$0.inferred && $0.from.document == SeedCorpus.sichuan && $0.to.document == SeedCorpus.mofcom })
        #expect(links.contains { $0.type == .cites && $0.from.document == SeedCorpus.shanghai && $0.to.document == SeedCorpus.guobanfa2021 })
        let inferred = try #require(links.first { $0.from.document == SeedCorpus.mofcom && $0.to.document == SeedCorpus.guobanfa2021 })
        #expect(inferred.type == .derives)
        #expect(inferred.inferred)
        #expect((inferred.evidence?.supportingMeasures ?? 0) >= 2)
        #expect(links.filter { Set([$0.from.document, $0.to.document]) == [SeedCorpus.mofcom, SeedCorpus.shanghai] }.allSatisfy { $0.type == .related })
    }

    @Test func undatedSichuanDraftIsBoundedByWhatItCites() throws {
        let node = try #require(analysis.graph.documents.first { $0.id == SeedCorpus.sichuan })
        #expect(node.date == nil)
        #expect(node.earliestDate == "2024-06-08")
    }

    @Test func spansPointIntoBothDocumentTexts() throws {
        let texts = Dictionary(uniqueKeysWithValues: SeedCorpus.documents.map { ($0.id, Array($0.text.utf16)) })
        for link in analysis.graph.measureLinks {
            for span in link.evidence?.spans ?? [] {
                let from = try #require(texts[link.from.document]), to = try #require(texts[link.to.document])
                #expect(String(decoding: from[span.fromStart..<span.fromEnd], as: UTF16.self) == span.text)
                let other = String(decoding: to[span.toStart..<span.toEnd], as: UTF16.self)
                #expect(MeasureContent(text: other).units == MeasureContent(text: span.text).units)
            }
        }
    }

    @Test func coverageOfTheSichuanDraft() throws {
        let table = try #require(CoverageTable(analysis: analysis, document: SeedCorpus.sichuan))
        #expect(table.rows.count == 21)
        #expect(table.parents.first == SeedCorpus.mofcom)
        let row = try #require(table.rows.first { $0.label == "17." })
        #expect(row.sources.first?.document == SeedCorpus.mofcom)
        #expect(row.sources.first?.label == "（十一）")
        #expect(table.rows.contains { $0.newHere })
    }
}

/// `LineageAnalyzer.sorted` puts links in the order of an analysis's result whatever order they come in
/// (how an edit run joins the links it kept with those it made).
@Suite struct LinkOrderTests {
    @Test func sortedGivesTheAnalysisOrder() {
        let links = SeedCorpus.analysis.graph.links
        #expect(links.count > 30)
        // Reversed, then every third link moved to the end: a fixed shuffle.
        var shuffled = Array(links.reversed())
        shuffled = shuffled.enumerated().filter { $0.offset % 3 != 0 }.map(\.element) + shuffled.enumerated().filter { $0.offset % 3 == 0 }.map(\.element)
        #expect(LineageAnalyzer.sorted(shuffled, documents: SeedCorpus.documents) == links)
    }
}
