import Foundation
import Testing
import TestSupport
import ZhengceLineage
import ZhengceSession
import ZhengceStore

/// Incremental lineage on a copy of the seed corpus (the threshold lowered so five documents take that
/// path): a changed document's links are made again, the others kept; what comes out is compared with a
/// full analysis of the same files.
@Suite struct IncrementalLineageTests {
    typealias Workspace = SeedWorkspace

    static let sichuan = "sichuan-2024-cross-border-ecommerce-action-plan-draft.txt"
    static let sichuanID = "sichuan-2024-cross-border-ecommerce-action-plan-draft"
    /// A sentence of 商贸发〔2024〕125号（八）, added to the Sichuan draft's measure 3.
    static let borrowed = "统筹用好现有资金渠道，支持跨境电商海外仓企业发展。"

    /// A seed workspace indexed and linked once (a full analysis).
    func linkedWorkspace() throws -> Workspace {
        let workspace = try Workspace()
        let session = try workspace.session(incremental: true)
        try session.refresh()
        #expect(try session.linkAndExport(out: workspace.out)?.lineage == .full)
        return workspace
    }

    /// The links a full analysis of a copy of `corpus` makes.
    func fullAnalysisLinks(of corpus: URL) throws -> [String: Double] {
        let full = try Workspace()
        try FileManager.default.removeItem(at: full.corpus)
        try FileManager.default.copyItem(at: corpus, to: full.corpus)
        let session = try full.session(incremental: true)
        try session.refresh()
        #expect(try session.linkAndExport(out: full.out)?.lineage == .full)
        return try full.links()
    }

    func edit(_ workspace: Workspace, _ change: (String) -> String) throws {
        let file = workspace.corpus.appendingPathComponent(IncrementalLineageTests.sichuan)
        try Data(change(try String(contentsOf: file, encoding: .utf8)).utf8).write(to: file)
    }

