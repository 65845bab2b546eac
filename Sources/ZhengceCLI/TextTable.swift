/// Plain-text tables for every command: columns aligned by display width, two spaces between
/// columns, the last column not padded, no trailing spaces.
struct TextTable {
    /// The rows, header first when there is one.
    var rows: [[String]] = []

    /// A table of `rows`.
    init(_ rows: [[String]] = []) { self.rows = rows }

    /// Adds a row.
    mutating func add(_ row: [String]) { rows.append(row) }

    /// The rendered lines, every column but the last padded to its widest cell.
    func lines() -> [String] {
        let columns = rows.map(\.count).max() ?? 0
        var widths = [Int](repeating: 0, count: columns)
        for row in rows {
            for (i, cell) in row.enumerated() where i < columns - 1 { widths[i] = max(widths[i], DisplayWidth.of(cell)) }
        }
        return rows.map { row in
            var line = ""
            for (i, cell) in row.enumerated() {
                line += cell
                if i < row.count - 1 { line += String(repeating: " ", count: widths[i] - DisplayWidth.of(cell) + 2) }
            }
            while line.last == " " { line.removeLast() }
            return line
        }
    }

    /// The rendered lines joined with line feeds (no final line feed).
    func render() -> String { lines().joined(separator: "\n") }

    /// The rows with cells separated by tabs, one line each (for `--format text`).
    func tabSeparated() -> String { rows.map { $0.joined(separator: "\t") }.joined(separator: "\n") }
}

/// The one display-width function of the command line: terminal cells a string takes.
enum DisplayWidth {
    /// Cells taken by `text`: two for East Asian wide and fullwidth characters, none for
    /// combining marks and zero-width characters, one otherwise (ambiguous ones such as … count one).
    static func of(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + cells($1) }
    }

    /// Cells taken by one scalar.
    static func cells(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if (0x0300...0x036F).contains(v) || (0x200B...0x200F).contains(v) || (0xFE00...0xFE0F).contains(v) || v == 0xFEFF {
            return 0
        }
        let wide = (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v) || (0xAC00...0xD7A3).contains(v)
            || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v) || (0xFF00...0xFF60).contains(v)
            || (0xFFE0...0xFFE6).contains(v) || v >= 0x20000
        return wide ? 2 : 1
    }

    /// `text` cut to at most `maxWidth` cells, ending in … when cut.
    static func clip(_ text: String, _ maxWidth: Int) -> String {
        guard of(text) > maxWidth else { return text }
        var out = ""
        var used = 0
        for character in text {
            let w = of(String(character))
            if used + w > maxWidth - 1 { break }
            out.append(character)
            used += w
        }
        return out + "…"
    }
}
