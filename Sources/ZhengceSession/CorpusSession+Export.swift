import Foundation
import ZhengceDocument
import ZhengceExport
import ZhengceLineage
import ZhengceStore
import ZhengceText

/// What `linkAndExport` did.
public struct LinkExportSummary: Sendable {
    /// Lineage links stored (and exported).
    public var links: Int
    /// What the export wrote.
    public var export: Exporter.Summary
    /// How the links were brought up to date.
    public var lineage: LineageUpdate
}

extension CorpusSession {
    /// The second half of the main job: lineage links into the store and the linked export of
    /// `formats` into `out`. Returns nil, doing nothing, when the store's documents, the options
    /// and the formats are those of the export already in `out` (its stamp is kept in the store)
    /// and `force` is false.
    public func linkAndExport(out: URL, options: ExportOptions = ExportOptions(), formats: [ExportFormat] = ExportFormat.allCases,
                              force: Bool = false, fullLineage: Bool = false,
                              stage: ((String) -> Void)? = nil) throws -> LinkExportSummary? {
        // The store is read through once here (documents, then links a part at a time): its pages are read into
        // SQLite's cache rather than mapped, whose pages would stay resident to the end (up to 256 MB).
        try store.unmapped {
            try linkAndExportUnmapped(out: out, options: options, formats: formats, force: force, fullLineage: fullLineage,
                                      stage: stage)
        }
    }

    private func linkAndExportUnmapped(out: URL, options: ExportOptions, formats: [ExportFormat], force: Bool, fullLineage: Bool,
                                       stage: ((String) -> Void)?) throws -> LinkExportSummary? {
        let names = Exporter.outputNames(documentCount: try store.counts().documents, formats: formats, options: options)
        let files = names.map { out.appendingPathComponent($0) }
        let stamp = try exportStamp(out: out, options: options, formats: formats)
        if !force, try store.meta(CorpusSession.exportStampKey) == stamp,
           files.allSatisfy({ FileManager.default.fileExists(atPath: $0.path) }) {
            return nil
        }
        stage?("reading")
        // Lineage holds every document in the form it reads (about half the memory of the whole
        // documents, read one batch at a time); the export reads the whole documents again, a part at a time.
        // Above the size lineage analyses in shards, it holds their light forms only (`LineageAnalyzer.light`) and
        // reads the others from the store when it needs them (`lineageForms`).
        let light = try lineageShards.map { try store.counts().documents > $0.above } ?? false
        let segmenter = lexiconSegmenter()
        let resolver = try resolver()
        var forms: [PolicyDocument] = []
        var issuers: [String: [String: String]] = [:]
        // What the export's catalog takes of each document, made here so that it does not read them again (let go
        // before a full analysis, after which the catalog reads them: the analysis is the run's peak of memory).
        var entries: [ExportDocumentEntry]? = []
        // Each batch's readings are made on every core and taken in document order.
        func take(_ batch: [PolicyDocument]) {
            for (document, reading) in zip(batch, DocumentReading.readings(of: batch, resolver: resolver, light: light)) {
                segmenter.addWords(reading.terms)
                forms.append(reading.form)
                issuers[document.id] = reading.issuers
                entries?.append(reading.entry)
            }
        }
        if let cachedDocuments { take(cachedDocuments) } else { try store.forEachDocument(batch: 256, take) }
        guard !forms.isEmpty else { throw SessionError.nothingToExport(folder: folder.path) }
        HeapTrim.release(after: "reading")
        stage?("lineage")
        // An export in parts reads its links from the store, a part at a time: the links are not held after lineage.
        let readsLinks = Exporter.readsLinks(documentCount: forms.count, formats: formats, options: options)
        let ids = forms.map(\.id)
        let exporter = Exporter(options: options)
        func input(links: [LineageLink]) -> ExportInput {
            ExportInput(source: ExportInputBuilder.documents(ids: ids, cached: cachedDocuments, store: store),
                        departments: ExportInputBuilder.departments(resolver.registry), links: links,
                        issuerDepartments: issuers.filter { !$0.value.isEmpty },
                        linkSource: readsLinks ? ExportInputBuilder.linkSource(store) : nil, documentEntries: entries)
        }
        // When the export reads its links from the store, its pass over the documents (which reads no link) is
        // made on another thread while an incremental lineage run makes the links (a full analysis keeps both
        // cores busy and is the run's peak of memory, which the catalog would add to: there it waits).
        var prepared: Exporter.Prepared?
        func prepare() throws {
            guard readsLinks && parallelExport else { return }
            prepared = try exporter.prepare(input(links: []), formats: formats)
            entries = nil
        }
        var links: [LineageLink] = []
        let update: LineageUpdate
        let linkCount: Int
        // The parts (and NDJSON lines) of the last export are kept where nothing they show changed.
        let key = CorpusSession.exportRecordKey(out)
        let reuse: ExportReuse
        do {
            (links, update) = try updateLinks(forms, light: light, segmenter: segmenter, fullLineage: fullLineage, returningLinks: !readsLinks, stage: stage,
                                              notBusy: prepare, busy: { entries = nil })
            if readsLinks { links = [] }
            forms = []
            HeapTrim.release(after: "lineage")
            linkCount = readsLinks ? try store.counts().links : links.count
            stage?("export")
            let earlier = force ? nil : try store.blob(key).flatMap(ExportRecord.init(decoding:))
            reuse = ExportReuse(previous: earlier, stamp: try store.meta("fingerprint") ?? "-")
        } catch {
            // Nothing of the export's pass goes on after this returns.
            prepared?.wait()
            throw error
        }
        let summary: Exporter.Summary
        if let prepared {
            summary = try exporter.write(prepared, to: out, reuse: reuse)
        } else {
            let made = input(links: links)
            links = []
            summary = try exporter.write(made, formats: formats, to: out, reuse: reuse)
        }
        HeapTrim.release(after: "export")
        try store.write { writer in
            try writer.setMeta(CorpusSession.exportStampKey, stamp)
            try writer.setBlob(key, summary.record?.encoded())
        }
        return LinkExportSummary(links: linkCount, export: summary, lineage: update)
    }

