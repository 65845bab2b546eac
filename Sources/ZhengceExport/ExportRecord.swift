import Foundation

/// What an export in parts was made from, so that the next export into the same folder can keep the
/// parts (and NDJSON lines) whose inputs did not change instead of writing them again. Kept by the
/// caller (the corpus session keeps it in the store) and handed back through `ExportReuse`; this type
/// owns its text form.
///
/// A part is kept when the export's global digest (tool, options, every document's key, the
/// registry's departments) is the same, its documents and their digests are the same (file SHA-256,
/// key, citation targets, other versions with their status and dates, issuers, and every link at either
/// end: its IRIs, type, score, evidence, ends as given, and the 发文字号 and level of the document at its other
/// end), and its file is still the one written (same size and time).
/// A JSON-LD part also records which nodes it took from the shared graph, so the index is the same. A JSON
/// part also records its tables' digest (its documents' digests without their links): a part made again
/// because only its links changed copies every other member from its earlier file.
public struct ExportRecord: Sendable, Equatable {
    /// One part file or one document's NDJSON lines.
    public struct Piece: Sendable, Equatable {
        /// The part's file name (parts) or the document id (NDJSON).
        public var name: String
        /// Digest of what the piece was made from.
        public var digest: String
        /// NDJSON: where the document's lines start in the file; parts: the file's size.
        public var offset: Int
        /// NDJSON: the length of the document's lines; parts: the file's modification time (ns).
        public var length: Int
    }

    /// One format's file (NDJSON) or folder of parts (JSON, JSON-LD).
    public struct Entry: Sendable, Equatable {
        /// The file or folder name in the output folder.
        public var name: String
        /// NDJSON: the file's size and modification time (ns); parts: 0.
        public var size: Int
        public var mtime: Int
        public var pieces: [Piece]
    }

    /// The output folder's path (standardized).
    public var folder: String
    /// Digest of what every piece depends on.
    public var global: String
    public var entries: [Entry]

    private static let header = "zhengce-export-record 1"

    /// The text form: a header, the folder, the global digest, then per entry a line
    /// `=<TAB>name<TAB>size<TAB>mtime` followed by one `name<TAB>digest<TAB>offset<TAB>length` line per piece.
    public func encoded() -> Data {
        var text = ExportRecord.header + "\n" + folder + "\n" + global + "\n"
        for entry in entries {
            text += "=\t\(entry.name)\t\(entry.size)\t\(entry.mtime)\n"
            for piece in entry.pieces { text += "\(piece.name)\t\(piece.digest)\t\(piece.offset)\t\(piece.length)\n" }
        }
        return Data(text.utf8)
    }

    /// Reads the text form; nil when `data` is not one.
    public init?(decoding data: Data) {
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.count >= 3, lines[0] == ExportRecord.header else { return nil }
        folder = String(lines[1]); global = String(lines[2]); entries = []
        for line in lines.dropFirst(3) where !line.isEmpty {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 4, let a = Int(fields[2]), let b = Int(fields[3]) else { return nil }
            if fields[0] == "=" {
                entries.append(Entry(name: String(fields[1]), size: a, mtime: b, pieces: []))
            } else {
                guard !entries.isEmpty else { return nil }
                entries[entries.count - 1].pieces.append(Piece(name: String(fields[0]), digest: String(fields[1]), offset: a, length: b))
            }
        }
    }

    init(folder: String, global: String, entries: [Entry]) {
        self.folder = folder; self.global = global; self.entries = entries
    }

    /// The entry of a file or folder name.
    func entry(_ name: String) -> Entry? { entries.first { $0.name == name } }

    /// Size and modification time (ns) of the file at `path`, nil when absent.
    static func stamp(_ path: String) -> (size: Int, mtime: Int)? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return (Int(info.st_size), Int(info.st_mtim.tv_sec) * 1_000_000_000 + Int(info.st_mtim.tv_nsec))
    }
}

/// What an export may keep from the one before it in the same folder (see `ExportRecord`).
public struct ExportReuse: Sendable {
    /// The record the earlier export into the folder returned, nil when none.
    public var previous: ExportRecord?
    /// What the documents were made with (tool version, lexicons, registry): part of the global digest.
    public var stamp: String

    public init(previous: ExportRecord?, stamp: String) {
        self.previous = previous; self.stamp = stamp
    }
}
