import ArgumentParser
import Foundation
import ZhengceExport
import ZhengceSession

/// `zhengce export`: the corpus as linked data (JSON, JSON-LD, NDJSON) in an output folder.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export documents, measures, departments and links as JSON, JSON-LD and NDJSON.",
        discussion: "Writes zhengce.json, zhengce.jsonld and/or zhengce.ndjson into --out. Output is "
            + "byte-identical for the same corpus; files are replaced atomically. See docs/export.md."
    )

    @OptionGroup var corpusOptions: CorpusOptions

    @Option(name: .long, help: "What to write: json, jsonld, ndjson or all.")
    var format: ExportFormatChoice = .all

    @Option(name: .long, help: "Output folder.")
    var out: String = "Output"

    @Option(name: .long, help: "Base IRI of minted identifiers.")
    var base: String = ExportOptions.defaultBase

    @Option(name: .long, help: "IRI of the zhengce vocabulary (ends in # or /).")
    var vocabulary: String = ExportOptions.defaultVocabulary

    @Option(name: .customLong("generated-at"), help: "A timestamp to record in the export (none by default).")
    var generatedAt: String?

    @Option(name: .customLong("bulk-index"), help: "NDJSON: precede each record with an Elasticsearch/OpenSearch bulk index action for this index.")
    var bulkIndex: String?

    @Flag(name: .customLong("all-departments"), help: "Export every registry department, not only those the documents name.")
    var allDepartments = false

    @OptionGroup var layout: ExportLayoutOptions

    /// The export options the flags give.
    var options: ExportOptions {
        layout.applied(to: ExportOptions(base: base, vocabulary: vocabulary, generatedAt: generatedAt, bulkIndex: bulkIndex,
                                         allDepartments: allDepartments))
    }

    func validate() throws {
        do { try options.validate() } catch let error as ExportError { throw ValidationError(error.description) }
    }

    func run() throws {
        // The documents are read by the export a part at a time, never all at once.
        let session = try corpusOptions.session()
        let documents: Int
        do {
            for failure in try session.failures() { printError("skipped \(failure.message)") }
            documents = try session.store.counts().documents
        } catch {
            throw fail("\(error)")
        }
        guard documents > 0 else { throw fail("\(corpusOptions.corpus): no document could be parsed; nothing exported") }
        do {
            guard let result = try session.linkAndExport(out: URL(fileURLWithPath: out, isDirectory: true), options: options,
                                                                formats: format.formats, force: true) else { return }
            let summary = result.export
            let counts = ["documents", "provisions", "measures", "departments", "links"]
                .map { "\(summary.counts[$0] ?? 0) \($0)" }.joined(separator: ", ")
            for file in summary.files { Console.line("wrote \(out)/\(file.lastPathComponent)") }
            for folder in summary.partFolders { Console.line("wrote \(summary.parts) parts into \(out)/\(folder.lastPathComponent)/") }
            Console.line("exported \(counts)")
        } catch let error as ExportError {
            throw fail(error.description)
        } catch {
            throw fail("\(error)")
        }
    }
}

/// The `--format` values of `zhengce export`.
enum ExportFormatChoice: String, ExpressibleByArgument, CaseIterable {
    case json, jsonld, ndjson, all

    /// The formats this choice writes.
    var formats: [ExportFormat] {
        switch self {
        case .json: return [.json]
        case .jsonld: return [.jsonld]
        case .ndjson: return [.ndjson]
        case .all: return ExportFormat.allCases
        }
    }
}
