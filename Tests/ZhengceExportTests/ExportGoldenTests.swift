import Foundation
import Testing
import TestSupport
import ZhengceDocument
import ZhengceExport

/// Golden files: the sample export under Tests/Fixtures/export/sample (read by scripts/check-export),
/// and the committed export of the seed corpus in Output/. Re-record the sample on purpose with
/// `RECORD_EXPORT=1 swift test --filter ZhengceExportTests` and review the diff.
@Suite struct ExportGoldenTests {
    static let sampleFolder = Fixtures.repositoryRoot.appendingPathComponent("Tests/Fixtures/export/sample")
    static let outputFolder = Fixtures.repositoryRoot.appendingPathComponent("Output")
    static var recording: Bool { ProcessInfo.processInfo.environment["RECORD_EXPORT"] != nil }
    static var outputPresent: Bool {
        ExportFormat.allCases.allSatisfy { FileManager.default.fileExists(atPath: outputFolder.appendingPathComponent($0.fileName).path) }
    }

    @Test(arguments: ExportFormat.allCases)
    func sampleExportMatchesItsGoldenFile(format: ExportFormat) throws {
        let url = Self.sampleFolder.appendingPathComponent(format.fileName)
        let fresh = try ExportTesting.render(format)
        if Self.recording {
            try FileManager.default.createDirectory(at: Self.sampleFolder, withIntermediateDirectories: true)
            try fresh.write(to: url, atomically: true, encoding: .utf8)
        }
        let golden = try String(contentsOf: url, encoding: .utf8)
        #expect(fresh == golden, "\(format.fileName) differs from its golden file; re-record with RECORD_EXPORT=1 if intended")
    }

    /// Runs the built `zhengce export` on Corpus/ and compares each file byte for byte with Output/.
    @Test(.enabled(if: ExportGoldenTests.outputPresent,
                   "skipped: Output/zhengce.json, .jsonld and .ndjson are not committed yet (run `zhengce export` on Corpus/ and commit Output/)"))
    func corpusExportMatchesTheCommittedOutput() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("zhengce-golden-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CommandRun.zhengce(["export", "--corpus", Fixtures.corpus.path, "--out", folder.path])
        #expect(result.status == 0, "\(result.stderr)")
        for format in ExportFormat.allCases {
            let fresh = try Data(contentsOf: folder.appendingPathComponent(format.fileName))
            let committed = try Data(contentsOf: Self.outputFolder.appendingPathComponent(format.fileName))
            #expect(fresh == committed, "Output/\(format.fileName) is stale: regenerate with `zhengce export` and commit it")
        }
    }

    @Test func seedCorpusExportValidatesAndResolves() throws {
        let loaded = try Corpus(folder: Fixtures.corpus).load()
        let input = ExportInput(documents: loaded.documents)
        let json = try JSONValue(parsing: Exporter().render(input, as: .json))
        #expect(SchemaValidator(root: try ExportTesting.schema).errors(in: json) == [])
        #expect(json["documents"]?.arrayValue?.count == loaded.documents.count)
        let guobanfa = ExportTesting.record(json, "documents", "id", "guobanfa-2015-46-cross-border-ecommerce-guidance")
        #expect(guobanfa?["iri"]?.stringValue == "https://zhengce.example/doc/国办发〔2015〕46号")
        let graph = LinkedGraph(try JSONValue(parsing: Exporter().render(input, as: .jsonld)))
        #expect(Set(graph.ids).count == graph.ids.count)
        for (id, node) in graph.nodes {
            for term in node.keys where graph.isReference(term) {
                for target in graph.values(id, term) { #expect(graph.nodes[target] != nil, "\(id) \(term) → \(target)") }
            }
        }
        let lines = try Exporter().render(input, as: .ndjson).split(separator: "\n")
        #expect(lines.count == loaded.documents.reduce(0) { $0 + $1.measures.count })
    }
}

/// Runs the built `zhengce` executable.
enum CommandRun {
    static var available: Bool { FileManager.default.isExecutableFile(atPath: Fixtures.executable.path) }

    static func zhengce(_ arguments: [String]) throws -> CommandOutput {
        try runZhengce(arguments, in: FileManager.default.temporaryDirectory)
    }
}

@Suite(.enabled(if: CommandRun.available, "skipped: the zhengce executable is not built"))
struct ExportCommandTests {
    @Test func exportWritesTheRequestedFormat() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("zhengce-cli-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CommandRun.zhengce(["export", "--format", "jsonld", "--corpus", Fixtures.corpus.path, "--out", folder.path])
        #expect(result.status == 0)
        #expect(result.stdout.contains("wrote \(folder.path)/zhengce.jsonld"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["zhengce.jsonld"])
    }

    @Test func usageAndRuntimeErrorsExitWithTheirCodes() throws {
        let badBase = try CommandRun.zhengce(["export", "--base", "not-an-iri", "--out", "/nonexistent/never"])
        #expect(badBase.status == 64)
        #expect(badBase.stderr.contains("not absolute"))
        let badFormat = try CommandRun.zhengce(["export", "--format", "xml"])
        #expect(badFormat.status == 64)
        let missing = try CommandRun.zhengce(["export", "--corpus", "/nonexistent/corpus", "--out", "/nonexistent/out"])
        #expect(missing.status == 2)
        #expect(missing.stderr.hasPrefix("zhengce: "))
        #expect(missing.stderr.split(separator: "\n").count == 1)
    }
}
