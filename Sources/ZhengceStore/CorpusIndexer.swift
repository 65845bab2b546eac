import Foundation
import ZhengceDocument
import ZhengceText

/// Brings a store up to date with a corpus folder, incrementally and atomically.
///
/// A file is parsed again only when its bytes changed (size and modification time first,
/// then SHA-256) or when the fingerprint changed (schema version, tool version, `corpus.yaml`,
/// `lexicon.txt`, `departments.yaml`: then everything is rebuilt). Files gone from the folder are removed. All
/// writes of a run happen in one transaction, so a failure or a kill leaves the previous index.
public struct CorpusIndexer: Sendable {
    /// The corpus folder.
    public var corpus: Corpus
    /// The store to update.
    public var store: Store
    /// Identifies the code that parsed the documents; a change re-indexes everything.
    public var toolVersion: String
    /// The document parser.
    public var parser: DocumentParser
    /// Applied to each parsed document before it is stored (e.g. department resolution).
    public var prepare: (@Sendable (inout PolicyDocument) -> Void)?
    /// Whether the store keeps the optional FTS5 table for the sqlite3 shell; nil keeps what
    /// the store has (none in a new store). A change rebuilds the index.
    public var fullText: Bool?
    /// Segments measures for the FTS5 table; nil makes one with the corpus's `lexicon.txt` when needed.
    public var segmenter: Segmenter?

    /// Makes an indexer.
    public init(corpus: Corpus, store: Store, toolVersion: String, parser: DocumentParser = DocumentParser(),
                prepare: (@Sendable (inout PolicyDocument) -> Void)? = nil, fullText: Bool? = nil, segmenter: Segmenter? = nil) {
        self.corpus = corpus; self.store = store; self.toolVersion = toolVersion; self.parser = parser; self.prepare = prepare
        self.fullText = fullText
        self.segmenter = segmenter
    }

    /// The fingerprint of everything besides file contents that shapes the index: schema and
    /// tool versions, `corpus.yaml`, `lexicon.txt` and `departments.yaml`.
    public func fingerprint() -> String {
        func hash(_ name: String) -> String {
            guard let data = try? Data(contentsOf: corpus.folder.appendingPathComponent(name)) else { return "-" }
            return String(SHA256.hex(data).prefix(16))
        }
        return "schema=\(StoreSchema.version) tool=\(toolVersion) metadata=\(hash(CorpusMetadata.fileName)) "
            + "lexicon=\(hash("lexicon.txt")) departments=\(hash("departments.yaml"))"
    }

    private struct ListedFile: Sendable {
        var url: URL
        var path: String
        var bytes: Int
        var mtime: Double
    }

