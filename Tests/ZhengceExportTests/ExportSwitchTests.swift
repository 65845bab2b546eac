import Foundation
import Testing
import ZhengceExport

/// The export's switch of files: a half-done switch is finished, stale temporaries removed.
@Suite struct ExportSwitchTests {
    private func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("zhengce-switch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    private func text(_ url: URL) throws -> String { try String(contentsOf: url, encoding: .utf8) }

    @Test func aSwitchKilledBetweenRenamesIsFinishedByTheNextRun() throws {
        let out = try folder()
        defer { try? FileManager.default.removeItem(at: out) }
        // The state kill -9 left after the first of three renames: zhengce.json new, the others old,
        // their new versions still under temporary names, the journal in place.
        try "new json".write(to: out.appendingPathComponent("zhengce.json"), atomically: false, encoding: .utf8)
        try "old jsonld".write(to: out.appendingPathComponent("zhengce.jsonld"), atomically: false, encoding: .utf8)
        try "old ndjson".write(to: out.appendingPathComponent("zhengce.ndjson"), atomically: false, encoding: .utf8)
        try "new jsonld".write(to: out.appendingPathComponent(".zhengce.jsonld.4242.tmp"), atomically: false, encoding: .utf8)
        try "new ndjson".write(to: out.appendingPathComponent(".zhengce.ndjson.4242.tmp"), atomically: false, encoding: .utf8)
        try ".zhengce.json.4242.tmp\tzhengce.json\n.zhengce.jsonld.4242.tmp\tzhengce.jsonld\n.zhengce.ndjson.4242.tmp\tzhengce.ndjson\n"
            .write(to: out.appendingPathComponent(ExportSwitch.journalName), atomically: false, encoding: .utf8)
        try ExportSwitch.recover(out)
        #expect(try text(out.appendingPathComponent("zhengce.json")) == "new json")
        #expect(try text(out.appendingPathComponent("zhengce.jsonld")) == "new jsonld")
        #expect(try text(out.appendingPathComponent("zhengce.ndjson")) == "new ndjson")
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).sorted() == ["zhengce.json", "zhengce.jsonld", "zhengce.ndjson"])
    }

    @Test func staleTemporaryFilesOfDeadRunsAreRemovedOthersKept() throws {
        let out = try folder()
        defer { try? FileManager.default.removeItem(at: out) }
        let dead = ".zhengce.json.2147480000.tmp"    // no such process
        let alive = ".zhengce.json.\(ProcessInfo.processInfo.processIdentifier).tmp"
        let foreign = ".notes.123.tmp"               // not ours
        for name in [dead, alive, foreign] { try "x".write(to: out.appendingPathComponent(name), atomically: false, encoding: .utf8) }
        try ExportSwitch.write([("zhengce.json", Data("{}\n".utf8))], into: out)
        let names = Set(try FileManager.default.contentsOfDirectory(atPath: out.path))
        #expect(!names.contains(dead))
        #expect(names.contains(foreign))
        #expect(names.contains("zhengce.json") && !names.contains(ExportSwitch.journalName))
        #expect(try text(out.appendingPathComponent("zhengce.json")) == "{}\n")
    }
}
