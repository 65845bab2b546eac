import Foundation
import ZhengceDepartments
import ZhengceDocument
import ZhengceLineage
import ZhengceStore
import ZhengceText

/// One corpus folder and the store that indexes it: the one way commands get documents.
///
/// `refresh` lists the folder and parses only changed files (on every core, departments
/// resolved with one registry); `documents` gives the documents back read from the store.
/// The segmenter with the corpus's lexicon and document terms is made here and passed on
/// explicitly: no process-wide segmenter is changed.
public final class CorpusSession {
    /// The corpus folder.
    public let folder: URL
    /// The store of the corpus (a file, or in memory for a one-off run).
    public let store: Store
    /// Identifies the code that parses; a change re-indexes everything.
    public let toolVersion: String
    /// Applied to each parsed document before departments are resolved (e.g. a benchmark fallback).
    public var prepare: (@Sendable (inout PolicyDocument) -> Void)?
    /// Why the department registry could not be loaded in the last refresh, if it could not.
    public private(set) var departmentProblem: String?
    /// Lineage is updated for changed documents only (see `updateLinks`) in corpora of at least this many
    /// documents, while at most `incrementalLineageShare` of them changed since the last full analysis.
    public var incrementalLineageAbove = 200
    public var incrementalLineageShare = 0.05
    /// Lineage's tuning (the defaults; tests change it).
    public var lineageOptions = LineageOptions()
    /// A full lineage analysis (a first run, `--full-lineage`) of a corpus of more than `above` documents is made in
    /// shards of about `size` documents (`LineageAnalyzer.analyzeInShards`: one shard's alignments and links held at a
    /// time, the same links as in one piece); nil: always in one piece. By default shards of 1,000 above 10,000
    /// documents (`defaultLineageShards`); the environment variable `ZHENGCE_LINEAGE_SHARD_SIZE=N` makes shards of N
    /// above N documents, a negative N keeps one piece, 0 or no value the default (`lineageShards(environment:)`).
    public var lineageShards: (size: Int, above: Int)? = CorpusSession.lineageShards(environment: ProcessInfo.processInfo.environment)
    /// Shards of 1,000 documents above 10,000: at the law corpus and twice it (3,475 and 6,950 documents) shards give
    /// the links of one piece for about 15 % more CPU and a peak no lower (their peak is the pass over every pair that
    /// chooses the cap, which holds what one piece's alignment holds); above, one piece's peak is its links and word
    /// passes (2,520 MB at five times the law corpus), which shards hold one shard at a time (BENCHMARKS.md, "Lineage
    /// in shards as the default").
    public static let defaultLineageShards = (size: 1_000, above: 10_000)
    /// The shards `ZHENGCE_LINEAGE_SHARD_SIZE` in `environment` asks for (see `lineageShards`).
    public static func lineageShards(environment: [String: String]) -> (size: Int, above: Int)? {
        guard let size = environment["ZHENGCE_LINEAGE_SHARD_SIZE"].flatMap({ Int($0.trimmingCharacters(in: .whitespaces)) }),
              size != 0 else { return defaultLineageShards }
        return size > 0 ? (size, size) : nil
    }
    /// Shards of this many documents above this many (nil: in one piece); see `lineageShards`.
    public var lineageShardSize: Int? {
        get { lineageShards?.size }
        set { lineageShards = newValue.map { ($0, $0) } }
    }
    /// A full lineage analysis hands its links to the store this many at a time (`LineageHandOver`): each batch's
    /// passages' texts cut and its rows made as it is written, then let go.
    public var linkBatchSize = 4_096
    /// `linkAndExport` makes the export's pass over the documents on another thread while lineage makes the
    /// links (when the export reads its links from the store); false makes it after lineage, on the same
    /// data in the same order (the outputs are the same either way).
    public var parallelExport = true

    /// Files the last refresh could not list or read (dangling links, unreadable files).
    private var refreshFailures: [IndexFailure] = []
    private(set) var cachedDocuments: [PolicyDocument]?
    private var cachedSegmenter: Segmenter?
    private var cachedResolver: DepartmentResolver?

    /// A session over `folder` and `store`.
    public init(folder: URL, store: Store, toolVersion: String) {
        self.folder = folder
        self.store = store
        self.toolVersion = toolVersion
    }

    /// The corpus folder as a `Corpus`.
    public var corpus: Corpus { Corpus(folder: folder) }

