import Foundation
import Testing
import TestSupport
import ZhengceDocument
@testable import ZhengceLineage

/// `LineageAnalyzer.reading` keeps what lineage reads: the analysis of the reading forms gives the links of
/// the analysis of the whole documents, evidence and scores included.
@Suite struct LineageReadingTests {
    /// The seeds, the real fixtures and the documents fixtures (laws with versions, State Council documents).
    static let documents: [PolicyDocument] = {
        var documents: [PolicyDocument] = SeedCorpus.documents
        for folder in ["real", "documents"] {
            documents += (try? Corpus(folder: Fixtures.file(folder)).load().documents) ?? []
        }
        return documents
    }()

    @Test func readingFormsGiveTheSameLinks() throws {
        let documents = LineageReadingTests.documents
        #expect(documents.count >= 20)
        let forms = documents.map(LineageAnalyzer.reading)
        // The forms are smaller: no outline, no measure text where the document text holds it.
        #expect(forms.allSatisfy { $0.provisions.isEmpty })
        let textBytes = { (ds: [PolicyDocument]) in ds.reduce(0) { $0 + $1.measures.reduce(0) { $0 + $1.text.utf8.count } } }
        #expect(textBytes(forms) * 10 < textBytes(documents))

        let whole = LineageAnalyzer().analyze(documents, keepingStatistics: true)
        let read = LineageAnalyzer().analyze(forms, keepingStatistics: true)
        #expect(whole.graph.links.count > 50)
        // Compared as booleans: on a difference, only the first differing link is printed.
        let sameLinks = read.graph.links == whole.graph.links
        let firstDifference = zip(read.graph.links, whole.graph.links).first { $0.0 != $0.1 }.map { "\($0.0.from) → \($0.0.to)" }
        #expect(sameLinks, "\(read.graph.links.count) links against \(whole.graph.links.count); first difference: \(firstDifference ?? "-")")
        let sameNodes = read.graph.documents == whole.graph.documents
        #expect(sameNodes)
        let sameCounts = read.corpusStatistics?.encoded() == whole.corpusStatistics?.encoded()
        #expect(sameCounts)
    }

    @Test func aMeasureOutsideItsDocumentTextKeepsItsOwnText() {
        let measure = Measure(id: "m1", provision: 0, label: "一", path: [], title: "标题", text: "支持海外仓建设。",
                              start: 500, end: 520, responsible: [], targets: [], citations: [])
        var document = PolicyDocument(id: "d", source: SourceInfo(path: "d.txt", format: "text", encoding: "utf-8", bytes: 0, sha256: ""),
                                      text: "短文本。")
        document.measures = [measure]
        #expect(LineageAnalyzer.reading(document).measures[0].text == "支持海外仓建设。")
        document.measures[0].start = 0; document.measures[0].end = 3
        #expect(LineageAnalyzer.reading(document).measures[0].text.isEmpty)
    }
}
