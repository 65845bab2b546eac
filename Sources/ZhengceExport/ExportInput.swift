import ZhengceDocument
import ZhengceLineage

/// Everything one export describes: parsed documents, the departments they name and
/// the lineage links between them. Order does not matter: the export sorts.
public struct ExportInput: Sendable {
    /// Parsed documents (ids unique), in memory or read on demand.
    public var documents: ExportDocuments
    /// Departments from the registry; names not found here become unresolved organisations.
    public var departments: [ExportDepartment]
    /// Lineage links (citations, derivations, related, versions) between documents or measures.
    public var links: [LineageLink]
    /// Canonical department names of issuers, by document id then issuer name as written
    /// (from the registry's resolver); issuers not listed are matched by name and alias.
    public var issuerDepartments: [String: [String: String]]
    /// Where the links are read when they are not in `links`: an export in parts reads each part's links
    /// when it writes the part, and every link once, a document's at a time, for what needs them all.
    /// Used only when the export is written in parts (`ExportOptions.partsAbove`); else `links` are used.
    public var linkSource: ExportLinkSource?

    /// An input; departments, links and issuer resolutions are optional.
    public init(documents: [PolicyDocument], departments: [ExportDepartment] = [], links: [LineageLink] = [],
                issuerDepartments: [String: [String: String]] = [:]) {
        self.init(source: ExportDocuments(documents), departments: departments, links: links, issuerDepartments: issuerDepartments)
    }

    /// An input whose documents are read on demand (a part at a time when written in parts).
    public init(source: ExportDocuments, departments: [ExportDepartment] = [], links: [LineageLink] = [],
                issuerDepartments: [String: [String: String]] = [:], linkSource: ExportLinkSource? = nil) {
        self.documents = source; self.departments = departments; self.links = links
        self.issuerDepartments = issuerDepartments; self.linkSource = linkSource
    }
}

/// Lineage links read where they are kept (a store) instead of held: every link once, grouped by `from`
/// document, and the links of a few documents. Each link is given as stored: its `from` and `to` documents
/// are those of its ends (`LinkEnd.document`). The export resolves, removes doubles and sorts them itself.
public struct ExportLinkSource: Sendable {
    /// Calls its argument with the links of each `from` document in turn (every link once).
    public var forEachGroup: @Sendable (_ body: ([LineageLink]) throws -> Void) throws -> Void
    /// The links whose `from` document is one of the ids; without their evidence when the flag is false
    /// (for readers of their ends only).
    public var from: @Sendable (_ ids: [String], _ evidence: Bool) throws -> [LineageLink]
    /// The links whose `to` document is one of the ids; without their evidence when the flag is false.
    public var to: @Sendable (_ ids: [String], _ evidence: Bool) throws -> [LineageLink]

    public init(forEachGroup: @escaping @Sendable (_ body: ([LineageLink]) throws -> Void) throws -> Void,
                from: @escaping @Sendable (_ ids: [String], _ evidence: Bool) throws -> [LineageLink],
                to: @escaping @Sendable (_ ids: [String], _ evidence: Bool) throws -> [LineageLink]) {
        self.forEachGroup = forEachGroup; self.from = from; self.to = to
    }

    /// A source over links held in memory (for tests: gives what a store would).
    public init(_ links: [LineageLink]) {
        forEachGroup = { body in
            var groups: [String: [LineageLink]] = [:]
            for link in links { groups[link.from.document, default: []].append(link) }
            for key in groups.keys.sorted(by: { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }) { try body(groups[key]!) }
        }
        @Sendable func bare(_ links: [LineageLink], _ evidence: Bool) -> [LineageLink] {
            evidence ? links : links.map { var link = $0; link.evidence = nil; return link }
        }
        from = { ids, evidence in let wanted = Set(ids); return bare(links.filter { wanted.contains($0.from.document) }, evidence) }
        to = { ids, evidence in let wanted = Set(ids); return bare(links.filter { wanted.contains($0.to.document) }, evidence) }
    }
}
