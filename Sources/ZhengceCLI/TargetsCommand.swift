import ArgumentParser
import Foundation
import ZhengceDocument

/// `zhengce targets`: the corpus's quantified targets, filtered by department, year and unit.
struct TargetsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "targets",
        abstract: "List quantified targets (value, bound, unit, deadline, what is counted) by document and measure.",
        discussion: "Exit status 1 when no target matches.")

    @OptionGroup var corpusOptions: CorpusOptions

    @Option(name: .long, help: "Only targets of measures this department takes part in (framing targets: the issuers).")
    var dept: String?

    @Option(name: .long, help: "Only targets due in YEAR or FROM-TO.")
    var year: String?

    @Option(name: .long, help: "Only targets in this unit (元 also matches 万元 and 亿元).")
    var unit: String?

    @Option(name: .long, help: "Only targets of this document (id, 发文字号 or a unique part of the title).")
    var doc: String?

    @Option(name: .long, help: "Output format: text or json.")
    var format: TargetsFormat = .text

    func validate() throws {
        if let year, Self.years(year) == nil { throw ValidationError("--year wants YEAR or FROM-TO, e.g. 2025 or 2020-2025") }
    }

    /// "2025" → 2025...2025, "2020-2025" → 2020...2025.
    static func years(_ s: String) -> ClosedRange<Int>? {
        let parts = s.split(separator: "-", omittingEmptySubsequences: false).map { Int($0.trimmingCharacters(in: .whitespaces)) }
        if parts.count == 1, let y = parts[0] { return y...y }
        if parts.count == 2, let a = parts[0], let b = parts[1], a <= b { return a...b }
        return nil
    }

    func run() throws {
        let loaded = try DocsLoader.load(corpusOptions)
        var documents = loaded.documents
        if let doc {
            switch DocumentLookup.document(doc, in: documents) {
            case .success(let d): documents = [d]
            case .failure(let failure): printError(failure.description); throw ExitCode(1)
            }
        }
        let filter = TargetFilter(department: dept, years: year.flatMap(Self.years), unit: unit)
        var rows: [(TargetEntry, PolicyDocument)] = []
        for d in documents { for e in d.targetEntries where filter.accepts(e, of: d) { rows.append((e, d)) } }
        switch format {
        case .json:
            Console.write(try DocumentJSON.targets(rows))
            Console.write(Data("\n".utf8))
        case .text:
            for (e, d) in rows { Console.line(Self.line(e, d)) }
            Console.line("\(rows.count) target(s) in \(Set(rows.map(\.0.document)).count) document(s)")
        }
        DocsLoader.reportFailures(loaded)
        if rows.isEmpty { throw ExitCode(1) }
    }

    /// One text line: document, measure labels, phrase, reading, deadline and what is counted.
    static func line(_ e: TargetEntry, _ d: PolicyDocument) -> String {
        let t = e.target
        func number(_ v: Double) -> String { v == v.rounded() && abs(v) < 1e15 ? String(Int(v)) : String(v) }
        let amount = t.upperValue.map { "\(number(t.value))–\(number($0))" } ?? number(t.value)
        var reading = "\(t.comparator.rawValue) \(amount) \(t.unit)"
        if let y = t.year { reading += ", by \(y) (\(t.yearSource?.rawValue ?? "-"))" }
        if let p = t.period { reading += ", \(p)" }
        let place = e.measure.map { $0.path.joined() } ?? "(document)"
        return "\(d.docNumber ?? d.id)  \(place)  \(t.phrase)  [\(reading)]  \(t.counted ?? "-")"
    }
}

/// Formats of `zhengce targets`.
enum TargetsFormat: String, ExpressibleByArgument, CaseIterable { case text, json }
