import ArgumentParser
import Foundation
import ZhengceDocument
import ZhengceLineage
import ZhengceText

/// Output formats of `zhengce lineage`.
enum LineageFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, dot, mermaid, csv, html, tsv
}

/// `zhengce lineage [DOC [LABEL]]`: the document graph, a document's coverage, or one measure's lineage.
struct LineageCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lineage",
        abstract: "How policy flows between documents: citations, inferred parents, coverage, measure lineage.",
        discussion: """
        Without DOC: the document graph (cited and inferred links, dates, levels).
        With DOC (id, 发文字号 in any bracket style, file path, or a unique part of the title): its coverage table.
        With DOC and LABEL (e.g. "（十一）", "17", or an id): ancestors and descendants of one measure.
        """
    )

    @OptionGroup var corpusOptions: CorpusOptions

    @Argument(help: "A document: id, 发文字号, path, or a unique part of the title.")
    var document: String?

    @Argument(help: "A measure label of DOC, e.g. （十一） or 17.")
    var label: String?

    @Option(name: .long, help: "Output format: text, json, dot or mermaid; csv or html with --matrix; tsv (every link, one per line).")
    var format: LineageFormat = .text

    @Flag(name: .long, help: "With DOC: its measures × the documents that cite or derive from it (text, csv, json or html heat map).")
    var matrix = false

    @Flag(name: .long, help: "Print the alignment cost (measures, candidates, seconds) as one JSON line on stderr.")
    var statistics = false

    @Flag(name: .long, help: "Keep only the derives and related measure links of confidence high (a citation between the documents, and the article taken up the same way by another text or a score of at least 0.5).")
    var confident = false

    func validate() throws {
        if matrix, document == nil || label != nil {
            throw ValidationError("--matrix needs a DOC and no LABEL")
        }
        if format == .tsv, document != nil {
            throw ValidationError("--format tsv lists every link of the corpus; give no DOC")
        }
        if !matrix, format == .csv || format == .html {
            throw ValidationError("--format \(format.rawValue) is for --matrix")
        }
        if matrix, format == .dot || format == .mermaid {
            throw ValidationError("--matrix prints text, csv, json or html")
        }
        if label != nil, format == .dot || format == .mermaid {
            throw ValidationError("--format \(format.rawValue) draws the document graph; use text or json with a LABEL")
        }
    }

    func run() throws {
        let (documents, segmenter) = try loadLineageCorpus(corpusOptions)
        var analysis = LineageAnalyzer(segmenter: segmenter).analyze(documents)
        // How sure each derives / related measure link is, read from the whole graph (before any filter).
        let confidence = LinkConfidence(graph: analysis.graph)
        if confident { analysis.graph = confidence.keeping(analysis.graph) }
        if statistics {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            let line = String(decoding: try encoder.encode(analysis.statistics), as: UTF8.self)
            Console.raw("lineage statistics: " + line + "\n")
        }
        let output: String
        if let reference = document {
            let target = try DocumentArgument.resolve(reference, in: analysis.documents, corpus: corpusOptions.corpus)
            if let label {
                let measures = DocumentLookup.measures(label, in: target)
                guard let measure = measures.first else {
                    throw fail("no measure '\(label)' in \(target.id) (\(target.measures.count) measures; see `zhengce show \(target.id)`)")
                }
                guard measures.count == 1 else {
                    throw fail("'\(label)' matches \(measures.count) measures in \(target.id): \(measures.map(\.id).joined(separator: ", ")); give the id")
                }
                let end = LinkEnd(document: target.id, docNumber: target.docNumber, title: target.title,
                                  measure: measure.id, label: measure.label, measureTitle: measure.title)
                let trace = MeasureTrace(graph: analysis.graph, measure: end)
                output = format == .json ? try lineageJSON(trace) : LineageText.trace(trace, confidence: confidence)
            } else {
                guard let table = CoverageTable(analysis: analysis, document: target.id, confidence: confidence) else {
                    throw fail("'\(target.id)' is not a corpus document")
                }
                if matrix {
                    let grid = CoverageMatrix(table: table, graph: analysis.graph)
                    switch format {
                    case .json: output = try lineageJSON(grid)
                    case .csv: output = grid.csv()
                    case .html: output = grid.html()
                    default: output = LineageText.matrix(grid)
                    }
                    Console.write(output)
                    return
                }
                switch format {
                case .json: output = try lineageJSON(table)
                case .text: output = LineageText.coverage(table, graph: analysis.graph)
                case .dot: output = analysis.graph.neighbourhood(of: target.id).dot()
                case .mermaid: output = analysis.graph.neighbourhood(of: target.id).mermaid()
                case .csv, .html, .tsv: output = ""
                }
            }
        } else {
            switch format {
            case .json: output = try lineageJSON(LinkConfidence.RatedGraph(graph: analysis.graph, confidence: confidence))
            case .text: output = LineageText.graph(analysis.graph, confidence: confidence)
            case .dot: output = analysis.graph.dot()
            case .mermaid: output = analysis.graph.mermaid()
            case .tsv: output = LineageText.tsv(analysis.graph, confidence: confidence)
            case .csv, .html: output = ""
            }
        }
        Console.write(output)
    }
}

/// Loads the corpus for lineage, reporting unreadable files on stderr.
func loadLineageCorpus(_ options: CorpusOptions) throws -> (documents: [PolicyDocument], segmenter: Segmenter) {
    let result = try options.load()
    for failure in result.failures { printError("skipped \(failure.message)") }
    if result.documents.allSatisfy({ $0.measures.isEmpty }) {
        printError("no measures found in \(options.corpus): only citation links can be shown")
    }
    do {
        return (result.documents, try result.session.segmenter())
    } catch {
        throw fail("\(error)")
    }
}

/// Pretty JSON with sorted keys and a final newline.
func lineageJSON<T: Encodable>(_ value: T) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
}
