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
        let sink = JSONSink()
        try render(catalog: makeCatalog(input), as: format, into: sink, spill: SpillBuffer())
        return String(decoding: try sink.finish(), as: UTF8.self)
    }

    /// Writes `formats` into `folder` (created if missing), each streamed record by record into a
    /// temporary file beside its target; the files are switched in together (`ExportSwitch`) only
    /// once every format is written, so a failed run leaves earlier output as it was and a killed
    /// one is finished by the next run. Memory holds the input and one document's records, not
    /// the text of the export.
    @discardableResult
    public func write(_ input: ExportInput, formats: [ExportFormat], to folder: URL) throws -> Summary {
        let catalog = try makeCatalog(input)
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw ExportError.unwritable(path: folder.path, reason: error.localizedDescription)
        }
        let files = try ExportSwitch.write(formats.map(\.fileName), into: folder) { index, temporary in
            let format = formats[index]
            let sink = try JSONSink(file: temporary)
            let spill = format == .jsonld
                ? try SpillBuffer(file: ExportSwitch.scratchFile(format.fileName + ".spill", in: folder)) : SpillBuffer()
            defer { spill.close() }
            try render(catalog: catalog, as: format, into: sink, spill: spill)
            try sink.finish()
        }
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
