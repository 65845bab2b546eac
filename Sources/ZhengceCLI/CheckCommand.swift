import ArgumentParser
import Foundation
import ZhengceDepartments
import ZhengceDocument

/// `zhengce check`: what each document is missing and where parsing was unsure.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Report what each document is missing and where parsing was unsure.",
        discussion: """
            Lists, per document, metadata missing after corpus.yaml is applied (title, 发文字号, date, issuers), \
            and the parser's warnings (numbering that skips, a measure without a responsibility clause where its \
            siblings have one, a clause-like parenthesis that gave no unit (unread-responsibility), unbalanced \
            brackets, no numbering at all), department names the registry \
            does not know or cannot tell apart, plus files that could not be read. \
            Exit status: 0 when nothing was found, 1 when there are problems, 2 when the corpus cannot be read.
            """)

    @OptionGroup var corpusOptions: CorpusOptions

    @Option(name: .long, help: "Output format: text or json.")
    var format: ShowFormat = .text

    func run() throws {
        let (loaded, departments) = try DocsLoader.loadResolved(corpusOptions)
        let reports = zip(loaded.documents, departments).map { CheckReport($0, departments: $1) }
        let failures = loaded.failures.map { CheckReport.Problem(kind: "unreadable", message: $0.message, offset: nil) }
        if format == .json {
            struct Output: Encodable { let documents: [CheckReport]; let unreadable: [CheckReport.Problem] }
            Console.write(try DocumentJSON.encoder().encode(Output(documents: reports, unreadable: failures)))
            Console.line()
        } else {
            for report in reports {
                Console.line("\(report.id): \(report.problems.isEmpty ? "ok" : "\(report.problems.count) problem(s)")")
                for p in report.problems { Console.line("  \(p.kind): \(p.message)") }
            }
            for f in failures { Console.line("unreadable: \(f.message)") }
        }
        if !failures.isEmpty || reports.contains(where: { !$0.problems.isEmpty }) { throw ExitCode(1) }
    }
}

/// The problems of one document.
struct CheckReport: Encodable {
    struct Problem: Encodable {
        let kind: String
        let message: String
        let offset: Int?
    }

    let id: String
    let problems: [Problem]

    init(_ d: PolicyDocument, departments: DocumentDepartments) {
        id = d.id
        var problems: [Problem] = []
        for (field, label) in [("title", "title"), ("docNumber", "发文字号"), ("date", "date (成文日期)"), ("issuers", "issuers")]
            where d.provenance[field] == .missing {
            problems.append(Problem(kind: "missing-\(field)", message: "no \(label) in the text or corpus.yaml", offset: nil))
        }
        for w in d.warnings where w.kind != "no-doc-number" && w.kind != "no-date" {
            problems.append(Problem(kind: w.kind, message: w.message + (w.offset.map { " (offset \($0))" } ?? ""), offset: w.offset))
        }
        for p in departments.problems {
            problems.append(Problem(kind: p.kind, message: p.message + (p.offset.map { " (offset \($0))" } ?? ""), offset: p.offset))
        }
        self.problems = problems
    }
}
