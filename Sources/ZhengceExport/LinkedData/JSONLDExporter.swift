import ZhengceDocument
import ZhengceLineage
import ZhengceText

/// The JSON-LD export: one `@graph` of documents (eli:LegalResource + schema:Legislation),
/// their versions (eli:LegalExpression), provisions and measures (eli:LegalResourceSubdivision),
/// organisations (org:Organization + schema:GovernmentOrganization), responsibilities, targets,
/// citations and lineage links with provenance. Nodes sorted by @id.
struct JSONLDExporter {
    let catalog: ExportCatalog

    /// The whole graph as one value (holds every node in memory; `write(to:spill:)` streams).
    func export() throws -> JSONValue {
        var nodes = sharedNodes()
        try catalog.source.forEach(batch: catalog.options.partSize) { addDocument($0, to: &nodes) }
        let root: [String: JSONValue] = [
            "@context": LinkedDataContext.context(vocabulary: catalog.options.vocabulary),
            "@graph": .array(nodes.graph()),
        ]
        return .object(root)
    }

    /// Writes the export into `sink` with memory for one document's nodes at a time: each
    /// document's nodes (with what links and organisations add to them) are serialized into
    /// `spill` as they are made, then copied out in @id order. Same bytes as `export()`
    /// serialized; falls back to it when two documents make a node of the same @id.
    func write(to sink: JSONSink, spill: SpillBuffer) throws {
        var shared = sharedNodes(withLinkNodes: false)
        var entries: [(id: String, range: Range<Int>)] = []
        var nodes = NodeSet()
        var bytes: [UInt8] = []
        func keep(_ id: String, _ node: JSONValue) throws {
            bytes.removeAll(keepingCapacity: true)
            node.write(into: &bytes, layout: .pretty, indent: 2)
            entries.append((id, try spill.append(bytes)))
        }
        // Link nodes (and their spans) are a link's own: made and put aside one link at a time.
        for link in catalog.links {
            nodes.removeAll()
            addLinkNode(link, to: &nodes)
            for id in nodes.ids {
                nodes.take(id, from: &shared)
                try keep(id, nodes.node(id))
            }
        }
        try catalog.source.forEach(batch: catalog.options.partSize) { document in
            nodes.removeAll()
            addDocument(document, to: &nodes, withTypeConcept: false)
            for id in nodes.ids {
                nodes.take(id, from: &shared)
                try keep(id, nodes.node(id))
            }
        }
        for id in shared.ids { try keep(id, shared.node(id)) }
        entries.sort { $0.id < $1.id }
        for i in entries.indices.dropFirst() where entries[i].id == entries[i - 1].id {
            try sink.write(try export(), indent: 0)
            return
        }
        let ranges = entries.map(\.range)
        entries = []
        var root = JSONObjectStream(sink, indent: 0)
        try root.member("@context", LinkedDataContext.context(vocabulary: catalog.options.vocabulary))
        try root.key("@graph")
        var graph = JSONArrayStream(sink, indent: 1)
        try spill.forEach(ranges) { try graph.append(serialized: $0) }
        try graph.close()
        try root.close()
    }

