import Foundation

/// YAML front matter at the top of a saved web page or Markdown file (`---` … `---`).
enum FrontMatter {
    /// The fields (top-level `key: value` lines) and the text after the block.
    static func split(_ text: String) -> (fields: [String: String], body: Substring) {
        var lines = text[...]
        // Skip leading blank lines.
        while let newline = lines.firstIndex(of: "\n"), lines[lines.startIndex..<newline].allSatisfy(\.isWhitespace) {
            lines = lines[lines.index(after: newline)...]
        }
        guard lines.hasPrefix("---\n") || lines.hasPrefix("---\r\n") else { return ([:], text[...]) }
        var fields: [String: String] = [:]
        var rest = lines[lines.index(lines.startIndex, offsetBy: 3)...].drop(while: { $0 == "\r" || $0 == "\n" })
        var count = 0
        while !rest.isEmpty, count < 200 {
            count += 1
            let end = rest.firstIndex(of: "\n") ?? rest.endIndex
            let line = rest[rest.startIndex..<end].trimmingCharacters(in: .whitespaces, extra: "\r")
            rest = end < rest.endIndex ? rest[rest.index(after: end)...] : rest[rest.endIndex...]
            if line == "---" { return (fields, rest) }
            guard let colon = line.firstIndex(of: ":"), !line.hasPrefix(" "), !line.hasPrefix("-") else { continue }
            let key = line[line.startIndex..<colon].trimmingCharacters(in: .whitespaces, extra: "")
            var value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces, extra: "")
            if value.count >= 2, let f = value.first, f == "'" || f == "\"", value.last == f {
                value = String(value.dropFirst().dropLast())
            }
            if !key.isEmpty, !key.contains(" ") { fields[key.lowercased()] = value }
        }
        return ([:], text[...])
    }
}

extension StringProtocol {
    /// Trims ASCII spaces/tabs (and the `extra` characters) from both ends.
    func trimmingCharacters(in _: WhitespaceSet, extra: String) -> String {
        let drop: (Character) -> Bool = { $0 == " " || $0 == "\t" || extra.contains($0) }
        return String(self.drop(while: drop).reversed().drop(while: drop).reversed())
    }
}

/// ASCII white space (used with `trimmingCharacters(in:extra:)`).
enum WhitespaceSet { case whitespaces }
