import Foundation
import Testing
import TestSupport
import ZhengceExport

/// Shared helpers for the export tests.
enum ExportTesting {
    static let base = "https://zhengce.example"

    static func render(_ input: ExportInput, _ format: ExportFormat,
                       options: ExportOptions = ExportOptions()) throws -> String {
        try Exporter(options: options).render(input, as: format)
    }

    static func render(_ format: ExportFormat, options: ExportOptions = ExportOptions()) throws -> String {
        try render(ExportSample.input, format, options: options)
    }

    static func parsed(_ format: ExportFormat, _ input: ExportInput = ExportSample.input) throws -> JSONValue {
        try JSONValue(parsing: render(input, format))
    }

    static var schema: JSONValue {
        get throws {
            let url = Fixtures.repositoryRoot.appendingPathComponent("schema/zhengce-export.schema.json")
            return try JSONValue(parsing: String(contentsOf: url, encoding: .utf8))
        }
    }

    /// The record of `table` whose `key` is `value`.
    static func record(_ root: JSONValue, _ table: String, _ key: String, _ value: String) -> JSONValue? {
        root[table]?.arrayValue?.first { $0[key]?.stringValue == value }
    }
}

@Suite struct ExportJSONTests {
    @Test func sampleValidatesAgainstThePublishedSchema() throws {
        let errors = SchemaValidator(root: try ExportTesting.schema).errors(in: try ExportTesting.parsed(.json))
        #expect(errors == [])
    }

    @Test func validatorRejectsAMissingMemberAWrongTypeAndAnUnknownMember() throws {
        guard case .object(var root) = try ExportTesting.parsed(.json),
              case .object(var document) = root["documents"]?.arrayValue?.first else { Issue.record("no document"); return }
        document.removeValue(forKey: "iri")
        document["status"] = .string("withdrawn")
        document["colour"] = .string("red")
        root["documents"] = .array([.object(document)])
        root["formatVersion"] = .int(2)
        let errors = SchemaValidator(root: try ExportTesting.schema).errors(in: .object(root))
        #expect(errors.contains("$.documents[0]: missing iri"))
        #expect(errors.contains("$.documents[0].status: not one of the allowed values"))
        #expect(errors.contains("$.documents[0]: unexpected member colour"))
        #expect(errors.contains("$.formatVersion: not the constant value"))
    }

    @Test func documentsGetIRIsFromTheirDocNumberOrTheirID() throws {
        let root = try ExportTesting.parsed(.json)
        let national = ExportTesting.record(root, "documents", "id", "shangmaofa-2024-125")
        #expect(national?["iri"]?.stringValue == "https://zhengce.example/doc/商贸发〔2024〕125号")
        #expect(national?["versions"]?.arrayValue?.first?["iri"]?.stringValue == "https://zhengce.example/doc/商贸发〔2024〕125号/final")
        let draft = ExportTesting.record(root, "documents", "id", "sichuan-2024-draft")
        #expect(draft?["iri"]?.stringValue == "https://zhengce.example/doc/sichuan-2024-draft")
        #expect(draft?["versions"]?.arrayValue?.first?["version"]?.stringValue == "draft")
        #expect(draft?["period"]?["start"] == .int(2024))
        let measure = ExportTesting.record(root, "measures", "id", "sichuan-2024-draft/2.5.14")
        #expect(measure?["iri"]?.stringValue == "https://zhengce.example/doc/sichuan-2024-draft/2/5/14")
    }

