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

    @Test func aFolderOfPartsKilledHalfwayIsFinishedAndAnOldFolderRemoved() throws {
        let out = try folder()
        defer { try? FileManager.default.removeItem(at: out) }
        // kill -9 after the old folder of parts was moved aside, before the new one was renamed in;
        // the journal also lists a folder of parts to remove (the JSON-LD export became one file).
        let fresh = out.appendingPathComponent(".zhengce.json.d.4242.tmp")
        let aside = out.appendingPathComponent(".zhengce.json.d.old.2147480000.tmp")
        let stale = out.appendingPathComponent("zhengce.jsonld.d")
        for folder in [fresh, aside, stale] { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) }
        try "new part".write(to: fresh.appendingPathComponent("0001.json"), atomically: false, encoding: .utf8)
        try "old part".write(to: aside.appendingPathComponent("0001.json"), atomically: false, encoding: .utf8)
        try "old part".write(to: stale.appendingPathComponent("0001.jsonld"), atomically: false, encoding: .utf8)
        try "index".write(to: out.appendingPathComponent("zhengce.json"), atomically: false, encoding: .utf8)
        try ".zhengce.json.d.4242.tmp\tzhengce.json.d\n.zhengce.json.4242.tmp\tzhengce.json\n-\tzhengce.jsonld.d\n"
            .write(to: out.appendingPathComponent(ExportSwitch.journalName), atomically: false, encoding: .utf8)
        try ExportSwitch.recover(out)
        #expect(try text(out.appendingPathComponent("zhengce.json.d/0001.json")) == "new part")
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).sorted() == ["zhengce.json", "zhengce.json.d"])
    }

    @Test func aFolderIsReplacedWholeAndNamedRemovalsGoInTheSameSwitch() throws {
        let out = try folder()
        defer { try? FileManager.default.removeItem(at: out) }
        let parts = out.appendingPathComponent("zhengce.json.d")
        try FileManager.default.createDirectory(at: parts, withIntermediateDirectories: true)
        for name in ["0001.json", "0002.json", "0003.json"] { try "old".write(to: parts.appendingPathComponent(name), atomically: false, encoding: .utf8) }
        try "old".write(to: out.appendingPathComponent("gone.d"), atomically: false, encoding: .utf8)
        try ExportSwitch.write(["zhengce.json.d", "zhengce.json"], into: out, removing: ["gone.d", "never-there.d"]) { index, temporary in
            if index == 0 {
                try FileManager.default.createDirectory(at: temporary, withIntermediateDirectories: true)
                try "new".write(to: temporary.appendingPathComponent("0001.json"), atomically: false, encoding: .utf8)
            } else {
                try "index".write(to: temporary, atomically: false, encoding: .utf8)
            }
        }
        // The old folder's third part does not survive beside the new folder's one part.
        #expect(try FileManager.default.contentsOfDirectory(atPath: parts.path) == ["0001.json"])
        #expect(try text(parts.appendingPathComponent("0001.json")) == "new")
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).sorted() == ["zhengce.json", "zhengce.json.d"])
    }

    @Test func aFailedFolderLeavesTheOldOneAsItWas() throws {
        let out = try folder()
        defer { try? FileManager.default.removeItem(at: out) }
        let parts = out.appendingPathComponent("zhengce.json.d")
        try FileManager.default.createDirectory(at: parts, withIntermediateDirectories: true)
        try "old".write(to: parts.appendingPathComponent("0001.json"), atomically: false, encoding: .utf8)
        struct Failure: Error {}
        #expect(throws: Failure.self) {
            try ExportSwitch.write(["zhengce.json.d", "zhengce.json"], into: out) { index, temporary in
                try FileManager.default.createDirectory(at: temporary, withIntermediateDirectories: true)
                try "half".write(to: temporary.appendingPathComponent("0001.json"), atomically: false, encoding: .utf8)
                throw Failure()
            }
        }
        #expect(try text(parts.appendingPathComponent("0001.json")) == "old")
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path) == ["zhengce.json.d"])
    }
}
