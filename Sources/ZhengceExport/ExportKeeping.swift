import Foundation
import ZhengceDocument
import ZhengceText

/// What one export keeps of the export before it (see `ExportRecord`): decides, part by part and
/// (NDJSON) document by document, whether the earlier bytes are still right, and collects the record
/// of what this export wrote.
final class ExportKeeping: @unchecked Sendable {
    /// Digest of what every piece depends on.
    let global: String
    /// Per catalog document: digest of what its records depend on besides links ("" when unknown).
    private let digests: [String]
    /// Per catalog document: digest of what its records in the JSON tables other than `links` show ("" when unknown).
    private let tableDigests: [String]
    /// The earlier record when it may be used (same folder and global digest).
    private let previous: ExportRecord?
    private let catalog: ExportCatalog
    private let folder: URL

    private let lock = NSLock()
    /// What was noted, by folder of parts and by NDJSON file name.
    private var partPieces: [String: [ExportRecord.Piece]] = [:]
    private var linePieces: [String: [ExportRecord.Piece]] = [:]
    private var partsKept = 0, partsMade = 0, linesKept = 0, linesMade = 0, tablesCopied = 0

    init(catalog: ExportCatalog, reuse: ExportReuse, folder: URL) {
        self.catalog = catalog
        self.folder = folder
        global = catalog.globalDigest(stamp: reuse.stamp)
        let links = catalog.linkFingerprints()
        digests = catalog.heads.map { $0.sha256.isEmpty ? "" : catalog.documentDigest($0, links: links[PlainText($0.id)] ?? []) }
        tableDigests = catalog.heads.map { $0.sha256.isEmpty ? "" : catalog.tablesDigest($0) }
        if let earlier = reuse.previous, earlier.folder == folder.standardizedFileURL.path, earlier.global == global {
            previous = earlier
        } else {
            previous = nil
        }
    }

    /// Parts and documents' NDJSON lines kept and made so far.
    var counts: Exporter.Kept {
        lock.lock(); defer { lock.unlock() }
        return Exporter.Kept(parts: partsKept, partsMade: partsMade, lines: linesKept, linesMade: linesMade, tablesCopied: tablesCopied)
    }

    /// True when document `i`'s earlier records may be kept (its content known).
    private func keepable(_ i: Int) -> Bool {
        previous != nil && !digests[i].isEmpty
    }

    // MARK: Parts

    /// Digest of a part's documents ("" when one is unknown).
    func partDigest(_ part: ExportShards.Part) -> String {
        let documents = digests[part.documents]
        if documents.contains("") { return "" }
        return SHA256.hex(Array((part.fileName + "\n" + documents.joined(separator: "\n")).utf8))
    }

    /// Digest of what a JSON part shows besides its links: its documents' tables ("" when one is unknown).
    func tablesDigest(_ part: ExportShards.Part) -> String {
        let documents = tableDigests[part.documents]
        if documents.contains("") { return "" }
        return SHA256.hex(Array((part.fileName + "\n" + documents.joined(separator: "\n")).utf8))
    }

    /// The digest a JSON part is recorded with: its documents' (`partDigest`, links included), then ":" and its
    /// tables' (`tablesDigest`); "" when either is unknown.
    static func jsonPartDigest(documents: String, tables: String) -> String {
        documents.isEmpty || tables.isEmpty ? "" : documents + ":" + tables
    }

    /// The earlier file of JSON part `part` when it is still the one recorded, every document is keepable and it
    /// was recorded with the tables digest `tables`: its tables (every member but `links`) are those this export
    /// would write (see `JSONExporter.PartTables`).
    func earlierTables(_ part: ExportShards.Part, tables: String) -> URL? {
        guard let previous, !tables.isEmpty, part.documents.allSatisfy(keepable),
              let entry = previous.entry(ExportShards.folderName(.json)),
              let piece = entry.pieces.first(where: { $0.name == part.fileName }), piece.digest.hasSuffix(":" + tables) else { return nil }
        let url = folder.appendingPathComponent(ExportShards.folderName(.json)).appendingPathComponent(part.fileName)
        guard let stamp = ExportRecord.stamp(url.path), stamp.size == piece.offset, stamp.mtime == piece.length else { return nil }
        return url
    }

    /// Counts a JSON part made with its tables copied from the earlier file.
    func notedTablesCopied() {
        lock.lock(); defer { lock.unlock() }
        tablesCopied += 1
    }

    /// The earlier file of `part` of `format` when it may be kept as it is: every document keepable,
    /// the recorded digest `digest` (with `taken` for JSON-LD), and the file unchanged since.
    func keptPart(_ part: ExportShards.Part, format: ExportFormat, digest: String) -> URL? {
        guard let previous, !digest.isEmpty, part.documents.allSatisfy(keepable),
              let entry = previous.entry(ExportShards.folderName(format)),
              let piece = entry.pieces.first(where: { $0.name == part.fileName }), piece.digest == digest else { return nil }
        let url = folder.appendingPathComponent(ExportShards.folderName(format)).appendingPathComponent(part.fileName)
        guard let stamp = ExportRecord.stamp(url.path), stamp.size == piece.offset, stamp.mtime == piece.length else { return nil }
        return url
    }

