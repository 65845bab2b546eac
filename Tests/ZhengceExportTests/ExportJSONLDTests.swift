import Foundation
import Testing
import TestSupport
import ZhengceExport

/// A JSON-LD export read back: its context and its nodes by @id.
struct LinkedGraph {
    let context: [String: JSONValue]
    let nodes: [String: [String: JSONValue]]
    let ids: [String]

    init(_ root: JSONValue) {
        context = root["@context"]?.objectValue ?? [:]
        let graph = root["@graph"]?.arrayValue?.compactMap(\.objectValue) ?? []
        ids = graph.compactMap { $0["@id"]?.stringValue }
        var byID: [String: [String: JSONValue]] = [:]
        for node in graph { if let id = node["@id"]?.stringValue { byID[id] = node } }
        nodes = byID
    }

    /// The full IRI a term expands to, read from the context alone (term → compact IRI → prefix).
    func expand(_ term: String) -> String? {
        let definition = context[term]
        guard let compact = definition?.stringValue ?? definition?["@id"]?.stringValue else { return nil }
        guard let colon = compact.firstIndex(of: ":") else { return nil }
        let prefix = String(compact[..<colon])
        guard let namespace = context[prefix]?.stringValue else { return compact }
        return namespace + compact[compact.index(after: colon)...]
    }

    /// True when the term's values are node references.
    func isReference(_ term: String) -> Bool { context[term]?["@type"]?.stringValue == "@id" }

    /// The strings of a property (one value or an array).
    func values(_ id: String, _ term: String) -> [String] {
        guard let value = nodes[id]?[term] else { return [] }
        return value.arrayValue?.compactMap(\.stringValue) ?? [value.stringValue].compactMap { $0 }
    }

    func types(_ id: String) -> [String] { values(id, "@type") }
}

@Suite struct ExportJSONLDTests {
    static func graph(_ input: ExportInput = ExportSample.input, options: ExportOptions = ExportOptions()) throws -> LinkedGraph {
        LinkedGraph(try JSONValue(parsing: ExportTesting.render(input, .jsonld, options: options)))
    }

    @Test(arguments: [
        ("LegalResource", "http://data.europa.eu/eli/ontology#LegalResource"),
        ("LegalExpression", "http://data.europa.eu/eli/ontology#LegalExpression"),
        ("LegalResourceSubdivision", "http://data.europa.eu/eli/ontology#LegalResourceSubdivision"),
        ("idLocal", "http://data.europa.eu/eli/ontology#id_local"),
        ("typeDocument", "http://data.europa.eu/eli/ontology#type_document"),
        ("dateDocument", "http://data.europa.eu/eli/ontology#date_document"),
        ("passedBy", "http://data.europa.eu/eli/ontology#passed_by"),
        ("version", "http://data.europa.eu/eli/ontology#version"),
        ("versionDate", "http://data.europa.eu/eli/ontology#version_date"),
        ("hasPart", "http://data.europa.eu/eli/ontology#has_part"),
        ("isPartOf", "http://data.europa.eu/eli/ontology#is_part_of"),
        ("cites", "http://data.europa.eu/eli/ontology#cites"),
        ("implements", "http://data.europa.eu/eli/ontology#implements"),
        ("Legislation", "https://schema.org/Legislation"),
        ("Organization", "http://www.w3.org/ns/org#Organization"),
        ("altLabel", "http://www.w3.org/2004/02/skos/core#altLabel"),
        ("wasDerivedFrom", "http://www.w3.org/ns/prov#wasDerivedFrom"),
        ("leadDepartment", "https://zhengce.example/ns#leadDepartment"),
        ("score", "https://zhengce.example/ns#score"),
    ])
    func contextTermsExpandToTheRightIRIs(term: String, iri: String) throws {
        #expect(try Self.graph().expand(term) == iri)
    }

    @Test func vocabularyIRIIsConfigurable() throws {
        let graph = try Self.graph(options: ExportOptions(vocabulary: "http://vocab.example.cn/zc#"))
        #expect(graph.expand("leadDepartment") == "http://vocab.example.cn/zc#leadDepartment")
        #expect(graph.expand("idLocal") == "http://data.europa.eu/eli/ontology#id_local")
    }

    @Test func everyKeyIsATermOrKeywordAndEveryIDIsUniqueAndAbsolute() throws {
        let graph = try Self.graph()
        #expect(Set(graph.ids).count == graph.ids.count)
        #expect(graph.ids.allSatisfy(ExportOptions.isAbsoluteIRI))
        let keys = Set(graph.nodes.values.flatMap(\.keys)).subtracting(["@id", "@type"])
        #expect(keys.filter { graph.expand($0) == nil } == [])
        let types = Set(graph.nodes.keys.flatMap(graph.types))
        #expect(types.filter { graph.expand($0) == nil } == [])
    }

    @Test func everyReferenceResolvesToANode() throws {
        let graph = try Self.graph()
        var dangling: [String] = []
        for (id, node) in graph.nodes {
            for term in node.keys where graph.isReference(term) {
                for target in graph.values(id, term) where graph.nodes[target] == nil { dangling.append("\(id) \(term) \(target)") }
            }
        }
        #expect(dangling == [])
    }

