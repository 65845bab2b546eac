import ArgumentParser
import Foundation
import ZhengceDocument

/// `zhengce docs`: one row per document of the corpus.
struct DocsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "docs",
        abstract: "List the corpus documents: id, title, 发文字号, issuers, date, level, region, status, measures, warnings.")

    @OptionGroup var corpusOptions: CorpusOptions

    @Option(name: .long, help: "Output format: table or json.")
    var format: DocsFormat = .table

    func run() throws {
        let loaded = try DocsLoader.load(corpusOptions)
        switch format {
        case .json:
            Console.write(try DocumentJSON.documents(loaded.documents))
            Console.write(Data("\n".utf8))
        case .table:
            var rows: [[String]] = [["id", "title", "发文字号", "issuers", "date", "level", "region", "status", "measures", "warnings"]]
            for d in loaded.documents {
                rows.append([
                    d.id, DisplayWidth.clip(d.title ?? "-", 28), d.docNumber ?? "-", DisplayWidth.clip(d.issuers.joined(separator: "、").isEmpty ? "-" : d.issuers.joined(separator: "、"), 18),
                    d.date ?? "-", d.level?.rawValue ?? "-", d.region ?? "-", d.status.rawValue, "\(d.measures.count)", "\(d.warnings.count)",
                ])
            }
            for line in TextTable(rows).lines() { Console.line(line) }
        }
        DocsLoader.reportFailures(loaded)
    }
}

/// Formats of `zhengce docs`.
enum DocsFormat: String, ExpressibleByArgument, CaseIterable { case table, json }
