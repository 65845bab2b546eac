import ArgumentParser
import Foundation
import ZhengceStore

/// `zhengce index`: parse the corpus and bring the search index up to date.
struct IndexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "index",
        abstract: "Parse the corpus and update the search index (incremental; atomic).",
        discussion: """
            Only files whose bytes changed are parsed again; files gone from the corpus are removed. \
            A change of the tool, corpus.yaml or lexicon.txt re-indexes everything. The update is one \
            transaction: an interrupted run leaves the previous index intact.
            """
    )

    @OptionGroup var options: IndexStoreOptions

    func run() throws {
        let (store, summary) = try options.openFreshStore(progress: true)
        guard let summary else {
            print("no corpus to index; \(store.path) left as it is")
            return
        }
        for failure in summary.failures { printError(failure.message) }
        print(summary.line)
        if summary.documents == 0 && !summary.failures.isEmpty {
            throw fail("no document could be indexed")
        }
    }
}