    /// Blob key of the record of the last export into `out` (`ExportRecord`).
    static func exportRecordKey(_ out: URL) -> String { "export-record " + out.standardizedFileURL.path }

    /// What an export depends on: the store's contents, the options, the formats and the folder.
    /// Meta key of the stamp of the last export (`exportStamp`): a run whose stamp equals it skips lineage and export.
    static let exportStampKey = "export"

    func exportStamp(out: URL, options: ExportOptions, formats: [ExportFormat]) throws -> String {
        let fields = [try store.contentStamp(), out.standardizedFileURL.path, formats.map(\.rawValue).joined(separator: ","),
                      options.base, options.vocabulary, options.generatedAt ?? "-", options.bulkIndex ?? "-",
                      String(options.allDepartments), options.partsAbove.map { "parts>\($0)x\(options.partSize)" } ?? "single"]
        return fields.joined(separator: "|")
    }

    /// A lineage link as a store row.
    static func record(_ link: LineageLink) -> LinkRecord {
        LinkRecord(type: link.type.rawValue, fromDocument: link.from.document, fromMeasure: link.from.measure,
                   toDocument: link.to.document, toMeasure: link.to.measure, score: link.score, inferred: link.inferred,
                   evidenceJSON: link.evidence.flatMap(json), fromJSON: json(link.from) ?? "{}", toJSON: json(link.to) ?? "{}")
    }

    private static func json<T: Encodable>(_ value: T) -> String? {
        (try? linkEncoder.encode(value)).map { String(decoding: $0, as: UTF8.self) }
    }

    /// Keys sorted, slashes as they are (one encoder for every link).
    private static let linkEncoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()
}

/// Why a session could not do what it was asked.
public enum SessionError: Error, CustomStringConvertible, Sendable {
    /// The store holds no document to link and export.
    case nothingToExport(folder: String)

    public var description: String {
        switch self {
        case .nothingToExport(let folder): return "\(folder): no document could be parsed; nothing exported"
        }
    }
}
