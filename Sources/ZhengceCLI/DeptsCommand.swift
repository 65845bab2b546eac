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

    @Flag(name: .long, help: "List the registry's entries instead of the corpus's departments.")
    var registry = false

    @Option(name: .long, help: "With --registry: only entries of this region (四川省, 上海, 成都市) or 'central'.")
    var region: String?

    func validate() throws {
        if region != nil && !registry { throw ValidationError("--region needs --registry") }
    }

    func run() throws {
        if registry { return try listRegistry() }
        let census = try DepartmentCorpus.census(corpusOptions)
        let usage = census.usage()
        switch format {
        case .json:
            struct Unresolved: Encodable { var document: String; var names: [DepartmentResolution] }
            struct Output: Encodable { var departments: [DepartmentUsage]; var unresolved: [Unresolved] }
            try DepartmentJSON.print(Output(departments: usage,
                                            unresolved: census.unresolved.map { Unresolved(document: $0.document, names: $0.names) }))
        case .table, .text:
            Console.line(render(usage, aligned: format == .table))
            let unresolved = census.unresolved
            if !unresolved.isEmpty {
                Console.line("\nunresolved names:")
                for (document, names) in unresolved {
                    for name in names { Console.line("  \(document): \(name.explanation)") }
                }
            }
        }
    }

    /// `depts --registry`: the entries a user can refer to, with their names and links.
    private func listRegistry() throws {
        let loaded: DepartmentRegistry
        do { loaded = try DepartmentRegistry.load(corpus: corpusOptions.corpusURL) } catch { throw fail("\(error)") }
        var entries = loaded.departments
        if let region {
            if region == "central" {
                entries = entries.filter { $0.level == .central }
            } else {
                guard let known = loaded.region(named: region) else {
                    printError("unknown region '\(region)' (give a province, autonomous region, municipality or city, e.g. 四川省)")
                    throw ExitCode(64)
                }
                entries = entries.filter { $0.region == known.name }
            }
        }
        entries.sort(by: DepartmentRegistry.displayOrder)
        if format == .json { return try DepartmentJSON.print(entries) }
        var table = TextTable()
        table.add(["DEPARTMENT", "LEVEL", "REGION", "KIND", "CENTRAL", "ALIASES"])
        for entry in entries {
            var central = entry.central ?? "-"
            if let successor = entry.successors.first { central = "→ \(successor.name) (\(successor.date ?? "?"))" }
            table.add([entry.name, entry.level?.rawValue ?? "-", entry.region ?? "-", entry.kind.rawValue, central,
                       entry.aliases.joined(separator: "、")])
        }
        Console.line(format == .table ? table.render() : table.tabSeparated())
    }

    private func render(_ usage: [DepartmentUsage], aligned: Bool) -> String {
        var table = TextTable()
        table.add(["DEPARTMENT", "LEVEL", "REGION", "LED", "JOINED", "ISSUED", "NAMES SEEN"])
        for entry in usage {
            let level = entry.level?.rawValue ?? (entry.kind == .collective ? "collective" : entry.status.rawValue)
            table.add([entry.name, level, entry.region ?? "-", "\(entry.led)", "\(entry.joined)", "\(entry.issued)",
                       entry.aliasesSeen.joined(separator: "、")])
        }
        // One aligned line per department, each followed by its documents (not aligned: ids are long).
        let lines = aligned ? table.render().components(separatedBy: "\n") : table.rows.map { $0.joined(separator: "\t") }
        var out = [lines[0]]
        for (entry, line) in zip(usage, lines.dropFirst()) {
            out.append(line)
            for row in entry.documents {
                var counts: [String] = []
                if row.led > 0 { counts.append("led \(row.led)") }
                if row.joined > 0 { counts.append("joined \(row.joined)") }
                if row.issued > 0 { counts.append("issuer") }
                let names = row.aliasesSeen == [entry.name] ? "" : " as " + row.aliasesSeen.joined(separator: "、")
                out.append(aligned ? "    \(row.document): \(counts.joined(separator: ", "))\(names)"
                                   : "\t\(row.document)\t\(row.led)\t\(row.joined)\t\(row.issued)\t\(row.aliasesSeen.joined(separator: "、"))")
            }
        }
        return out.joined(separator: "\n")
    }
}
