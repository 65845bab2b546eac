import ArgumentParser
import Foundation
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
            zhengce.ndjson next to the database (Output/ by default; --out DIR elsewhere, --no-export to skip).
            """
    )

    @OptionGroup var options: IndexStoreOptions

    @Option(name: .long, help: "Folder for the linked export (JSON, JSON-LD, NDJSON) (default: the database's folder).")
    var out: String?

    @Flag(name: .customLong("no-export"), help: "Only update the index: no lineage links, no export.")
    var noExport = false

    @Flag(inversion: .prefixedNo,
          help: "Also keep an FTS5 table of segmented words and characters for the sqlite3 shell (measure_fts; zhengce query does not need it). Default: as the index has it (off for a new index); a change rebuilds the index.")
    var fts5: Bool?

    func run() throws {
        // The export folder is checked before the store changes, so a run that could not export
        // does not leave a new index beside an old export.
        if !noExport { try Self.checkWritable(out ?? (options.db as NSString).deletingLastPathComponent) }
        let (store, summary) = try options.openFreshStore(progress: true, fullText: fts5, checkRegistry: true)
        guard let summary else {
            Console.line("no corpus to index; \(store.path) left as it is")
            return
        }
        for failure in summary.failures { printError(failure.message) }
        Console.line(summary.line)
        if summary.documents == 0 && !summary.failures.isEmpty {
            throw fail("no document could be indexed")
        }
        guard !noExport else { return }
        let folder = try options.corpusFolder(store: store)
        let outName = out ?? (options.db as NSString).deletingLastPathComponent
        let outFolder = URL(fileURLWithPath: outName.isEmpty ? "." : outName, isDirectory: true)
        Console.line(try LinkAndExportStage.run(corpus: folder, store: store, out: outFolder, outName: outName.isEmpty ? "." : outName))
    }

    /// Fails (exit 2) when `folder` is not a folder, or cannot be created or written.
    static func checkWritable(_ folder: String) throws {
        var path = folder.isEmpty ? "." : folder
        var isDirectory: ObjCBool = false
        // The folder, or the nearest existing folder it would be created in.
        while !FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
            let parent = (path as NSString).deletingLastPathComponent
            path = parent.isEmpty ? "." : parent
        }
        guard isDirectory.boolValue else { throw fail("\(folder): cannot write the export there: \(path) is not a folder") }
        guard access(path, W_OK | X_OK) == 0 else {
            throw fail("\(folder): cannot write the export there: \(String(cString: strerror(errno)))")
        }
    }
}
