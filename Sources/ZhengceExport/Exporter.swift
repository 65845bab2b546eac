import Foundation
import ZhengceDocument
import ZhengceText

/// Renders an `ExportInput` in the export formats and writes the files atomically.
public struct Exporter: Sendable {
    /// What one export wrote.
    public struct Summary: Sendable {
        /// The files written, in format order.
        public var files: [URL]
        /// Counts of what was exported: documents, provisions, measures, departments, links.
        public var counts: [String: Int]
        /// Things the export had to skip or guess, one sentence each.
        public var warnings: [String]
        /// The folders of parts written (for formats written in parts), in format order.
        public var partFolders: [URL] = []
        /// Parts per folder (0 for an export in single files).
        public var parts: Int = 0
        /// What this export was made from, for the next export into the folder (when asked for with `reuse`).
        public var record: ExportRecord?
        /// What was kept from the earlier export (zero without `reuse`).
        public var kept = Kept()
    }

    /// How many parts (of every format) and documents' NDJSON lines an export kept from the one before it,
    /// and how many it made.
    public struct Kept: Sendable, Equatable {
        public var parts = 0, partsMade = 0, lines = 0, linesMade = 0
        /// JSON parts made (counted in `partsMade`) whose documents' tables were copied from the earlier file: only
        /// their links were written.
        public var tablesCopied = 0

        public init(parts: Int = 0, partsMade: Int = 0, lines: Int = 0, linesMade: Int = 0, tablesCopied: Int = 0) {
            self.parts = parts; self.partsMade = partsMade; self.lines = lines; self.linesMade = linesMade
            self.tablesCopied = tablesCopied
        }

        /// "kept 70 of 72 parts and the NDJSON lines of 3,490 of 3,502 documents"; nil when nothing was kept.
        public var description: String? {
            guard parts + lines > 0 else { return nil }
            var said: [String] = []
            if parts + partsMade > 0 { said.append("\(parts) of \(parts + partsMade) parts") }
            if lines + linesMade > 0 { said.append("the NDJSON lines of \(lines) of \(lines + linesMade) documents") }
            let copied = tablesCopied > 0 ? "; \(tablesCopied) JSON parts made again copied their documents' tables from it" : ""
            return "export: kept " + said.joined(separator: " and ") + " from the last export (nothing they show changed)" + copied
        }
    }

    /// The options every rendering uses.
    public let options: ExportOptions

    /// An exporter with these options.
    public init(options: ExportOptions = ExportOptions()) { self.options = options }

    /// The text of one format (UTF-8, ends with a newline). Deterministic: same input, same text.
    public func render(_ input: ExportInput, as format: ExportFormat) throws -> String {
        let sink = JSONSink()
        try render(catalog: makeCatalog(input, readsLinks: format == .ndjson), as: format, into: sink, spill: SpillBuffer())
        return String(decoding: try sink.finish(), as: UTF8.self)
    }

    /// Writes `formats` into `folder` (created if missing), each streamed record by record into a
    /// temporary file beside its target; the files are switched in together (`ExportSwitch`) only
    /// once every format is written, so a failed run leaves earlier output as it was and a killed
    /// one is finished by the next run. Memory holds the input and one document's records (one
    /// part's, for an export in parts), not the text of the export. Above `options.partsAbove`
    /// documents, JSON and JSON-LD are written as an index file and a folder of parts
    /// (`ExportShards`); a folder of parts left from an earlier, larger export is removed.
    ///
    /// With `reuse`, the summary carries an `ExportRecord` of what was written, and the parts and NDJSON
    /// lines of the earlier export it describes are kept where nothing they were made from changed
    /// (same bytes as if made again; see `ExportRecord`).
    @discardableResult
    public func write(_ input: ExportInput, formats: [ExportFormat], to folder: URL, reuse: ExportReuse? = nil) throws -> Summary {
        let catalog = try makeCatalog(input, readsLinks: Exporter.readsLinks(documentCount: input.documents.count, formats: formats,
                                                                             options: options))
        return try write(catalog: catalog, formats: formats, to: folder, reuse: reuse)
    }