    /// Updates the store; `progress` is called after each file that had to be parsed.
    /// Throws when the corpus folder cannot be read (the store is then left as it was).
    @discardableResult
    public func run(progress: ((IndexProgress) -> Void)? = nil) throws -> IndexSummary {
        let listing = try corpus.listing()
        let listed = listing.files.map { ListedFile(url: $0.url, path: $0.path, bytes: $0.bytes, mtime: $0.mtime) }
        guard !listed.isEmpty else { throw DocumentError.noDocuments(path: corpus.folder.path) }
        let fullText = try self.fullText ?? (store.meta("fts5") == "on")
        let fingerprint = fingerprint() + (fullText ? " fts5" : "")
        let rebuild = try store.meta("fingerprint") != fingerprint
        let known = rebuild ? [:] : try store.files()
        let corpusPath = corpus.folder.standardizedFileURL.path

        // Files whose size or time changed and that the store knows are hashed, on every core, to find those whose
        // bytes are the same; only their digests are kept. Files to parse are read again, one window at a time, by
        // the parsing workers (below): the corpus's bytes are never all held at once.
        let candidates = listed.filter { file in known[file.path].map { $0.bytes != file.bytes || $0.mtime != file.mtime } ?? true }
        let knownCandidates = candidates.filter { known[$0.path] != nil }
        let digests = ConcurrentMap.run(knownCandidates.count) { i -> String? in
            guard let data = try? Data(contentsOf: knownCandidates[i].url) else { return nil }
            return SHA256.hex(data)
        }
        var digestByPath: [String: String?] = [:]
        for (i, file) in knownCandidates.enumerated() { digestByPath[file.path] = digests[i] }
        let candidatePaths = Set(candidates.map(\.path))

        var unchanged = 0
        var touched: [(path: String, mtime: Double)] = []
        var pending: [ListedFile] = []
        var failures: [IndexFailure] = listing.problems.map { IndexFailure(path: $0.path, message: "\($0.path): \($0.message)") }
        for file in listed {
            let (path, mtime) = (file.path, file.mtime)
            guard candidatePaths.contains(path) else {
                // Same size and time as when it was indexed.
                unchanged += 1
                if let error = known[path]?.error { failures.append(IndexFailure(path: path, message: error)) }
                continue
            }
            if let old = known[path], let digest = digestByPath[path] ?? nil, old.sha256 == digest {
                unchanged += 1
                touched.append((path, mtime))
                if let error = old.error { failures.append(IndexFailure(path: path, message: error)) }
                continue
            }
            // New, changed or unreadable: read (again), hashed and parsed by the workers.
            pending.append(file)
        }
        let present = Set(listed.map(\.path))
        let removed = known.keys.filter { !present.contains($0) }.sorted()
        let storedCorpus = try store.meta("corpus")
        if !rebuild && pending.isEmpty && removed.isEmpty && touched.isEmpty && storedCorpus == corpusPath {
            let counts = try store.counts()
            return IndexSummary(indexed: 0, unchanged: unchanged, removed: 0, failures: failures,
                                documents: counts.documents, measures: counts.measures)
        }

        // The corpus's own lexicon segmenter (its one owner, `Corpus`) when none is given and words are indexed.
        let segmenter = self.segmenter ?? (fullText && !pending.isEmpty ? corpus.lexiconSegmenter() : Segmenter())
        let metadata = pending.isEmpty ? CorpusMetadata() : try CorpusMetadata.load(from: corpus.folder)
        var indexed = 0
        // Parsing and preparing run on every core; the writer stores the results in file order.
        let work = pending
        let parser = self.parser
        let prepare = self.prepare
        // A file is read, hashed and parsed by the same worker; what it held is let go once the writer has stored it
        // (at most the pipeline's window of files at a time).
        let prepareStep: @Sendable (Int) -> ReadFile = { i in
            let item = work[i]
            guard let data = try? Data(contentsOf: item.url) else {
                return ReadFile(file: StoredFile(path: item.path, sha256: "", bytes: max(0, item.bytes), mtime: item.mtime,
                                                 error: "\(item.path): cannot read the file"), prepared: nil)
            }
            let file = StoredFile(path: item.path, sha256: SHA256.hex(data), bytes: data.count, mtime: item.mtime)
            return ReadFile(file: file, prepared: Swift.Result {
                var document = try parser.parse(data: data, path: file.path, sha256: file.sha256)
                CorpusMetadata.apply(metadata.documents[file.path], to: &document)
                prepare?(&document)
                return PreparedDocument(document, fullText: fullText, segmenter: segmenter)
            })
        }
        let workers = ProcessInfo.processInfo.activeProcessorCount
        try store.write { writer in
            if rebuild {
                try writer.removeAll()
                try writer.setFullText(fullText)
            }
            for path in removed { try writer.removeFile(path) }
            for (path, mtime) in touched { try writer.touchFile(path, mtime: mtime) }
            try OrderedPipeline.run(count: work.count, workers: workers, window: 4 * workers, work: prepareStep) { n, read in
                var file = read.file
                if let error = file.error {
                    try writer.recordFailure(file)
                    failures.append(IndexFailure(path: file.path, message: error))
                } else if let prepared = read.prepared {
                    do {
                        try writer.put(try prepared.get(), file: file)
                        indexed += 1
                    } catch let error as DocumentError {
                        file.error = error.description
                    } catch let error as StoreError {
                        guard case .duplicateDocumentID = error else { throw error }
                        file.error = error.description
                    }
                    if let error = file.error {
                        try writer.recordFailure(file)
                        failures.append(IndexFailure(path: file.path, message: error))
                    }
                }
                progress?(IndexProgress(done: n + 1, total: work.count, path: file.path))
            }
            try writer.setMeta("fingerprint", fingerprint)
            try writer.setMeta("corpus", corpusPath)
            try writer.setMeta("tool", toolVersion)
        }
        failures.sort { $0.path < $1.path }
        let counts = try store.counts()
        return IndexSummary(indexed: indexed, unchanged: unchanged, removed: removed.count, failures: failures,
                            documents: counts.documents, measures: counts.measures)
    }
}

/// A file as a parsing worker read it: its record (digest and size of the bytes read, or why it could not be
/// read) and the prepared document, or why it could not be parsed (nil when it could not be read).
private struct ReadFile: Sendable {
    var file: StoredFile
    var prepared: Swift.Result<PreparedDocument, any Error>?
}

/// How far an index run is.
public struct IndexProgress: Sendable, Hashable {
    /// Files parsed so far in this run.
    public var done: Int
    /// Files to parse in this run.
    public var total: Int
    /// The file just handled (corpus-relative).
    public var path: String
}

/// A file that could not be indexed, and why.
public struct IndexFailure: Sendable, Hashable {
    /// Corpus-relative path.
    public var path: String
    /// A sentence a person can act on.
    public var message: String

    /// A failure of file `path`.
    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }
}

/// What an index run did.
public struct IndexSummary: Sendable, Hashable {
    /// Files parsed and stored in this run.
    public var indexed: Int
    /// Files found unchanged.
    public var unchanged: Int
    /// Files gone from the corpus and removed.
    public var removed: Int
    /// Files that could not be parsed (this run or, unchanged since, an earlier one).
    public var failures: [IndexFailure]
    /// Documents in the store afterwards.
    public var documents: Int
    /// Measures in the store afterwards.
    public var measures: Int

    /// One line: "indexed 5, unchanged 0, removed 0, failed 0 (5 documents, 123 measures)".
    public var line: String {
        "indexed \(indexed), unchanged \(unchanged), removed \(removed), failed \(failures.count) (\(documents) documents, \(measures) measures)"
    }
}