    /// The export in parts: `emit` is given each part's graph (its documents' nodes, with what links
    /// and organisations add to them, and the nodes of `links[k]`, the links that start at them);
    /// returns the index's graph: what is left (the language, document types, organisations,
    /// external documents, `indexLinks`) and the export node listing the parts (`zc:part`, paths
    /// relative to the index). The union of all graphs is the single file's graph.
    ///
    /// A part an earlier export wrote may be kept: `candidates(k)` gives, when it might be (nil when it must
    /// be made), the ids of part `k`'s nodes that the shared nodes may hold (its works and expressions, and
    /// the ends in its documents of the links the shared nodes hold); `keep(k, taken)` says whether it is,
    /// given those of them the shared nodes hold when the part's turn comes (sorted: what it takes from them,
    /// made or kept). A kept part is emitted without a graph and reads no link: what its links say of its
    /// own nodes is in its file, and nothing they say goes to the index (a node of its documents a link
    /// names is its work, its expression or one of its provisions, which it makes). `emit` is also given the
    /// ids each part took from the shared nodes (for a part with `candidates`, those `keep` was given).
    ///
    /// With `ends` (links read from a source, not held by the catalog), what links say of the nodes at their
    /// ends is not among the shared nodes (but for links with an external end): `ends(k)` gives the links
    /// that end at part `k`'s documents, and what they and `links(k)` say of part `k`'s documents is added
    /// when the part is made (what they say of a node of the part's documents that the part does not make
    /// goes to the index, as it would from the shared nodes).
    ///
    /// With `made`, which says of a part that it will be made whatever the shared nodes hold (it cannot be kept),
    /// the nodes of such parts (their links' and documents' nodes, and what their links say of their ends) are
    /// made on another thread, at most two parts ahead, while this one takes from the shared nodes and emits the
    /// parts before them in order: the same nodes as made in turn (they read nothing the shared nodes hold).
    func parts(_ parts: [ExportShards.Part], links: @escaping @Sendable (_ part: Int) throws -> [ExportCatalog.ResolvedLink],
               indexLinks: [ExportCatalog.ResolvedLink],
               ends: (@Sendable (Int) throws -> [ExportCatalog.ResolvedLink])? = nil,
               candidates: (Int) -> [String]? = { _ in nil }, keep: (Int, [String]) -> Bool = { _, _ in false },
               made: (@Sendable (Int) -> Bool)? = nil,
               emit: (ExportShards.Part, JSONValue?, _ taken: [String]) throws -> Void) throws -> JSONValue {
        let context = LinkedDataContext.context(vocabulary: catalog.options.vocabulary)
        var shared = sharedNodes(withLinkNodes: false)
        func take(_ k: Int, _ ahead: PartNodes?) throws {
            let part = parts[k]
            // What the part takes from the shared nodes, made or kept alike: its candidates they hold.
            let sharedTaken = candidates(k).map { Set($0.filter(shared.holds)).sorted() }
            if let sharedTaken, keep(k, sharedTaken) {
                for id in sharedTaken { shared.remove(id) }
                try emit(part, nil, sharedTaken)
                return
            }
            let own = try ahead ?? partNodes(parts, k, links: links, ends: ends)
            var nodes = own.nodes, partEnds = own.ends
            let held = { (id: String) in shared.holds(id) || partEnds.holds(id) }
            let ids = nodes.ids
            let taken = sharedTaken ?? ids.filter(held)
            for id in ids {
                nodes.take(id, from: &partEnds)
                nodes.take(id, from: &shared)
            }
            // What the part's links say of nodes of its documents that it did not make goes to the index.
            let documents = Set(catalog.heads[part.documents].map { catalog.documentIRI($0.id) })
            for id in partEnds.heldIDs where documents.contains(catalog.documentIRI(ofNode: id)) { shared.take(id, from: &partEnds) }
            try emit(part, .object(["@context": context, "@graph": .array(nodes.graph())]), taken)
        }
        if let made, parts.count > 1 {
            let exporter = self
            try OrderedPipeline.run(count: parts.count, workers: 1, window: 2, work: { k in
                Result { made(k) ? try exporter.partNodes(parts, k, links: links, ends: ends) : nil }
            }, consume: { k, ahead in try take(k, try ahead.get()) })
        } else {
            for k in parts.indices { try take(k, nil) }
        }
        for link in indexLinks { addLinkNode(link, to: &shared) }
        let export = catalog.options.base + "/export"
        shared.add(export, types: [])
        shared.set(export, "zc:part", .strings(parts.map { ExportShards.relativePath($0, format: .jsonld) }))
        return .object(["@context": context, "@graph": .array(shared.graph())])
    }

    /// The nodes one part makes before it takes from the shared nodes: those of its links and documents, and what
    /// its links and the links that end at its documents (`ends`, links read from a source) say of their ends.
    struct PartNodes: Sendable {
        var nodes = NodeSet()
        var ends = NodeSet()
    }

    /// The nodes part `k` of `parts` makes (it reads no shared node: it may be made on any thread).
    private func partNodes(_ parts: [ExportShards.Part], _ k: Int, links: (Int) throws -> [ExportCatalog.ResolvedLink],
                           ends: ((Int) throws -> [ExportCatalog.ResolvedLink])?) throws -> PartNodes {
        var made = PartNodes()
        let own = try links(k)
        if let ends {
            for r in try own + ends(k) { addLinkEnds(r, to: &made.ends) }
        }
        for link in own { addLinkNode(link, to: &made.nodes) }
        try catalog.source.forEach(in: parts[k].documents) { addDocument($0, to: &made.nodes, withTypeConcept: false) }
        return made
    }

