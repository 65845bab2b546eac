import Foundation
import Testing
import TestSupport
import ZhengceDocument
@testable import ZhengceStore

/// The five seed documents' ids.
private enum Seed {
    static let national2015 = "guobanfa-2015-46-cross-border-ecommerce-guidance"
    static let national2021 = "guobanfa-2021-24-new-forms-of-foreign-trade"
    static let shanghai = "hushangmaofa-2023-183-shanghai-cross-border-ecommerce-action-plan"
    static let mofcom = "shangmaofa-2024-125-mofcom-cross-border-ecommerce-overseas-warehouses"
    static let sichuan = "sichuan-2024-cross-border-ecommerce-action-plan-draft"
    static let all: Set<String> = [national2015, national2021, shanghai, mofcom, sichuan]
}

/// True once the document parser finds measures in the seeds (these tests need it).
private let parserFindsMeasures: Bool = {
    let url = Fixtures.corpus.appendingPathComponent(Seed.mofcom + ".txt")
    return ((try? DocumentParser().parse(fileAt: url))?.measures.isEmpty == false)
}()

private struct Hits: Decodable {
    struct Hit: Decodable {
        var measure: String
        var document: String
        var title: String
        var score: Double
        var snippet: Snippet
        var responsible: [HitResponsibility]
    }
    var query: String
    var total: Int
    var hits: [Hit]
}

/// A scratch folder holding a copy of the seed corpus, like a fresh clone.
private final class FreshClone {
    let folder: URL
    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("zhengce-clone-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Fixtures.corpus, to: folder.appendingPathComponent("Corpus"))
    }
    deinit { try? FileManager.default.removeItem(at: folder) }

    func query(_ arguments: [String]) throws -> (status: Int32, hits: Hits?, out: String, err: String) {
        let run = try Run.run(["query"] + arguments + ["--format", "json", "--limit", "500"], in: folder)
        let hits = try? JSONDecoder().decode(Hits.self, from: Data(run.out.utf8))
        return (run.status, hits, run.out, run.err)
    }
}

/// The highlighted strings of a hit (offsets are into the measure text; the snippet is a slice of it).
private func marked(_ hit: Hits.Hit) -> [String] {
    hit.snippet.highlights.map { slice(hit.snippet.text, $0.start - hit.snippet.start, $0.end - hit.snippet.start) }
}

@Suite(.serialized, .enabled(if: parserFindsMeasures, "needs the document parser to find measures"))
struct CorpusEndToEndTests {
    @Test func queryOnAFreshCloneFindsOverseasWarehousesInAllFiveSeeds() throws {
        let clone = try FreshClone()
        let result = try clone.query(["海外仓"])
        #expect(result.status == 0, "\(result.err)")
        let hits = try #require(result.hits)
        #expect(Set(hits.hits.map(\.document)) == Seed.all)
        #expect(hits.total == hits.hits.count)
        // Every hit shows 海外仓 in its snippet, marked.
        for hit in hits.hits { #expect(marked(hit).contains("海外仓"), "\(hit.measure)") }
        // Ranked: scores never increase.
        for (a, b) in zip(hits.hits, hits.hits.dropFirst()) { #expect(a.score >= b.score) }
        // The 2015 guidance mentions 海外仓 once (in its first measure, 一、支持国内企业…).
        #expect(hits.hits.filter { $0.document == Seed.national2015 }.count == 1)
        // The index was built where a user expects it.
        #expect(FileManager.default.fileExists(atPath: clone.folder.appendingPathComponent("Output/zhengce.sqlite").path))
    }

    @Test func regionStatusAndYearFilters() throws {
        let clone = try FreshClone()
        let shanghai = try #require(try clone.query(["海外仓", "--region", "上海市"]).hits)
        #expect(!shanghai.hits.isEmpty)
        #expect(Set(shanghai.hits.map(\.document)) == [Seed.shanghai])

        let draft = try #require(try clone.query(["海外仓", "--status", "draft"]).hits)
        #expect(Set(draft.hits.map(\.document)) == [Seed.sichuan])

        let early = try #require(try clone.query(["海外仓", "--year", "2015-2021"]).hits)
        #expect(Set(early.hits.map(\.document)) == [Seed.national2015, Seed.national2021])
        // The Sichuan draft is undated: outside every year range.
        let late = try #require(try clone.query(["海外仓", "--year", "2023-"]).hits)
        #expect(Set(late.hits.map(\.document)) == [Seed.shanghai, Seed.mofcom])

        let byNumber = try #require(try clone.query(["海外仓", "--doc", "商贸发〔2024〕125号"]).hits)
        #expect(Set(byNumber.hits.map(\.document)) == [Seed.mofcom])
    }

    @Test func tableOutputMarksMatchesAndNothingFoundExitsOne() throws {
        let clone = try FreshClone()
        let table = try Run.run(["query", "海外仓", "--limit", "3"], in: clone.folder)
        #expect(table.status == 0, "\(table.err)")
        #expect(table.out.contains("«海外仓»"))
        #expect(!table.out.contains("\u{1B}["))
        let none = try Run.run(["query", "潜水艇鲸鱼"], in: clone.folder)
        #expect(none.status == 1)
        #expect(none.err.contains("no measures match"))
    }

    @Test func hostileQueriesGetAClearMessage() throws {
        let clone = try FreshClone()
        for query in ["", "，。", "-海外仓", String(repeating: "海", count: 10_000)] {
            let run = try Run.run(["query", query], in: clone.folder)
            #expect(run.status == 64, "\(query.prefix(10)): \(run.err)")
            #expect(run.err.hasPrefix("zhengce: "))
            #expect(!run.err.lowercased().contains("sqlite"))
        }
        for query in ["NEAR(海外仓 建设)", "海外仓*", "\"海外仓", "title:海外仓", "^海外仓 OR OR"] {
            let run = try Run.run(["query", query], in: clone.folder)
            #expect(run.status == 0 || run.status == 1, "\(query): \(run.err)")
            #expect(!run.err.lowercased().contains("sqlite"))
        }
    }

    @Test func indexIsIncrementalOnTheSeeds() throws {
        let clone = try FreshClone()
        let db = clone.folder.appendingPathComponent("x.sqlite").path
        let first = try Run.run(["index", "--db", db], in: clone.folder)
        #expect(first.status == 0, "\(first.err)")
        #expect(first.out.hasPrefix("indexed 5, unchanged 0, removed 0, failed 0 (5 documents, "))
        let second = try Run.run(["index", "--db", db], in: clone.folder)
        #expect(second.out.hasPrefix("indexed 0, unchanged 5, removed 0, failed 0 (5 documents, "))
        try FileManager.default.removeItem(at: clone.folder.appendingPathComponent("Corpus/\(Seed.national2015).txt"))
        let third = try Run.run(["index", "--db", db], in: clone.folder)
        #expect(third.out.hasPrefix("indexed 0, unchanged 4, removed 1, failed 0 (4 documents, "))
    }
}
