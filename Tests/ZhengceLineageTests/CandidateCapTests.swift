import Foundation
import Testing
import TestSupport
import ZhengceDocument
@testable import ZhengceLineage

/// An incremental analysis caps the changed documents' candidates among every other document's, as a full analysis of
/// the same corpus does (`CandidateCap`): re-analysing a document that did not change gives the full analysis's links.
@Suite struct CandidateCapTests {
    /// The first chapters of 22 regulations on one subject of different regions (README in the folder).
    static let documents: [PolicyDocument] = (try? Corpus(folder: Fixtures.file("lineage-peers")).load().documents) ?? []
    /// One link per measure, side and type (three by default): on 22 first chapters the cap then binds on many articles,
    /// as three do at the law corpus, where an article of a regulation has a dozen peers.
    static let analyzer: LineageAnalyzer = {
        var options = LineageOptions()
        options.linksPerMeasure = 1
        return LineageAnalyzer(options: options)
    }()
    static let whole = analyzer.analyze(documents, keepingStatistics: true)

    /// The links of an incremental analysis of `changed` and its versions (the documents linked to them in the full
    /// analysis as neighbours, as the session gives them), with the full analysis's candidates or without.
    func incremental(_ ids: Set<String>, cap: Bool) -> LineageAnalysis {
        let whole = CandidateCapTests.whole
        let changed = ids.union(LineageAnalyzer.versionMates(of: ids, in: CandidateCapTests.documents.sorted { $0.id < $1.id }))
        let neighbours = Set(whole.graph.links.filter { changed.contains($0.from.document) || changed.contains($0.to.document) }
            .flatMap { [$0.from.document, $0.to.document] }).subtracting(changed)
        return CandidateCapTests.analyzer.analyze(CandidateCapTests.documents, changed: changed, neighbours: neighbours,
                                         corpus: whole.corpusStatistics!, cap: cap ? whole.candidateCap : nil)
    }

    static func describe(_ link: LineageLink) -> String {
        "\(link.type) \(link.from.document)/\(link.from.measure ?? "-") → \(link.to.document)/\(link.to.measure ?? "-") \(link.score ?? 0)"
    }

    @Test func aDocumentAnalysedAgainUnchangedKeepsTheLinksOfTheFullAnalysis() throws {
        let whole = CandidateCapTests.whole
        let record = try #require(whole.candidateCap)
        #expect(CandidateCapTests.documents.count == 22)
        #expect(record.count > 100)
        var differedWithout: [String] = []
        for id in CandidateCapTests.documents.map(\.id).sorted() {
            let family = Set([id]).union(LineageAnalyzer.versionMates(of: [id], in: CandidateCapTests.documents.sorted { $0.id < $1.id }))
            let touching = { (link: LineageLink) in family.contains(link.from.document) || family.contains(link.to.document) }
            let expected = LineageAnalyzer.sorted(whole.graph.links.filter(touching), documents: CandidateCapTests.documents)
            let again = incremental([id], cap: true)
            let links = LineageAnalyzer.sorted(again.graph.links, documents: CandidateCapTests.documents)
            let missing = expected.filter { !links.contains($0) }.prefix(3).map(CandidateCapTests.describe)
            let extra = links.filter { !expected.contains($0) }.prefix(3).map(CandidateCapTests.describe)
            let same = links == expected
            #expect(same, "\(id): missing \(missing); extra \(extra)")
            #expect(again.capWidened.isEmpty, "\(id): \(again.capWidened.sorted())")
            // The record comes back as it was: the same candidates, kept alike.
            let recordAgain = again.candidateCap.map { Set($0.entries.map(CandidateCapTests.key)) } == Set(record.entries.map(CandidateCapTests.key))
            #expect(recordAgain, "\(id)")
            let without = LineageAnalyzer.sorted(incremental([id], cap: false).graph.links, documents: CandidateCapTests.documents)
            if without != expected { differedWithout.append(id) }
        }
        // The case is met: without the record, some documents analysed again get links the full analysis does not make.
        #expect(differedWithout.count >= 3, "\(differedWithout)")
    }

    /// A stored candidate the cap now decides otherwise (here: a record whose flag says otherwise than the cap over the
    /// same candidates) names its two documents, which the session then analyses as changed too; the record comes back
    /// with the cap's decision.
    @Test func aStoredCandidateTheCapDecidesOtherwiseNamesItsDocuments() throws {
        let whole = CandidateCapTests.whole
        var record = try #require(whole.candidateCap)
        let changed = "潍坊市物业管理条例(2022-01-21)"
        let position = Dictionary(uniqueKeysWithValues: record.documents.enumerated().map { ($1, Int32($0)) })
        let focus = try #require(position[changed])
        // A kept `parallel` candidate between two other documents, its flag turned.
        let n = try #require(record.entries.firstIndex { $0.kept && $0.type == 4 && $0.child != focus && $0.parent != focus })
        record.entries[n].kept = false
        let ends = Set([record.documents[Int(record.entries[n].child)], record.documents[Int(record.entries[n].parent)]])
        let again = CandidateCapTests.analyzer.analyze(CandidateCapTests.documents, changed: [changed], neighbours: [],
                                                       corpus: whole.corpusStatistics!, cap: record)
        #expect(again.capWidened == ends)
        let same = again.candidateCap.map { Set($0.entries.map(CandidateCapTests.key)) } == Set(whole.candidateCap!.entries.map(CandidateCapTests.key))
        #expect(same)
    }

    /// A full analysis in shards records what one piece records: the cap's pass reads every candidate of the corpus.
    @Test func shardsRecordTheCandidatesOfOnePiece() throws {
        var record: CandidateCap?
        var shards = 0
        _ = try CandidateCapTests.analyzer.analyzeInShards(CandidateCapTests.documents, size: 5, candidateCap: { record = $0 }) { _ in shards += 1 }
        #expect(shards > 1)
        let same = record == CandidateCapTests.whole.candidateCap
        #expect(same)
    }

    static func key(_ e: CandidateCap.Entry) -> String {
        "\(e.child) \(e.childMeasure) \(e.parent) \(e.parentMeasure) \(e.type) \(e.kept) \(e.score) \(e.raw)"
    }

    @Test func theRecordSurvivesItsBinaryForm() throws {
        let record = try #require(CandidateCapTests.whole.candidateCap)
        let data = record.encoded()
        #expect(CandidateCap(decoding: data) == record)
        #expect(CandidateCap(decoding: data.dropLast()) == nil)
        #expect(CandidateCap(decoding: Data("zhengce-corpus-statistics 2\n".utf8)) == nil)
        let empty = CandidateCap(documents: [], entries: [])
        #expect(CandidateCap(decoding: empty.encoded()) == empty)
    }
}
