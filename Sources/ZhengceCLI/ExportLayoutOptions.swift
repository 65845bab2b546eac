import ArgumentParser
import ZhengceExport

/// Options of commands that export: whether JSON and JSON-LD are one file or an index and parts.
struct ExportLayoutOptions: ParsableArguments {
    @Option(name: .customLong("parts-above"),
            help: "Write JSON and JSON-LD as an index file and a folder of parts (zhengce.json.d/, zhengce.jsonld.d/) when the corpus has more documents than this.")
    var partsAbove: Int = ExportOptions.defaultPartsAbove

    @Option(name: .customLong("part-size"), help: "Documents per part when the export is written in parts.")
    var partSize: Int = ExportOptions.defaultPartSize

    @Flag(name: .customLong("single-file"), help: "Write JSON and JSON-LD as one file each, whatever the corpus size.")
    var singleFile = false

    /// Checks the layout before any work (the main job would otherwise find it only at its export).
    func validate() throws {
        do { try applied(to: ExportOptions()).validate() } catch let error as ExportError { throw ValidationError(error.description) }
    }

    /// `options` with this layout.
    func applied(to options: ExportOptions) -> ExportOptions {
        var options = options
        options.partsAbove = singleFile ? nil : partsAbove
        options.partSize = partSize
        return options
    }
}
