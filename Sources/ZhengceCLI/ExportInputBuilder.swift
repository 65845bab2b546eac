import Foundation
import ZhengceDepartments
import ZhengceDocument
import ZhengceExport
import ZhengceLineage

/// Assembles what `zhengce export` describes: the documents with their departments resolved
/// against the registry (bundled plus the corpus's departments.yaml), the registry entries as
/// export departments, and the lineage links from `LineageAnalyzer`.
enum ExportInputBuilder {
    /// The export input for parsed documents of the corpus at `folder`.
    static func input(documents: [PolicyDocument], corpus folder: URL) throws -> ExportInput {
        let resolver = try DepartmentResolver.forCorpus(at: folder)
        var resolved = documents
        let reports = resolver.resolve(&resolved)
        var issuers: [String: [String: String]] = [:]
        for report in reports {
            for resolution in report.issuers {
                if let department = resolution.department, !department.isCollective {
                    issuers[report.document, default: [:]][resolution.written] = department.name
                }
            }
        }
        return ExportInput(documents: resolved, departments: departments(resolver.registry),
                           links: links(for: resolved), issuerDepartments: issuers)
    }

    /// Registry entries as export departments (collective placeholders left out).
    static func departments(_ registry: DepartmentRegistry) -> [ExportDepartment] {
        registry.departments.filter { !$0.isCollective }.map { d in
            ExportDepartment(name: d.name, aliases: d.aliases, level: d.level?.rawValue, region: d.region,
                             kind: d.kind.rawValue, parent: d.parent ?? d.supervisor,
                             counterparts: [d.counterpart].compactMap { $0 })
        }
    }

    /// Lineage links of the corpus: citations, versions, inferred document links and measure alignments.
    static func links(for documents: [PolicyDocument]) -> [LineageLink] {
        LineageAnalyzer().analyze(documents).graph.links
    }
}