    /// Every node that is not a document's own: the language, document types, organisations,
    /// external documents, links (with what they add to document and measure nodes) and the export.
    private func sharedNodes(withLinkNodes: Bool = true) -> NodeSet {
        var nodes = NodeSet()
        nodes.add(LinkedDataContext.chineseLanguage, types: ["Concept"])
        nodes.set(LinkedDataContext.chineseLanguage, "prefLabel", "中文")
        for document in catalog.heads {
            if let type = document.type { addTypeConcept(type, to: &nodes) }
        }
        for org in catalog.organisations.values { addOrganisation(org, to: &nodes) }
        for external in catalog.externals.values {
            nodes.add(external.iri, types: ["LegalResource", "Legislation"])
            nodes.set(external.iri, "idLocal", external.docNumber)
            nodes.set(external.iri, "title", external.title)
            nodes.set(external.iri, "name", external.title)
            nodes.set(external.iri, "external", .bool(true))
        }
        for link in catalog.links {
            addLinkEnds(link, to: &nodes)
            if withLinkNodes { addLinkNode(link, to: &nodes) }
        }
        // Links read from a source: what those with an external end say (the rest is said by the parts).
        for link in catalog.externalEndLinks { addLinkEnds(link, to: &nodes) }
        if let generatedAt = catalog.options.generatedAt {
            nodes.add(catalog.options.base + "/export", types: [])
            nodes.set(catalog.options.base + "/export", "generatedAt", generatedAt)
        }
        return nodes
    }

    private func addTypeConcept(_ type: String, to nodes: inout NodeSet) {
        let concept = catalog.typeIRI(type)
        nodes.add(concept, types: ["Concept"])
        nodes.set(concept, "prefLabel", type)
    }

    private func addDocument(_ d: PolicyDocument, to nodes: inout NodeSet, withTypeConcept: Bool = true) {
        let work = catalog.documentIRI(d.id)
        let expression = catalog.expressionIRI(d)
        nodes.add(work, types: ["LegalResource", "Legislation"])
        nodes.set(work, "idLocal", d.docNumber)
        nodes.set(work, "name", d.title)
        nodes.set(work, "noticeTitle", d.noticeTitle)
        nodes.set(work, "dateDocument", d.date)
        nodes.set(work, "datePublication", d.publishedDate)
        nodes.set(work, "level", d.level?.rawValue)
        nodes.set(work, "jurisdiction", d.region)
        nodes.set(work, "status", d.status.rawValue)
        nodes.set(work, "periodStart", d.period.map { JSONValue.string(String($0.start)) })
        nodes.set(work, "periodEnd", d.period.map { JSONValue.string(String($0.end)) })
        nodes.set(work, "sourcePath", d.source.path)
        nodes.set(work, "sha256", d.source.sha256.isEmpty ? nil : d.source.sha256)
        if let type = d.type {
            if withTypeConcept { addTypeConcept(type, to: &nodes) }
            nodes.link(work, "typeDocument", catalog.typeIRI(type))
        }
        for issuer in d.issuers {
            nodes.link(work, "passedBy", catalog.issuerIRI(d, issuer))
        }
        nodes.link(work, "isRealizedBy", expression)
        nodes.add(expression, types: ["LegalExpression"])
        nodes.link(expression, "realizes", work)
        nodes.set(expression, "version", catalog.versionSlug(d))
        nodes.set(expression, "versionDate", d.date ?? d.publishedDate)
        nodes.set(expression, "title", d.title)
        nodes.link(expression, "language", LinkedDataContext.chineseLanguage)

        for (index, p) in d.provisions.enumerated() {
            let iri = catalog.provisionIRI(d, index)
            nodes.add(iri, types: ["LegalResourceSubdivision"])
            let parent = p.parent.map { catalog.provisionIRI(d, $0) } ?? work
            nodes.link(iri, "isPartOf", parent)
            nodes.link(parent, "hasPart", iri)
            nodes.link(iri, "document", work)
            nodes.set(iri, "number", p.label)
            nodes.set(iri, "title", p.heading.isEmpty ? nil : p.heading)
            nodes.set(iri, "text", p.text)
            nodes.set(iri, "kind", p.kind.rawValue)
            nodes.set(iri, "scheme", p.scheme.rawValue)
            nodes.set(iri, "pathLabel", p.path.joined())
            nodes.set(iri, "start", .int(p.start))
            nodes.set(iri, "end", .int(p.end))
        }
        for (n, c) in d.citations.enumerated() {
            let iri = catalog.citationIRI(d, n)
            nodes.add(iri, types: ["Citation"])
            nodes.set(iri, "citedTitle", c.title)
            nodes.set(iri, "citedDocNumber", c.docNumber)
            nodes.set(iri, "explicit", .bool(c.docNumber != nil))
            nodes.set(iri, "start", .int(c.start))
            nodes.set(iri, "end", .int(c.end))
            nodes.link(work, "citation", iri)
            if let target = catalog.citationTarget(of: d, n) {
                nodes.link(iri, "citedDocument", target.iri)
                if target.iri != work { nodes.link(work, c.docNumber != nil ? "cites" : "mentions", target.iri) }
            }
        }
        for m in d.measures where m.provision < d.provisions.count {
            addMeasure(m, of: d, to: &nodes)
        }
        // Targets of framing sections (发展目标) hang on the document itself.
        for (n, t) in catalog.framingTargets(of: d).enumerated() {
            addTarget(t, iri: catalog.framingTargetIRI(d, n), of: work, into: &nodes)
        }
    }

