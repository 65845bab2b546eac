import Testing
import ZhengceDocument
import ZhengceExport
import ZhengceLineage

@Suite struct ExportEdgeCaseTests {
    /// The Sichuan draft and a final version of it (same text, a 文号 and a date).
    static var draftAndFinal: ExportInput {
        let draft = ExportSample.sichuan
        var final = ExportSample.sichuan
        final.id = "sichuan-2024-final"
        final.status = .final
        final.docNumber = "川办发〔2024〕99号"
        final.date = "2024-12-01"
        final.provisions = final.provisions.map { p in var p = p; p.id = p.id.replacingOccurrences(of: draft.id, with: final.id); return p }
        final.measures = final.measures.map { m in var m = m; m.id = m.id.replacingOccurrences(of: draft.id, with: final.id); return m }
        let link = LineageLink(type: .version, from: LinkEnd(document: final.id), to: LinkEnd(document: draft.id), score: 0.97, inferred: true)
        return ExportInput(documents: [draft, final, ExportSample.national], departments: ExportSample.departments, links: [link])
    }

    @Test func draftAndFinalAreTwoExpressionsOfOneWork() throws {
        let graph = LinkedGraph(try JSONValue(parsing: ExportTesting.render(Self.draftAndFinal, .jsonld)))
        let final = "https://zhengce.example/doc/川办发〔2024〕99号"
        let draft = "https://zhengce.example/doc/sichuan-2024-draft"
        #expect(graph.values(final, "isRealizedBy") == [draft + "/draft", final + "/final"])
        #expect(graph.values(draft, "isRealizedBy") == [draft + "/draft", final + "/final"])
        #expect(graph.values(final + "/final", "versionDate") == ["2024-12-01"])
        #expect(graph.values(draft, "otherVersion") == [final])
        let json = try JSONValue(parsing: ExportTesting.render(Self.draftAndFinal, .json))
        let versions = ExportTesting.record(json, "documents", "id", "sichuan-2024-draft")?["versions"]?.arrayValue ?? []
        #expect(versions.compactMap { $0["iri"]?.stringValue } == [draft + "/draft", final + "/final"])
    }

    @Test func repeatedProvisionPathsGetDistinctIRIsAndAWarning() throws {
        var document = ExportSample.national
        var copy = document.provisions[1]
        copy.id += "-again"
        document.provisions.append(copy)
        let json = try JSONValue(parsing: ExportTesting.render(ExportInput(documents: [document]), .json))
        let iris = json["provisions"]?.arrayValue?.compactMap { $0["iri"]?.stringValue } ?? []
        #expect(iris.last == "https://zhengce.example/doc/商贸发〔2024〕125号/3/8~2")
        #expect(Set(iris).count == iris.count)
        #expect(json["warnings"]?.arrayValue?.contains { $0.stringValue?.contains("~2") == true } == true)
    }

    @Test func collectiveNamesKeepTheirResponsibilityButNameNoOrganisation() throws {
        var document = ExportSample.sichuan
        let clause = ExportSample.span("商务厅", in: document.text, from: document.measures[0].start)
        document.measures[0].responsible.append(
            Responsibility(name: "各市（州）人民政府", role: .participant, collective: true, start: clause.start, end: clause.end))
        let input = ExportInput(documents: [document], departments: ExportSample.departments)
        let graph = LinkedGraph(try JSONValue(parsing: ExportTesting.render(input, .jsonld)))
        let r = "https://zhengce.example/doc/sichuan-2024-draft/2/5/14/responsible/3"
        #expect(graph.values(r, "nameAsWritten") == ["各市（州）人民政府"])
        #expect(graph.values(r, "department") == [])
        #expect(!graph.nodes.keys.contains { $0.contains("各市") })
        let json = try JSONValue(parsing: ExportTesting.render(input, .json))
        #expect(SchemaValidator(root: try ExportTesting.schema).errors(in: json) == [])
    }

    @Test func linksToUnknownMeasuresAreLeftOutWithAWarning() throws {
        var input = ExportSample.input
        input.links.append(LineageLink(type: .derives, from: LinkEnd(document: "sichuan-2024-draft", measure: "sichuan-2024-draft/9.9"),
                                       to: LinkEnd(document: "shangmaofa-2024-125"), score: 0.5, inferred: true))
        let json = try JSONValue(parsing: ExportTesting.render(input, .json))
        #expect(json["links"]?.arrayValue?.count == ExportSample.links.count)
        #expect(json["warnings"]?.arrayValue?.contains(.string("link end sichuan-2024-draft/9.9 is not a measure of sichuan-2024-draft; the link is left out")) == true)
    }

    @Test func awkwardCharactersInNamesStayInsideOneSegment() throws {
        var document = ExportSample.national
        document.id = "a b/c?d#e"
        document.docNumber = nil
        let json = try JSONValue(parsing: ExportTesting.render(ExportInput(documents: [document]), .json))
        #expect(json["documents"]?.arrayValue?.first?["iri"]?.stringValue == "https://zhengce.example/doc/a%20b%2Fc%3Fd%23e")
    }
}

@Suite struct ExportIssuerTests {
    @Test func resolvedIssuersPointAtTheirRegistryDepartment() throws {
        var input = ExportSample.input
        input.departments.append(ExportDepartment(name: "国家互联网信息办公室", aliases: ["国家网信办"], level: "central"))
        input.issuerDepartments = ["shangmaofa-2024-125": ["国家网信办": "国家互联网信息办公室"]]
        let graph = LinkedGraph(try JSONValue(parsing: ExportTesting.render(input, .jsonld)))
        #expect(graph.values("https://zhengce.example/doc/商贸发〔2024〕125号", "passedBy") == [
            "https://zhengce.example/dept/商务部", "https://zhengce.example/dept/国家互联网信息办公室",
        ])
        #expect(graph.values("https://zhengce.example/dept/国家互联网信息办公室", "altLabel") == ["国家网信办"])
        #expect(graph.nodes["https://zhengce.example/dept/国家网信办"] == nil)
    }
}
