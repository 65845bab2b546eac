/// How a large export is cut into files. Above `ExportOptions.partsAbove` documents, the JSON and
/// JSON-LD exports are written as a small index file (`zhengce.json`, `zhengce.jsonld`: what all
/// documents share, and the list of parts) and a folder of parts beside it (`zhengce.json.d/`,
/// `zhengce.jsonld.d/`), each part holding `ExportOptions.partSize` documents in id order with
/// their provisions, measures, citations, responsibilities, targets and the links that start at
/// them. Concatenating the parts' tables gives the single file's tables. NDJSON is one record
/// per line already and stays one file.
struct ExportShards {
    /// One part: its file name inside the parts folder and the documents it holds.
    struct Part {
        var number: Int
        var fileName: String
        var documents: Range<Int>
    }

    /// The parts, in document order (empty when the export is one file).
    let parts: [Part]

    /// The parts of `documentCount` documents (in catalog order) for `format` with `options`.
    init(documentCount: Int, format: ExportFormat, options: ExportOptions) {
        guard ExportShards.isSharded(documentCount: documentCount, format: format, options: options) else {
            parts = []; return
        }
        let size = max(1, options.partSize)
        let count = (documentCount + size - 1) / size
        let digits = max(4, String(count).count)
        parts = (0..<count).map { k in
            let number = String(k + 1)
            let name = String(repeating: "0", count: digits - number.count) + number + "." + format.rawValue
            return Part(number: k + 1, fileName: name, documents: (k * size)..<min(documentCount, (k + 1) * size))
        }
    }

    /// True when `format` is written in parts for a corpus of `documentCount` documents.
    static func isSharded(documentCount: Int, format: ExportFormat, options: ExportOptions) -> Bool {
        guard format != .ndjson, let limit = options.partsAbove else { return false }
        return documentCount > limit
    }

    /// The parts folder's name for a format (beside its index file).
    static func folderName(_ format: ExportFormat) -> String { format.fileName + ".d" }

    /// A part's path as the index names it (relative to the index file).
    static func relativePath(_ part: Part, format: ExportFormat) -> String { folderName(format) + "/" + part.fileName }
}
