import ZhengceDocument
import ZhengceLineage
import ZhengceText

/// The resolved view of an `ExportInput` that every format shares: documents in id order,
/// minted IRIs, department resolution, citation targets and lineage link ends.
///
/// IRIs follow legislation.gov.uk's work → version → provision pattern:
/// `{base}/doc/{发文字号 or id}` (the work), `…/{draft|final}` (the version),
/// `…/{normalised provision path, one segment per level}` (a provision or measure).
/// The same input always gives the same IRIs.
struct ExportCatalog {
    /// An organisation node: a registry department or a name the registry does not know.
    struct Organisation {
        var iri: String
        var name: String
        var department: ExportDepartment?
        /// For names not in the registry: the region of the document that named it.
        var region: String?
        /// Names as written that resolved to it.
        var writtenNames: Set<String>
    }

    /// A document known only from a citation or a link.
    struct ExternalDocument {
        var iri: String
        var key: String
        var docNumber: String?
        var title: String?
    }

    /// One lineage link with both ends resolved to IRIs.
    struct ResolvedLink {
        var iri: String
        var link: LineageLink
        var fromIRI: String
        var toIRI: String
        /// Document ids (corpus) of each end, nil for external documents.
        var fromDocument: String?
        var toDocument: String?
        /// True when the end is a measure.
        var fromIsMeasure: Bool
        var toIsMeasure: Bool
    }

    let options: ExportOptions
    /// Canonical names of issuers by document id and name as written.
    let issuerDepartments: [String: [String: String]]
    /// The documents, read a batch at a time (`heads` holds what other records need of each).
    let source: ExportDocuments
    /// What the export needs of each document beyond its own records, in id order.
    private(set) var heads: [DocumentHead] = []
    let departments: [ExportDepartment]
    private(set) var documentKey: [String: String] = [:]
    /// Each provision's IRI path below its document (segments encoded, joined by "/"), by provision id.
    private var provisionPaths: [PlainText: String] = [:]
    /// Each corpus document's IRI, by id (made once: links and records ask for it many times).
    private var documentIRIs: [PlainText: String] = [:]
    private(set) var organisations: [String: Organisation] = [:]
    private(set) var externals: [String: ExternalDocument] = [:]
    private(set) var links: [ResolvedLink] = []
    /// Where each citation points, by document id and citation index.
    private(set) var citationTargets: [String: [(document: String?, iri: String)?]] = [:]
    /// The IRIs of every organisation node.
    private(set) var organisationIRIs: Set<String> = []
    /// Things the export had to skip or guess, one sentence each, sorted.
    private(set) var warnings: [String] = []

    private var departmentByName: [String: ExportDepartment] = [:]
    private var departmentsByAlias: [String: [ExportDepartment]] = [:]
    private var documentByNumber: [String: String] = [:]
    /// The first document (by id) with each 发文字号, shared numbers included.
    private var firstDocumentByNumber: [String: String] = [:]
    /// For each document id, the ids of its other versions (from version links), sorted.
    private(set) var otherVersions: [String: [String]] = [:]
    private var documentByTitle: [String: String] = [:]
    private var documentIndex: [PlainText: Int] = [:]
    /// For the documents links name with a measure or provision: the IRI path below the document of each
    /// measure and provision id (a measure's provision; the first of an id).
    private var endPaths: [PlainText: [PlainText: String]] = [:]

