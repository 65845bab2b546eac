import Foundation
import Testing
import ZhengceDocument
@testable import ZhengceExport

/// The streamed export (record by record, JSON-LD nodes spilled and copied out in @id order)
/// gives the bytes of the whole value built in memory and serialized at once.
@Suite struct ExportStreamingTests {
    @Test func streamedJSONLDEqualsTheGraphBuiltInMemory() throws {
        for options in [ExportOptions(), ExportOptions(generatedAt: "2024-01-01T00:00:00Z", allDepartments: true)] {
            let catalog = try ExportCatalog(input: ExportSample.input, options: options)
            let whole = try JSONLDExporter(catalog: catalog).export().serialized(.pretty) + "\n"
            #expect(try Exporter(options: options).render(ExportSample.input, as: .jsonld) == whole)
        }
    }

    @Test func streamedFilesEqualTheRenderedText() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("zhengce-stream-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try Exporter().write(ExportSample.input, formats: ExportFormat.allCases, to: folder)
        for format in ExportFormat.allCases {
            let written = try String(contentsOf: folder.appendingPathComponent(format.fileName), encoding: .utf8)
            #expect(written == (try Exporter().render(ExportSample.input, as: format)))
        }
        // No temporary or spill file is left behind.
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(names == ExportFormat.allCases.map(\.fileName).sorted())
    }

    @Test func anEmptyArrayAndObjectStreamAsTheWholeValueWouldBe() throws {
        let sink = JSONSink()
        var root = JSONObjectStream(sink, indent: 0)
        try root.key("a")
        try JSONArrayStream(sink, indent: 1).close()
        try root.key("b")
        var array = JSONArrayStream(sink, indent: 1)
        try array.append(.int(1))
        try array.append(.object(["x": .string("y")]))
        try array.close()
        try root.member("c", .object([:]))
        try root.close()
        let whole = JSONValue.object(["a": .array([]), "b": .array([.int(1), .object(["x": .string("y")])]), "c": .object([:])])
        #expect(String(decoding: try sink.finish(), as: UTF8.self) == whole.serialized(.pretty))
    }
}