    /// Brings the store up to date with the folder (see `CorpusIndexer`); `fullText` asks for or
    /// against the FTS5 table (nil keeps the store's choice); `registry`, when the caller already
    /// built it, resolves departments. Throws when the folder cannot be read.
    @discardableResult
    public func refresh(fullText: Bool? = nil, registry: DepartmentRegistry? = nil,
                        progress: ((IndexProgress) -> Void)? = nil) throws -> IndexSummary {
        let resolver = LazyDepartmentResolver(folder: folder, registry: registry)
        let hook = prepare
        let indexer = CorpusIndexer(
            corpus: corpus, store: store, toolVersion: toolVersion,
            prepare: { document in
                hook?(&document)
                resolver.resolve(&document)
            },
            fullText: fullText, segmenter: lexiconSegmenter())
        let summary = try indexer.run(progress: progress)
        HeapTrim.release(after: "indexing")
        departmentProblem = resolver.problem
        refreshFailures = summary.failures
        if summary.indexed > 0 || summary.removed > 0 { cachedDocuments = nil; cachedSegmenter = nil }
        return summary
    }

    /// The stored documents, sorted by id (read once per session).
    public func documents() throws -> [PolicyDocument] {
        if let cachedDocuments { return cachedDocuments }
        let documents = try store.documents()
        cachedDocuments = documents
        return documents
    }

    /// Files that could not be parsed, by path.
    /// (Those the store records, and those the last refresh met that have no row, such as a
    /// symbolic link to a missing file.)
    public func failures() throws -> [IndexFailure] {
        var byPath: [String: IndexFailure] = [:]
        for file in try store.files().values {
            if let error = file.error { byPath[file.path] = IndexFailure(path: file.path, message: error) }
        }
        for failure in refreshFailures where byPath[failure.path] == nil { byPath[failure.path] = failure }
        return byPath.values.sorted { $0.path < $1.path }
    }

    /// The department resolver of the corpus: the bundled registry plus its `departments.yaml`.
    public func resolver() throws -> DepartmentResolver {
        if let cachedResolver { return cachedResolver }
        let resolver = try DepartmentResolver.forCorpus(at: folder)
        cachedResolver = resolver
        return resolver
    }

    /// A segmenter with the bundled lexicons, the corpus's `lexicon.txt` and the terms its
    /// documents teach (responsible units, quoted terms, cited titles): what lineage cuts words with.
    public func segmenter() throws -> Segmenter {
        if let cachedSegmenter { return cachedSegmenter }
        let segmenter = segmenter(for: try documents())
        cachedSegmenter = segmenter
        return segmenter
    }

    /// The segmenter of `segmenter()` for these documents (`Corpus.segmenter(for:)`).
    func segmenter(for documents: [PolicyDocument]) -> Segmenter {
        corpus.segmenter(for: documents)
    }

    /// The documents the session already read, else read from the store without keeping them.
    func cachedOrStoredDocuments() throws -> [PolicyDocument] {
        if let cachedDocuments { return cachedDocuments }
        return try store.documents()
    }

    /// A segmenter with the bundled lexicons and the corpus's `lexicon.txt` (`Corpus.lexiconSegmenter()`).
    func lexiconSegmenter() -> Segmenter {
        corpus.lexiconSegmenter()
    }
}

/// The department resolver for a corpus, built on first use (building the registry costs more
/// than checking an unchanged corpus). A registry that fails to load leaves names unresolved and
/// is reported once.
final class LazyDepartmentResolver: @unchecked Sendable {
    private let folder: URL
    private let lock = NSLock()
    private var resolver: DepartmentResolver?
    private var loaded = false
    private(set) var problem: String?

    /// A resolver for `folder`, with the registry when the caller has already built it.
    init(folder: URL, registry: DepartmentRegistry? = nil) {
        self.folder = folder
        if let registry { resolver = DepartmentResolver(registry: registry); loaded = true }
    }

    /// Fills in the canonical departments of `document`'s responsibilities.
    func resolve(_ document: inout PolicyDocument) {
        lock.lock()
        if !loaded {
            loaded = true
            do { resolver = try DepartmentResolver.forCorpus(at: folder) } catch { problem = "\(error)" }
        }
        let current = resolver
        lock.unlock()
        _ = current?.resolve(&document, suggest: false)
    }
}
