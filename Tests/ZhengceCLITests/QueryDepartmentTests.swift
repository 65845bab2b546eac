import Foundation
import TestSupport
import Testing

/// Regression: `query --dept 国家外汇局 --counterparts` found only the national measures, because a
/// short form was not expanded to its registry entry before counterparts were added.
@Suite struct QueryDepartmentTests {
    @Test func shortFormWithCounterpartsReachesLocalBranches() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("zhengce-query-dept-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: out) }
        let db = out.appendingPathComponent("zhengce.sqlite").path
        let result = try runZhengce(["query", "--dept", "国家外汇局", "--counterparts", "--format", "json",
                                     "--corpus", Fixtures.corpus.path, "--db", db])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let hits = try #require(json["hits"] as? [[String: Any]])
        let documents = Dictionary(grouping: hits.compactMap { $0["document"] as? String }, by: { $0 }).mapValues(\.count)
        // Counted in the texts: 国家外汇局 in 7 clauses of 国办发〔2021〕24号, 国家外汇管理局上海市分局 in 4 of the
        // Shanghai plan, 省外汇管理局 in 2 of the Sichuan draft.
        #expect(json["total"] as? Int == 13)
        #expect(documents["guobanfa-2021-24-new-forms-of-foreign-trade"] == 7)
        #expect(documents["hushangmaofa-2023-183-shanghai-cross-border-ecommerce-action-plan"] == 4)
        #expect(documents["sichuan-2024-cross-border-ecommerce-action-plan-draft"] == 2)
    }
}