    /// An export whose catalog's pass over the documents (heads, IRIs, organisations, citations) is made on
    /// another thread while the caller does other work, such as making the links it will read (`prepare`).
    public final class Prepared: Sendable {
        let input: ExportInput
        let formats: [ExportFormat]
        private let catalog: BackgroundWork<ExportCatalog>

        init(input: ExportInput, formats: [ExportFormat], options: ExportOptions, background: Bool) {
            self.input = input
            self.formats = formats
            catalog = BackgroundWork(now: !background) { try ExportCatalog(documentsOf: input, options: options) }
        }

        /// Waits for the pass over the documents (for a caller that gives up before `write`: no read of the
        /// store goes on after it returns).
        public func wait() { _ = try? catalog.result() }

        /// The catalog made from the documents alone.
        func documentCatalog() throws -> ExportCatalog { try catalog.result() }
    }

    /// Starts the catalog's pass over the documents of `input` (on another thread when `background`; the
    /// same catalog either way: it reads the documents alone, in id order). `input` must read its links
    /// from its `linkSource`, which is read only by `write(_:to:reuse:)`: the links may be made meanwhile.
    public func prepare(_ input: ExportInput, formats: [ExportFormat], background: Bool = true) throws -> Prepared {
        guard input.linkSource != nil else { throw ExportError.badOption("an export prepared ahead reads its links from a source") }
        try options.validate()
        guard Exporter.readsLinks(documentCount: input.documents.count, formats: formats, options: options) else {
            throw ExportError.badOption("links read from a source need an export in parts (or NDJSON only)")
        }
        return Prepared(input: input, formats: formats, options: options, background: background)
    }

    /// `write(_:formats:to:reuse:)` of a prepared export: its catalog's pass over the links (read now from the
    /// input's `linkSource`) completes the pass over the documents, then the formats are written.
    @discardableResult
    public func write(_ prepared: Prepared, to folder: URL, reuse: ExportReuse? = nil) throws -> Summary {
        var catalog = try prepared.documentCatalog()
        try catalog.resolveLinks(of: prepared.input)
        return try write(catalog: catalog, formats: prepared.formats, to: folder, reuse: reuse)
    }

