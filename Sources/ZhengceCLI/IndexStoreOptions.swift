import ArgumentParser
import Foundation
import ZhengceDepartments
import ZhengceDocument
import ZhengceSession
import ZhengceStore

/// Options of commands that use the index: where the corpus and the database are.
struct IndexStoreOptions: ParsableArguments {
    @Option(name: .long, help: "Folder of policy documents (default: the folder the index was built from, else ./Corpus).")
    var corpus: String?

    @Option(name: .long, help: "The index database (default: \(Store.defaultPath)).")
    var db: String = Store.defaultPath

    @Flag(name: .customLong("no-refresh"), help: "Use the index as it is; do not bring it up to date with the corpus first.")
    var noRefresh = false

    /// Benchmark only: one measure per 第X条 article for documents where the parser finds none.
    @Flag(name: .customLong("bench-articles"), help: .hidden)
    var benchArticles = false

    /// Opens the store and brings it up to date with the corpus (building it when missing).
    /// With no corpus folder to read, an existing index is used as it is.
    /// `fullText` asks for (true) or against (false) the FTS5 table for the sqlite3 shell; nil keeps the store's choice.
    /// `checkRegistry` (the main job) builds a corpus departments.yaml before the store changes.
    func openFreshStore(progress: Bool, fullText: Bool? = nil, checkRegistry: Bool = false) throws -> (store: Store, summary: IndexSummary?) {
        let (session, summary) = try openFreshSession(progress: progress ? IndexProgressDisplay() : nil, fullText: fullText,
                                                      checkRegistry: checkRegistry)
        return (session.store, summary)
    }

    /// Opens the session of the store and its corpus and refreshes it (see `openFreshStore`); the
    /// summary is nil when the index was used as it is.
    func openFreshSession(progress display: IndexProgressDisplay?, fullText: Bool? = nil,
                          checkRegistry: Bool = false) throws -> (session: CorpusSession, summary: IndexSummary?) {
        // Corpus files are checked before the store is opened (and perhaps created).
        var registry: DepartmentRegistry?
        if let corpus, !noRefresh {
            registry = try CorpusFiles.validate(URL(fileURLWithPath: corpus, isDirectory: true), buildRegistry: checkRegistry)
        }
        let store: Store
        do { store = try Store(path: db) } catch { throw fail("\(error)") }
        let folder = try corpusFolder(store: store)
        if corpus == nil, folder.standardizedFileURL.path != URL(fileURLWithPath: "Corpus", isDirectory: true).standardizedFileURL.path {
            printError("corpus: \(folder.path) (from \(db))")
        }
        let session = CorpusSession(folder: folder, store: store, toolVersion: IndexToolVersion.current + (benchArticles ? " articles" : ""))
        if noRefresh {
            guard (try? store.counts().documents) ?? 0 > 0 else { throw fail("\(db) holds no index; run zhengce index first") }
            return (session, nil)
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            if corpus == nil, (try? store.counts().documents) ?? 0 > 0 { return (session, nil) }
            throw fail("no corpus folder at \(folder.path) to index; pass --corpus DIR")
        }
        if corpus == nil { registry = try CorpusFiles.validate(folder, buildRegistry: checkRegistry) }
        if benchArticles { session.prepare = { IndexArticleFallback.apply(&$0) } }
        display?.stage("parsing")
        do {
            let summary = try session.refresh(fullText: fullText, registry: registry, progress: display.map { d in { d.update($0) } })
            display?.finish()
            if let problem = session.departmentProblem { printError("departments not resolved: \(problem)") }
            return (session, summary)
        } catch {
            display?.finish()
            throw fail("\(error)")
        }
    }

    /// The corpus folder: as given, else the one the index was built from (if it still exists), else ./Corpus.
    func corpusFolder(store: Store) throws -> URL {
        if let corpus { return URL(fileURLWithPath: corpus, isDirectory: true) }
        if let recorded = try? store.meta("corpus"), FileManager.default.fileExists(atPath: recorded) {
            return URL(fileURLWithPath: recorded, isDirectory: true)
        }
        return URL(fileURLWithPath: "Corpus", isDirectory: true)
    }
}

/// Identifies the build of the tool for the index fingerprint: a rebuilt binary may parse
/// differently, so it re-indexes (size and modification time of the executable).
enum IndexToolVersion {
    static var current: String {
        let path = Bundle.main.executablePath ?? CommandLine.arguments[0]
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        let size = (attributes?[.size] as? NSNumber)?.intValue ?? 0
        let mtime = (attributes?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        return "zhengce exe=\(size)-\(Int(mtime))"
    }
}
