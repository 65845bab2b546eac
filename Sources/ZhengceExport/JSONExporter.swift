import Foundation
import ZhengceDocument
import ZhengceLineage

/// The plain JSON export: one object with flat, cross-referenced tables (documents,
/// provisions, measures, departments, responsibilities, targets, citations, links),
/// described by `schema/zhengce-export.schema.json`. Absent optional values are null.
struct JSONExporter {
    /// The version of the JSON layout; bumped on any incompatible change.
    static let formatVersion = 1

    let catalog: ExportCatalog

    /// Writes the export into `sink`, one record at a time (keys in sorted order, laid out as
    /// `JSONValue.serialized(.pretty)` lays out the whole object; no final newline).
    func write(to sink: JSONSink) throws {
        let documents = try catalog.source.documents(0..<catalog.source.count)[...]
        var root = JSONObjectStream(sink, indent: 0)
        try root.member("base", .string(catalog.options.base))
        try root.key("citations")
        try citations(documents, sink)
        try root.member("departments", departments)
        try root.key("documents")
        try stream(documents, sink) { document, emit in try emit(documentRecord(document)) }
        try root.member("externalDocuments", externalDocuments)
        try root.member("format", .string("zhengce-export"))
        try root.member("formatVersion", .int(JSONExporter.formatVersion))
        try root.member("generatedAt", JSONValue.optional(catalog.options.generatedAt))
        try root.key("links")
        try links(catalog.links, sink)
        try documentTables(documents, root: &root, sink)
        try root.member("vocabulary", .string(catalog.options.vocabulary))
        try root.member("warnings", .strings(catalog.warnings))
        try root.close()
    }

    /// Writes the index of an export in parts: what every document shares (departments, external
    /// documents, links that start at no corpus document) and the list of parts, each with its
    /// path relative to the index, its number of documents and its first and last document id.
    func writeIndex(to sink: JSONSink, parts: [ExportShards.Part], links: [ExportCatalog.ResolvedLink]) throws {
        var root = JSONObjectStream(sink, indent: 0)
        try root.member("base", .string(catalog.options.base))
        try root.member("departments", departments)
        try root.member("documentCount", .int(catalog.heads.count))
        try root.member("externalDocuments", externalDocuments)
        try root.member("format", .string("zhengce-export"))
        try root.member("formatVersion", .int(JSONExporter.formatVersion))
        try root.member("generatedAt", JSONValue.optional(catalog.options.generatedAt))
        try root.key("links")
        try self.links(links, sink)
        try root.member("parts", .array(parts.map { part in
            .object(["path": .string(ExportShards.relativePath(part, format: .json)),
                     "documents": .int(part.documents.count),
                     "firstDocument": .string(catalog.heads[part.documents.lowerBound].id),
                     "lastDocument": .string(catalog.heads[part.documents.upperBound - 1].id)])
        }))
        try root.member("vocabulary", .string(catalog.options.vocabulary))
        try root.member("warnings", .strings(catalog.warnings))
        try root.close()
    }

    /// Writes one part of an export in parts: its documents' tables and the links that start at them.
    func writePart(to sink: JSONSink, part: ExportShards.Part, links: [ExportCatalog.ResolvedLink]) throws {
        let documents = try catalog.source.documents(part.documents)[...]
        var root = JSONObjectStream(sink, indent: 0)
        try root.member("base", .string(catalog.options.base))
        try root.key("citations")
        try citations(documents, sink)
        try root.key("documents")
        try stream(documents, sink) { document, emit in try emit(documentRecord(document)) }
        try root.member("format", .string("zhengce-export-part"))
        try root.member("formatVersion", .int(JSONExporter.formatVersion))
        try root.key("links")
        try self.links(links, sink)
        try documentTables(documents, root: &root, sink, part: part.number)
        try root.close()
    }

    /// The members of a part, in the order `writePart` writes them.
    static let partKeys = ["base", "citations", "documents", "format", "formatVersion", "links", "measures", "part",
                           "provisions", "responsibilities", "targets"]

