import ArgumentParser
import Foundation
import ZhengceDiff
import ZhengceDocument
import ZhengceText

/// `zhengce diff OLD NEW`: a 新旧对照表 of two versions of a document.
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Compare two versions of a policy document provision by provision.",
        discussion: """
            OLD and NEW are files (text, Markdown or HTML) or corpus documents (id or 发文字号). Provisions are \
            aligned by label, title and content, so renumbering, moves, splits and merges are reported as such. \
            Exit status: 0 when done (or no differences with --exit-code), 1 with --exit-code when the versions \
            differ, 2 on error.
            """)

    @Argument(help: "The old version: a file, or a corpus document id or 发文字号.")
    var old: String

    @Argument(help: "The new version: a file, or a corpus document id or 发文字号.")
    var new: String

    @Option(name: .long, help: "Output format: text, json or html.")
    var format: DiffFormat = .text

    @Option(name: .long, help: "Write the output to this file instead of standard output.")
    var out: String?

    @Flag(name: .long, help: "Exit with 1 when the versions differ.")
    var exitCode = false

    @Flag(name: .long, help: "List unchanged provisions too (they are always counted).")
    var unchanged = false

    @OptionGroup var corpus: CorpusOptions

    func run() throws {
        let versions = try DiffInputLoader(corpus: corpus).load([old, new])
        let (oldDocument, newDocument) = (versions[0], versions[1])
        // Words from the bundled lexicons alone, whether the versions are files or corpus documents: a diff of two
        // texts does not depend on the other documents of a corpus (docs/diff.md).
        let diff = DocumentDiffer(includeUnchanged: unchanged, segmenter: .shared).diff(old: oldDocument, new: newDocument)
        let data: Data
        switch format {
        case .json:
            do { data = try DiffJSON.encode(diff) } catch { throw fail("cannot encode the diff as JSON: \(error)") }
        case .html:
            data = Data(DiffHTMLRenderer().render(diff).utf8)
        case .text:
            data = Data(DiffTextRenderer(colour: out == nil && DiffTerminal.colourAllowed).render(diff).utf8)
        }
        if let out {
            do { try data.write(to: URL(fileURLWithPath: out), options: .atomic) } catch {
                throw fail("\(out): cannot write: \(SystemReason.of(error))")
            }
        } else {
            Console.write(data)
        }
        if exitCode && !diff.isEmpty { throw ExitCode(1) }
    }
}

/// Output formats of `zhengce diff`.
enum DiffFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, html
}