    init(input: ExportInput, options: ExportOptions) throws {
        self.options = options
        self.issuerDepartments = input.issuerDepartments
        self.source = input.documents
        self.departments = input.departments.sorted { $0.name < $1.name }
        var seen = Set<String>()
        for id in source.ids where !seen.insert(id).inserted {
            throw ExportError.duplicateDocumentID(id)
        }
        indexDepartments()
        // One pass over the documents (a batch in memory at a time): what records of other documents and
        // links need of each; citations wait for every document's key and title.
        let linked = Set(input.links.flatMap { link in
            [link.from, link.to].filter { !$0.external && $0.measure != nil }.map { PlainText($0.document) }
        })
        var citing: [(id: String, citations: [Citation])] = []
        try source.forEach(batch: options.partSize) { document in
            documentIndex[PlainText(document.id)] = heads.count
            heads.append(DocumentHead(document))
            mintProvisionSegments(document)
            if linked.contains(PlainText(document.id)) { endPaths[PlainText(document.id)] = measurePaths(document) }
            if let title = document.title, documentByTitle[title] == nil { documentByTitle[title] = document.id }
            if let title = document.noticeTitle, documentByTitle[title] == nil { documentByTitle[title] = document.id }
            for issuer in document.issuers {
                _ = resolveOrganisation(name: issuer, department: issuerDepartment(document.id, issuer), region: document.region)
            }
            for measure in document.measures {
                for r in measure.responsible where !r.collective {
                    _ = resolveOrganisation(name: r.name, department: r.department, region: document.region)
                }
            }
            citing.append((document.id, document.citations))
        }
        mintDocumentKeys()
        for head in heads { documentIRIs[PlainText(head.id)] = options.base + "/doc/" + IRISegment.encode(documentKey[head.id] ?? head.id) }
        for (id, citations) in citing { citationTargets[id] = citations.map { citationTarget($0) } }
        citing = []
        resolveLinks(input.links)
        endPaths = [:]
        if !options.allDepartments { keepReferencedDepartments() }
        organisationIRIs = Set(organisations.values.map(\.iri))
        warnings.sort()
    }

    // MARK: IRIs

    /// The IRI of a corpus document (the work).
    func documentIRI(_ id: String) -> String {
        documentIRIs[PlainText(id)] ?? options.base + "/doc/" + IRISegment.encode(documentKey[id] ?? id)
    }

    /// The version slug of a document: "draft" or "final".
    func versionSlug(_ document: PolicyDocument) -> String { document.status.rawValue }
    func versionSlug(_ head: DocumentHead) -> String { head.status.rawValue }

    /// The IRI of a document's version (its expression).
    func expressionIRI(_ document: PolicyDocument) -> String {
        documentIRI(document.id) + "/" + versionSlug(document)
    }
    func expressionIRI(_ head: DocumentHead) -> String {
        documentIRI(head.id) + "/" + versionSlug(head)
    }

    /// The IRI of provision `index` of `document`.
    func provisionIRI(_ document: PolicyDocument, _ index: Int) -> String {
        let path = provisionPaths[PlainText(document.provisions[index].id)] ?? String(index)
        return documentIRI(document.id) + "/" + path
    }

    /// The IRI of the n-th (0-based) citation of `document`.
    func citationIRI(_ document: PolicyDocument, _ n: Int) -> String {
        documentIRI(document.id) + "/citation/" + String(n + 1)
    }

    /// The IRI of the n-th (0-based) responsibility of a measure.
    func responsibilityIRI(_ document: PolicyDocument, _ measure: Measure, _ n: Int) -> String {
        provisionIRI(document, measure.provision) + "/responsible/" + String(n + 1)
    }

    /// The IRI of the n-th (0-based) target of a measure.
    func targetIRI(_ document: PolicyDocument, _ measure: Measure, _ n: Int) -> String {
        provisionIRI(document, measure.provision) + "/target/" + String(n + 1)
    }

    /// The targets of `document` outside every measure (framing sections such as 发展目标), in order.
    func framingTargets(of document: PolicyDocument) -> [Target] {
        document.targetEntries.filter { $0.measure == nil }.map(\.target)
    }

    /// The IRI of the `n`th (0-based) framing target of a document: {document}/target/{n+1}.
    func framingTargetIRI(_ document: PolicyDocument, _ n: Int) -> String {
        documentIRI(document.id) + "/target/" + String(n + 1)
    }

    /// The IRI of a document type concept, e.g. {base}/type/行动方案.
    func typeIRI(_ type: String) -> String { options.base + "/type/" + IRISegment.encode(type) }

    /// The IRI of a zhengce vocabulary term.
    func term(_ name: String) -> String { options.vocabulary + name }

    /// What the export knows of the corpus document with this id.
    func document(_ id: String) -> DocumentHead? { documentIndex[PlainText(id)].map { heads[$0] } }

    /// The canonical department of an issuer, when the input resolved it.
    func issuerDepartment(_ documentID: String, _ name: String) -> String? { issuerDepartments[documentID]?[name] }

