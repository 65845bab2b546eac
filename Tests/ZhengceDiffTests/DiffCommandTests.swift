import Foundation
import Testing
import TestSupport

/// End-to-end: runs the built `zhengce diff` on the fixture law pair.
@Suite(.enabled(if: FileManager.default.isExecutableFile(atPath: Fixtures.executable.path)))
struct DiffCommandTests {
    static let old = Fixtures.file("diff/trade-law-2020.txt").path
    static let new = Fixtures.file("diff/trade-law-2024.txt").path

    static func run(_ arguments: [String]) throws -> (status: Int32, out: String, err: String) {
        let result = try runZhengce(["diff"] + arguments)
        return (result.status, result.stdout, result.stderr)
    }

    @Test func jsonReportsTheInsertedArticleAndRenumbering() throws {
        let r = try Self.run([Self.old, Self.new, "--format", "json"])
        #expect(r.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [String: Any])
        let summary = try #require(json["summary"] as? [String: Int])
        #expect(summary["added"] == 1)
        #expect(summary["renumbered"] == 3)
        #expect(summary["modified"] == 1)
        #expect(summary["removed"] == 0)
        let changes = try #require(json["changes"] as? [[String: Any]])
        let added = try #require(changes.first { $0["kind"] as? String == "added" })
        #expect((added["new"] as? [String: Any])?["label"] as? String == "第四条")
        let modified = try #require(changes.first { $0["kind"] as? String == "modified" })
        let runs = try #require(modified["text"] as? [[String: String]])
        let deleted = runs.filter { $0["op"] == "delete" }.map { $0["text"]! }
        let inserted = runs.filter { $0["op"] == "insert" }.map { $0["text"]! }
        #expect(deleted.count == 2 && inserted.count == 2)
        #expect(deleted.first?.contains("一万") == true && deleted.last?.contains("五万") == true)
        #expect(inserted.first?.contains("二万") == true && inserted.last?.contains("十万") == true)
        #expect(runs.filter { $0["op"] == "equal" }.contains { $0["text"]!.contains("以上") })
    }

    @Test func exitCodes() throws {
        #expect(try Self.run([Self.old, Self.new, "--exit-code"]).status == 1)
        #expect(try Self.run([Self.old, Self.old, "--exit-code"]).status == 0)
        let binary = try Self.run([Fixtures.file("diff/binary.bin").path, Self.new])
        #expect(binary.status == 2)
        #expect(binary.err.contains("binary"))
        let missing = try Self.run(["no-such-document.txt", Self.new])
        #expect(missing.status == 2)
        #expect(missing.err.contains("no-such-document.txt"))
    }

    @Test func htmlIsSelfContainedAndEscaped() throws {
        let r = try Self.run([Self.old, Self.new, "--format", "html"])
        #expect(r.status == 0)
        #expect(r.out.hasPrefix("<!DOCTYPE html>"))
        #expect(r.out.contains("<ins>二万"))
        #expect(r.out.contains("<del>一万"))
        #expect(!r.out.contains("http://") && !r.out.contains("https://") && !r.out.contains("<script"))
    }

    @Test func textWithoutColourWhenNotATerminal() throws {
        let r = try Self.run([Self.old, Self.new])
        #expect(!r.out.contains("\u{1B}["))
        #expect(r.out.contains("# renumbered 第四条 → 第五条"))
        #expect(r.out.contains("[-一万"))
        #expect(r.out.contains("{+二万"))
    }

    static func summary(_ arguments: [String]) throws -> [String: Int] {
        let r = try run(arguments + ["--format", "json"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [String: Any])
        return try #require(json["summary"] as? [String: Int])
    }

    @Test func planDraftToFinalAndBack() throws {
        let draft = Fixtures.file("diff/plan-draft.txt").path, final = Fixtures.file("diff/plan-final.txt").path
        let forward = try Self.summary([draft, final])
        #expect(forward["added"] == 1)       // （二）打造产业带
        #expect(forward["renumbered"] == 2)  // （三）→（四）, （四）→（五）
        #expect(forward["merged"] == 1)      // 保障措施 （一）+（二）
        #expect(forward["removed"] == 0)
        let backward = try Self.summary([final, draft])
        #expect(backward["removed"] == 1)
        #expect(backward["renumbered"] == 2)
        #expect(backward["split"] == 1)
        #expect(backward["added"] == 0)
        #expect(backward["modified"] == forward["modified"])
        let text = try Self.run([draft, final]).out
        #expect(text.contains("[-30-]{+50+}"))
        #expect(text.contains("[-800-]{+1000+}"))
    }

    @Test func planDepartmentAndTargetChanges() throws {
        let r = try Self.run([Fixtures.file("diff/plan-draft.txt").path, Fixtures.file("diff/plan-final.txt").path, "--format", "json"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [String: Any])
        let changes = try #require(json["changes"] as? [[String: Any]])
        let metadata = try #require(json["metadata"] as? [[String: String]])
        #expect(metadata.contains { $0["field"] == "status" && $0["old"] == "draft" && $0["new"] == "final" })
        let warehouse = try #require(changes.first { ($0["new"] as? [String: Any])?["title"] as? String == "建设海外仓" })
        #expect(warehouse["kind"] as? String == "modified")
        #expect((warehouse["old"] as? [String: Any])?["label"] as? String == "（二）")
        #expect((warehouse["new"] as? [String: Any])?["label"] as? String == "（三）")
        let departments = try #require(warehouse["departments"] as? [String: Any])
        #expect(departments["removed"] as? [String] == ["省交通运输厅"])
        let targets = try #require(warehouse["targets"] as? [[String: Any]])
        #expect(targets.first?["oldValue"] as? Double == 30 && targets.first?["newValue"] as? Double == 50)
        let goals = try #require(changes.first { ($0["new"] as? [String: Any])?["label"] as? String == "一、" })
        let goalTargets = try #require(goals["targets"] as? [[String: Any]])
        #expect(goalTargets.first?["oldValue"] as? Double == 800 && goalTargets.first?["newValue"] as? Double == 1000)
    }
}
