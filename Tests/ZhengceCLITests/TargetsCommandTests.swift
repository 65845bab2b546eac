import Foundation
import TestSupport
import Testing

/// `zhengce targets` on the seed corpus, run as a user would. Expected values were read from the texts:
/// 国办发〔2021〕24号 （七） "到2025年，力争培育100家左右…优秀海外仓企业" (商务部 leads) and （十） "10家左右"; the
/// Sichuan draft's 总体要求 (a framing section, no measure) "年均10%以上的增速，到2027年底交易规模超过1600亿元"
/// and its measure 21. "打造2—3个…每年培训规模不少于2000人次…成立3—5个".
@Suite struct TargetsCommandTests {
    func run(_ arguments: [String]) throws -> CommandOutput {
        try runZhengce(["targets", "--corpus", Fixtures.corpus.path] + arguments)
    }

    @Test func listsEveryTargetWithFramingSectionsAsTheDocument() throws {
        let result = try run([])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.last == "7 target(s) in 2 document(s)")
        #expect(lines.contains("国办发〔2021〕24号  二、（七）  100家左右  [about 100 家, by 2025 (sentence)]  优秀海外仓企业"))
        #expect(lines.contains { $0.contains("(document)  超过1600亿元  [atLeast 1600 亿元, by 2027 (clause)]") })
        #expect(lines.contains { $0.contains("二、（七）21.  2—3个  [between 2–3 个]") })
    }

    @Test func filtersByYearDepartmentAndUnitInJSON() throws {
        let byYear = try run(["--year", "2020-2025", "--format", "json"])
        #expect(byYear.status == 0, "\(byYear.stderr)")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(byYear.stdout.utf8)) as? [[String: Any]])
        #expect(rows.count == 2)
        let first = try #require(rows.first?["target"] as? [String: Any])
        #expect(first["value"] as? Double == 100 && first["unit"] as? String == "家" && first["year"] as? Int == 2025)
        #expect(first["counted"] as? String == "优秀海外仓企业" && first["deadline"] as? String == "到2025年")
        #expect((rows.first?["departments"] as? [String])?.first == "商务部")

        let money = try run(["--unit", "元"])
        #expect(money.stdout.contains("超过1600亿元") && money.stdout.hasSuffix("1 target(s) in 1 document(s)\n"))
        let edu = try run(["--dept", "教育厅"])
        #expect(edu.stdout.hasSuffix("3 target(s) in 1 document(s)\n"), "\(edu.stdout)")
    }

    @Test func nothingFoundExitsOneAndBadYearIsAUsageError() throws {
        #expect(try run(["--year", "2030"]).status == 1)
        #expect(try run(["--year", "next"]).status == 64)
    }
}
