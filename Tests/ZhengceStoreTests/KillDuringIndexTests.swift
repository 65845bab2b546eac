import Foundation
import GRDB
import Testing
import TestSupport
import ZhengceDocument
@testable import ZhengceStore

/// Runs the built `zhengce` binary.
struct Run {
    let process: Process
    let stdout: Pipe
    let stderr: Pipe

    static func start(_ arguments: [String], in directory: URL? = nil) throws -> Run {
        let process = Process()
        process.executableURL = Fixtures.executable
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        process.environment = environment
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        return Run(process: process, stdout: out, stderr: err)
    }

    /// Runs to the end: exit status, stdout, stderr.
    static func run(_ arguments: [String], in directory: URL? = nil) throws -> (status: Int32, out: String, err: String) {
        let run = try start(arguments, in: directory)
        let out = run.stdout.fileHandleForReading.readDataToEndOfFile()
        let err = run.stderr.fileHandleForReading.readDataToEndOfFile()
        run.process.waitUntilExit()
        return (run.process.terminationStatus, String(decoding: out, as: UTF8.self), String(decoding: err, as: UTF8.self))
    }
}

/// A policy-like document with numbered measures, long enough to make indexing take a while.
func syntheticDocument(_ n: Int) -> String {
    var text = "关于推进第\(n)批跨境电商试点的实施方案\n一、重点任务\n"
    let numerals = ["一", "二", "三", "四", "五", "六", "七", "八"]
    for (i, numeral) in numerals.enumerated() {
        text += "（\(numeral)）加快第\(n)号海外仓建设。支持企业在重点市场布局海外仓，完善跨境物流体系，"
        text += String(repeating: "推动外贸新业态新模式健康发展，提高通关便利化水平，", count: 6)
        text += "到2025年建成\(i + 3)个示范项目。（商务部牵头，海关总署配合）\n"
    }
    return text
}

/// After a killed run: the index opens, is consistent, holds one of the expected numbers of
/// documents, and every stored document has all its measures (documents are written whole).
private func expectUsableAfterKill(_ path: String, documents allowed: [Int]) throws {
    let store = try Store(path: path)
    try store.checkIntegrity()
    let counts = try store.counts()
    #expect(allowed.contains(counts.documents), "\(counts)")
    _ = try store.search(SearchRequest(text: "海外仓"))
    let perDocument = counts.measures / max(1, counts.documents)
    #expect(perDocument * counts.documents == counts.measures)
    #expect(try store.search(SearchRequest(text: "", filters: SearchFilters(document: "doc1"))).total == perDocument)
}

@Suite(.serialized) struct KillDuringIndexTests {
    @Test func sigkillDuringIndexLeavesAUsableIndex() throws {
        let t = try TemporaryCorpus()
        for n in 0..<3 { try t.write("doc\(n).txt", syntheticDocument(n)) }
        let first = try Run.run(["index", "--corpus", t.corpus.path, "--db", t.dbPath])
        #expect(first.status == 0, "\(first.err)")
        let before = try Store(path: t.dbPath).counts()
        #expect(before.documents == 3)

        // Many more files: the next run has a long transaction to be killed in.
        for n in 3..<600 { try t.write("doc\(n).txt", syntheticDocument(n)) }
        let wal = t.dbPath + "-wal"
        var killedMidRun = false
        for _ in 0..<3 where !killedMidRun {
            let run = try Run.start(["index", "--corpus", t.corpus.path, "--db", t.dbPath])
            let deadline = Date().addingTimeInterval(60)
            // Wait until the run has written well into its transaction, then kill it.
            while run.process.isRunning && Date() < deadline {
                let size = (try? FileManager.default.attributesOfItem(atPath: wal)[.size] as? NSNumber)?.intValue ?? 0
                if size > 1_000_000 { break }
                usleep(2_000)
            }
            if run.process.isRunning {
                kill(run.process.processIdentifier, SIGKILL)
                killedMidRun = true
            }
            run.process.waitUntilExit()

            // The index holds either the old or the new corpus, never a mix.
            try expectUsableAfterKill(t.dbPath, documents: [3, 600])
        }
        #expect(killedMidRun, "indexing finished before it could be killed; make the corpus larger")

        // A later run completes the work.
        let last = try Run.run(["index", "--corpus", t.corpus.path, "--db", t.dbPath])
        #expect(last.status == 0, "\(last.err)")
        let store = try Store(path: t.dbPath)
        #expect(try store.counts().documents == 600)
        try store.checkIntegrity()
    }

    /// A new store is filled in rollback-journal mode (see `Store.init`): a kill during its first
    /// build leaves a store that opens empty, and a completed build leaves it in WAL mode.
    @Test func sigkillDuringTheFirstBuildLeavesAnEmptyUsableStore() throws {
        let t = try TemporaryCorpus()
        for n in 0..<600 { try t.write("doc\(n).txt", syntheticDocument(n)) }
        var killedMidRun = false
        for delay in [1.5, 0.8, 3.0] where !killedMidRun {
            try? FileManager.default.removeItem(atPath: t.dbPath)
            let run = try Run.start(["index", "--corpus", t.corpus.path, "--db", t.dbPath])
            usleep(UInt32(delay * 1_000_000))
            if run.process.isRunning, FileManager.default.fileExists(atPath: t.dbPath) {
                kill(run.process.processIdentifier, SIGKILL)
                killedMidRun = true
            }
            run.process.waitUntilExit()
            try expectUsableAfterKill(t.dbPath, documents: [0, 600])
        }
        #expect(killedMidRun, "the first build finished before it could be killed; make the corpus larger")
        let last = try Run.run(["index", "--corpus", t.corpus.path, "--db", t.dbPath, "--no-export"])
        #expect(last.status == 0, "\(last.err)")
        let queue = try DatabaseQueue(path: t.dbPath)
        #expect(try queue.read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") } == "wal")
        #expect(try Store(path: t.dbPath).counts().documents == 600)
    }
}
