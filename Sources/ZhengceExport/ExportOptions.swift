/// Settings of one export that change its bytes.
public struct ExportOptions: Sendable, Hashable {
    /// The default base IRI for minted identifiers.
    public static let defaultBase = "https://zhengce.example"
    /// The default IRI of zhengce's own vocabulary (terms ELI lacks).
    public static let defaultVocabulary = "https://zhengce.example/ns#"

    /// Base IRI of every minted identifier, without a trailing slash, e.g. https://zhengce.example.
    public var base: String
    /// IRI of the zhengce vocabulary, ending in # or /.
    public var vocabulary: String
    /// A timestamp to record in the export; nil records none (the default, for byte-identical output).
    public var generatedAt: String?
    /// NDJSON only: when set, each record is preceded by an Elasticsearch/OpenSearch bulk
    /// `{"index":{"_index":…,"_id":…}}` action line for this index name.
    public var bulkIndex: String?
    /// Export every registry department, not only those the documents name (with their
    /// parents and counterparts).
    public var allDepartments: Bool
    /// Corpora of more documents than this are exported in parts (an index file and a folder of
    /// parts per format, see `ExportShards`); nil writes one file whatever the size.
    public var partsAbove: Int?
    /// Documents per part when the export is written in parts.
    public var partSize: Int

    /// The default `partsAbove`: beyond a thousand documents one JSON file runs to hundreds of
    /// megabytes (the 3,502 laws of the law corpus make 1.3 GB), more than a reader loads at once.
    public static let defaultPartsAbove = 1000
    /// The default `partSize`: ten documents, a few megabytes per part. An edit makes again the parts whose
    /// documents' links changed, so the work an edit costs follows the part size: a much-cited law's links reach
    /// 20–30 parts whatever their size (issue 16: parts of a hundred made 2,000–3,000 documents again).
    public static let defaultPartSize = 10

    /// Options; a trailing slash on `base` is dropped.
    public init(base: String = ExportOptions.defaultBase, vocabulary: String = ExportOptions.defaultVocabulary,
                generatedAt: String? = nil, bulkIndex: String? = nil, allDepartments: Bool = false,
                partsAbove: Int? = ExportOptions.defaultPartsAbove, partSize: Int = ExportOptions.defaultPartSize) {
        self.allDepartments = allDepartments
        self.partsAbove = partsAbove; self.partSize = partSize
        var trimmed = base
        while trimmed.hasSuffix("/") { trimmed.removeLast() }
        self.base = trimmed; self.vocabulary = vocabulary; self.generatedAt = generatedAt; self.bulkIndex = bulkIndex
    }

    /// Checks that the IRIs are absolute (scheme ":" …) and the vocabulary ends in # or /.
    public func validate() throws {
        guard ExportOptions.isAbsoluteIRI(base) else { throw ExportError.badOption("base IRI '\(base)' is not absolute (e.g. https://example.org)") }
        guard ExportOptions.isAbsoluteIRI(vocabulary) else { throw ExportError.badOption("vocabulary IRI '\(vocabulary)' is not absolute") }
        guard vocabulary.hasSuffix("#") || vocabulary.hasSuffix("/") else {
            throw ExportError.badOption("vocabulary IRI '\(vocabulary)' must end in # or /")
        }
        if let index = bulkIndex, index.isEmpty || index.contains(where: { $0.isWhitespace || $0 == "\"" }) {
            throw ExportError.badOption("bulk index name '\(index)' must be non-empty without spaces or quotes")
        }
        if let limit = partsAbove, limit < 0 { throw ExportError.badOption("--parts-above must be 0 or more (got \(limit))") }
        guard partSize > 0 else { throw ExportError.badOption("--part-size must be 1 or more (got \(partSize))") }
    }

    /// True for `scheme:rest` with an RFC 3986 scheme and no spaces.
    public static func isAbsoluteIRI(_ text: String) -> Bool {
        guard let colon = text.firstIndex(of: ":"), colon != text.startIndex else { return false }
        let scheme = text[..<colon]
        guard let first = scheme.first, first.isASCII, first.isLetter else { return false }
        guard scheme.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) }) else { return false }
        return text.index(after: colon) < text.endIndex && !text.contains(where: { $0.isWhitespace || "<>\"{}|\\^`".contains($0) })
    }
}
