/// Reads plain text: lines grouped into paragraphs by `LineJoiner`.
enum TextReader {
    static func read(_ text: String) -> ReadResult {
        var lines: [LineJoiner.Line] = []
        var blank = 0
        for raw in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" || $0 == "\u{2029}" || $0 == "\u{0C}" }) {
            let trimmed = String(raw).trimmedText
            if trimmed.isEmpty { blank += 1; continue }
            let indented = raw.hasPrefix("\u{3000}") || raw.hasPrefix("  ") || raw.hasPrefix("\t")
            lines.append(LineJoiner.Line(text: trimmed, blankBefore: blank, indented: indented))
            blank = 0
        }
        return ReadResult(format: "text", paragraphs: LineJoiner.paragraphs(lines))
    }
}
