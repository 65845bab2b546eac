import ZhengceDocument
import ZhengceExport
import ZhengceLineage

/// Assembles what `zhengce export` describes. The seam for the department registry and the
/// lineage linker: until they are wired here, departments and inferred links are empty
/// (names become unresolved organisations; citations are still exported from the documents).
enum ExportInputBuilder {
    /// The export input for parsed documents.
    static func input(documents: [PolicyDocument]) -> ExportInput {
        ExportInput(documents: documents, departments: departments(), links: links(for: documents))
    }

    /// Registry departments as export departments (to be filled from ZhengceDepartments).
    static func departments() -> [ExportDepartment] { [] }

    /// Lineage links of the corpus (to be filled from ZhengceLineage).
    static func links(for documents: [PolicyDocument]) -> [LineageLink] { [] }
}