    /// The organisation IRI of an issuer of `document`.
    func issuerIRI(_ document: PolicyDocument, _ name: String) -> String {
        organisationIRI(name: name, department: issuerDepartment(document.id, name), region: document.region)
    }

    /// The organisation of a name as written in a document of `region`.
    func organisationIRI(name: String, department: String?, region: String?) -> String {
        organisationKey(name: name, department: department, region: region).iri
    }

    // MARK: Documents

    private mutating func mintDocumentKeys() {
        var numberCount: [String: Int] = [:]
        for document in heads {
            guard let n = document.docNumber else { continue }
            numberCount[n, default: 0] += 1
            if firstDocumentByNumber[n] == nil { firstDocumentByNumber[n] = document.id }
        }
        var used = Set<String>()
        for document in heads {
            if let n = document.docNumber, numberCount[n] == 1 {
                documentKey[document.id] = n
                documentByNumber[n] = document.id
                used.insert(n)
            }
        }
        for document in heads where documentKey[document.id] == nil {
            var key = document.id
            if used.contains(key) { key = "id:" + key }
            documentKey[document.id] = key
            used.insert(key)
            if let n = document.docNumber {
                warnings.append("\(document.id): 发文字号 \(n) is shared by several documents; its IRI uses the id")
            }
        }
    }

    private mutating func mintProvisionSegments(_ document: PolicyDocument) {
        var used = Set<[String]>()
        for provision in document.provisions {
            var segments = provision.normalizedPath.isEmpty ? [provision.normalizedLabel] : provision.normalizedPath
            if segments.contains(where: { ["citation", "responsible", "target", "draft", "final"].contains($0) }) {
                segments = segments.map { "p-" + $0 }
            }
            if used.contains(segments) {
                var n = 2
                let last = segments[segments.count - 1]
                while used.contains(Array(segments.dropLast()) + [last + "~" + String(n)]) { n += 1 }
                segments[segments.count - 1] = last + "~" + String(n)
                warnings.append("\(document.id): provision \(provision.id) repeats a path; its IRI ends in ~\(n)")
            }
            used.insert(segments)
            provisionPaths[PlainText(provision.id)] = segments.map(IRISegment.encode).joined(separator: "/")
        }
    }

    /// Where a citation points: a corpus document id, or an external document IRI; nil when it names nothing.
    private mutating func citationTarget(_ citation: Citation) -> (document: String?, iri: String)? {
        if let number = citation.docNumber {
            if let id = documentByNumber[number] { return (id, documentIRI(id)) }
            if let id = firstDocumentByNumber[number] { return (id, documentIRI(id)) }
            return (nil, external(docNumber: number, title: citation.title))
        }
        if let title = citation.title {
            if let id = documentByTitle[title] { return (id, documentIRI(id)) }
            return (nil, external(docNumber: nil, title: title))
        }
        return nil
    }

    /// Where citation `index` of `document` points (resolved at init).
    func citationTarget(of document: PolicyDocument, _ index: Int) -> (document: String?, iri: String)? {
        guard let targets = citationTargets[document.id], index < targets.count else { return nil }
        return targets[index]
    }

    private mutating func external(docNumber: String?, title: String?) -> String {
        let key = docNumber ?? title ?? "unknown"
        let iri = options.base + "/doc/" + IRISegment.encode(key)
        if var existing = externals[key] {
            if existing.title == nil, let title { existing.title = title; externals[key] = existing }
            return existing.iri
        }
        externals[key] = ExternalDocument(iri: iri, key: key, docNumber: docNumber, title: title)
        return iri
    }

    // MARK: Departments

    private mutating func indexDepartments() {
        for department in departments {
            if departmentByName[department.name] != nil {
                warnings.append("department \(department.name) is given twice; the first is kept")
                continue
            }
            departmentByName[department.name] = department
        }
        for department in departmentByName.values.sorted(by: { $0.name < $1.name }) {
            for alias in Set(department.aliases + [department.name]) {
                departmentsByAlias[alias, default: []].append(department)
            }
        }
        for department in departmentByName.values.sorted(by: { $0.name < $1.name }) {
            organisations[department.name] = Organisation(
                iri: options.base + "/dept/" + IRISegment.encode(department.name), name: department.name,
                department: department, region: department.region, writtenNames: [])
        }
    }

