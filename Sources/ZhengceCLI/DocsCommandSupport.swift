import ArgumentParser
import Foundation
import ZhengceDepartments
import ZhengceDocument

/// Loading and printing shared by `docs`, `show` and `check`.
enum DocsLoader {
    /// Loads the corpus and resolves every responsibility to its canonical department;
    /// a missing or empty folder or a bad registry file is a runtime error (exit 2).
    static func load(_ options: CorpusOptions) throws -> LoadedCorpus {
        try loadResolved(options).loaded
    }

    /// Loads the corpus with departments resolved, and the department report of each document
    /// (same order as `loaded.documents`).
    static func loadResolved(_ options: CorpusOptions) throws -> (loaded: LoadedCorpus, departments: [DocumentDepartments]) {
        var loaded = try options.load()
        let departments = try DepartmentCorpus.resolve(&loaded.documents, options)
        return (loaded, departments)
    }

    /// Files that could not be parsed, one line each on stderr.
    static func reportFailures(_ loaded: LoadedCorpus) {
        for failure in loaded.failures { printError("skipped \(failure.message)") }
    }

}