    /// True when part `part` of `format` cannot be kept with a digest that begins with `digestPrefix` (no earlier
    /// piece of it has such a digest, or one of its documents is not keepable): it will be made. False when it may be kept.
    func surelyMade(_ part: ExportShards.Part, format: ExportFormat, digestPrefix: String) -> Bool {
        guard let previous, !digestPrefix.isEmpty, part.documents.allSatisfy(keepable),
              let entry = previous.entry(ExportShards.folderName(format)),
              let piece = entry.pieces.first(where: { $0.name == part.fileName }) else { return true }
        return !piece.digest.hasPrefix(digestPrefix)
    }

    /// Records part `part` of `format` (kept or made) with its digest; its file's size and time are
    /// read once the export is in place (`record()`).
    func noted(_ part: ExportShards.Part, format: ExportFormat, digest: String, kept: Bool) {
        lock.lock(); defer { lock.unlock() }
        partPieces[ExportShards.folderName(format), default: []].append(ExportRecord.Piece(name: part.fileName, digest: digest, offset: 0, length: 0))
        if kept { partsKept += 1 } else { partsMade += 1 }
    }

    // MARK: NDJSON

    /// The earlier NDJSON lines of each document, when they may be kept.
    final class Lines {
        private let handle: FileHandle?
        private let byID: [String: ExportRecord.Piece]

        init(handle: FileHandle?, byID: [String: ExportRecord.Piece]) { self.handle = handle; self.byID = byID }
        deinit { try? handle?.close() }

        func bytes(_ id: String, digest: String) throws -> [UInt8]? {
            guard let handle, let piece = byID[id], piece.digest == digest else { return nil }
            try handle.seek(toOffset: UInt64(piece.offset))
            let data = try handle.read(upToCount: piece.length) ?? Data()
            guard data.count == piece.length else { return nil }
            return [UInt8](data)
        }
    }

    /// The earlier NDJSON file, when it is still the one recorded.
    func earlierLines(_ format: ExportFormat) -> Lines {
        guard let previous, let entry = previous.entry(format.fileName) else { return Lines(handle: nil, byID: [:]) }
        let url = folder.appendingPathComponent(format.fileName)
        guard let stamp = ExportRecord.stamp(url.path), stamp.size == entry.size, stamp.mtime == entry.mtime,
              let handle = try? FileHandle(forReadingFrom: url) else { return Lines(handle: nil, byID: [:]) }
        return Lines(handle: handle, byID: Dictionary(entry.pieces.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a }))
    }

    /// Document `i`'s earlier NDJSON lines when they may be kept.
    func keptLines(_ i: Int, from lines: Lines) throws -> [UInt8]? {
        guard keepable(i) else { return nil }
        return try lines.bytes(catalog.heads[i].id, digest: digests[i])
    }

    /// Records where document `i`'s NDJSON lines went.
    func notedLines(_ i: Int, _ range: Range<Int>, format: ExportFormat, kept: Bool) {
        lock.lock(); defer { lock.unlock() }
        linePieces[format.fileName, default: []].append(ExportRecord.Piece(name: catalog.heads[i].id, digest: digests[i],
                                                                           offset: range.lowerBound, length: range.count))
        if kept { linesKept += 1 } else { linesMade += 1 }
    }

    // MARK: Record

    /// The record of this export, once its files are in place: parts with their files' sizes and times,
    /// NDJSON with its file's.
    func record() -> ExportRecord {
        lock.lock(); defer { lock.unlock() }
        var entries: [ExportRecord.Entry] = []
        for (name, pieces) in partPieces {
            let url = folder.appendingPathComponent(name)
            let parts = pieces.sorted { $0.name < $1.name }.compactMap { piece -> ExportRecord.Piece? in
                guard let stamp = ExportRecord.stamp(url.appendingPathComponent(piece.name).path) else { return nil }
                return ExportRecord.Piece(name: piece.name, digest: piece.digest, offset: stamp.size, length: stamp.mtime)
            }
            entries.append(ExportRecord.Entry(name: name, size: 0, mtime: 0, pieces: parts))
        }
        for (name, pieces) in linePieces {
            guard let stamp = ExportRecord.stamp(folder.appendingPathComponent(name).path) else { continue }
            entries.append(ExportRecord.Entry(name: name, size: stamp.size, mtime: stamp.mtime, pieces: pieces))
        }
        entries.sort { $0.name < $1.name }
        return ExportRecord(folder: folder.standardizedFileURL.path, global: global, entries: entries)
    }
}