    private func write(catalog: ExportCatalog, formats: [ExportFormat], to folder: URL, reuse: ExportReuse?) throws -> Summary {
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw ExportError.unwritable(path: folder.path, reason: SystemReason.of(error))
        }
        let (jobs, removing) = Exporter.plan(documentCount: catalog.heads.count, formats: formats, options: options)
        let names = jobs.map(\.name)
        let keeping = reuse.map { ExportKeeping(catalog: catalog, reuse: $0, folder: folder) }
        let linksByPart = jobs.first(where: \.isFolder).map {
            LinksByPart(catalog: catalog, parts: $0.shards.parts, sharedIDs: keeping != nil && formats.contains(.jsonld),
                        sharing: formats.contains(.json) && formats.contains(.jsonld))
        }
        // Each format's jobs in order (its parts before its index), the formats at once, one thread each.
        let groups: [[Int]] = jobs.indices.reduce(into: []) { groups, index in
            if let k = groups.firstIndex(where: { jobs[$0[0]].format == jobs[index].format }) { groups[k].append(index) } else { groups.append([index]) }
        }
        let files = try ExportSwitch.write(names, into: folder, removing: removing) { (temporaries: [URL]) in
            let failures = FirstFailure()
            let work: @Sendable (Int) -> Void = { k in
                var indexGraph: JSONValue?
                do {
                    for index in groups[k] {
                        try self.produce(jobs[index], catalog: catalog, links: linksByPart, keeping: keeping,
                                         indexGraph: &indexGraph, at: temporaries[index], folder: folder)
                    }
                } catch {
                    failures.record(error, order: k)
                }
            }
            if groups.count > 1 && ProcessInfo.processInfo.activeProcessorCount > 1 {
                DispatchQueue.concurrentPerform(iterations: groups.count, execute: work)
            } else {
                for k in groups.indices { work(k) }
            }
            if let error = failures.error { throw error }
        }
        let counts = [
            "documents": catalog.heads.count,
            "provisions": catalog.heads.reduce(0) { $0 + $1.provisions },
            "measures": catalog.heads.reduce(0) { $0 + $1.measures },
            "departments": catalog.organisations.count,
            "links": catalog.linkCount,
        ]
        return Summary(files: zip(jobs, files).filter { !$0.0.isFolder }.map(\.1), counts: counts, warnings: catalog.warnings,
                       partFolders: zip(jobs, files).filter { $0.0.isFolder }.map(\.1),
                       parts: jobs.first(where: \.isFolder)?.shards.parts.count ?? 0,
                       record: keeping?.record(), kept: keeping?.counts ?? Kept())
    }

    /// Writes `job` at `temporary`; `indexGraph` carries a JSON-LD export's index graph from its parts to its index.
    private func produce(_ job: Job, catalog: ExportCatalog, links linksByPart: LinksByPart?, keeping: ExportKeeping?,
                         indexGraph: inout JSONValue?, at temporary: URL, folder: URL) throws {
        if let linksByPart, !job.shards.parts.isEmpty {
            if job.isFolder {
                indexGraph = try writeParts(catalog, format: job.format, shards: job.shards, links: linksByPart, keeping: keeping,
                                            into: temporary)
            } else {
                try writeIndex(catalog, format: job.format, shards: job.shards, links: linksByPart, graph: indexGraph, at: temporary)
            }
            return
        }
        let sink = try JSONSink(file: temporary)
        let spill = job.format == .jsonld
            ? try SpillBuffer(file: ExportSwitch.scratchFile(job.format.fileName + ".spill", in: folder)) : SpillBuffer()
        defer { spill.close() }
        if job.format == .ndjson, let keeping {
            let earlier = keeping.earlierLines(job.format)
            try NDJSONExporter(catalog: catalog).write(to: sink, kept: { try keeping.keptLines($0, from: earlier) },
                                                       wrote: { keeping.notedLines($0, $1, format: job.format, kept: $2) })
        } else {
            try render(catalog: catalog, as: job.format, into: sink, spill: spill)
        }
        try sink.finish()
    }

    /// The first error of the formats written at once (by format order, so the same failure is reported
    /// whichever thread meets it first).
    private final class FirstFailure: @unchecked Sendable {
        private let lock = NSLock()
        private var first: (order: Int, error: Error)?

        func record(_ error: Error, order: Int) {
            lock.lock(); defer { lock.unlock() }
            if first.map({ order < $0.order }) ?? true { first = (order, error) }
        }

        var error: Error? { lock.lock(); defer { lock.unlock() }; return first?.error }
    }

    /// One file or folder of parts an export writes.
    struct Job {
        var format: ExportFormat
        var shards: ExportShards
        var isFolder: Bool
        var name: String { isFolder ? ExportShards.folderName(format) : format.fileName }
    }

    /// What an export of `documentCount` documents in `formats` writes, in order: each format's file,
    /// preceded by its folder of parts when it has parts (the parts are written first: the JSON-LD
    /// index holds what the parts did not take); and the folders of parts of formats now in one
    /// file, removed if an earlier export left them.
    static func plan(documentCount: Int, formats: [ExportFormat], options: ExportOptions) -> (jobs: [Job], removing: [String]) {
        var jobs: [Job] = [], removing: [String] = []
        for format in formats {
            let shards = ExportShards(documentCount: documentCount, format: format, options: options)
            if shards.parts.isEmpty {
                removing.append(ExportShards.folderName(format))
            } else {
                jobs.append(Job(format: format, shards: shards, isFolder: true))
            }
            jobs.append(Job(format: format, shards: shards, isFolder: false))
        }
        return (jobs, removing)
    }

    /// The names an export of `documentCount` documents in `formats` writes into its folder: each
    /// format's file and, for a format written in parts, its folder of parts.
    public static func outputNames(documentCount: Int, formats: [ExportFormat], options: ExportOptions) -> [String] {
        plan(documentCount: documentCount, formats: formats, options: options).jobs.map(\.name)
    }

    /// True when an export of `documentCount` documents in `formats` can read its links from an
    /// `ExportLinkSource` (`ExportInput.linkSource`): when each format is written in parts or is NDJSON.
    public static func readsLinks(documentCount: Int, formats: [ExportFormat], options: ExportOptions) -> Bool {
        formats.allSatisfy { $0 == .ndjson || ExportShards.isSharded(documentCount: documentCount, format: $0, options: options) }
    }

    /// The links of each part (those that start at one of its documents) and the links that start
    /// at no corpus document (kept in the index). Links read from a source are read a part at a time.
    struct LinksByPart {
        /// Positions in `catalog.links` of each part's links (a part's links are made when it is written:
        /// one copy of every link at a time, not a second one for the whole corpus).
        var parts: [[Int32]]
        var index: [ExportCatalog.ResolvedLink] = []
        /// With `sharedIDs`: the ids of the shared JSON-LD nodes each part may take (its works and expressions,
        /// of which version links and external documents may say things, and the ends in its documents of the
        /// links the shared nodes hold: every link when held, those with an external end when read from a
        /// source); else empty.
        var sharedIDs: [[String]]
        /// The parts, when the links are read from a source.
        var sourceParts: [ExportShards.Part]?
        /// When the links are read from a source and both JSON and JSON-LD are written in parts: each part's links
        /// read once for both.
        var share: PartLinkShare?

        init(catalog: ExportCatalog, parts shards: [ExportShards.Part], sharedIDs: Bool = false, sharing: Bool = false) {
            if catalog.linkSource != nil {
                sourceParts = shards
                index = catalog.indexLinks
                if sharing { share = PartLinkShare() }
            }
            parts = Array(repeating: [], count: shards.count)
            self.sharedIDs = Array(repeating: [], count: sharedIDs ? shards.count : 0)
            var partOf: [String: Int] = [:]
            for (k, part) in shards.enumerated() {
                for document in catalog.heads[part.documents] {
                    partOf[document.id] = k
                    if sharedIDs { self.sharedIDs[k] += [catalog.documentIRI(document.id), catalog.expressionIRI(document)] }
                }
            }
            for (n, link) in catalog.links.enumerated() {
                let from = link.fromDocument.flatMap { partOf[$0] }
                if let k = from { parts[k].append(Int32(n)) } else { index.append(link) }
                guard sharedIDs else { continue }
                if let k = from { self.sharedIDs[k].append(link.fromIRI) }
                if let k = link.toDocument.flatMap({ partOf[$0] }) { self.sharedIDs[k].append(link.toIRI) }
            }
            guard sharedIDs else { return }
            for link in catalog.externalEndLinks {
                if let k = link.fromDocument.flatMap({ partOf[$0] }) { self.sharedIDs[k].append(link.fromIRI) }
                if let k = link.toDocument.flatMap({ partOf[$0] }) { self.sharedIDs[k].append(link.toIRI) }
            }
        }

        /// The links of part `k`, in catalog order, for the part of `format`.
        func links(_ k: Int, of catalog: ExportCatalog, format: ExportFormat) throws -> [ExportCatalog.ResolvedLink] {
            if let sourceParts {
                let read = { try catalog.sourceLinks(sourceParts[k].documents) }
                return try share.map { try $0.links(k, format: format, read: read) } ?? read()
            }
            return parts[k].map { catalog.links[Int($0)] }
        }

        /// Says that `format` is done with part `k` (made or kept): links left for it up to part `k` are let go.
        func passed(_ k: Int, format: ExportFormat) { share?.passed(k, format: format) }

        /// For links read from a source: the links that end at part `k`'s documents, without their evidence
        /// (only their ends are read); nil when the links are held.
        func ends(_ k: Int, of catalog: ExportCatalog) throws -> [ExportCatalog.ResolvedLink]? {
            guard let sourceParts else { return nil }
            return try catalog.sourceLinks(sourceParts[k].documents, to: true, evidence: false)
        }
    }

    /// Writes the parts of `format` into `folder` (created); for JSON-LD returns the index's graph
    /// (what the parts did not take).
    private func writeParts(_ catalog: ExportCatalog, format: ExportFormat, shards: ExportShards, links: LinksByPart,
                            keeping: ExportKeeping?, into folder: URL) throws -> JSONValue? {
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw ExportError.unwritable(path: folder.path, reason: SystemReason.of(error))
        }
        func write(_ name: String, _ body: (JSONSink) throws -> Void) throws {
            let sink = try JSONSink(file: folder.appendingPathComponent(name))
            try body(sink)
            try sink.write("\n")
            try sink.finish()
        }
        /// Puts the earlier file of a kept part in the new folder (a second name for the same file).
        func keep(_ earlier: URL, as name: String) throws {
            let target = folder.appendingPathComponent(name)
            if link(earlier.path, target.path) != 0 {
                do { try FileManager.default.copyItem(at: earlier, to: target) } catch {
                    throw ExportError.unwritable(path: target.path, reason: SystemReason.of(error))
                }
            }
        }
        switch format {
        case .json:
            // A JSON part's digest also names its tables' (every member but its links), so that a part made again
            // because only its links changed copies its tables from the earlier file.
            let exporter = JSONExporter(catalog: catalog)
            for (k, part) in shards.parts.enumerated() {
                let tables = keeping?.tablesDigest(part) ?? ""
                let digest = ExportKeeping.jsonPartDigest(documents: keeping?.partDigest(part) ?? "", tables: tables)
                defer { links.passed(k, format: format) }
                if let keeping, let earlier = keeping.keptPart(part, format: format, digest: digest) {
                    try keep(earlier, as: part.fileName)
                    keeping.noted(part, format: format, digest: digest, kept: true)
                    continue
                }
                let partLinks = try links.links(k, of: catalog, format: format)
                if let keeping, let earlier = keeping.earlierTables(part, tables: tables),
                   let split = JSONExporter.PartTables(file: earlier) {
                    try write(part.fileName) { try exporter.writePart(to: $0, links: partLinks, tables: split) }
                    keeping.notedTablesCopied()
                } else {
                    try write(part.fileName) { try exporter.writePart(to: $0, part: part, links: partLinks) }
                }
                keeping?.noted(part, format: format, digest: digest, kept: false)
            }
            return nil
        case .jsonld:
            // A JSON-LD part's digest also names the shared nodes it took (so that the index is the same): read
            // from the shared nodes alone, so that a kept part reads no link.
            let digests = shards.parts.map { keeping?.partDigest($0) ?? "" }
            func full(_ k: Int, _ taken: [String]) -> String {
                digests[k].isEmpty ? "" : digests[k] + ":" + SHA256.hex(Array(taken.joined(separator: "\n").utf8))
            }
            var earlier: [Int: URL] = [:]
            let parts = shards.parts
            let partLinks: @Sendable (Int) throws -> [ExportCatalog.ResolvedLink] = { try links.links($0, of: catalog, format: format) }
            var partEnds: (@Sendable (Int) throws -> [ExportCatalog.ResolvedLink])?
            if links.sourceParts != nil { partEnds = { @Sendable in try links.ends($0, of: catalog) ?? [] } }
            // A part whose earlier digest does not begin with its documents' digest is made whatever it takes.
            let made: @Sendable (Int) -> Bool = { k in
                keeping?.surelyMade(parts[k], format: format, digestPrefix: digests[k].isEmpty ? "" : digests[k] + ":") ?? true
            }
            return try JSONLDExporter(catalog: catalog).parts(parts, links: partLinks, indexLinks: links.index, ends: partEnds,
                candidates: { k in keeping == nil || digests[k].isEmpty ? nil : links.sharedIDs[k] },
                keep: { k, taken in
                    guard let url = keeping?.keptPart(shards.parts[k], format: format, digest: full(k, taken)) else { return false }
                    earlier[k] = url
                    return true
                }, made: made) { part, graph, taken in
                let k = part.number - 1
                if let graph {
                    try write(part.fileName) { try $0.write(graph, indent: 0) }
                } else if let url = earlier[k] {
                    try keep(url, as: part.fileName)
                }
                keeping?.noted(part, format: format, digest: full(k, taken), kept: graph == nil)
                links.passed(k, format: format)
            }
        case .ndjson:
            preconditionFailure("NDJSON is never written in parts")
        }
    }

    /// Writes the index file of `format` written in parts at `file`.
    private func writeIndex(_ catalog: ExportCatalog, format: ExportFormat, shards: ExportShards, links: LinksByPart,
                            graph: JSONValue?, at file: URL) throws {
        let sink = try JSONSink(file: file)
        if format == .json {
            try JSONExporter(catalog: catalog).writeIndex(to: sink, parts: shards.parts, links: links.index)
        } else if let graph {
            try sink.write(graph, indent: 0)
        }
        try sink.write("\n")
        try sink.finish()
    }

    /// The catalog of `input`; `readsLinks` says whether the formats written can read links from a source.
    private func makeCatalog(_ input: ExportInput, readsLinks: Bool) throws -> ExportCatalog {
        try options.validate()
        if input.linkSource != nil {
            guard readsLinks else {
                throw ExportError.badOption("links read from a source need an export in parts (or NDJSON only)")
            }
        }
        return try ExportCatalog(input: input, options: options)
    }

    private func render(catalog: ExportCatalog, as format: ExportFormat, into sink: JSONSink, spill: SpillBuffer) throws {
        switch format {
        case .json:
            try JSONExporter(catalog: catalog).write(to: sink)
            try sink.write("\n")
        case .jsonld:
            try JSONLDExporter(catalog: catalog).write(to: sink, spill: spill)
            try sink.write("\n")
        case .ndjson:
            try NDJSONExporter(catalog: catalog).write(to: sink)
        }
    }
}