    /// A zc:Target node linked from `owner` (a measure or, for framing sections, the document).
    private func addTarget(_ t: Target, iri tIRI: String, of owner: String, into nodes: inout NodeSet) {
        nodes.add(tIRI, types: ["Target"])
        nodes.link(owner, "target", tIRI)
        nodes.set(tIRI, "year", JSONValue.optional(t.year))
        nodes.set(tIRI, "deadline", t.deadline)
        nodes.set(tIRI, "yearSource", t.yearSource?.rawValue)
        nodes.set(tIRI, "value", .double(t.value))
        nodes.set(tIRI, "upperValue", t.upperValue.map(JSONValue.double))
        nodes.set(tIRI, "unit", t.unit)
        nodes.set(tIRI, "comparator", t.comparator.rawValue)
        nodes.set(tIRI, "counted", t.counted)
        nodes.set(tIRI, "period", t.period)
        nodes.set(tIRI, "phrase", t.phrase)
        nodes.set(tIRI, "sentence", t.sentence)
        nodes.set(tIRI, "start", .int(t.start))
        nodes.set(tIRI, "end", .int(t.end))
    }

    private func addMeasure(_ m: Measure, of d: PolicyDocument, to nodes: inout NodeSet) {
        let iri = catalog.provisionIRI(d, m.provision)
        nodes.add(iri, types: ["Measure"])
        nodes.set(iri, "measureTitle", m.title)
        for (n, r) in m.responsible.enumerated() {
            let rIRI = catalog.responsibilityIRI(d, m, n)
            nodes.add(rIRI, types: ["Responsibility"])
            nodes.link(iri, "responsibility", rIRI)
            nodes.set(rIRI, "role", r.role.rawValue)
            nodes.set(rIRI, "roleInferred", .bool(r.roleInferred))
            nodes.set(rIRI, "collective", .bool(r.collective))
            nodes.set(rIRI, "nameAsWritten", r.name)
            nodes.set(rIRI, "start", .int(r.start))
            nodes.set(rIRI, "end", .int(r.end))
            guard !r.collective else { continue }
            let org = catalog.organisationIRI(name: r.name, department: r.department, region: d.region)
            nodes.link(rIRI, "department", org)
            nodes.link(iri, r.role == .lead ? "leadDepartment" : "participantDepartment", org)
        }
        for (n, t) in m.targets.enumerated() { addTarget(t, iri: catalog.targetIRI(d, m, n), of: iri, into: &nodes) }
        for index in catalog.citationIndexes(of: m, in: d) {
            nodes.link(iri, "citation", catalog.citationIRI(d, index))
            let c = d.citations[index]
            if c.docNumber != nil, let target = catalog.citationTarget(of: d, index), target.document != d.id {
                nodes.link(iri, "cites", target.iri)
            }
        }
    }