    /// A part file written earlier, split around its links: the bytes up to the links array (`"links": ` included)
    /// and from the comma after it to the closing brace. Its members are found by their keys at depth 1 (a
    /// newline, two spaces and a quote: a string never holds a raw newline, deeper members are indented further),
    /// which must be `partKeys` in order.
    struct PartTables {
        let bytes: [UInt8]
        let head: Range<Int>
        let tail: Range<Int>

        /// The file at `url` split; nil when it cannot be read or is not a part laid out as `writePart` lays it out.
        init?(file url: URL) {
            guard let data = try? Data(contentsOf: url) else { return nil }
            self.init([UInt8](data))
        }

        init?(_ bytes: [UInt8]) {
            let n = bytes.count
            // "{" … "\n}\n": the object at depth 0 and the part file's final newline.
            guard n >= 4, bytes[0] == UInt8(ascii: "{"), bytes[n - 1] == UInt8(ascii: "\n"), bytes[n - 2] == UInt8(ascii: "}"),
                  bytes[n - 3] == UInt8(ascii: "\n") else { return nil }
            var keys: [(key: String, at: Int)] = []
            let newline = UInt8(ascii: "\n"), space = UInt8(ascii: " "), quote = UInt8(ascii: "\"")
            bytes.withUnsafeBufferPointer { buffer in
                let base = UnsafeRawPointer(buffer.baseAddress!)
                var i = 0
                while i < n, let found = memchr(base + i, Int32(newline), n - i) {
                    let at = base.distance(to: UnsafeRawPointer(found))
                    i = at + 1
                    guard at + 4 < n, buffer[at + 1] == space, buffer[at + 2] == space, buffer[at + 3] == quote else { continue }
                    var end = at + 4
                    while end < n, buffer[end] != quote { end += 1 }
                    keys.append((String(decoding: buffer[(at + 4)..<end], as: UTF8.self), at))
                }
            }
            guard keys.map(\.key) == JSONExporter.partKeys,
                  let links = keys.first(where: { $0.key == "links" }), let measures = keys.first(where: { $0.key == "measures" }),
                  bytes[measures.at - 1] == UInt8(ascii: ",") else { return nil }
            let opening = Array("\n  \"links\": ".utf8)
            guard bytes[links.at..<(links.at + opening.count)].elementsEqual(opening) else { return nil }
            self.bytes = bytes
            head = 0..<(links.at + opening.count)
            tail = (measures.at - 1)..<(n - 1)
        }
    }

    /// Writes one part of an export in parts whose tables are `tables`'s (an earlier file of the part, recorded
    /// with the same tables digest, `ExportKeeping.earlierTables`) and whose links are `links`: the same bytes as
    /// `writePart(to:part:links:)` with no document read.
    func writePart(to sink: JSONSink, links: [ExportCatalog.ResolvedLink], tables: PartTables) throws {
        try tables.bytes.withUnsafeBytes { raw in
            try sink.write(raw: UnsafeRawBufferPointer(rebasing: raw[tables.head]))
            try self.links(links, sink)
            try sink.write(raw: UnsafeRawBufferPointer(rebasing: raw[tables.tail]))
        }
    }

    /// The departments table (organisations by IRI), in the single file and in the index of parts.
    private var departments: JSONValue { .array(catalog.organisations.values.sorted { $0.iri < $1.iri }.map(departmentRecord)) }

    /// The external documents table (by IRI), in the single file and in the index of parts.
    private var externalDocuments: JSONValue { .array(catalog.externals.values.sorted { $0.iri < $1.iri }.map(externalRecord)) }

    private func citations(_ documents: ArraySlice<PolicyDocument>, _ sink: JSONSink) throws {
        try stream(documents, sink) { document, emit in
            let citationMeasure = catalog.measureOfCitation(in: document)
            for (n, citation) in document.citations.enumerated() {
                try emit(citationRecord(document, n, citation, measure: citationMeasure[n]))
            }
        }
    }

