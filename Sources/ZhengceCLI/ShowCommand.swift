import ArgumentParser
import Foundation
import ZhengceDocument

/// `zhengce show DOC [LABEL]`: a document's outline, or one provision with its departments, targets and citations.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show a document's metadata and outline, or one provision.",
        discussion: """
            DOC is a document id, its 发文字号 in any bracket style (国办发[2021]24号), its file path, or a part of \
            its title only one document has. LABEL is a path of labels separated by '.', '/' or '>' as printed \
            or as numbers ("二.（一）.3", "2.1.3", "第十条"), or a single label when it is unique ("3", "（十四）").
            """)

    @OptionGroup var corpusOptions: CorpusOptions

    @Argument(help: "Document: id, 发文字号, file path, or a unique part of the title.")
    var document: String

    @Argument(help: "Provision label path, e.g. 二.（一）.3 or 2.1.3.")
    var label: String?

    @Option(name: .long, help: "Output format: text or json.")
    var format: ShowFormat = .text

    func run() throws {
        let loaded = try DocsLoader.load(corpusOptions)
        let doc = try DocumentArgument.resolve(document, in: loaded.documents, corpus: corpusOptions.corpus)
        if let label {
            let provision: Provision
            switch DocumentLookup.provision(label, in: doc) {
            case .success(let p): provision = p
            case .failure(let failure):
                throw fail(failure.description)
            }
            try ShowRenderer.provision(provision, in: doc, format: format)
        } else {
            try ShowRenderer.document(doc, format: format)
        }
    }
}

/// Formats of `zhengce show`.
enum ShowFormat: String, ExpressibleByArgument, CaseIterable { case text, json }
