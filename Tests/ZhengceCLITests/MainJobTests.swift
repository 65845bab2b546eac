import Foundation
import TestSupport
import Testing

/// The README's main job, `zhengce index`, on Corpus/: index, lineage links and the export.
@Suite struct MainJobTests {
    @Test func indexLeavesTheCommittedExportAndAnIndex() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("zhengce-main-job-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: out) }
        let db = out.appendingPathComponent("zhengce.sqlite").path
        let result = try runZhengce(["index", "--corpus", Fixtures.corpus.path, "--db", db])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        // Five seed documents; 87 measures counted by reading them (21 + 18 + 22 + 15 + 11).
        #expect(result.stdout.contains("(5 documents, 87 measures)"))
        #expect(result.stdout.contains("exported 5 documents, 87 measures"))
        for name in ["zhengce.json", "zhengce.jsonld", "zhengce.ndjson"] {
            let fresh = try Data(contentsOf: out.appendingPathComponent(name))
            let committed = try Data(contentsOf: Fixtures.repositoryRoot.appendingPathComponent("Output").appendingPathComponent(name))
            #expect(fresh == committed, "\(name) differs from Output/\(name): re-run 'zhengce index' and review the diff")
        }
        #expect(FileManager.default.fileExists(atPath: db))
    }

    @Test func noExportOnlyIndexesAndQueriesStillWork() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("zhengce-main-job-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: out) }
        let db = out.appendingPathComponent("zhengce.sqlite").path
        _ = try runZhengce(["index", "--corpus", Fixtures.corpus.path, "--db", db, "--no-export"])
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("zhengce.json").path))
        let query = try runZhengce(["query", "先查验后装运", "--db", db, "--corpus", Fixtures.corpus.path, "--format", "json"])
        #expect(query.status == 0)
        // 先查验后装运 is written in 商贸发〔2024〕125号 （十一） and in the Sichuan draft's measure 17, nowhere else.
        #expect(query.stdout.contains("\"total\" : 2") || query.stdout.contains("\"total\":2"), "\(query.stdout.prefix(300))")
        for id in ["shangmaofa-2024-125-mofcom-cross-border-ecommerce-overseas-warehouses/", "sichuan-2024-cross-border-ecommerce-action-plan-draft/2.6.17"] {
            #expect(query.stdout.contains(id), "\(id) missing from \(query.stdout.prefix(300))")
        }
    }
}
