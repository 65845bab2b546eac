import Foundation
import ZhengceDepartments
import ZhengceDocument
import ZhengceLineage
import ZhengceStore
import ZhengceText

/// The corpus as the workbench serves it between two refreshes: documents read back from the
/// store (never re-parsed per request), the department registry, and lineage computed on first use.
final class CorpusSnapshot: @unchecked Sendable {
    /// The store the documents came from (searches go to it directly).
    let store: Store
    /// The corpus folder.
    let folder: URL
    /// Documents sorted by id.
    let documents: [PolicyDocument]
    /// Documents by id.
    let byID: [String: PolicyDocument]
    /// Files that could not be parsed.
    let failures: [IndexFailure]
    /// The department registry (nil when it could not be loaded).
    let registry: DepartmentRegistry?
    /// The segmenter lineage cuts words with.
    private let segmenter: Segmenter
    private let condition = NSCondition()
    private let departmentLock = NSLock()
    private var lineageStarted = false
    private var cachedLineage: LineageAnalysis?
    private var cachedConfidence: LinkConfidence?
    private var cachedDepartments: DepartmentIndex?

    /// Reads the session's documents from its store.
    init(documents: [PolicyDocument], failures: [IndexFailure], store: Store, folder: URL, segmenter: Segmenter) {
        self.documents = documents
        self.failures = failures
        self.store = store
        self.folder = folder
        self.segmenter = segmenter
        byID = Dictionary(documents.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        registry = try? DepartmentRegistry.load(corpus: folder)
    }

    /// The lineage of the corpus (computed once per snapshot, on first use; waits for it).
    var lineage: LineageAnalysis {
        while true { if let analysis = lineage(within: 3600) { return analysis } }
    }

    /// How sure each derives / related measure link of `lineage` is (as `zhengce lineage` computes it; waits for lineage).
    var confidence: LinkConfidence {
        _ = lineage
        condition.lock()
        defer { condition.unlock() }
        return cachedConfidence!
    }

    /// The lineage if it is ready within `seconds` (its computation is started in the background
    /// on first use), else nil: pages that only show links need not wait minutes on a large corpus.
    func lineage(within seconds: TimeInterval) -> LineageAnalysis? {
        condition.lock()
        defer { condition.unlock() }
        if cachedLineage == nil && !lineageStarted {
            lineageStarted = true
            let documents = self.documents, segmenter = self.segmenter
            DispatchQueue.global(qos: .userInitiated).async {
                let analysis = LineageAnalyzer(segmenter: segmenter).analyze(documents)
                let confidence = LinkConfidence(graph: analysis.graph)
                self.condition.lock()
                self.cachedConfidence = confidence
                self.cachedLineage = analysis
                self.condition.broadcast()
                self.condition.unlock()
            }
        }
        let deadline = Date().addingTimeInterval(seconds)
        while cachedLineage == nil {
            if !condition.wait(until: deadline) { break }
        }
        return cachedLineage
    }

    /// Who is responsible for what across the corpus (computed once per snapshot).
    var departments: DepartmentIndex {
        departmentLock.lock()
        defer { departmentLock.unlock() }
        if let cachedDepartments { return cachedDepartments }
        let index = DepartmentIndex(documents: documents)
        cachedDepartments = index
        return index
    }

    /// The one document `reference` (id, 发文字号, file name or unique title part) names.
    func resolve(_ reference: String) -> DocumentResolution {
        let found = DocumentLookup.matches(reference, in: documents)
        if found.count == 1 { return .found(found[0]) }
        if found.isEmpty { return .missing(nearest: DocumentLookup.nearest(reference, in: documents)) }
        return .ambiguous(found)
    }
}

/// The answer to a document reference.
enum DocumentResolution {
    case found(PolicyDocument)
    case missing(nearest: [PolicyDocument])
    case ambiguous([PolicyDocument])
}
