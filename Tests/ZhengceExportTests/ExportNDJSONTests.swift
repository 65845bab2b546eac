import Testing
import ZhengceExport

@Suite struct ExportNDJSONTests {
    static func records(_ options: ExportOptions = ExportOptions()) throws -> [JSONValue] {
        try ExportTesting.render(.ndjson, options: options).split(separator: "\n").map { try JSONValue(parsing: String($0)) }
    }

    @Test func oneFlattenedMeasurePerLine() throws {
        let records = try Self.records()
        #expect(records.map { $0["id"]?.stringValue } == ["shangmaofa-2024-125/3.8", "sichuan-2024-draft/2.5.14", "sichuan-2024-draft/2.6.21"])
        let m14 = records[1]
        #expect(m14["iri"]?.stringValue == "https://zhengce.example/doc/sichuan-2024-draft/2/5/14")
        #expect(m14["region"]?.stringValue == "四川省")
        #expect(m14["status"]?.stringValue == "draft")
        #expect(m14["leadDepartments"] == .strings(["四川省商务厅"]))
        #expect(m14["participantDepartments"] == .strings(["四川省发展和改革委员会"]))
        #expect(m14["departmentsAsWritten"] == .strings(["商务厅", "省发展改革委"]))
        #expect(m14["derivesFromDocNumbers"] == .strings(["商贸发〔2024〕125号"]))
        #expect(m14["path"] == .strings(["二、", "（五）", "14."]))
        #expect(records[2]["targets"] == .strings(["不少于2000人次"]))
        #expect(records[0]["issuers"] == .strings(["商务部", "国家网信办"]))
        // Flat: no value is an object, so every field maps to one search-engine field.
        #expect(records.allSatisfy { $0.objectValue?.values.allSatisfy { $0.objectValue == nil } == true })
    }

    @Test func bulkIndexPrecedesEachRecordWithAnIndexAction() throws {
        let lines = try Self.records(ExportOptions(bulkIndex: "zhengce-measures"))
        #expect(lines.count == 6)
        for pair in stride(from: 0, to: lines.count, by: 2) {
            #expect(lines[pair]["index"]?["_index"]?.stringValue == "zhengce-measures")
            #expect(lines[pair]["index"]?["_id"] == lines[pair + 1]["iri"])
        }
    }

    @Test func badBulkIndexNameIsRefused() {
        #expect(throws: ExportError.self) { try ExportTesting.render(.ndjson, options: ExportOptions(bulkIndex: "two words")) }
    }
}