    @Test func anEditedDocumentIsLinkedAgainAndTheRestKept() throws {
        let workspace = try linkedWorkspace()
        let before = try workspace.links()

        try edit(workspace) { $0.replacingOccurrences(of: "支持有实力的企业通过境外投资建设海外仓。",
                                                    with: "支持有实力的企业通过境外投资建设海外仓。" + IncrementalLineageTests.borrowed) }
        let edited = try workspace.session(incremental: true)
        #expect(try edited.refresh().indexed == 1)
        let second = try #require(try edited.linkAndExport(out: workspace.out))
        guard case .incremental(let changed, let removed, _) = second.lineage else {
            Issue.record("expected an incremental update, got \(second.lineage)"); return
        }
        #expect(changed == 1 && removed == 0)
        // The links kept and the links made again are stored apart; an export elsewhere reads them back in order.
        let elsewhere = workspace.root.appendingPathComponent("elsewhere")
        #expect(try edited.linkAndExport(out: elsewhere)?.lineage == .unchanged)
        #expect(try Data(contentsOf: elsewhere.appendingPathComponent("zhengce.json")) == Data(contentsOf: workspace.out.appendingPathComponent("zhengce.json")))
        let after = try workspace.links()
        // Links that do not touch the edited document are kept as they were.
        let untouched = { (links: [String: Double]) in links.filter { !$0.key.contains(IncrementalLineageTests.sichuanID) } }
        #expect(untouched(after) == untouched(before))
        // The edited measure now takes up 125号（八）, as its new sentence says.
        let takeUp = after.keys.filter { $0.hasPrefix("derives \(IncrementalLineageTests.sichuanID) \(IncrementalLineageTests.sichuanID)/2.1.3 ") && $0.contains("shangmaofa-2024-125") }
        #expect(!takeUp.isEmpty, "\(after.keys.filter { $0.contains("/2.1.3 ") }.sorted())")

        // A full analysis of the same files finds the same links. Scores may differ a little: the changed
        // document's text is weighed by the counts of the last full analysis, before the edit (on these
        // five documents, where one is a fifth of the corpus, by up to 0.021).
        let expected = try fullAnalysisLinks(of: workspace.corpus)
        #expect(Set(after.keys) == Set(expected.keys))
        for (key, score) in after { if let other = expected[key] { #expect(abs(other - score) <= 0.025, "\(key)") } }
    }

    @Test func anEditPutBackGivesTheFirstExportAgain() throws {
        let workspace = try linkedWorkspace()
        let original = try String(contentsOf: workspace.corpus.appendingPathComponent(IncrementalLineageTests.sichuan), encoding: .utf8)
        try edit(workspace) { $0 + "\n" + IncrementalLineageTests.borrowed + "\n" }
        let edited = try workspace.session(incremental: true)
        try edited.refresh()
        _ = try edited.linkAndExport(out: workspace.out)
        try edit(workspace) { _ in original }
        let back = try workspace.session(incremental: true)
        try back.refresh()
        let result = try #require(try back.linkAndExport(out: workspace.out))
        guard case .incremental(1, 0, _) = result.lineage else { Issue.record("\(result.lineage)"); return }
        for name in ["zhengce.json", "zhengce.jsonld", "zhengce.ndjson"] {
            let again = try Data(contentsOf: workspace.out.appendingPathComponent(name))
            let committed = try Data(contentsOf: Fixtures.repositoryRoot.appendingPathComponent("Output/\(name)"))
            #expect(again == committed, "\(name) differs from Output/\(name)")
        }
        // Exported elsewhere with nothing changed: the links are read from the store, not analysed, and
        // the export is the same.
        let elsewhere = workspace.root.appendingPathComponent("elsewhere")
        #expect(try back.linkAndExport(out: elsewhere)?.lineage == .unchanged)
        for name in ["zhengce.json", "zhengce.jsonld", "zhengce.ndjson"] {
            #expect(try Data(contentsOf: elsewhere.appendingPathComponent(name)) == Data(contentsOf: workspace.out.appendingPathComponent(name)))
        }
    }

    @Test func aRemovedDocumentTakesItsLinksAlongAndComesBack() throws {
        let workspace = try linkedWorkspace()
        let first = try workspace.links()
        let name = "shangmaofa-2024-125-mofcom-cross-border-ecommerce-overseas-warehouses.txt"
        let id = "shangmaofa-2024-125-mofcom-cross-border-ecommerce-overseas-warehouses"
        let file = workspace.corpus.appendingPathComponent(name)
        let text = try Data(contentsOf: file)
        try FileManager.default.removeItem(at: file)
        let without = try workspace.session(incremental: true)
        #expect(try without.refresh().removed == 1)
        let result = try #require(try without.linkAndExport(out: workspace.out))
        guard case .incremental(_, 1, _) = result.lineage else { Issue.record("\(result.lineage)"); return }
        let links = try workspace.links()
        #expect(!links.keys.contains { $0.contains(" \(id)") })
        // The Sichuan draft still cites 商贸发〔2024〕125号, now a document outside the corpus.
        #expect(links.keys.contains("cites \(IncrementalLineageTests.sichuanID) - external:商贸发〔2024〕125号 -"))
        // The same files analysed in full give the same links.
        #expect(Set(links.keys) == Set(try fullAnalysisLinks(of: workspace.corpus).keys))
        // Put back: the first run's links again. (Scores may differ a little: the links of the documents
        // that were linked again while 125号 was absent were weighed without it.)
        try text.write(to: file)
        let back = try workspace.session(incremental: true)
        try back.refresh()
        let again = try #require(try back.linkAndExport(out: workspace.out))
        guard case .incremental(1, 0, _) = again.lineage else { Issue.record("\(again.lineage)"); return }
        let restored = try workspace.links()
        #expect(Set(restored.keys) == Set(first.keys))
        for (key, score) in restored { if let other = first[key] { #expect(abs(other - score) <= 0.05, "\(key)") } }
    }

    @Test func anIndexRebuiltByANewToolIsLinkedInFull() throws {
        let workspace = try linkedWorkspace()
        let first = try workspace.links()
        // Another build of the tool: the store is emptied and filled again, and what the links were made
        // from goes with them.
        let session = try workspace.session(incremental: true, tool: "test-incremental-2")
        #expect(try session.refresh().indexed == 5)
        #expect(try session.store.blob("lineage-state") == nil)
        #expect(try session.linkAndExport(out: workspace.out)?.lineage == .full)
        #expect(try workspace.links() == first)
    }

    @Test func corpusStatisticsSurviveTheirBinaryForm() throws {
        let workspace = try linkedWorkspace()
        let data = try #require(try Store(path: workspace.db).blob("lineage-statistics"))
        let statistics = try #require(CorpusStatistics(decoding: data))
        #expect(statistics.encoded() == data)
        // 87 measures in the seeds, less the formula and container measures lineage leaves out.
        #expect(statistics.measures > 60 && statistics.measures <= 87)
        #expect(statistics.documents == 5)
        #expect(statistics.entryCount.words > 100 && statistics.entryCount.terms > 100)
        #expect(CorpusStatistics(decoding: data.dropLast()) == nil)
    }
}

extension SeedWorkspace {
    /// A session that takes the incremental path on the five seeds (threshold lowered), or not.
    func session(incremental: Bool, tool: String = "test-incremental") throws -> CorpusSession {
        let session = try session(tool: tool)
        if incremental { session.incrementalLineageAbove = 1; session.incrementalLineageShare = 1 }
        return session
    }

    /// The links of the store, keyed "type from fromMeasure to toMeasure", with their scores.
    func links() throws -> [String: Double] {
        var result: [String: Double] = [:]
        try Store(path: db).forEachLink { link in
            let key = [link.type, link.fromDocument, link.fromMeasure ?? "-", link.toDocument, link.toMeasure ?? "-"].joined(separator: " ")
            result[key] = link.score ?? -1
        }
        return result
    }
}

/// A version added between two versions of a law: their articles were paired directly, and are now paired
/// through it (measure `version` links join consecutive versions only), in an incremental run as in a full one.
@Suite struct VersionChainSessionTests {
    typealias Workspace = SeedWorkspace
    static let old = "foreign-trade-law-2016-11-07", new = "foreign-trade-law-2022-12-30", middle = "foreign-trade-law-2020-06-01"

    /// Measure version links as (later, earlier) document pairs.
    static func measurePairs(_ links: [String: Double]) -> Set<[String]> {
        Set(links.keys.map { $0.split(separator: " ").map(String.init) }
            .filter { $0[0] == "version" && $0[2] != "-" }.map { [$0[1], $0[3]] })
    }

    @Test func aVersionAddedBetweenTwoRelinksBoth() throws {
        let workspace = try Workspace()
        for name in [VersionChainSessionTests.old, VersionChainSessionTests.new] {
            try FileManager.default.copyItem(at: Fixtures.file("diff/real/\(name).md"), to: workspace.corpus.appendingPathComponent("\(name).md"))
        }
        let session = try workspace.session(incremental: true)
        try session.refresh()
        #expect(try session.linkAndExport(out: workspace.out)?.lineage == .full)
        #expect(VersionChainSessionTests.measurePairs(try workspace.links()) == [[VersionChainSessionTests.new, VersionChainSessionTests.old]])

        // A text between them (the 2016 law with a later amendment line in its header: made for the test).
        let text = try String(contentsOf: Fixtures.file("diff/real/\(VersionChainSessionTests.old).md"), encoding: .utf8)
            .replacingOccurrences(of: "<!-- INFO END -->", with: "2020年6月1日 全国人民代表大会常务委员会会议修正\n\n<!-- INFO END -->")
        try Data(text.utf8).write(to: workspace.corpus.appendingPathComponent("\(VersionChainSessionTests.middle).md"))
        let added = try workspace.session(incremental: true)
        #expect(try added.refresh().indexed == 1)
        let result = try #require(try added.linkAndExport(out: workspace.out))
        guard case .incremental(1, 0, _) = result.lineage else { Issue.record("\(result.lineage)"); return }
        let links = try workspace.links()
        #expect(VersionChainSessionTests.measurePairs(links) == [[VersionChainSessionTests.middle, VersionChainSessionTests.old],
                                                                 [VersionChainSessionTests.new, VersionChainSessionTests.middle]])
        #expect(links.keys.contains("version \(VersionChainSessionTests.new) - \(VersionChainSessionTests.old) -"))
        // The laws' links are those of a full analysis. (Links among the seeds may differ: a full analysis weighs
        // words by counts that now include a third copy of the law, an incremental one by the last full run's.)
        let laws = { (keys: Set<String>) in keys.filter { $0.contains("foreign-trade-law") } }
        let full = laws(Set(try IncrementalLineageTests().fullAnalysisLinks(of: workspace.corpus).keys))
        #expect(laws(Set(links.keys)) == full, "only incremental: \(laws(Set(links.keys)).subtracting(full).sorted()); only full: \(full.subtracting(laws(Set(links.keys))).sorted())")
    }
}
