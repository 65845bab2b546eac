import ArgumentParser
import Foundation
import ZhengceDepartments

/// `zhengce depts`: every department named in the corpus, with counts per document.
struct DeptsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "depts",
        abstract: "List every department named in the corpus: canonical name, names seen, level, region, measures led and joined.",
        discussion: """
            Names are resolved with the bundled department registry plus the corpus's own \
            departments.yaml, each in its document's region and level (商务厅 in a Sichuan plan \
            is 四川省商务厅). Unresolved names are listed at the end, never dropped.
            """
    )

    @OptionGroup var corpusOptions: CorpusOptions

    @Option(name: .long, help: "Output format: table, text or json.")
    var format: OutputFormat = .table

    func run() throws {
        let census = try DepartmentCorpus.census(corpusOptions)
        let usage = census.usage()
        switch format {
        case .json:
            struct Unresolved: Encodable { var document: String; var names: [DepartmentResolution] }
            struct Output: Encodable { var departments: [DepartmentUsage]; var unresolved: [Unresolved] }
            try DepartmentJSON.print(Output(departments: usage,
                                            unresolved: census.unresolved.map { Unresolved(document: $0.document, names: $0.names) }))
        case .table, .text:
            print(render(usage, aligned: format == .table))
            let unresolved = census.unresolved
            if !unresolved.isEmpty {
                print("\nunresolved names:")
                for (document, names) in unresolved {
                    for name in names { print("  \(document): \(name.explanation)") }
                }
            }
        }
    }

    private func render(_ usage: [DepartmentUsage], aligned: Bool) -> String {
        var table = DepartmentTable()
        table.add(["DEPARTMENT", "LEVEL", "REGION", "LED", "JOINED", "ISSUED", "NAMES SEEN"])
        for entry in usage {
            let level = entry.level?.rawValue ?? (entry.kind == .collective ? "collective" : entry.status.rawValue)
            table.add([entry.name, level, entry.region ?? "-", "\(entry.led)", "\(entry.joined)", "\(entry.issued)",
                       entry.aliasesSeen.joined(separator: "、")])
            for row in entry.documents {
                table.add(["  " + row.document, "", "", "\(row.led)", "\(row.joined)", "\(row.issued)", row.aliasesSeen.joined(separator: "、")])
            }
        }
        if aligned { return table.render() }
        return table.rows.map { $0.joined(separator: "\t") }.joined(separator: "\n")
    }
}