    private func links(_ links: [ExportCatalog.ResolvedLink], _ sink: JSONSink) throws {
        var array = JSONArrayStream(sink, indent: 1)
        for link in links { try array.append(linkRecord(link)) }
        try array.close()
    }

    /// The tables after `links`, in key order: measures, (a part's number,) provisions, responsibilities, targets.
    private func documentTables(_ documents: ArraySlice<PolicyDocument>, root: inout JSONObjectStream, _ sink: JSONSink,
                                part: Int? = nil) throws {
        try root.key("measures")
        try stream(documents, sink) { document, emit in
            for measure in document.measures where measure.provision < document.provisions.count {
                try emit(measureRecord(document, measure))
            }
        }
        if let part { try root.member("part", .int(part)) }
        try root.key("provisions")
        try stream(documents, sink) { document, emit in
            for index in document.provisions.indices { try emit(provisionRecord(document, index)) }
        }
        try root.key("responsibilities")
        try stream(documents, sink) { document, emit in
            for measure in document.measures where measure.provision < document.provisions.count {
                for (n, r) in measure.responsible.enumerated() { try emit(responsibilityRecord(document, measure, n, r)) }
            }
        }
        try root.key("targets")
        try stream(documents, sink) { document, emit in
            for measure in document.measures where measure.provision < document.provisions.count {
                for (n, t) in measure.targets.enumerated() {
                    try emit(targetRecord(document, iri: catalog.targetIRI(document, measure, n), measure: measure.id, t))
                }
            }
            // Targets of framing sections (发展目标, 总体要求) belong to the document.
            for (n, t) in catalog.framingTargets(of: document).enumerated() {
                try emit(targetRecord(document, iri: catalog.framingTargetIRI(document, n), measure: nil, t))
            }
        }
    }

    /// Writes one table: the records `records` gives for each document, in document order.
    private func stream(_ documents: ArraySlice<PolicyDocument>, _ sink: JSONSink,
                        _ records: (PolicyDocument, (JSONValue) throws -> Void) throws -> Void) throws {
        var array = JSONArrayStream(sink, indent: 1)
        for document in documents {
            try records(document) { try array.append($0) }
        }
        try array.close()
    }

    private func documentRecord(_ d: PolicyDocument) -> JSONValue {
        var o = JSONValue.ObjectBuilder()
        o.set("id", d.id)
        o.set("iri", catalog.documentIRI(d.id))
        o.set("title", JSONValue.optional(d.title))
        o.set("noticeTitle", JSONValue.optional(d.noticeTitle))
        o.set("docNumber", JSONValue.optional(d.docNumber))
        o.set("issuers", .array(d.issuers.map { name in
            .object(["name": .string(name),
                     "department": .string(catalog.issuerIRI(d, name))])
        }))
        o.set("date", JSONValue.optional(d.date))
        o.set("publishedDate", JSONValue.optional(d.publishedDate))
        o.set("type", JSONValue.optional(d.type))
        o.set("level", JSONValue.optional(d.level?.rawValue))
        o.set("region", JSONValue.optional(d.region))
        o.set("status", d.status.rawValue)
        o.set("period", d.period.map { .object(["start": .int($0.start), "end": .int($0.end)]) } ?? .null)
        o.set("provenance", .object(d.provenance.mapValues { .string($0.rawValue) }))
        o.set("source", .object([
            "path": .string(d.source.path), "format": .string(d.source.format), "encoding": .string(d.source.encoding),
            "bytes": .int(d.source.bytes), "sha256": .string(d.source.sha256),
        ]))
        var versions: [JSONValue] = [.object([
            "iri": .string(catalog.expressionIRI(d)), "version": .string(catalog.versionSlug(d)),
            "status": .string(d.status.rawValue), "date": JSONValue.optional(d.date ?? d.publishedDate),
            "document": .string(d.id),
        ])]
        for otherID in catalog.otherVersions[d.id] ?? [] {
            guard let o2 = catalog.document(otherID) else { continue }
            versions.append(.object([
                "iri": .string(catalog.expressionIRI(o2)), "version": .string(catalog.versionSlug(o2)),
                "status": .string(o2.status.rawValue), "date": JSONValue.optional(o2.date ?? o2.publishedDate),
                "document": .string(o2.id),
            ]))
        }
        o.set("versions", .array(versions))
        o.set("text", d.text)
        o.set("warnings", .array(d.warnings.map { w in
            .object(["kind": .string(w.kind), "message": .string(w.message), "offset": JSONValue.optional(w.offset)])
        }))
        return o.value
    }