    private func addOrganisation(_ org: ExportCatalog.Organisation, to nodes: inout NodeSet) {
        nodes.add(org.iri, types: ["Organization", "GovernmentOrganization"])
        nodes.set(org.iri, "prefLabel", org.name)
        nodes.set(org.iri, "name", org.name)
        nodes.set(org.iri, "inRegistry", .bool(org.department != nil))
        let alt = Set((org.department?.aliases ?? []) + org.writtenNames).subtracting([org.name]).sorted()
        if !alt.isEmpty { nodes.set(org.iri, "altLabel", .strings(alt)) }
        nodes.set(org.iri, "areaServed", org.region)
        guard let dept = org.department else { return }
        nodes.set(org.iri, "level", dept.level)
        nodes.set(org.iri, "kind", dept.kind)
        if let parent = dept.parent {
            let p = catalog.organisationIRI(name: parent, department: parent, region: nil)
            if catalog.hasOrganisation(p) { nodes.link(org.iri, "subOrganizationOf", p) }
        }
        for counterpart in dept.counterparts {
            let c = catalog.organisationIRI(name: counterpart, department: counterpart, region: nil)
            if catalog.hasOrganisation(c) { nodes.link(org.iri, "counterpart", c) }
        }
    }

    /// What a link adds to the nodes at its ends.
    private func addLinkEnds(_ r: ExportCatalog.ResolvedLink, to nodes: inout NodeSet) {
        let link = r.link
        switch link.type {
        case .cites:
            nodes.link(r.fromIRI, "cites", r.toIRI)
        case .derives:
            nodes.link(r.fromIRI, "wasDerivedFrom", r.toIRI)
            nodes.link(r.fromIRI, "qualifiedDerivation", r.iri)
            if !r.fromIsMeasure, !r.toIsMeasure {
                let carriesOut = (catalog.levelRank(r.fromDocument) ?? -1) > (catalog.levelRank(r.toDocument) ?? Int.max)
                nodes.link(r.fromIRI, carriesOut ? "implements" : "relatedTo", r.toIRI)
            }
        case .related, .parallel:
            nodes.link(r.fromIRI, "relatedTo", r.toIRI)
            if link.inferred {
                nodes.link(r.fromIRI, "wasInfluencedBy", r.toIRI)
                nodes.link(r.fromIRI, "qualifiedInfluence", r.iri)
            }
        case .repeals:
            nodes.link(r.fromIRI, "repeals", r.toIRI)
        case .version:
            nodes.link(r.fromIRI, "otherVersion", r.toIRI)
            nodes.link(r.toIRI, "otherVersion", r.fromIRI)
            // Two versions of one plan: each version realizes both works, so either work lists every version.
            if !r.fromIsMeasure, !r.toIsMeasure, let a = r.fromDocument.flatMap(catalog.document),
               let b = r.toDocument.flatMap(catalog.document) {
                for (expression, work) in [(catalog.expressionIRI(a), r.toIRI), (catalog.expressionIRI(b), r.fromIRI)] {
                    nodes.link(expression, "realizes", work)
                    nodes.link(work, "isRealizedBy", expression)
                }
            }
        }
    }

    /// The link's own node and its shared spans.
    private func addLinkNode(_ r: ExportCatalog.ResolvedLink, to nodes: inout NodeSet) {
        let link = r.link
        var types = ["LineageLink"]
        switch link.type {
        case .derives:
            types.append("Derivation")
            nodes.link(r.iri, "entity", r.toIRI)
        case .related where link.inferred, .parallel where link.inferred:
            types.append("Influence")
            nodes.link(r.iri, "influencer", r.toIRI)
        default:
            break
        }
        nodes.add(r.iri, types: types)
        nodes.set(r.iri, "linkType", link.type.rawValue)
        nodes.link(r.iri, "linkFrom", r.fromIRI)
        nodes.link(r.iri, "linkTo", r.toIRI)
        nodes.set(r.iri, "score", link.score.map { JSONValue.double(ExportCatalog.rounded($0)) })
        nodes.set(r.iri, "inferred", .bool(link.inferred))
        guard let evidence = link.evidence else { return }
        nodes.set(r.iri, "method", evidence.method)
        if !evidence.sharedTerms.isEmpty { nodes.set(r.iri, "sharedTerm", .strings(evidence.sharedTerms)) }
        nodes.set(r.iri, "supportingMeasures", JSONValue.optional(evidence.supportingMeasures))
        for (n, span) in evidence.spans.enumerated() {
            let s = r.iri + "/span/" + String(n + 1)
            nodes.add(s, types: ["SharedSpan"])
            nodes.link(r.iri, "span", s)
            nodes.set(s, "spanText", span.text)
            nodes.set(s, "fromStart", .int(span.fromStart))
            nodes.set(s, "fromEnd", .int(span.fromEnd))
            nodes.set(s, "toStart", .int(span.toStart))
            nodes.set(s, "toEnd", .int(span.toEnd))
        }
    }
}
