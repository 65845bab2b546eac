import Foundation
import Testing
import ZhengceExport

@Suite struct ExportWriteTests {
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("zhengce-export-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func writesEveryFormatAndLeavesNoTemporaryFiles() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let summary = try Exporter().write(ExportSample.input, formats: ExportFormat.allCases, to: folder.appendingPathComponent("out"))
        #expect(summary.files.map(\.lastPathComponent) == ["zhengce.json", "zhengce.jsonld", "zhengce.ndjson"])
        #expect(summary.counts["measures"] == 3)
        #expect(summary.counts["links"] == 4)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("out").path).sorted()
        #expect(names == ["zhengce.json", "zhengce.jsonld", "zhengce.ndjson"])
        let written = try String(contentsOf: summary.files[1], encoding: .utf8)
        #expect(written == (try ExportTesting.render(.jsonld)))
    }

    @Test func aFailedExportLeavesEarlierOutputAlone() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Exporter().write(ExportSample.input, formats: [.json], to: folder)
        let before = try Data(contentsOf: folder.appendingPathComponent("zhengce.json"))
        let broken = ExportInput(documents: [ExportSample.national, ExportSample.national])
        #expect(throws: ExportError.duplicateDocumentID("shangmaofa-2024-125")) {
            try Exporter().write(broken, formats: [.json], to: folder)
        }
        #expect(throws: ExportError.self) {
            try Exporter(options: ExportOptions(base: "not an iri")).write(ExportSample.input, formats: [.json], to: folder)
        }
        #expect(try Data(contentsOf: folder.appendingPathComponent("zhengce.json")) == before)
    }

    @Test func anOutputPathThatIsAFileIsAClearError() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("taken")
        try Data("x".utf8).write(to: file)
        #expect {
            try Exporter().write(ExportSample.input, formats: [.json], to: file)
        } throws: { error in
            guard case ExportError.unwritable(let path, _)? = error as? ExportError else { return false }
            return path.hasSuffix("taken")
        }
        #expect(try String(contentsOf: file, encoding: .utf8) == "x")
    }
}
