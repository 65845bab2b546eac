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
    /// The links, when held (`ExportInput.links`); empty when they are read from `linkSource`.
    private(set) var links: [ResolvedLink] = []
    /// Where the links are read when they are not held (an export in parts, see `ExportLinkSource`).
    let linkSource: ExportLinkSource?
    /// The number of links exported (after doubles and links to unknown measures are left out).
    private(set) var linkCount = 0
    /// Links read from `linkSource`: those that start at no corpus document (the index's); those with an
    /// end outside the corpus, without evidence (what they say of external documents is the index's); those
    /// whose ends resolve to other documents than the ones they were stored with (read with the documents
    /// they resolve to); and for each corpus document a digest of the fingerprints of its links.
    private(set) var indexLinks: [ResolvedLink] = []
    private(set) var externalEndLinks: [ResolvedLink] = []
    private(set) var strayLinks: [ResolvedLink] = []
    private(set) var linkDigests: [PlainText: LinkDigest] = [:]
    /// While links are read from `linkSource`: the titles links give to external documents that have none
    /// (the first link in analysis order gives it, see `streamLinks`).
    private var linkTitles: [String: [(title: String, link: LineageLink, side: Int)]]?
    private var currentLink: LineageLink?
    private var currentSide = 0
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
        try self.init(documentsOf: input, options: options)
        HeapTrim.note("export: catalog's pass over \(heads.count) documents")
        try resolveLinks(of: input)
        HeapTrim.note("export: catalog's pass over the links")
    }

    /// The catalog's pass over the documents alone (heads, IRIs, organisations, citations): what `init` does
    /// before it reads a link. For an input whose links are read from `linkSource`, this reads none, so it can
    /// be made while the links are still being made; `resolveLinks(of:)` completes it.
    init(documentsOf input: ExportInput, options: ExportOptions) throws {
        self.options = options
        self.issuerDepartments = input.issuerDepartments
        self.source = input.documents
        self.linkSource = input.linkSource
        self.departments = input.departments.sorted { $0.name < $1.name }
        var seen = Set<String>()
        for id in source.ids where !seen.insert(id).inserted {
            throw ExportError.duplicateDocumentID(id)
        }
        indexDepartments()
        // One pass over the documents (a batch in memory at a time): what records of other documents and
        // links need of each; citations wait for every document's key and title.
        // Links read later from `linkSource` may name a measure of any document.
        let streaming = input.linkSource != nil
        let linked = streaming ? [] : Set(input.links.flatMap { link in
            [link.from, link.to].filter { !$0.external && $0.measure != nil }.map { PlainText($0.document) }
        })
        var citing: [(id: String, citations: [Citation])] = []
        func take(_ entry: ExportDocumentEntry) {
            let id = entry.head.id
            documentIndex[PlainText(id)] = heads.count
            heads.append(entry.head)
            for provision in entry.provisionPaths { provisionPaths[provision.id] = provision.path }
            warnings += entry.warnings
            if streaming || linked.contains(PlainText(id)) { endPaths[PlainText(id)] = entry.endPaths }
            if let title = entry.title, documentByTitle[title] == nil { documentByTitle[title] = id }
            if let title = entry.noticeTitle, documentByTitle[title] == nil { documentByTitle[title] = id }
            for issuer in entry.issuers {
                _ = resolveOrganisation(name: issuer, department: issuerDepartment(id, issuer), region: entry.region)
            }
            for r in entry.responsible {
                _ = resolveOrganisation(name: r.name, department: r.department, region: entry.region)
            }
            citing.append((id, entry.citations))
        }
        // The entries the caller made (of the same documents, any order), else each document read and taken.
        if let entries = input.documentEntries?.sorted(by: { $0.head.id < $1.head.id }),
           entries.map(\.head.id) == source.ids {
            for entry in entries { take(entry) }
        } else {
            // A batch at a time, its entries made on every core.
            var start = 0
            while start < source.count {
                let end = min(source.count, start + max(1, options.partSize))
                let batch = try source.documents(start..<end)
                for entry in ConcurrentMap.run(batch.count, { ExportDocumentEntry(batch[$0]) }) { take(entry) }
                start = end
            }
        }
        mintDocumentKeys()
        for head in heads { documentIRIs[PlainText(head.id)] = options.base + "/doc/" + IRISegment.encode(documentKey[head.id] ?? head.id) }
        for (id, citations) in citing { citationTargets[id] = citations.map { citationTarget($0) } }
    }

    /// The catalog's pass over the links of `input` (the input `init(documentsOf:options:)` was made from), read
    /// from its `linkSource` or held, and what depends on them.
    mutating func resolveLinks(of input: ExportInput) throws {
        if let linkSource = input.linkSource {
            try streamLinks(linkSource)
        } else {
            resolveLinks(input.links)
            endPaths = [:]
        }
        if !options.allDepartments { keepReferencedDepartments() }
        organisationIRIs = Set(organisations.values.map(\.iri))
        warnings.sort()
    }

    // MARK: IRIs

    /// The IRI of a corpus document (the work).
    func documentIRI(_ id: String) -> String {
        documentIRIs[PlainText(id)] ?? options.base + "/doc/" + IRISegment.encode(documentKey[id] ?? id)
    }

    /// The IRI of the corpus document a node of this IRI would belong to (the IRI up to the segment after
    /// `/doc/`); "" for an IRI not under `{base}/doc/`.
    func documentIRI(ofNode iri: String) -> String {
        let prefix = options.base + "/doc/"
        guard iri.hasPrefix(prefix) else { return "" }
        let rest = iri.dropFirst(prefix.count)
        return prefix + (rest.firstIndex(of: "/").map { String(rest[..<$0]) } ?? String(rest))
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
        let iri = externalIRI(key)
        // Links read from a source come in another order than an analysis's: the title they give is chosen
        // once they are all read.
        if let link = currentLink, linkTitles != nil {
            if externals[key] == nil { externals[key] = ExternalDocument(iri: iri, key: key, docNumber: docNumber, title: nil) }
            if externals[key]!.title == nil, let title {
                var bare = link
                bare.evidence = nil
                linkTitles![key, default: []].append((title, bare, currentSide))
            }
            return externals[key]!.iri
        }
        if var existing = externals[key] {
            if existing.title == nil, let title { existing.title = title; externals[key] = existing }
            return existing.iri
        }
        externals[key] = ExternalDocument(iri: iri, key: key, docNumber: docNumber, title: title)
        return iri
    }

    /// The IRI of the external document of `key` (its 发文字号, else its title).
    private func externalIRI(_ key: String) -> String { options.base + "/doc/" + IRISegment.encode(key) }

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

    /// What a link end names: a corpus document or one of its measures, a measure its document does not
    /// have, or an external document.
    private enum EndTarget {
        case corpus(iri: String, document: String, measure: Bool)
        case unknownMeasure(measure: String, document: String)
        case external(docNumber: String?, title: String?)
    }

    private func endTarget(_ end: LinkEnd) -> EndTarget {
        if !end.external, let document = document(end.document) {
            guard let measureID = end.measure else { return .corpus(iri: documentIRI(document.id), document: document.id, measure: false) }
            if let path = endPaths[PlainText(document.id)]?[PlainText(measureID)] {
                return .corpus(iri: documentIRI(document.id) + "/" + path, document: document.id, measure: true)
            }
            return .unknownMeasure(measure: measureID, document: document.id)
        }
        if let number = end.docNumber, let id = documentByNumber[number], end.measure == nil {
            return .corpus(iri: documentIRI(id), document: id, measure: false)
        }
        var title = end.title
        var number = end.docNumber
        if number == nil, title == nil {
            let key = end.document.hasPrefix("external:") ? String(end.document.dropFirst("external:".count)) : end.document
            if key.hasSuffix("号") { number = key } else { title = key }
        }
        return .external(docNumber: number, title: title)
    }

    /// The IRI, corpus document and measure-ness of a link end (noting external documents and warnings).
    private mutating func resolveEnd(_ end: LinkEnd) -> (iri: String, document: String?, measure: Bool)? {
        switch endTarget(end) {
        case .corpus(let iri, let document, let measure):
            return (iri, document, measure)
        case .unknownMeasure(let measureID, let document):
            warnings.append("link end \(measureID) is not a measure of \(document); the link is left out")
            return nil
        case .external(let number, let title):
            return (external(docNumber: number, title: title), nil, false)
        }
    }

    /// `resolveEnd` once every link was read (nothing noted).
    private func resolvedEnd(_ end: LinkEnd) -> (iri: String, document: String?, measure: Bool)? {
        switch endTarget(end) {
        case .corpus(let iri, let document, let measure): return (iri, document, measure)
        case .unknownMeasure: return nil
        case .external(let number, let title): return (externalIRI(number ?? title ?? "unknown"), nil, false)
        }
    }

    /// A link with its ends resolved.
    private static func resolved(_ link: LineageLink, _ from: (iri: String, document: String?, measure: Bool),
                                 _ to: (iri: String, document: String?, measure: Bool), base: String) -> ResolvedLink {
        let iri = base + "/link/" + link.type.rawValue + "/" + ExportCatalog.fnv1a64(link.type.rawValue + "|" + from.iri + "|" + to.iri)
        return ResolvedLink(iri: iri, link: link, fromIRI: from.iri, toIRI: to.iri, fromDocument: from.document,
                            toDocument: to.document, fromIsMeasure: from.measure, toIsMeasure: to.measure)
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
            let r = ExportCatalog.resolved(link, from, to, base: options.base)
            guard seenIRIs.insert(r.iri).inserted else {
                warnings.append(ExportCatalog.doubleWarning(r))
                continue
            }
            resolved.append(r)
        }
        var versions: [String: Set<String>] = [:]
        for link in resolved where link.link.type == .version && !link.fromIsMeasure && !link.toIsMeasure {
            guard let a = link.fromDocument, let b = link.toDocument, a != b else { continue }
            versions[a, default: []].insert(b)
            versions[b, default: []].insert(a)
        }
        otherVersions = versions.mapValues { $0.sorted() }
        links = ExportCatalog.sortedByEnds(resolved)
        linkCount = links.count
    }

    private static func doubleWarning(_ r: ResolvedLink) -> String {
        "link \(r.link.type.rawValue) \(r.fromIRI) → \(r.toIRI) is given twice; the first is kept"
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

// MARK: Links read from a source

/// What a document's digest needs of its links when they are not held: their number and two sums of their
/// fingerprints (`linkFingerprint`), the same whatever order they are read in.
struct LinkDigest {
    var count: UInt64 = 0
    var sum: UInt64 = 0
    var xor: UInt64 = 0

    mutating func add(_ fingerprint: UInt64) {
        count &+= 1
        // Each fingerprint mixed before it is added, so that two changed links do not cancel out.
        var x = fingerprint &* 0x9E37_79B9_7F4A_7C15
        x ^= x >> 29
        sum &+= x
        xor ^= fingerprint
    }

    var values: [UInt64] { [count, sum, xor] }
}

extension ExportCatalog {
    /// One pass over every link of `source`, a `from` document's links at a time, keeping what the export
    /// needs of all of them and not the links: external documents and the titles links give them, warnings,
    /// other versions, the number of links, the index's links, links with an external end (without evidence),
    /// links stored with other documents than they resolve to, and each document's link digest.
    ///
    /// The export's choices that depend on the order of links are made as in the order of an analysis's result
    /// (`LineageAnalyzer.sorted`), which the store does not keep: of two links with one IRI the first is kept
    /// (both start at one document, so they are read together), and an external document takes the title of
    /// the first link that gives one.
    private mutating func streamLinks(_ source: ExportLinkSource) throws {
        linkTitles = [:]
        var versions: [String: Set<String>] = [:]
        // The links come without their evidence (its text is fingerprinted); it is decoded for the few kept.
        try source.forEachGroup { group in
            var resolved: [ResolvedLink] = []
            var texts: [String?] = []
            for stored in group {
                let link = stored.link
                currentLink = link
                currentSide = 0
                guard let from = resolveEnd(link.from) else { continue }
                currentSide = 1
                guard let to = resolveEnd(link.to) else { continue }
                resolved.append(ExportCatalog.resolved(link, from, to, base: options.base))
                texts.append(stored.evidence)
            }
            currentLink = nil
            let (kept, dropped) = try deduplicatedPositions(resolved)
            for n in dropped { warnings.append(ExportCatalog.doubleWarning(resolved[n])) }
            for n in kept {
                var r = resolved[n]
                linkCount += 1
                if r.link.type == .version, !r.fromIsMeasure, !r.toIsMeasure, let a = r.fromDocument, let b = r.toDocument, a != b {
                    versions[a, default: []].insert(b)
                    versions[b, default: []].insert(a)
                }
                let fingerprint = linkFingerprint(r, evidenceText: texts[n])
                if let id = r.fromDocument { linkDigests[PlainText(id), default: LinkDigest()].add(fingerprint) }
                if let id = r.toDocument, id != r.fromDocument { linkDigests[PlainText(id), default: LinkDigest()].add(fingerprint) }
                if r.fromDocument == nil || r.toDocument == nil { externalEndLinks.append(r) }
                let stray = isStray(r)
                guard r.fromDocument == nil || stray else { continue }
                r.link.evidence = try texts[n].map(source.evidence)
                if r.fromDocument == nil { indexLinks.append(r) }
                if stray { strayLinks.append(r) }
            }
        }
        otherVersions = versions.mapValues { $0.sorted() }
        // An external document without a title takes the first title links give it, in analysis order (of one
        // link, its `from` end first).
        let titles = linkTitles ?? [:]
        linkTitles = nil
        for (key, candidates) in titles {
            var title = candidates[0].title
            if candidates.contains(where: { $0.title != title }) {
                let order = try analysisOrder(candidates.map(\.link))
                var best = (rank: Int.max, side: Int.max)
                for candidate in candidates {
                    let rank = order.firstIndex(of: candidate.link) ?? Int.max
                    if (rank, candidate.side) < best { best = (rank, candidate.side); title = candidate.title }
                }
            }
            externals[key]?.title = title
        }
        indexLinks = ExportCatalog.sortedByEnds(indexLinks)
        externalEndLinks = ExportCatalog.sortedByEnds(externalEndLinks)
    }

    /// True when a link's ends resolve to other corpus documents than the ones it was stored with (an
    /// external end that names a corpus document by its 发文字号): read by the documents it resolves to.
    private func isStray(_ r: ResolvedLink) -> Bool {
        func stored(_ end: LinkEnd) -> String? { document(end.document) == nil ? nil : end.document }
        return r.fromDocument != stored(r.link.from) || r.toDocument != stored(r.link.to)
    }

    /// `links` without doubles (links of one IRI): of each, the first in analysis order is kept.
    private func deduplicated(_ links: [ResolvedLink]) throws -> (kept: [ResolvedLink], dropped: [ResolvedLink]) {
        let (kept, dropped) = try deduplicatedPositions(links)
        return (kept.map { links[$0] }, dropped.map { links[$0] })
    }

    /// `deduplicated` as positions in `links`. The analysis order does not depend on evidence, so links read
    /// without it are kept and left out as they would be with it.
    private func deduplicatedPositions(_ links: [ResolvedLink]) throws -> (kept: [Int], dropped: [Int]) {
        var byIRI: [String: [Int]] = [:]
        for (i, r) in links.enumerated() { byIRI[r.iri, default: []].append(i) }
        guard byIRI.count < links.count else { return (Array(links.indices), []) }
        var dropped = Set<Int>()
        for members in byIRI.values where members.count > 1 {
            let first = try analysisOrder(members.map { links[$0].link })[0]
            let keep = members.first { links[$0].link == first } ?? members[0]
            dropped.formUnion(members.filter { $0 != keep })
        }
        return (links.indices.filter { !dropped.contains($0) }, dropped.sorted())
    }

    /// `links` in the order of a lineage analysis's result, reading the corpus documents they name.
    private func analysisOrder(_ links: [LineageLink]) throws -> [LineageLink] {
        let ids = Set(links.flatMap { [$0.from.document, $0.to.document] }).filter { document($0) != nil }.sorted()
        return LineageAnalyzer.sorted(links, documents: try source.documents(ids: ids))
    }

    /// The links of the documents at `range` (positions in `heads`) read from `linkSource`: those whose `from`
    /// document (with `to`, whose `to` document) is one of them, in catalog order, doubles left out. Empty
    /// when the links are held. Without `evidence` the links read carry none (doubles are left out the
    /// same way: their order does not depend on evidence).
    func sourceLinks(_ range: Range<Int>, to: Bool = false, evidence: Bool = true) throws -> [ResolvedLink] {
        try sourceLinks(positions: Array(range), to: to, evidence: evidence)
    }

    /// `sourceLinks(_:to:evidence:)` of the documents at `positions` (in `heads`, any order). Doubles share one
    /// IRI, hence their ends, so the links of some documents are those of a range holding them, filtered.
    func sourceLinks(positions: [Int], to: Bool = false, evidence: Bool = true) throws -> [ResolvedLink] {
        guard let linkSource, !positions.isEmpty else { return [] }
        let ids = positions.map { heads[$0].id }
        let wanted = Set(ids)
        func side(_ r: ResolvedLink) -> String? { to ? r.toDocument : r.fromDocument }
        var resolved: [ResolvedLink] = []
        for link in try to ? linkSource.to(ids, evidence) : linkSource.from(ids, evidence) {
            guard let from = resolvedEnd(link.from), let end = resolvedEnd(link.to) else { continue }
            let r = ExportCatalog.resolved(link, from, end, base: options.base)
            if let id = side(r), wanted.contains(id) { resolved.append(r) }
        }
        for r in strayLinks {
            guard let id = side(r), wanted.contains(id), !wanted.contains(to ? r.link.to.document : r.link.from.document) else { continue }
            resolved.append(r)
        }
        return ExportCatalog.sortedByEnds(try deduplicated(resolved).kept)
    }

    /// The position in `heads` of a corpus document.
    func position(of id: String) -> Int? { documentIndex[PlainText(id)] }
}
