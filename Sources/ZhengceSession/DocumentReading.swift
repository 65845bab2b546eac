import ZhengceDepartments
import ZhengceDocument
import ZhengceExport
import ZhengceLineage
import ZhengceText

/// What the reading stage of `linkAndExport` takes of one stored document: the form lineage reads
/// (`LineageAnalyzer.reading`; its light form, `LineageAnalyzer.light`, when lineage will run in shards), the terms it teaches the segmenter (`DocumentTerms`), the canonical
/// departments of its issuers for the export and what the export's catalog takes of it (`ExportDocumentEntry`,
/// so that the export does not read every document again).
struct DocumentReading: Sendable, Equatable {
    var form: PolicyDocument
    var terms: [String]
    var issuers: [String: String]
    var entry: ExportDocumentEntry

    init(_ document: PolicyDocument, resolver: DepartmentResolver, light: Bool = false) {
        form = light ? LineageAnalyzer.light(document) : LineageAnalyzer.reading(document)
        terms = DocumentTerms.terms(of: document)
        issuers = ExportInputBuilder.issuerDepartments(of: document, resolver: resolver)
        entry = ExportDocumentEntry(document)
    }

    /// The readings of `batch`, in its order. Each is a function of its document alone, so they are made on
    /// every core (`parallel`) or one after another with the same result; the caller takes them in order
    /// (the segmenter's words are added in document order: the first addition of a word fixes its cost).
    static func readings(of batch: [PolicyDocument], resolver: DepartmentResolver, light: Bool = false,
                         parallel: Bool = true) -> [DocumentReading] {
        guard parallel, batch.count > 1 else { return batch.map { DocumentReading($0, resolver: resolver, light: light) } }
        return ConcurrentMap.run(batch.count) { DocumentReading(batch[$0], resolver: resolver, light: light) }
    }
}