/// The links of each part of an export in parts read once for JSON and JSON-LD, which write their parts in order on
/// two threads: the first format to read a part's links leaves them for the other, which takes them (and reads
/// them itself when they are not there: the other has not read them yet, passed the part, or left too many).
/// What one format leaves for a part the other has passed (kept, or made while both read) is let go. The links
/// are the same values whichever format reads them, so nothing written depends on which did.
final class PartLinkShare: @unchecked Sendable {
    private let lock = NSLock()
    private var left: [Int: (by: ExportFormat, links: [ExportCatalog.ResolvedLink])] = [:]
    /// The last part each format is done with.
    private var done: [ExportFormat: Int] = [:]
    private var held = 0
    /// Links left at most at a time.
    let limit: Int
    /// Reads (for tests): how many times `read` was called.
    private(set) var reads = 0

    init(limit: Int = 40_000) { self.limit = limit }

    /// The links of part `k` for `format`: those the other format left, or `read()`.
    func links(_ k: Int, format: ExportFormat, read: () throws -> [ExportCatalog.ResolvedLink]) throws -> [ExportCatalog.ResolvedLink] {
        lock.lock()
        if let entry = left[k], entry.by != format {
            left[k] = nil
            held -= entry.links.count
            lock.unlock()
            return entry.links
        }
        reads += 1
        lock.unlock()
        let links = try read()
        lock.lock(); defer { lock.unlock() }
        if let entry = left[k] {
            // Both read it: nobody needs what the other left.
            left[k] = nil
            held -= entry.links.count
        } else if (done.first { $0.key != format }?.value ?? -1) < k, held + links.count <= limit {
            left[k] = (format, links)
            held += links.count
        }
        return links
    }

    /// `format` is done with part `k`: what the other format left for parts up to `k` is let go.
    func passed(_ k: Int, format: ExportFormat) {
        lock.lock(); defer { lock.unlock() }
        done[format] = k
        for (part, entry) in left where part <= k && entry.by != format {
            left[part] = nil
            held -= entry.links.count
        }
    }

    /// Links left now (for tests).
    var heldCount: Int { lock.lock(); defer { lock.unlock() }; return held }
}
