import ZhengceDocument
import ZhengceText

/// What the catalog's pass over the documents takes of one document (`ExportCatalog.init(documentsOf:options:)`):
/// a function of the document alone, so it may be made on any thread, and made from a document read for other
/// work (the corpus session's reading stage) instead of the catalog reading every document again.
public struct ExportDocumentEntry: Sendable, Equatable {
    /// A provision's IRI path below its document, by provision id (in provision order: a repeated id takes the last).
    struct ProvisionPath: Sendable, Equatable {
        var id: PlainText
        var path: String
    }

    /// A department name as written by a document (an issuer, or a responsibility that is not collective).
    struct Name: Sendable, Equatable {
        var name: String
        var department: String?
    }

    var head: DocumentHead
    var provisionPaths: [ProvisionPath]
    /// The IRI path below the document of each measure and provision id links may name.
    var endPaths: [PlainText: String]
    var title: String?
    var noticeTitle: String?
    var region: String?
    var issuers: [String]
    /// The names of the measures' responsibilities that are not collective, in order.
    var responsible: [Name]
    var citations: [Citation]
    /// Warnings of the provision paths (a repeated path).
    var warnings: [String]

    /// The entry of `document`.
    public init(_ document: PolicyDocument) {
        head = DocumentHead(document)
        var warnings: [String] = []
        provisionPaths = ExportDocumentEntry.provisionPaths(document, warnings: &warnings)
        self.warnings = warnings
        var paths: [PlainText: String] = [:]
        for entry in provisionPaths { paths[entry.id] = entry.path }
        endPaths = ExportDocumentEntry.measurePaths(document, provisionPaths: paths)
        title = document.title
        noticeTitle = document.noticeTitle
        region = document.region
        issuers = document.issuers
        responsible = document.measures.flatMap { measure in
            measure.responsible.filter { !$0.collective }.map { Name(name: $0.name, department: $0.department) }
        }
        citations = document.citations
    }

    /// The IRI path of each provision below its document (segments encoded, joined by "/"): its normalised path
    /// (or label), prefixed where a segment is a word the IRIs use, and numbered where it repeats an earlier path.
    private static func provisionPaths(_ document: PolicyDocument, warnings: inout [String]) -> [ProvisionPath] {
        var used = Set<[String]>()
        var result: [ProvisionPath] = []
        result.reserveCapacity(document.provisions.count)
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
            result.append(ProvisionPath(id: PlainText(provision.id), path: segments.map(IRISegment.encode).joined(separator: "/")))
        }
        return result
    }

    /// The IRI path below `document` of each of its measure and provision ids: the provision each stands on
    /// (the first measure, else the first provision, of that id).
    private static func measurePaths(_ document: PolicyDocument, provisionPaths: [PlainText: String]) -> [PlainText: String] {
        var index: [PlainText: Int] = [:]
        for (i, provision) in document.provisions.enumerated() where index[PlainText(provision.id)] == nil { index[PlainText(provision.id)] = i }
        var seen = Set<PlainText>()
        for measure in document.measures where seen.insert(PlainText(measure.id)).inserted && measure.provision < document.provisions.count {
            index[PlainText(measure.id)] = measure.provision
        }
        return index.mapValues { provisionPaths[PlainText(document.provisions[$0].id)] ?? String($0) }
    }
}