    private func externalRecord(_ e: ExportCatalog.ExternalDocument) -> JSONValue {
        .object(["iri": .string(e.iri), "docNumber": JSONValue.optional(e.docNumber), "title": JSONValue.optional(e.title)])
    }

    private func provisionRecord(_ d: PolicyDocument, _ index: Int) -> JSONValue {
        let p = d.provisions[index]
        var o = JSONValue.ObjectBuilder()
        o.set("id", p.id)
        o.set("iri", catalog.provisionIRI(d, index))
        o.set("document", d.id)
        o.set("index", index)
        o.set("label", p.label)
        o.set("normalizedLabel", p.normalizedLabel)
        o.set("scheme", p.scheme.rawValue)
        o.set("depth", p.depth)
        o.set("parent", p.parent.map { JSONValue.string(d.provisions[$0].id) } ?? .null)
        o.set("path", .strings(p.path))
        o.set("normalizedPath", .strings(p.normalizedPath))
        o.set("heading", p.heading)
        o.set("text", p.text)
        o.set("start", p.start)
        o.set("end", p.end)
        o.set("kind", p.kind.rawValue)
        return o.value
    }

    private func measureRecord(_ d: PolicyDocument, _ m: Measure) -> JSONValue {
        var o = JSONValue.ObjectBuilder()
        o.set("id", m.id)
        o.set("iri", catalog.provisionIRI(d, m.provision))
        o.set("document", d.id)
        o.set("provision", d.provisions[m.provision].id)
        o.set("label", m.label)
        o.set("path", .strings(m.path))
        o.set("title", m.title)
        o.set("text", m.text)
        o.set("start", m.start)
        o.set("end", m.end)
        o.set("responsibilities", .strings(m.responsible.indices.map { catalog.responsibilityIRI(d, m, $0) }))
        o.set("targets", .strings(m.targets.indices.map { catalog.targetIRI(d, m, $0) }))
        o.set("citations", .strings(catalog.citationIndexes(of: m, in: d).map { catalog.citationIRI(d, $0) }))
        return o.value
    }

    private func departmentRecord(_ org: ExportCatalog.Organisation) -> JSONValue {
        var o = JSONValue.ObjectBuilder()
        let dept = org.department
        o.set("iri", org.iri)
        o.set("name", org.name)
        o.set("inRegistry", .bool(dept != nil))
        o.set("aliases", .strings(Array(Set(dept?.aliases ?? [])).sorted()))
        o.set("writtenAs", .strings(org.writtenNames.sorted()))
        o.set("level", JSONValue.optional(dept?.level))
        o.set("region", JSONValue.optional(org.region))
        o.set("kind", JSONValue.optional(dept?.kind))
        let parent = dept?.parent.map { catalog.organisationIRI(name: $0, department: $0, region: nil) }
        o.set("parent", parent.flatMap { catalog.hasOrganisation($0) ? JSONValue.string($0) : nil } ?? .null)
        let counterparts = (dept?.counterparts ?? []).map { catalog.organisationIRI(name: $0, department: $0, region: nil) }
        o.set("counterparts", .strings(counterparts.filter(catalog.hasOrganisation).sorted()))
        return o.value
    }

