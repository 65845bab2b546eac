import Foundation

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
    }

    /// The options every rendering uses.
    public let options: ExportOptions

    /// An exporter with these options.
    public init(options: ExportOptions = ExportOptions()) { self.options = options }

    /// The text of one format (UTF-8, ends with a newline). Deterministic: same input, same text.
    public func render(_ input: ExportInput, as format: ExportFormat) throws -> String {
        try render(catalog: makeCatalog(input), as: format)
    }

    /// Renders `formats` and writes them into `folder` (created if missing). Every format is
    /// rendered before any file is touched; the files are written under temporary names and
    /// switched in together (`ExportSwitch`), so a failed run leaves earlier output as it was and
    /// a killed one is finished by the next run.
    @discardableResult
    public func write(_ input: ExportInput, formats: [ExportFormat], to folder: URL) throws -> Summary {
        let catalog = try makeCatalog(input)
        let rendered = try formats.map { ($0, try render(catalog: catalog, as: $0)) }
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw ExportError.unwritable(path: folder.path, reason: error.localizedDescription)
        }
        let files = try ExportSwitch.write(rendered.map { ($0.0.fileName, Data($0.1.utf8)) }, into: folder)
        let counts = [
            "documents": catalog.documents.count,
            "provisions": catalog.documents.reduce(0) { $0 + $1.provisions.count },
            "measures": catalog.documents.reduce(0) { $0 + $1.measures.count },
            "departments": catalog.organisations.count,
            "links": catalog.links.count,
        ]
        return Summary(files: files, counts: counts, warnings: catalog.warnings)
    }

    private func makeCatalog(_ input: ExportInput) throws -> ExportCatalog {
        try options.validate()
        return try ExportCatalog(input: input, options: options)
    }

    private func render(catalog: ExportCatalog, as format: ExportFormat) throws -> String {
        switch format {
        case .json: return JSONExporter(catalog: catalog).export().serialized(.pretty) + "\n"
        case .jsonld: return JSONLDExporter(catalog: catalog).export().serialized(.pretty) + "\n"
        case .ndjson:
            let lines = NDJSONExporter(catalog: catalog).lines()
            return lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n"
        }
    }
}
