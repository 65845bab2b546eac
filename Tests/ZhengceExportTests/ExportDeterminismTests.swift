import Foundation
import Testing
import ZhengceExport

@Suite struct ExportDeterminismTests {
    @Test(arguments: ExportFormat.allCases)
    func sameInputInAnyOrderGivesTheSameBytes(format: ExportFormat) throws {
        let first = try ExportTesting.render(format)
        let again = try ExportTesting.render(format)
        let sample = ExportSample.input
        let shuffled = ExportInput(documents: [ExportSample.national, ExportSample.sichuan], departments: sample.departments.reversed(),
                                   links: sample.links.reversed())
        #expect(first == again)
        #expect(first == (try ExportTesting.render(shuffled, format)))
        #expect(first.hasSuffix("\n"))
    }

    @Test func noTimestampUnlessGiven() throws {
        let plain = try ExportTesting.parsed(.json)
        #expect(plain["generatedAt"] == .null)
        let stamped = try JSONValue(parsing: ExportTesting.render(.json, options: ExportOptions(generatedAt: "2026-11-23T10:00:00Z")))
        #expect(stamped["generatedAt"]?.stringValue == "2026-11-23T10:00:00Z")
        let graph = try JSONValue(parsing: ExportTesting.render(.jsonld))["@graph"]?.arrayValue ?? []
        #expect(!graph.contains { $0["generatedAt"] != nil })
    }

    @Test func baseIRIIsConfigurableAndTrailingSlashesDoNotMatter() throws {
        let options = ExportOptions(base: "http://data.example.cn/zc/")
        let root = try JSONValue(parsing: ExportTesting.render(.json, options: options))
        let iris = root["documents"]?.arrayValue?.compactMap { $0["iri"]?.stringValue } ?? []
        #expect(iris == ["http://data.example.cn/zc/doc/商贸发〔2024〕125号", "http://data.example.cn/zc/doc/sichuan-2024-draft"])
        #expect(!(try ExportTesting.render(.jsonld, options: options)).contains("zhengce.example/doc"))
    }

    @Test(arguments: ["zhengce.example", "/relative/path", "https://ex ample.org"])
    func relativeOrMalformedBaseIsRefused(base: String) {
        #expect(throws: ExportError.self) { try ExportTesting.render(.json, options: ExportOptions(base: base)) }
    }

    @Test func duplicateDocumentIDsAreRefused() {
        let input = ExportInput(documents: [ExportSample.national, ExportSample.national])
        #expect(throws: ExportError.duplicateDocumentID("shangmaofa-2024-125")) { try Exporter().render(input, as: .json) }
    }

    @Test func emptyInputStillGivesValidOutput() throws {
        let root = try JSONValue(parsing: Exporter().render(ExportInput(documents: []), as: .json))
        #expect(SchemaValidator(root: try ExportTesting.schema).errors(in: root) == [])
        #expect(try Exporter().render(ExportInput(documents: []), as: .ndjson) == "")
    }
}
