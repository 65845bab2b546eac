import ArgumentParser
import Foundation
import ZhengceDepartments
import ZhengceDocument
import ZhengceStore

/// `zhengce query`: ranked search over measures with filters and highlighted snippets.
struct QueryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "query",
        abstract: "Search measures: ranked, filtered, with highlighted snippets.",
        discussion: """
            Query language: words and "quoted phrases" must all match; OR between two terms makes \
            them alternatives; a leading - (or NOT) excludes. Chinese is segmented like the documents, \
            and character pairs match whatever the segmentation. Titles weigh more than texts. \
            With filters only (no words), lists the matching measures in document order. \
            Exit status: 0 found, 1 nothing found, 2 error, 64 bad query or option.
            """
    )

    @Argument(parsing: .allUnrecognized, help: "The query (several arguments are joined with spaces; -word excludes).")
    var query: [String] = []

    @Option(name: .long, help: "Only measures with this responsible department (canonical or written name; repeatable).")
    var dept: [String] = []

    @Flag(name: .long, help: "With --dept: also the department's local counterparts (or central counterpart) and predecessors.")
    var counterparts = false

    @Option(name: .long, help: "Only departments in this role: lead or participant (with --dept, or alone).")
    var role: String?

    @Option(name: .long, help: "Only this document: its id or 发文字号.")
    var doc: String?

    @Option(name: .long, help: "Only documents of this region, e.g. 上海市 (a prefix such as 上海 works).")
    var region: String?

    @Option(name: .long, help: "Only documents of this level: national, provincial, municipal or county.")
    var level: String?

    @Option(name: .long, parsing: .unconditional, help: "Only documents dated in these years: YEAR, FROM-TO, FROM- or -TO.")
    var year: String?

    @Option(name: .long, help: "Only draft or final documents.")
    var status: String?

    @Option(name: .long, help: "Most hits shown (the total is counted anyway).")
    var limit: Int = 20

    @Option(name: .long, help: "Output format: table (or text) or json.")
    var format: OutputFormat = .table

    @OptionGroup var options: IndexStoreOptions

    @Option(name: .customLong("bench-queries"), help: .hidden)
    var benchQueries: String?

    @Option(name: .customLong("bench-rounds"), help: .hidden)
    var benchRounds: Int = 1

    /// The long options of `query`, for suggestions (its words take every other argument).
    static let optionNames = ["--dept", "--counterparts", "--role", "--doc", "--region", "--level", "--year", "--status",
                              "--limit", "--format", "--corpus", "--db", "--no-refresh", "--help"]

    func validate() throws {
        if let option = query.first(where: { $0.hasPrefix("--") && $0.count > 2 }) {
            let name = String(option.prefix { $0 != "=" })
            let hint = CommandSuggestion.nearest(name, in: Self.optionNames).map { ". Did you mean '\($0)'?" } ?? ""
            throw ValidationError("Unknown option '\(name)'\(hint)")
        }
        if dept.contains(where: { $0.trimmingCharacters(in: .whitespaces).isEmpty }) {
            throw ValidationError("--dept needs a department name (got an empty one)")
        }
        if let doc, doc.trimmingCharacters(in: .whitespaces).isEmpty {
            throw ValidationError("--doc needs a document id or 发文字号 (got an empty one)")
        }
        guard limit >= 1 else { throw ValidationError("--limit must be at least 1") }
        if let level, DocumentLevel(rawValue: level) == nil {
            throw ValidationError("--level must be one of \(DocumentLevel.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        if let status, DocumentStatus(rawValue: status) == nil { throw ValidationError("--status must be draft or final") }
        if let role, ResponsibilityRole(rawValue: role) == nil { throw ValidationError("--role must be lead or participant") }
        if let year { do { _ = try SearchFilters.years(parsing: year) } catch { throw ValidationError("--year: \(error)") } }
    }

    /// The filters given on the command line; each --dept name is expanded through the
    /// department registry to its canonical name and aliases (and, with --counterparts, its
    /// counterparts and predecessors); a name the registry does not know is used as written.
    func filters(registry: DepartmentRegistry?) throws -> SearchFilters {
        let written = dept.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        let names = registry?.searchNames(for: written, counterparts: counterparts) ?? Set(written)
        return SearchFilters(
            departments: names, role: role.flatMap(ResponsibilityRole.init(rawValue:)), document: doc, region: region,
            level: level.flatMap(DocumentLevel.init(rawValue:)), years: try year.map(SearchFilters.years(parsing:)),
            status: status.flatMap(DocumentStatus.init(rawValue:)))
    }

    func run() throws {
        let text = query.joined(separator: " ")
        let (store, _) = try options.openFreshStore(progress: true)
        let registry = dept.isEmpty ? nil : try? DepartmentRegistry.load(corpus: options.corpusFolder(store: store))
        let request = SearchRequest(text: text, filters: try filters(registry: registry), limit: limit)
        if let benchQueries {
            try QueryBenchmark(store: store, filters: request.filters, limit: limit, rounds: benchRounds).run(file: benchQueries)
            return
        }
        let result: SearchResult
        do {
            result = try store.search(request)
        } catch let error as QueryError {
            printError(error.description)
            throw ExitCode(64)
        } catch {
            throw fail("\(error)")
        }
        let output = QueryOutput(result: result)
        switch format {
        case .json:
            Console.write(try output.json())
        case .table, .text:
            if result.total == 0 {
                printError("no measures match \(text.isEmpty ? "the filters" : "‘\(text)’")")
            } else {
                Console.write(output.table(colour: Terminal.useColour(json: false)))
            }
        }
        if result.total == 0 { throw ExitCode(1) }
    }
}
