import Foundation
import ZhengceDepartments
import ZhengceDocument
import ZhengceExport
import ZhengceLineage
import ZhengceStore
import ZhengceText

/// Assembles what the export describes: the documents with their departments resolved
/// against the registry (bundled plus the corpus's departments.yaml), the registry entries as
/// export departments, and the lineage links from `LineageAnalyzer`.
public enum ExportInputBuilder {
    /// The export input for `documents`, resolved with `resolver` (in place: no second copy of
    /// the corpus), with the lineage links `link` gives for the resolved documents.
    public static func input(resolving resolved: inout [PolicyDocument], resolver: DepartmentResolver,
                             link: ([PolicyDocument]) throws -> [LineageLink]) rethrows -> ExportInput {
        // Without suggestions for unknown names: the export does not show them.
        let reports = resolver.resolve(&resolved, suggest: false)
        var issuers: [String: [String: String]] = [:]
        for report in reports {
            let canonical = issuerDepartments(report.issuers)
            if !canonical.isEmpty { issuers[report.document] = canonical }
        }
        let links = try link(resolved)
        return ExportInput(documents: resolved, departments: departments(resolver.registry),
                           links: links, issuerDepartments: issuers)
    }

    /// The canonical department names of a document's issuers, by name as written (collective placeholders
    /// and names not resolved left out).
    static func issuerDepartments(of document: PolicyDocument, resolver: DepartmentResolver) -> [String: String] {
        let context = resolver.context(for: document)
        // Without suggestions for unknown names: the export does not show them.
        return issuerDepartments(document.issuers.map { resolver.resolve($0, in: context, suggest: false) })
    }

    static func issuerDepartments(_ resolutions: [DepartmentResolution]) -> [String: String] {
        var canonical: [String: String] = [:]
        for resolution in resolutions {
            if let department = resolution.department, !department.isCollective { canonical[resolution.written] = department.name }
        }
        return canonical
    }

    /// The documents of an export, read a batch at a time from `store` (or taken from `cached`, the documents
    /// a session already holds). The store keeps them with departments resolved by the corpus's registry
    /// (a changed registry re-indexes every document), so they are not resolved again.
    static func documents(ids: [String], cached: [PolicyDocument]?, store: Store) -> ExportDocuments {
        if let cached { return ExportDocuments(cached) }
        return ExportDocuments(ids: ids) { try store.documents(ids: $0) }
    }

    /// Registry entries as export departments (collective placeholders left out).
    public static func departments(_ registry: DepartmentRegistry) -> [ExportDepartment] {
        registry.departments.filter { !$0.isCollective }.map { d in
            ExportDepartment(name: d.name, aliases: d.aliases, level: d.level?.rawValue, region: d.region,
                             kind: d.kind.rawValue, parent: d.parent ?? d.supervisor,
                             counterparts: [d.counterpart].compactMap { $0 })
        }
    }
}
