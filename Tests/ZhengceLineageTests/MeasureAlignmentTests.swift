import Testing
import ZhengceDocument
@testable import ZhengceLineage

@Suite struct MeasureAlignmentTests {
    let analysis = LineageFixture.analysis

    @Test func inspectionBeforeLoadingComesFrom125Measure11() throws {
        let parents = LineageFixture.parents("sichuan-2024-draft", "17.")
        let best = try #require(parents.first)
        #expect(best.to.document == "shangmaofa-2024-125")
        #expect(best.to.label == "（十一）")
        #expect(best.evidence?.spans.contains { $0.text.contains("先查验后装运") } == true)
    }

    @Test func nettingSettlementParentIsInTheTopThree() throws {
        let parents = LineageFixture.parents("sichuan-2024-draft", "18.").prefix(3)
        let link = try #require(parents.first { $0.to.document == "shangmaofa-2024-125" && $0.to.label == "（六）" })
        #expect(link.evidence?.spans.contains { $0.text.contains("轧差结算") } == true)
    }

    @Test func upuClauseOf125ContinuesGuobanfa24WithoutACitation() throws {
        let best = try #require(LineageFixture.parents("shangmaofa-2024-125", "（十五）").first)
        #expect(best.to.document == "guobanfa-2021-24")
        #expect(best.to.label == "（二十三）")
        #expect(best.inferred)
    }

    @Test(arguments: [
        ("hushangmaofa-2023-183", "8.", "guobanfa-2021-24", "（七）"),
        ("shangmaofa-2024-125", "（一）", "guobanfa-2021-24", "（四）"),
        ("shangmaofa-2024-125", "（八）", "guobanfa-2021-24", "（十七）"),
    ])
    func clearReuseHasTheTrueParentFirst(child: String, label: String, parent: String, parentLabel: String) throws {
        let best = try #require(LineageFixture.parents(child, label).first)
        #expect(best.to.document == parent)
        #expect(best.to.label == parentLabel)
    }

    @Test func nothingRunsAgainstTheCalendar() {
        let dates = Dictionary(uniqueKeysWithValues: analysis.graph.documents.map { ($0.id, $0.date ?? $0.earliestDate ?? "") })
        for link in analysis.graph.links where link.type == .derives {
            #expect(dates[link.from.document]! >= dates[link.to.document]!, "\(link.from.document) → \(link.to.document)")
        }
        #expect(!analysis.graph.links.contains { $0.type == .derives && $0.from.document == "hushangmaofa-2023-183" && $0.to.document == "shangmaofa-2024-125" })
    }

    @Test func shanghai2023SettlementIsOnlyRelatedTo125() throws {
        let links = LineageFixture.links(("shangmaofa-2024-125", "（六）"), ("hushangmaofa-2023-183", "14."))
        let link = try #require(links.first)
        #expect(links.count == 1)
        #expect(link.type == .related)
        #expect((link.score ?? 0) > 0.5)
    }

    @Test func boilerplateScoresFarBelowReuse() {
        // The three 加强组织领导 measures share their heading and nothing that matters.
        let leadership = [("guobanfa-2021-24", "（二十四）"), ("hushangmaofa-2023-183", "（一）"), ("sichuan-2024-draft", "（一）")]
        let index = MeasureIndexProbe(analysis.documents)
        var boilerplate: [Double] = []
        for i in 0..<leadership.count {
            for j in (i + 1)..<leadership.count {
                boilerplate.append(index.score(leadership[i], leadership[j]))
            }
        }
        let reuse = index.score(("sichuan-2024-draft", "17."), ("shangmaofa-2024-125", "（十一）"))
        #expect(boilerplate.allSatisfy { $0 < 0.15 }, "\(boilerplate)")
        #expect(reuse > 3 * (boilerplate.max() ?? 1))
        for pair in [(leadership[0], leadership[1]), (leadership[0], leadership[2]), (leadership[1], leadership[2])] {
            #expect(LineageFixture.links(pair.0, pair.1).isEmpty)
        }
    }

    @Test func spanOffsetsPointIntoBothDocuments() throws {
        let link = try #require(LineageFixture.parents("sichuan-2024-draft", "17.").first)
        let from = try #require(analysis.documents.first { $0.id == link.from.document })
        let to = try #require(analysis.documents.first { $0.id == link.to.document })
        for span in link.evidence?.spans ?? [] {
            #expect(slice(from.text, span.fromStart, span.fromEnd) == span.text)
            #expect(MeasureContent.contentOnly(slice(to.text, span.toStart, span.toEnd)) == MeasureContent.contentOnly(span.text))
        }
    }

    private func slice(_ text: String, _ a: Int, _ b: Int) -> String {
        let u = Array(text.utf16)
        return String(decoding: u[a..<b], as: UTF16.self)
    }
}

/// Scores any two measures of the corpus directly (for checks on pairs that are not linked).
struct MeasureIndexProbe {
    let index: MeasureIndex
    let rows: [String: Int]

    init(_ documents: [PolicyDocument]) {
        var items: [(document: Int, measure: Int, units: [UInt16])] = []
        var rows: [String: Int] = [:]
        for (d, document) in documents.enumerated() {
            for (m, measure) in document.measures.enumerated() {
                rows[document.id + "|" + measure.label] = items.count
                items.append((d, m, MeasureContent(measure: measure, in: document).units))
            }
        }
        index = MeasureIndex(contents: items)
        self.rows = rows
    }

    func score(_ a: (String, String), _ b: (String, String)) -> Double {
        let x = rows[a.0 + "|" + a.1]!, y = rows[b.0 + "|" + b.1]!
        return MeasureAligner().score(min(x, y), max(x, y), in: index).score
    }
}
