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

    /// Writes to stdout; a closed pipe is not an error.
    static func write(_ data: Data) {
        FileHandle.standardOutput.write(data)
    }

    /// Writes a line of text to stdout.
    static func line(_ text: String = "") { write(Data((text + "\n").utf8)) }
}

/// A plain text table with columns padded by display width (CJK characters count two).
enum DocsTable {
    static func width(_ s: String) -> Int {
        s.unicodeScalars.reduce(0) { $0 + ($1.value >= 0x1100 && !($1.value >= 0xFF61 && $1.value <= 0xFFDC) ? 2 : 1) }
    }

    static func clip(_ s: String, _ maxWidth: Int) -> String {
        guard width(s) > maxWidth else { return s }
        var out = ""
        for ch in s {
            if width(out + String(ch)) > maxWidth - 1 { break }
            out.append(ch)
        }
        return out + "…"
    }

    static func render(_ rows: [[String]]) -> String {
        guard let columns = rows.map(\.count).max() else { return "" }
        var widths = [Int](repeating: 0, count: columns)
        for row in rows { for (i, cell) in row.enumerated() { widths[i] = max(widths[i], width(cell)) } }
        var out = ""
        for row in rows {
            var line = ""
            for (i, cell) in row.enumerated() {
                line += cell
                if i < row.count - 1 { line += String(repeating: " ", count: widths[i] - width(cell) + 2) }
            }
            out += line + "\n"
        }
        return out
    }
}
