import ZhengceDocument
import ZhengceLineage

/// The NDJSON export: one measure per line, its document and departments flattened into
/// top-level fields, for bulk loading into a search engine. With `ExportOptions.bulkIndex`
/// each record is preceded by an Elasticsearch/OpenSearch `index` action line.
struct NDJSONExporter {
    let catalog: ExportCatalog

    /// Writes the lines into `sink`, each a compact JSON object ending in a newline, in document
    /// id then document order. `kept(i)` may give document `i`'s lines as an earlier export wrote
    /// them (copied as they are); `wrote(i, range, kept)` is told where each document's lines went and
    /// whether they were kept.
    func write(to sink: JSONSink, kept: (Int) throws -> [UInt8]? = { _ in nil },
               wrote: (Int, Range<Int>, Bool) -> Void = { _, _, _ in }) throws {
        var derivedFrom: [String: [ExportCatalog.ResolvedLink]] = [:]
        for link in catalog.links where link.link.type == .derives { derivedFrom[link.fromIRI, default: []].append(link) }
        // Links read from a source are read a batch of documents at a time (those that start at them).
        let reads = catalog.linkSource != nil
        // A batch of documents is read only when one of them is not kept.
        let batch = max(1, catalog.options.partSize)
        for first in stride(from: 0, to: catalog.heads.count, by: batch) {
            let range = first..<min(catalog.heads.count, first + batch)
            var keptLines: [Int: [UInt8]] = [:]
            for i in range { if let bytes = try kept(i) { keptLines[i] = bytes } }
            // Only the documents whose lines are made are read, with the links that start at them; a line shows
            // a link's ends (its `to` IRI and 发文字号), not its evidence.
            let made = range.filter { keptLines[$0] == nil }
            let read = try catalog.source.documents(ids: made.map { catalog.heads[$0].id })
            let documents = Dictionary(read.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
            if reads {
                derivedFrom = [:]
                for link in try catalog.sourceLinks(positions: made, evidence: false) where link.link.type == .derives {
                    derivedFrom[link.fromIRI, default: []].append(link)
                }
            }
            for i in range {
                let start = sink.position
                if let bytes = keptLines[i] {
                    try sink.write(bytes)
                    wrote(i, start..<sink.position, true)
                    continue
                }
                guard let document = documents[catalog.heads[i].id] else { throw ExportError.missingDocument(catalog.heads[i].id) }
                try lines(document, derivedFrom: derivedFrom, into: sink)
                wrote(i, start..<sink.position, false)
            }
        }
    }

    /// Writes the lines of the measures of `d`.
    private func lines(_ d: PolicyDocument, derivedFrom: [String: [ExportCatalog.ResolvedLink]], into sink: JSONSink) throws {
        for m in d.measures where m.provision < d.provisions.count {
            let iri = catalog.provisionIRI(d, m.provision)
            if let index = catalog.options.bulkIndex {
                try sink.write(JSONValue.object(["index": .object(["_index": .string(index), "_id": .string(iri)])]),
                               layout: .compact, indent: 0)
                try sink.write("\n")
            }
            try sink.write(record(d, m, iri: iri, sources: derivedFrom[iri] ?? []), layout: .compact, indent: 0)
            try sink.write("\n")
        }
    }

    private func record(_ d: PolicyDocument, _ m: Measure, iri: String, sources: [ExportCatalog.ResolvedLink]) -> JSONValue {
        var o = JSONValue.ObjectBuilder()
        o.set("iri", iri)
        o.set("id", m.id)
        o.set("label", m.label)
        o.set("path", .strings(m.path))
        o.set("title", m.title)
        o.set("text", m.text)
        o.set("documentId", d.id)
        o.set("documentIri", catalog.documentIRI(d.id))
        o.set("documentTitle", JSONValue.optional(d.title))
        o.set("docNumber", JSONValue.optional(d.docNumber))
        o.set("documentType", JSONValue.optional(d.type))
        o.set("issuers", .strings(d.issuers))
        o.set("date", JSONValue.optional(d.date))
        o.set("level", JSONValue.optional(d.level?.rawValue))
        o.set("region", JSONValue.optional(d.region))
        o.set("status", d.status.rawValue)
        var lead: [String] = [], participants: [String] = [], written: [String] = []
        var levels = Set<String>()
        for r in m.responsible {
            written.append(r.name)
            guard !r.collective else { continue }
            let dept = catalog.registryDepartment(name: r.name, canonical: r.department, region: d.region)
            let name = dept?.name ?? r.department ?? r.name
            if r.role == .lead { lead.append(name) } else { participants.append(name) }
            if let level = dept?.level { levels.insert(level) }
        }
        o.set("leadDepartments", .strings(lead))
        o.set("participantDepartments", .strings(participants))
        o.set("departmentsAsWritten", .strings(written))
        o.set("departmentLevels", .strings(levels.sorted()))
        o.set("targets", .strings(m.targets.map(\.phrase)))
        o.set("targetYears", .array(Array(Set(m.targets.compactMap(\.year))).sorted().map(JSONValue.int)))
        o.set("targetDetails", .array(m.targets.map { t in
            var r = JSONValue.ObjectBuilder()
            r.set("value", .double(t.value))
            r.set("upperValue", t.upperValue.map(JSONValue.double) ?? .null)
            r.set("unit", t.unit)
            r.set("comparator", t.comparator.rawValue)
            r.set("year", JSONValue.optional(t.year))
            r.set("counted", JSONValue.optional(t.counted))
            return r.value
        }))
        let cited = catalog.citationIndexes(of: m, in: d).compactMap { d.citations[$0].docNumber }
        o.set("cites", .strings(Array(Set(cited)).sorted()))
        o.set("derivesFrom", .strings(Array(Set(sources.map(\.toIRI))).sorted()))
        let sourceNumbers = sources.compactMap { link -> String? in
            if let id = link.toDocument { return catalog.document(id)?.docNumber }
            return link.link.to.docNumber
        }
        o.set("derivesFromDocNumbers", .strings(Array(Set(sourceNumbers)).sorted()))
        return o.value
    }
}
