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

    /// An input; departments, links and issuer resolutions are optional.
    public init(documents: [PolicyDocument], departments: [ExportDepartment] = [], links: [LineageLink] = [],
                issuerDepartments: [String: [String: String]] = [:]) {
        self.init(source: ExportDocuments(documents), departments: departments, links: links, issuerDepartments: issuerDepartments)
    }

    /// An input whose documents are read on demand (a part at a time when written in parts).
    public init(source: ExportDocuments, departments: [ExportDepartment] = [], links: [LineageLink] = [],
                issuerDepartments: [String: [String: String]] = [:]) {
        self.documents = source; self.departments = departments; self.links = links
        self.issuerDepartments = issuerDepartments
    }
}
