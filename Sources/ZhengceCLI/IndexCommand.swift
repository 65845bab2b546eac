import ArgumentParser
import Foundation
import ZhengceSession
import ZhengceStore

/// `zhengce index`: parse the corpus and bring the search index up to date.
struct IndexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "index",
        abstract: "The main job: parse the corpus, update the search index, link lineage and export linked JSON.",
        discussion: """
            Only files whose bytes changed are parsed again; files gone from the corpus are removed. \
            A change of the tool, corpus.yaml or lexicon.txt re-indexes everything. The update is one \
            transaction: an interrupted run leaves the previous index intact. Then the lineage links are \
            computed and stored, and the corpus is exported as zhengce.json, zhengce.jsonld and \
            zhengce.ndjson next to the database (Output/ by default; --out DIR elsewhere, --no-export to skip). \
            When nothing changed since the last export into the same folder, linking and export are skipped.
            """
    )

    @OptionGroup var options: IndexStoreOptions

    @Option(name: .long, help: "Folder for the linked export (JSON, JSON-LD, NDJSON) (default: the database's folder).")
    var out: String?

    @Flag(name: .customLong("no-export"), help: "Only update the index: no lineage links, no export.")
    var noExport = false

    @Flag(name: .long, help: "Link and export even when nothing changed since the last export.")
    var force = false

    @Flag(inversion: .prefixedNo,
          help: "Also keep an FTS5 table of segmented words and characters for the sqlite3 shell (measure_fts; zhengce query does not need it). Default: as the index has it (off for a new index); a change rebuilds the index.")
    var fts5: Bool?

    func run() throws {
        let display = IndexProgressDisplay()
        let (session, summary) = try options.openFreshSession(progress: display, fullText: fts5)
        guard let summary else {
            print("no corpus to index; \(session.store.path) left as it is")
            return
        }
        try linkAndExport(session, summary, display)
        print(display.elapsedLine)
    }

    private func linkAndExport(_ session: CorpusSession, _ summary: IndexSummary, _ display: IndexProgressDisplay) throws {
        for failure in summary.failures { printError(failure.message) }
        print(summary.line)
        if summary.documents == 0 && !summary.failures.isEmpty {
            throw fail("no document could be indexed")
        }
        guard !noExport else { return }
        let outName = out ?? (options.db as NSString).deletingLastPathComponent
        let shownName = outName.isEmpty ? "." : outName
        let outFolder = URL(fileURLWithPath: shownName, isDirectory: true)
        do {
            let result = try session.linkAndExport(out: outFolder, force: force, stage: { display.stage($0) })
            display.finish()
            guard let result else {
                print("nothing changed since the export in \(shownName); lineage and export skipped (--force to redo)")
                return
            }
            let files = result.export.files.map(\.lastPathComponent).joined(separator: ", ")
            print("stored \(result.links) lineage links; exported \(result.export.counts["documents"] ?? 0) documents, "
                + "\(result.export.counts["measures"] ?? 0) measures to \(shownName) (\(files))")
        } catch {
            display.finish()
            throw fail("\(error)")
        }
    }
}