    @Test func responsibilitiesResolveToRegistryDepartmentsInTheDocumentsRegion() throws {
        let root = try ExportTesting.parsed(.json)
        let responsibilities = root["responsibilities"]?.arrayValue?.filter { $0["measure"]?.stringValue == "sichuan-2024-draft/2.5.14" } ?? []
        #expect(responsibilities.map { $0["name"]?.stringValue } == ["商务厅", "省发展改革委"])
        #expect(responsibilities.map { $0["department"]?.stringValue } == [
            "https://zhengce.example/dept/四川省商务厅", "https://zhengce.example/dept/四川省发展和改革委员会",
        ])
        #expect(responsibilities.map { $0["role"]?.stringValue } == ["lead", "participant"])
        // 教育厅 is not in the sample registry: an organisation qualified by the document's region.
        let education = ExportTesting.record(root, "departments", "iri", "https://zhengce.example/dept/四川省/教育厅")
        #expect(education?["inRegistry"] == .bool(false))
        #expect(education?["region"]?.stringValue == "四川省")
        let commerce = ExportTesting.record(root, "departments", "iri", "https://zhengce.example/dept/四川省商务厅")
        #expect(commerce?["writtenAs"] == .strings(["商务厅"]))
        #expect(commerce?["counterparts"] == .strings(["https://zhengce.example/dept/商务部"]))
        #expect(root["warnings"]?.arrayValue?.contains(.string("department '教育厅' (四川省) is not in the registry")) == true)
    }

    @Test func onlyNamedDepartmentsAndTheirCounterpartsAreExportedUnlessAllAreAsked() throws {
        func names(_ options: ExportOptions) throws -> [String] {
            let root = try JSONValue(parsing: ExportTesting.render(.json, options: options))
            return root["departments"]?.arrayValue?.filter { $0["inRegistry"] == .bool(true) }.compactMap { $0["name"]?.stringValue } ?? []
        }
        // 商务部 issues the national document; 四川省商务厅 leads Sichuan measures; 四川省发展和改革委员会 takes part.
        #expect(try names(ExportOptions()).sorted() == ["四川省发展和改革委员会", "四川省商务厅", "商务部"].sorted())
        #expect(try names(ExportOptions(allDepartments: true)).count == ExportSample.departments.count)
    }

    @Test func citationsPointAtCorpusOrExternalDocuments() throws {
        let root = try ExportTesting.parsed(.json)
        let citations = root["citations"]?.arrayValue?.filter { $0["document"]?.stringValue == "sichuan-2024-draft" } ?? []
        #expect(citations.map { $0["explicit"] } == [.bool(true), .bool(true), .bool(false)])
        #expect(citations.map { $0["target"]?.stringValue } == [
            "https://zhengce.example/doc/商贸发〔2024〕125号",
            "https://zhengce.example/doc/川办发〔2024〕27号",
            "https://zhengce.example/doc/四川省海外仓高质量发展三年行动方案",
        ])
        #expect(citations.map { $0["measure"]?.stringValue } == [nil, nil, "sichuan-2024-draft/2.5.14"])
        let externals = root["externalDocuments"]?.arrayValue?.compactMap { $0["iri"]?.stringValue } ?? []
        #expect(externals == ["https://zhengce.example/doc/四川省海外仓高质量发展三年行动方案", "https://zhengce.example/doc/川办发〔2024〕27号"])
    }

    @Test func everyCrossReferenceResolves() throws {
        let root = try ExportTesting.parsed(.json)
        func values(_ table: String, _ key: String) -> [String] { root[table]?.arrayValue?.compactMap { $0[key]?.stringValue } ?? [] }
        let documentIDs = Set(values("documents", "id"))
        let nodeIRIs = Set(values("documents", "iri") + values("externalDocuments", "iri") + values("provisions", "iri"))
        let departmentIRIs = Set(values("departments", "iri"))
        #expect(Set(values("measures", "document")).isSubset(of: documentIDs))
        #expect(Set(values("measures", "provision")).isSubset(of: Set(values("provisions", "id"))))
        #expect(Set(values("responsibilities", "department")).isSubset(of: departmentIRIs))
        #expect(Set(values("citations", "target")).isSubset(of: nodeIRIs))
        let ends = root["links"]?.arrayValue?.flatMap { [$0["from"]?["iri"]?.stringValue, $0["to"]?["iri"]?.stringValue] }.compactMap { $0 } ?? []
        #expect(!ends.isEmpty && Set(ends).isSubset(of: nodeIRIs))
        let allIRIs = ["documents", "externalDocuments", "provisions", "departments", "responsibilities", "targets", "citations", "links"]
            .flatMap { values($0, "iri") }
        #expect(Set(allIRIs).count == allIRIs.count)
    }

    @Test func linkScoresAreRoundedAndEvidenceKept() throws {
        let root = try ExportTesting.parsed(.json)
        let derives = root["links"]?.arrayValue?.filter { $0["type"]?.stringValue == "derives" } ?? []
        #expect(derives.count == 2)
        let measureLink = derives.first { $0["from"]?["measure"]?.stringValue != nil }
        #expect(measureLink?["score"] == .double(0.4167))
        #expect(measureLink?["evidence"]?["sharedTerms"] == .strings(["海外仓", "跨境电商"]))
        #expect(measureLink?["to"]?["iri"]?.stringValue == "https://zhengce.example/doc/商贸发〔2024〕125号/3/8")
    }
}
