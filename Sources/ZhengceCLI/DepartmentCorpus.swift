import Foundation
import ZhengceDepartments
import ZhengceDocument

/// Loads a corpus and resolves its departments, for `depts` and `dept`.
enum DepartmentCorpus {
    /// The corpus's documents resolved with the bundled registry plus the corpus's departments.yaml.
    /// Files that fail to parse are reported on stderr and skipped.
    static func census(_ options: CorpusOptions) throws -> DepartmentCensus {
        let resolver: DepartmentResolver
        do { resolver = try DepartmentResolver.forCorpus(at: options.corpusURL) } catch {
            throw fail("\(error)")
        }
        let result = try options.load()
        for failure in result.failures {
            printError("skipped \(failure.message)")
        }
        return DepartmentCensus(documents: result.documents, resolver: resolver)
    }

    /// Fills the canonical department of every responsibility of `documents` (for `show`, `docs`,
    /// `check`, `export` and `index`), with the bundled registry plus the corpus's departments.yaml.
    /// Returns one report per document, in order; `report.problems` are the lines for `check`.
    @discardableResult
    static func resolve(_ documents: inout [PolicyDocument], _ options: CorpusOptions) throws -> [DocumentDepartments] {
        do {
            return try DepartmentResolver.forCorpus(at: options.corpusURL).resolve(&documents)
        } catch {
            throw fail("\(error)")
        }
    }
}

/// JSON with sorted keys, for stable output.
enum DepartmentJSON {
    /// Writes `value` as pretty JSON and a line feed to standard output.
    static func print<T: Encodable>(_ value: T) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        Console.write(try encoder.encode(value))
        Console.line()
    }
}

extension DepartmentResolution {
    /// "name (unknown; did you mean X?)" or "name (ambiguous: A, B, …)".
    var explanation: String {
        switch status {
        case .resolved: return name
        case .unknown: return written + (suggestion.map { " (unknown; did you mean \($0)?)" } ?? " (unknown)")
        case .ambiguous:
            let shown = candidates.prefix(4).joined(separator: ", ") + (candidates.count > 4 ? ", …" : "")
            return written + " (ambiguous: \(shown))"
        }
    }
}
