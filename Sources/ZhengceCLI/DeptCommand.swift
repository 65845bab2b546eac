import ArgumentParser
import Foundation
import ZhengceDepartments

/// `zhengce dept NAME`: the measures a department leads or joins.
struct DeptCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dept",
        abstract: "Show the measures a department leads or joins, grouped by document.",
        discussion: """
            NAME may be any name or short form in the registry (人民银行, 国家外汇局, 四川省商务厅). \
            A short local name such as 商务厅 needs --region. With --with-counterparts a central \
            department brings in its local counterparts and branches (商务部 → 四川省商务厅, \
            上海市商务委员会 …) and a local one its central department; bodies a department \
            replaced (银保监会 for 金融监管总局) are always included. Exit status 1 when nothing is found.
            """
    )

    @Argument(help: "The department, by any of its names.")
    var name: String

    @Flag(name: .long, help: "Also show the measures of local counterparts (for a central department) or of the central department (for a local one).")
    var withCounterparts = false

    @Option(name: .long, help: "Region that a short local name belongs to, e.g. 四川省 for 商务厅.")
    var region: String?

    @OptionGroup var corpusOptions: CorpusOptions

    @Option(name: .long, help: "Output format: table, text or json.")
    var format: OutputFormat = .table

    func run() throws {
        let registry: DepartmentRegistry
        do { registry = try DepartmentRegistry.load(corpus: corpusOptions.corpusURL) } catch { throw fail("\(error)") }
        let resolver = DepartmentResolver(registry: registry)
        var context = DepartmentContext.none
        if let region {
            guard let known = registry.region(named: region) else {
                printError("unknown region '\(region)' (give a province, autonomous region, municipality or city, e.g. 四川省)")
                throw ExitCode(64)
            }
            context = DepartmentContext(level: known.level, region: known.name, province: known.province)
        }
        let resolution = resolver.resolve(name, in: context)
        guard let department = resolution.department else {
            switch resolution.status {
            case .ambiguous:
                printError("'\(name)' names \(resolution.candidates.count) departments; give a full name or --region (e.g. \(resolution.candidates.prefix(3).joined(separator: ", ")))")
                throw ExitCode(64)
            default:
                printError("no department named '\(name)' in the registry" + (resolution.suggestion.map { "; did you mean \($0)?" } ?? ""))
                throw ExitCode(1)
            }
        }
        let related = registry.relatedDepartments(of: department.name, includingCounterparts: withCounterparts)
        let census = try DepartmentCorpus.census(corpusOptions)
        let groups = census.measures(relatedTo: department.name, includingCounterparts: withCounterparts)
        switch format {
        case .json:
            struct Output: Encodable {
                var query: String
                var department: Department
                var related: [String]
                var documents: [DocumentMeasureGroup]
            }
            try DepartmentJSON.print(Output(query: name, department: department, related: related.map(\.name), documents: groups))
        case .table, .text:
            Console.line(header(department, related: related))
            for group in groups {
                let place = [group.level?.rawValue, group.region].compactMap { $0 }.joined(separator: ", ")
                Console.line("\n\(group.document)" + (group.title.map { "  \($0)" } ?? "") + (place.isEmpty ? "" : "  (\(place))"))
                var table = TextTable()
                for measure in group.measures {
                    let role = measure.role == .lead ? (measure.roleInferred ? "lead (listed first)" : "lead") : "joins"
                    let written = measure.written == measure.department ? measure.department : "\(measure.department) [\(measure.written)]"
                    table.add(["  " + measure.path.joined(), measure.title, written, role])
                }
                Console.line(format == .table ? table.render() : table.tabSeparated())
            }
            let total = groups.reduce(0) { $0 + $1.measures.count }
            Console.line("\n\(total) measure(s) in \(groups.count) document(s)")
        }
        if groups.isEmpty {
            printError("no measures of \(department.name)\(withCounterparts ? " or its counterparts" : "") in \(corpusOptions.corpus)")
            throw ExitCode(1)
        }
    }

    private func header(_ department: Department, related: [Department]) -> String {
        var parts = [department.name]
        let facts = [department.level?.rawValue, department.region, department.kind.rawValue].compactMap { $0 }
        parts.append("(" + facts.joined(separator: ", ") + ")")
        if let central = department.central { parts.append("→ \(central)") }
        var line = parts.joined(separator: " ")
        let others = related.filter { $0.name != department.name }
        let historical = others.filter(\.isHistorical)
        let current = others.filter { !$0.isHistorical }
        var pieces: [String] = []
        if current.count > 3 {
            let byLevel = Dictionary(grouping: current) { $0.level?.rawValue ?? "other" }
            let counts = DepartmentLevel.allCases.compactMap { level in byLevel[level.rawValue].map { "\($0.count) \(level.rawValue)" } }
            pieces.append("\(current.count) counterparts (\(counts.joined(separator: ", ")))")
        } else if !current.isEmpty {
            pieces.append(current.map(\.name).joined(separator: "、"))
        }
        if !historical.isEmpty {
            pieces.append("\(historical.count) predecessor(s) (\(historical.map(\.name).joined(separator: "、")))")
        }
        if !pieces.isEmpty { line += "\nwith " + pieces.joined(separator: " and ") }
        return line
    }
}
