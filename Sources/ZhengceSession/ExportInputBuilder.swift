import Foundation
import ZhengceDepartments
import ZhengceDocument
import ZhengceExport
import ZhengceLineage
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
            for resolution in report.issuers {
                if let department = resolution.department, !department.isCollective {
                    issuers[report.document, default: [:]][resolution.written] = department.name
                }
            }
        }
        let links = try link(resolved)
        return ExportInput(documents: resolved, departments: departments(resolver.registry),
                           links: links, issuerDepartments: issuers)
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