    private func responsibilityRecord(_ d: PolicyDocument, _ m: Measure, _ n: Int, _ r: Responsibility) -> JSONValue {
        var o = JSONValue.ObjectBuilder()
        o.set("iri", catalog.responsibilityIRI(d, m, n))
        o.set("document", d.id)
        o.set("measure", m.id)
        o.set("name", r.name)
        o.set("department", r.collective ? .null : .string(catalog.organisationIRI(name: r.name, department: r.department, region: d.region)))
        o.set("role", r.role.rawValue)
        o.set("roleInferred", .bool(r.roleInferred))
        o.set("collective", .bool(r.collective))
        o.set("start", r.start)
        o.set("end", r.end)
        return o.value
    }

    private func targetRecord(_ d: PolicyDocument, iri: String, measure: String?, _ t: Target) -> JSONValue {
        var o = JSONValue.ObjectBuilder()
        o.set("iri", iri)
        o.set("document", d.id)
        o.set("measure", JSONValue.optional(measure))
        o.set("year", JSONValue.optional(t.year))
        o.set("deadline", JSONValue.optional(t.deadline))
        o.set("yearSource", JSONValue.optional(t.yearSource?.rawValue))
        o.set("value", .double(t.value))
        o.set("upperValue", t.upperValue.map(JSONValue.double) ?? .null)
        o.set("unit", t.unit)
        o.set("comparator", t.comparator.rawValue)
        o.set("counted", JSONValue.optional(t.counted))
        o.set("period", JSONValue.optional(t.period))
        o.set("phrase", t.phrase)
        o.set("sentence", t.sentence)
        o.set("start", t.start)
        o.set("end", t.end)
        return o.value
    }

    private func citationRecord(_ d: PolicyDocument, _ n: Int, _ c: Citation, measure: Measure?) -> JSONValue {
        var o = JSONValue.ObjectBuilder()
        let target = catalog.citationTarget(of: d, n)
        o.set("iri", catalog.citationIRI(d, n))
        o.set("document", d.id)
        o.set("measure", JSONValue.optional(measure?.id))
        o.set("title", JSONValue.optional(c.title))
        o.set("docNumber", JSONValue.optional(c.docNumber))
        o.set("explicit", .bool(c.docNumber != nil))
        o.set("target", JSONValue.optional(target?.iri))
        o.set("targetDocument", JSONValue.optional(target?.document))
        o.set("start", c.start)
        o.set("end", c.end)
        return o.value
    }

    private func linkRecord(_ r: ExportCatalog.ResolvedLink) -> JSONValue {
        var o = JSONValue.ObjectBuilder()
        o.set("iri", r.iri)
        o.set("type", r.link.type.rawValue)
        o.set("from", end(r.link.from, iri: r.fromIRI))
        o.set("to", end(r.link.to, iri: r.toIRI))
        o.set("score", r.link.score.map { .double(ExportCatalog.rounded($0)) } ?? .null)
        o.set("inferred", .bool(r.link.inferred))
        if let e = r.link.evidence {
            o.set("evidence", .object([
                "method": .string(e.method),
                "kind": JSONValue.optional(e.kind),
                "sharedTerms": .strings(e.sharedTerms),
                "supportingMeasures": JSONValue.optional(e.supportingMeasures),
                "spans": .array(e.spans.map { s in
                    .object(["text": .string(s.text), "fromStart": .int(s.fromStart), "fromEnd": .int(s.fromEnd),
                             "toStart": .int(s.toStart), "toEnd": .int(s.toEnd)])
                }),
            ]))
        } else {
            o.set("evidence", .null)
        }
        return o.value
    }

    private func end(_ e: LinkEnd, iri: String) -> JSONValue {
        .object([
            "iri": .string(iri), "document": .string(e.document), "docNumber": JSONValue.optional(e.docNumber),
            "title": JSONValue.optional(e.title), "external": .bool(e.external), "measure": JSONValue.optional(e.measure),
            "label": JSONValue.optional(e.label), "measureTitle": JSONValue.optional(e.measureTitle),
        ])
    }
}
