import Foundation
import ZhengceDepartments
import ZhengceDocument

/// The corpus's own files besides documents (corpus.yaml, departments.yaml, lexicon.txt),
/// checked before anything is written: a broken one stops the run with its file, line and
/// column, and the store and the export stay as they were. departments.yaml is decoded always and
/// built into the registry only for the main job (`index`): building costs seconds, too much for
/// every `query` that refreshes the store.
enum CorpusFiles {
    /// Checks every corpus file of `folder`; the first problem is a runtime error (exit 2).
    /// With `buildRegistry` (the main job) a departments.yaml is also built into the registry, so a
    /// reference to a department the registry lacks is found before the store changes; the registry
    /// is returned for the run to use.
    @discardableResult
    static func validate(_ folder: URL, buildRegistry: Bool = false) throws -> DepartmentRegistry? {
        do {
            _ = try CorpusMetadata.load(from: folder)
            try Corpus(folder: folder).checkLexicon()
            guard try DepartmentRegistry.checkCorpusFile(in: folder) != nil, buildRegistry else { return nil }
            return try DepartmentRegistry.load(corpus: folder)
        } catch {
            throw fail("\(error)")
        }
    }
}
