import ArgumentParser
import Foundation
import ZhengceDocument
import ZhengceSession
import ZhengceStore

/// Options shared by commands that read a corpus: the folder, and the index they read it from.
struct CorpusOptions: ParsableArguments {
    @Option(name: .customLong("corpus"), help: "Folder of policy documents, with optional corpus.yaml and lexicon.txt (default: the corpus of the index in --db, else ./Corpus).")
    var corpusArgument: String?

    @Option(name: .long, help: "The index to read documents from when it indexes this corpus (default: \(Store.defaultPath); refreshed first if files changed).")
    var db: String = Store.defaultPath

    /// The corpus folder as the user sees it: as given, else the one the index records (when it
    /// still exists), else Corpus.
    var corpus: String {
        if let corpusArgument { return corpusArgument }
        if let recorded = recordedCorpus(), FileManager.default.fileExists(atPath: recorded) { return recorded }
        return "Corpus"
    }

    /// The corpus folder as a URL.
    var corpusURL: URL { URL(fileURLWithPath: corpus, isDirectory: true) }

    /// The corpus folder the index at `db` was built from, if there is an index.
    private func recordedCorpus() -> String? {
        guard Store.exists(at: db), let store = try? Store(path: db) else { return nil }
        return try? store.meta("corpus")
    }

    /// The session of the corpus, refreshed: documents come from the index at `db` when it
    /// indexes this corpus (files changed since are parsed and stored first), else from a
    /// one-off index in memory. Says on stderr which corpus it reads when that is not ./Corpus.
    func session() throws -> CorpusSession {
        let folder = corpusURL
        let path = folder.standardizedFileURL.path
        var store: Store?
        if Store.exists(at: db) {
            do {
                let existing = try Store(path: db)
                if try corpusArgument == nil || existing.meta("corpus") == path { store = existing }
            } catch {
                throw fail("\(error)")
            }
        }
        if corpusArgument == nil, path != URL(fileURLWithPath: "Corpus", isDirectory: true).standardizedFileURL.path {
            printError("corpus: \(corpus) (from \(db))")
        }
        let session: CorpusSession
        do {
            session = CorpusSession(folder: folder, store: try store ?? Store.inMemory(), toolVersion: IndexToolVersion.current)
            try session.refresh()
        } catch let error as DocumentError {
            throw fail("\(error)")
        } catch {
            throw fail("\(corpus): \(error)")
        }
        if let problem = session.departmentProblem { printError("departments not resolved: \(problem)") }
        return session
    }

    /// The corpus's documents (sorted by id, departments resolved) and the files that failed.
    func load() throws -> LoadedCorpus {
        let session = try session()
        do {
            return LoadedCorpus(documents: try session.documents(), failures: try session.failures(), session: session)
        } catch {
            throw fail("\(error)")
        }
    }
}

/// The documents of a corpus read through its session, and the files that could not be parsed.
struct LoadedCorpus {
    /// Parsed documents, sorted by id, departments resolved.
    var documents: [PolicyDocument]
    /// Files that could not be parsed.
    var failures: [IndexFailure]
    /// The session they came from.
    var session: CorpusSession
}

/// Output formats for listing commands.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case table, text, json
}