    @Test func documentsVersionsAndProvisionsFollowELI() throws {
        let graph = try Self.graph()
        let work = "https://zhengce.example/doc/商贸发〔2024〕125号"
        #expect(graph.types(work) == ["LegalResource", "Legislation"])
        #expect(graph.values(work, "idLocal") == ["商贸发〔2024〕125号"])
        #expect(graph.values(work, "passedBy") == ["https://zhengce.example/dept/商务部", "https://zhengce.example/dept/国家网信办"])
        #expect(graph.values(work, "dateDocument") == ["2024-06-08"])
        #expect(graph.values(work, "typeDocument") == ["https://zhengce.example/type/意见"])
        #expect(graph.values(work, "hasPart") == [work + "/3"])
        #expect(graph.values(work + "/3/8", "isPartOf") == [work + "/3"])
        let draft = "https://zhengce.example/doc/sichuan-2024-draft/draft"
        #expect(graph.types(draft) == ["LegalExpression"])
        #expect(graph.values(draft, "version") == ["draft"])
        #expect(graph.values(draft, "realizes") == ["https://zhengce.example/doc/sichuan-2024-draft"])
        let measure = "https://zhengce.example/doc/sichuan-2024-draft/2/5/14"
        #expect(graph.types(measure) == ["LegalResourceSubdivision", "Measure"])
        #expect(graph.values(measure, "number") == ["14."])
    }

    @Test func citesOnlyForExplicitCitationsAndProvenanceForInferredLinks() throws {
        let graph = try Self.graph()
        let plan = "https://zhengce.example/doc/sichuan-2024-draft"
        #expect(graph.values(plan, "cites") == ["https://zhengce.example/doc/商贸发〔2024〕125号", "https://zhengce.example/doc/川办发〔2024〕27号"])
        // A bare 《title》 is a mention, not an eli:cites.
        #expect(graph.values(plan, "mentions") == ["https://zhengce.example/doc/四川省海外仓高质量发展三年行动方案"])
        #expect(graph.values(plan + "/2/5/14", "cites") == [])
        #expect(graph.values(plan + "/2/5/14", "citation") == [plan + "/citation/3"])
        // A provincial plan deriving from a national document implements it.
        #expect(graph.values(plan, "implements") == ["https://zhengce.example/doc/商贸发〔2024〕125号"])
        let measure = plan + "/2/5/14"
        #expect(graph.values(measure, "wasDerivedFrom") == ["https://zhengce.example/doc/商贸发〔2024〕125号/3/8"])
        guard let link = graph.values(measure, "qualifiedDerivation").first else { Issue.record("no qualified derivation"); return }
        #expect(graph.types(link) == ["Derivation", "LineageLink"])
        #expect(graph.nodes[link]?["score"] == .double(0.4167))
        #expect(graph.values(link, "method") == ["measure-alignment"])
        #expect(graph.values(link, "entity") == ["https://zhengce.example/doc/商贸发〔2024〕125号/3/8"])
        let span = graph.values(link, "span")
        #expect(span.count == 1 && graph.values(span[0], "spanText") == ["海外仓"])
    }

    /// The README's question, answered from the JSON-LD alone: which measures of 四川 derive
    /// from 商贸发〔2024〕125号 and who leads them.
    @Test func sichuanMeasuresDerivedFromTheNationalDocumentAndTheirLeads() throws {
        let graph = try Self.graph()
        let national = graph.nodes.keys.filter { graph.values($0, "idLocal") == ["商贸发〔2024〕125号"] }
        #expect(national.count == 1)
        var answers: [String: [String]] = [:]
        for (id, _) in graph.nodes where graph.types(id).contains("Measure") {
            let inSichuan = graph.values(id, "document").contains { graph.values($0, "jurisdiction") == ["四川省"] }
            let derives = graph.values(id, "wasDerivedFrom").contains { source in
                national.contains(source) || graph.values(source, "document").contains(where: national.contains)
            }
            guard inSichuan, derives else { continue }
            answers[graph.values(id, "measureTitle").first ?? id] = graph.values(id, "leadDepartment").flatMap { graph.values($0, "prefLabel") }
        }
        #expect(answers == ["构建“川字号”海外仓矩阵": ["四川省商务厅"]])
    }

    @Test func departmentsAreOrganisationsWithAliasesLevelRegionAndCounterparts() throws {
        let graph = try Self.graph()
        let commerce = "https://zhengce.example/dept/四川省商务厅"
        #expect(graph.types(commerce) == ["GovernmentOrganization", "Organization"])
        #expect(graph.values(commerce, "altLabel") == ["商务厅", "省商务厅"])
        #expect(graph.values(commerce, "level") == ["provincial"])
        #expect(graph.values(commerce, "areaServed") == ["四川省"])
        #expect(graph.values(commerce, "counterpart") == ["https://zhengce.example/dept/商务部"])
        let responsibility = "https://zhengce.example/doc/sichuan-2024-draft/2/6/21/responsible/2"
        #expect(graph.values(responsibility, "role") == ["participant"])
        #expect(graph.values(responsibility, "department") == ["https://zhengce.example/dept/四川省/教育厅"])
        let target = "https://zhengce.example/doc/sichuan-2024-draft/2/6/21/target/1"
        #expect(graph.nodes[target]?["value"] == .int(2000))
        #expect(graph.values(target, "unit") == ["人次"])
    }

    @Test func publishedContextFileMatchesTheExportsContext() throws {
        let url = Fixtures.repositoryRoot.appendingPathComponent("schema/context.jsonld")
        if ProcessInfo.processInfo.environment["RECORD_EXPORT"] != nil {
            try LinkedDataContext.publishedDocument().write(to: url, atomically: true, encoding: .utf8)
        }
        let published = try String(contentsOf: url, encoding: .utf8)
        #expect(published == LinkedDataContext.publishedDocument(), "re-record with RECORD_EXPORT=1 swift test --filter ZhengceExportTests")
        #expect(try JSONValue(parsing: published)["@context"] == (try JSONValue(parsing: ExportTesting.render(.jsonld)))["@context"])
    }
}
