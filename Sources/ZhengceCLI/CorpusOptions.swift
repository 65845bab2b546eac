import ArgumentParser
import Foundation

/// Options shared by commands that read a corpus.
struct CorpusOptions: ParsableArguments {
    @Option(name: .long, help: "Folder of policy documents (with optional corpus.yaml and lexicon.txt).")
    var corpus: String = "Corpus"

    /// The corpus folder as a URL.
    var corpusURL: URL { URL(fileURLWithPath: corpus, isDirectory: true) }
}

/// Output formats for listing commands.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case table, text, json
}
