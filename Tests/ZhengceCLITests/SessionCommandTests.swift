import Foundation
import TestSupport
import Testing

/// After `zhengce index --corpus DIR`, the other commands run in the same folder read DIR
/// through the index, without --corpus.
@Suite struct SessionCommandTests {
    @Test func commandsInTheIndexFolderUseItsCorpus() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("zhengce-session-cli-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let corpus = folder.appendingPathComponent("seeds")
        try FileManager.default.copyItem(at: Fixtures.corpus, to: corpus)
        let index = try runZhengce(["index", "--corpus", corpus.path], in: folder)
        #expect(index.status == 0, "\(index.stderr)")
        #expect(index.stdout.contains("done in "))
        // Nothing changed: lineage and export are skipped.
        let again = try runZhengce(["index"], in: folder)
        #expect(again.stdout.contains("indexed 0, unchanged 5"))
        #expect(again.stdout.contains("lineage and export skipped"))

        let docs = try runZhengce(["docs"], in: folder)
        #expect(docs.status == 0, "\(docs.stderr)")
        // The five seeds, one row each (ids are the file names).
        #expect(docs.stdout.contains("guobanfa-2021-24-new-forms-of-foreign-trade"))
        #expect(docs.stdout.split(separator: "\n").count == 6)
        #expect(docs.stderr.contains("corpus: \(corpus.standardizedFileURL.path)"))
        // 国办发〔2021〕24号 （七） is 培育一批优秀海外仓企业 (read in the document).
        let show = try runZhengce(["show", "国办发[2021]24号", "（七）"], in: folder)
        #expect(show.stdout.contains("培育一批优秀海外仓企业"), "\(show.stderr)")
        let query = try runZhengce(["query", "先查验后装运", "--format", "json"], in: folder)
        #expect(query.status == 0)
        #expect(query.stdout.contains("sichuan-2024-cross-border-ecommerce-action-plan-draft/2.6.17"))
        let lineage = try runZhengce(["lineage"], in: folder)
        #expect(lineage.status == 0)
        #expect(lineage.stdout.contains("商贸发〔2024〕125号"))
        // A matrix of a document nothing takes up says so instead of printing rows of empty cells (the Shanghai plan
        // has no child among the seeds).
        let empty = try runZhengce(["lineage", "沪商贸发〔2023〕183号", "--matrix"], in: folder)
        #expect(empty.status == 0)
        #expect(empty.stdout.contains("No corpus document derives from it"))
        #expect(!empty.stdout.contains("|"))
        // diff finds documents named by 发文字号 in the same corpus (the Shanghai plan predates 125号; they differ).
        let diff = try runZhengce(["diff", "沪商贸发〔2023〕183号", "商贸发〔2024〕125号", "--format", "json"], in: folder)
        #expect(diff.status == 0, "\(diff.stderr)")
        #expect(diff.stdout.contains("商贸发〔2024〕125号"))
        let export = try runZhengce(["export", "--out", "ex", "--format", "ndjson"], in: folder)
        #expect(export.status == 0)
        #expect(export.stdout.contains("87 measures"))

        // A file edited is picked up by the next command.
        let file = corpus.appendingPathComponent("guobanfa-2015-46-cross-border-ecommerce-guidance.txt")
        try FileManager.default.removeItem(at: file)
        let fewer = try runZhengce(["docs"], in: folder)
        #expect(fewer.stdout.split(separator: "\n").count == 5)
        #expect(!fewer.stdout.contains("guobanfa-2015-46"))
    }
}
