import Foundation
import ZhengceDepartments
import ZhengceDocument

/// The corpus's own files besides documents (corpus.yaml, departments.yaml, lexicon.txt),
/// checked before anything is written: a broken one stops the run with its file, line and
/// column, and the store and the export stay as they were. departments.yaml is decoded but
/// the registry is not built here (that costs seconds); a reference to a department the registry
/// lacks is reported when it is built.
enum CorpusFiles {
    /// Checks every corpus file of `folder`; the first problem is a runtime error (exit 2).
    static func validate(_ folder: URL) throws {
        do {
            _ = try CorpusMetadata.load(from: folder)
            try Corpus(folder: folder).checkLexicon()
            try DepartmentRegistry.checkCorpusFile(in: folder)
        } catch {
            throw fail("\(error)")
        }
    }
}
