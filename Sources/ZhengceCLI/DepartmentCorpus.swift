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

/// Plain-text tables with columns aligned by display width (CJK characters take two cells).
struct DepartmentTable {
    var rows: [[String]] = []

    /// Adds a row.
    mutating func add(_ row: [String]) { rows.append(row) }

    /// The rows with every column but the last padded to its widest cell.
    func render() -> String {
        let columns = rows.map(\.count).max() ?? 0
        var widths = [Int](repeating: 0, count: columns)
        for row in rows {
            for (i, cell) in row.enumerated() where i < columns - 1 { widths[i] = max(widths[i], DepartmentTable.width(cell)) }
        }
        return rows.map { row in
            row.enumerated().map { i, cell in
                i == row.count - 1 ? cell : cell + String(repeating: " ", count: widths[i] - DepartmentTable.width(cell))
            }.joined(separator: "  ")
        }.map { $0.replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression) }
            .joined(separator: "\n")
    }

    /// Terminal cells taken by `text`: two for East Asian wide characters, one otherwise.
    static func width(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { total, scalar in
            let v = scalar.value
            let wide = (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v) || (0xAC00...0xD7A3).contains(v)
                || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v) || (0xFF00...0xFF60).contains(v)
                || (0xFFE0...0xFFE6).contains(v) || v >= 0x20000
            return total + (wide ? 2 : 1)
        }
    }
}

/// JSON with sorted keys, for stable output.
enum DepartmentJSON {
    static func print<T: Encodable>(_ value: T) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(value)
        FileHandle.standardOutput.write(data)
        FileHandle.standardOutput.write(Data("\n".utf8))
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
