import Foundation
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
    /// What the catalog takes of each document (`ExportDocumentEntry`), when the caller made it while reading the
    /// documents for other work: one per document, any order. Nil (or entries of other documents): the catalog
    /// reads every document itself.
    public var documentEntries: [ExportDocumentEntry]?

    /// An input; departments, links and issuer resolutions are optional.
    public init(documents: [PolicyDocument], departments: [ExportDepartment] = [], links: [LineageLink] = [],
                issuerDepartments: [String: [String: String]] = [:]) {
        self.init(source: ExportDocuments(documents), departments: departments, links: links, issuerDepartments: issuerDepartments)
    }

    /// An input whose documents are read on demand (a part at a time when written in parts).
    public init(source: ExportDocuments, departments: [ExportDepartment] = [], links: [LineageLink] = [],
                issuerDepartments: [String: [String: String]] = [:], linkSource: ExportLinkSource? = nil,
                documentEntries: [ExportDocumentEntry]? = nil) {
        self.documents = source; self.departments = departments; self.links = links
        self.issuerDepartments = issuerDepartments; self.linkSource = linkSource; self.documentEntries = documentEntries
    }
}

/// Lineage links read where they are kept (a store) instead of held: every link once, grouped by `from`
/// document, and the links of a few documents. Each link is given as stored: its `from` and `to` documents
/// are those of its ends (`LinkEnd.document`). The export resolves, removes doubles and sorts them itself.
public struct ExportLinkSource: Sendable {
    /// A link of the pass over every link: without its evidence, which is given as the text it is kept in
    /// (a link's fingerprint reads the text; the few links the pass keeps have it decoded with `evidence`).
    public struct StoredLink: Sendable {
        public var link: LineageLink
        public var evidence: String?

        public init(link: LineageLink, evidence: String?) { self.link = link; self.evidence = evidence }
    }

    /// Calls its argument with the links of each `from` document in turn (every link once), their evidence
    /// as text; `evidence` must give the same evidence for the same text (a fingerprint of the text then
    /// changes whenever the evidence does).
    public var forEachGroup: @Sendable (_ body: ([StoredLink]) throws -> Void) throws -> Void
    /// The evidence of a text `forEachGroup` gave.
    public var evidence: @Sendable (_ text: String) throws -> LinkEvidence
    /// The links whose `from` document is one of the ids; without their evidence when the flag is false
    /// (for readers of their ends only).
    public var from: @Sendable (_ ids: [String], _ evidence: Bool) throws -> [LineageLink]
    /// The links whose `to` document is one of the ids; without their evidence when the flag is false.
    public var to: @Sendable (_ ids: [String], _ evidence: Bool) throws -> [LineageLink]

    public init(forEachGroup: @escaping @Sendable (_ body: ([StoredLink]) throws -> Void) throws -> Void,
                evidence: @escaping @Sendable (_ text: String) throws -> LinkEvidence,
                from: @escaping @Sendable (_ ids: [String], _ evidence: Bool) throws -> [LineageLink],
                to: @escaping @Sendable (_ ids: [String], _ evidence: Bool) throws -> [LineageLink]) {
        self.forEachGroup = forEachGroup; self.evidence = evidence; self.from = from; self.to = to
    }

    /// A source over links held in memory (for tests: gives what a store would; evidence as sorted-keys JSON).
    public init(_ links: [LineageLink]) {
        forEachGroup = { body in
            var groups: [String: [LineageLink]] = [:]
            for link in links { groups[link.from.document, default: []].append(link) }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            for key in groups.keys.sorted(by: { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }) {
                try body(groups[key]!.map { link in
                    var bare = link
                    bare.evidence = nil
                    return StoredLink(link: bare, evidence: try link.evidence.map { String(decoding: try encoder.encode($0), as: UTF8.self) })
                })
            }
        }
        evidence = { try JSONDecoder().decode(LinkEvidence.self, from: Data($0.utf8)) }
        @Sendable func bare(_ links: [LineageLink], _ evidence: Bool) -> [LineageLink] {
            evidence ? links : links.map { var link = $0; link.evidence = nil; return link }
        }
        from = { ids, evidence in let wanted = Set(ids); return bare(links.filter { wanted.contains($0.from.document) }, evidence) }
        to = { ids, evidence in let wanted = Set(ids); return bare(links.filter { wanted.contains($0.to.document) }, evidence) }
    }
}