    /// The registry department a name refers to in a document of `region`, if one is unambiguous.
    func registryDepartment(name: String, canonical: String?, region: String?) -> ExportDepartment? {
        if let canonical, let d = departmentByName[canonical] { return d }
        if let d = departmentByName[name] { return d }
        guard let candidates = departmentsByAlias[name], !candidates.isEmpty else { return nil }
        if candidates.count == 1 { return candidates[0] }
        let local = candidates.filter { $0.region != nil && $0.region == region }
        if local.count == 1 { return local[0] }
        if region == nil {
            let national = candidates.filter { $0.region == nil }
            if national.count == 1 { return national[0] }
        }
        return nil
    }

    private func organisationKey(name: String, department: String?, region: String?) -> (key: String, iri: String) {
        if let d = registryDepartment(name: name, canonical: department, region: region) {
            return (d.name, options.base + "/dept/" + IRISegment.encode(d.name))
        }
        let label = department ?? name
        if let region, !label.hasPrefix(ExportCatalog.regionStem(region)) {
            return (region + "/" + label, options.base + "/dept/" + IRISegment.encode(region) + "/" + IRISegment.encode(label))
        }
        return (label, options.base + "/dept/" + IRISegment.encode(label))
    }

    private mutating func resolveOrganisation(name: String, department: String?, region: String?) -> String {
        let (key, iri) = organisationKey(name: name, department: department, region: region)
        if organisations[key] == nil {
            let label = department ?? name
            organisations[key] = Organisation(iri: iri, name: label, department: nil, region: region, writtenNames: [])
            warnings.append("department '\(label)'\(region.map { " (\($0))" } ?? "") is not in the registry")
        }
        organisations[key]!.writtenNames.insert(name)
        return iri
    }

    /// 四川省 → 四川, 上海市 → 上海, 广西壮族自治区 → 广西: the part a local name starts with.
    static func regionStem(_ region: String) -> String {
        for suffix in ["壮族自治区", "回族自治区", "维吾尔自治区", "特别行政区", "自治区", "省", "市"] where region.hasSuffix(suffix) && region.count > suffix.count {
            return String(region.dropLast(suffix.count))
        }
        return region
    }

    /// Drops registry departments that no document names, keeping the parents and
    /// counterparts of those it names (one step), so every reference has its node.
    private mutating func keepReferencedDepartments() {
        var keep = Set(organisations.filter { !$0.value.writtenNames.isEmpty || $0.value.department == nil }.map(\.key))
        for key in keep {
            guard let d = organisations[key]?.department else { continue }
            for related in d.counterparts + [d.parent].compactMap({ $0 }) where departmentByName[related] != nil { keep.insert(related) }
        }
        organisations = organisations.filter { keep.contains($0.key) }
    }

    /// True when an organisation node with this IRI is exported.
    func hasOrganisation(_ iri: String) -> Bool { organisationIRIs.contains(iri) }

    // MARK: Links

    /// The IRI, corpus document and measure-ness of a link end.
    private mutating func resolveEnd(_ end: LinkEnd) -> (iri: String, document: String?, measure: Bool)? {
        if !end.external, let document = document(end.document) {
            guard let measureID = end.measure else { return (documentIRI(document.id), document.id, false) }
            if let path = endPaths[PlainText(document.id)]?[PlainText(measureID)] {
                return (documentIRI(document.id) + "/" + path, document.id, true)
            }
            warnings.append("link end \(measureID) is not a measure of \(document.id); the link is left out")
            return nil
        }
        if let number = end.docNumber, let id = documentByNumber[number], end.measure == nil {
            return (documentIRI(id), id, false)
        }
        var title = end.title
        var number = end.docNumber
        if number == nil, title == nil {
            let key = end.document.hasPrefix("external:") ? String(end.document.dropFirst("external:".count)) : end.document
            if key.hasSuffix("号") { number = key } else { title = key }
        }
        return (external(docNumber: number, title: title), nil, false)
    }

