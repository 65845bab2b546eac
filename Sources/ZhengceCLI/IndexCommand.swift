import ArgumentParser
import Foundation
import ZhengceExport
import ZhengceSession
import ZhengceStore
import ZhengceText

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

    @OptionGroup var layout: ExportLayoutOptions

    @Flag(name: .long, help: "Link and export even when nothing changed since the last export.")
    var force = false

    @Flag(name: .customLong("full-lineage"),
          help: "Analyse the lineage of every document again. Default: in a corpus of 200 documents or more, only the links of documents changed since the last full analysis are made again, while they are at most 5% of the corpus.")
    var fullLineage = false

    @Flag(inversion: .prefixedNo,
          help: "Also keep an FTS5 table of segmented words and characters for the sqlite3 shell (measure_fts; zhengce query does not need it). Default: as the index has it (off for a new index); a change rebuilds the index.")
    var fts5: Bool?

    func run() throws {
        // The export folder is checked before the store changes, so a run that could not export
        // does not leave a new index beside an old export.
        if !noExport { try Self.checkWritable(out ?? Self.parentFolder(options.db)) }
        let display = IndexProgressDisplay()
        let (session, summary) = try options.openFreshSession(progress: display, fullText: fts5, checkRegistry: true)
        guard let summary else {
            Console.line("no corpus to index; \(session.store.path) left as it is")
            return
        }
        try linkAndExport(session, summary, display)
        Console.line(display.elapsedLine)
    }

    private func linkAndExport(_ session: CorpusSession, _ summary: IndexSummary, _ display: IndexProgressDisplay) throws {
        for failure in summary.failures { printError(failure.message) }
        Console.line(summary.line)
        if summary.documents == 0 && !summary.failures.isEmpty {
            throw fail("no document could be indexed")
        }
        guard !noExport else { return }
        let outName = out ?? Self.parentFolder(options.db)
        let shownName = outName.isEmpty ? "." : outName
        let outFolder = URL(fileURLWithPath: shownName, isDirectory: true)
        do {
            let result = try session.linkAndExport(out: outFolder, options: layout.applied(to: ExportOptions()), force: force || fullLineage,
                                                   fullLineage: fullLineage, stage: { display.stage($0) })
            display.finish()
            guard let result else {
                Console.line("nothing changed since the export in \(shownName); lineage and export skipped (--force to redo)")
                return
            }
            var files = result.export.files.map(\.lastPathComponent).joined(separator: ", ")
            if !result.export.partFolders.isEmpty {
                files += "; \(result.export.parts) parts each in " + result.export.partFolders.map { $0.lastPathComponent + "/" }.joined(separator: ", ")
            }
            if result.lineage != .full { Console.line(result.lineage.description) }
            if let kept = result.export.kept.description { Console.line(kept) }
            Console.line("stored \(result.links) lineage links; exported \(result.export.counts["documents"] ?? 0) documents, "
                + "\(result.export.counts["measures"] ?? 0) measures to \(shownName) (\(files))")
        } catch {
            display.finish()
            throw fail("\(error)")
        }
    }

    /// The folder holding `path` ("." for a name without a folder, "/" at the root). Written out because
    /// Foundation's `deletingLastPathComponent` traps on a one-character relative path ("G") on Linux.
    static func parentFolder(_ path: String) -> String {
        var units = Array(path.utf8)
        while units.count > 1, units.last == UInt8(ascii: "/") { units.removeLast() }
        guard let slash = units.lastIndex(of: UInt8(ascii: "/")) else { return "." }
        if slash == 0 { return "/" }
        var end = slash
        while end > 1, units[end - 1] == UInt8(ascii: "/") { end -= 1 }
        return String(decoding: units[..<end], as: UTF8.self)
    }

    /// Fails (exit 2) when `folder` is not a folder, or cannot be created or written.
    static func checkWritable(_ folder: String) throws {
        var path = folder.isEmpty ? "." : folder
        var isDirectory: ObjCBool = false
        // The folder, or the nearest existing folder it would be created in.
        while !FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
            path = parentFolder(path)
        }
        guard isDirectory.boolValue else { throw fail("\(folder): cannot write the export there: \(path) is not a folder") }
        guard access(path, W_OK | X_OK) == 0 else {
            throw fail("\(folder): cannot write the export there: \(SystemReason.text(errno))")
        }
    }
}
