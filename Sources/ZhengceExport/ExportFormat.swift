/// The export formats and the file each one writes.
public enum ExportFormat: String, Sendable, Hashable, CaseIterable {
    /// Plain JSON described by schema/zhengce-export.schema.json.
    case json
    /// JSON-LD on the ELI ontology.
    case jsonld
    /// One measure per line, flattened, for bulk loading into a search engine.
    case ndjson

    /// The file name written into the output folder.
    public var fileName: String {
        switch self {
        case .json: return "zhengce.json"
        case .jsonld: return "zhengce.jsonld"
        case .ndjson: return "zhengce.ndjson"
        }
    }
}