    /// The IRI path below `document` of each of its measure and provision ids: the provision each stands on
    /// (the first measure, else the first provision, of that id).
    private func measurePaths(_ document: PolicyDocument) -> [PlainText: String] {
        var index: [PlainText: Int] = [:]
        for (i, provision) in document.provisions.enumerated() where index[PlainText(provision.id)] == nil { index[PlainText(provision.id)] = i }
        var seen = Set<PlainText>()
        for measure in document.measures where seen.insert(PlainText(measure.id)).inserted && measure.provision < document.provisions.count {
            index[PlainText(measure.id)] = measure.provision
        }
        return index.mapValues { provisionPaths[PlainText(document.provisions[$0].id)] ?? String($0) }
    }

    private mutating func resolveLinks(_ input: [LineageLink]) {
        var resolved: [ResolvedLink] = []
        resolved.reserveCapacity(input.count)
        var seenIRIs = Set<String>()
        // One string per end IRI, however many links share the end (they are most of the catalog's text).
        var ends: [String: String] = [:]
        func interned(_ iri: String) -> String {
            if let known = ends[iri] { return known }
            ends[iri] = iri
            return iri
        }
        for link in input {
            guard var from = resolveEnd(link.from), var to = resolveEnd(link.to) else { continue }
            from.iri = interned(from.iri)
            to.iri = interned(to.iri)
            let iri = options.base + "/link/" + link.type.rawValue + "/" + ExportCatalog.fnv1a64(link.type.rawValue + "|" + from.iri + "|" + to.iri)
            guard seenIRIs.insert(iri).inserted else {
                warnings.append("link \(link.type.rawValue) \(from.iri) → \(to.iri) is given twice; the first is kept")
                continue
            }
            resolved.append(ResolvedLink(iri: iri, link: link, fromIRI: from.iri, toIRI: to.iri, fromDocument: from.document,
                                         toDocument: to.document, fromIsMeasure: from.measure, toIsMeasure: to.measure))
        }
        var versions: [String: Set<String>] = [:]
        for link in resolved where link.link.type == .version && !link.fromIsMeasure && !link.toIsMeasure {
            guard let a = link.fromDocument, let b = link.toDocument, a != b else { continue }
            versions[a, default: []].insert(b)
            versions[b, default: []].insert(a)
        }
        otherVersions = versions.mapValues { $0.sorted() }
        links = ExportCatalog.sortedByEnds(resolved)
    }

    /// `links` by type, then from-IRI, then to-IRI (`String` order; each IRI checked once so that the
    /// comparisons of plain texts are byte comparisons, see `PlainText`).
    static func sortedByEnds(_ links: [ResolvedLink]) -> [ResolvedLink] {
        let keys = links.map { (type: $0.link.type.rawValue, from: PlainText($0.fromIRI), to: PlainText($0.toIRI)) }
        let order = keys.indices.sorted { (keys[$0].type, keys[$0].from, keys[$0].to) < (keys[$1].type, keys[$1].from, keys[$1].to) }
        return order.map { links[$0] }
    }

    /// 16 lowercase hex digits of the FNV-1a 64-bit hash of the UTF-8 bytes (stable across runs and platforms).
    static func fnv1a64(_ text: String) -> String {
        let hex = String(FNV1a64.hash(text), radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    // MARK: Helpers shared by the formats

    /// The index in `document.citations` of each citation of `measure` (matched by span).
    func citationIndexes(of measure: Measure, in document: PolicyDocument) -> [Int] {
        measure.citations.compactMap { c in document.citations.firstIndex { $0.start == c.start && $0.end == c.end } }
    }

    /// For each citation index of `document`, the innermost measure (smallest span) that lists it.
    func measureOfCitation(in document: PolicyDocument) -> [Int: Measure] {
        var result: [Int: Measure] = [:]
        for measure in document.measures {
            for index in citationIndexes(of: measure, in: document) {
                if let current = result[index], current.end - current.start <= measure.end - measure.start { continue }
                result[index] = measure
            }
        }
        return result
    }

    /// The level rank (national 0 … county 3) of a document, nil when unknown.
    func levelRank(_ id: String?) -> Int? {
        guard let id, let level = document(id)?.level else { return nil }
        return DocumentLevel.allCases.firstIndex(of: level)
    }

    /// A score rounded to 4 decimals, so float noise never changes the bytes.
    static func rounded(_ score: Double) -> Double { (score * 10_000).rounded() / 10_000 }
}
