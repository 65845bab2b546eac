import Foundation
import ZhengceDocument
import ZhengceExport
import ZhengceLineage
import ZhengceStore

/// The second half of the main job (`zhengce index`): lineage links into the store and the
/// linked export (JSON, JSON-LD, NDJSON) into the output folder, from the whole corpus.
enum LinkAndExportStage {
    /// Parses the corpus at `folder`, computes lineage, stores the links in `store` and writes
    /// every export format into `out` (`outName` is how the user wrote it). Returns the summary line to print.
    static func run(corpus folder: URL, store: Store, out: URL, outName: String) throws -> String {
        let loaded: Corpus.LoadResult
        do { loaded = try Corpus(folder: folder).load() } catch { throw fail("\(error)") }
        guard !loaded.documents.isEmpty else { throw fail("\(folder.path): no document could be parsed; nothing exported") }
        do {
            let input = try ExportInputBuilder.input(documents: loaded.documents, corpus: folder)
            try store.replaceLinks(input.links.map(record))
            let summary = try Exporter(options: ExportOptions()).write(input, formats: ExportFormat.allCases, to: out)
            let files = summary.files.map(\.lastPathComponent).joined(separator: ", ")
            return "stored \(input.links.count) lineage links; exported \(summary.counts["documents"] ?? 0) documents, "
                + "\(summary.counts["measures"] ?? 0) measures to \(outName) (\(files))"
        } catch let error as ExportError {
            throw fail(error.description)
        } catch {
            throw fail("\(error)")
        }
    }

    /// A lineage link as a store row.
    static func record(_ link: LineageLink) -> LinkRecord {
        LinkRecord(type: link.type.rawValue, fromDocument: link.from.document, fromMeasure: link.from.measure,
                   toDocument: link.to.document, toMeasure: link.to.measure, score: link.score, inferred: link.inferred,
                   evidenceJSON: link.evidence.flatMap(json), fromJSON: json(link.from) ?? "{}", toJSON: json(link.to) ?? "{}")
    }

    private static func json<T: Encodable>(_ value: T) -> String? {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(value)).map { String(decoding: $0, as: UTF8.self) }
    }
}
