import Foundation

/// Reads Markdown: headings, bold leads and hard breaks become paragraphs; the numbering,
/// not the heading level, decides the outline later.
enum MarkdownReader {
    private static let infoEnd = "<!-- INFO END -->"

    static func read(_ text: String) -> ReadResult {
        let (fields, body) = FrontMatter.split(text)
        var before: [LineJoiner.Line]?
        var lines: [LineJoiner.Line] = []
        var blank = 0
        var inComment = false
        // Lines cut at every LF byte (splitting by Character would be several times slower
        // and keeps CR LF together as one character); a trailing CR is dropped.
        for rawLine in body.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            var line = String(Substring(rawLine))
            if line.utf8.last == UInt8(ascii: "\r") { line.removeLast() }
            if before == nil, line.includes(infoEnd) {
                before = lines
                lines = []
                blank = 0
                continue
            }
            line = stripComments(line, inComment: &inComment)
            let trimmed = line.trimmedText
            if trimmed.isEmpty || trimmed == "---" || trimmed == "***" || trimmed == "___" {
                blank += 1
                continue
            }
            var content = trimmed
            var isHeading = false
            if content.hasPrefix("#") {
                let hashes = content.prefix(while: { $0 == "#" })
                let after = content.dropFirst(hashes.count)
                if hashes.count <= 6, after.isEmpty || after.first == " " || after.first == "\u{3000}" {
                    content = String(after).trimmedText
                    while content.hasSuffix("#") { content.removeLast() }
                    content = content.trimmedText
                    isHeading = true
                }
            }
            while content.hasPrefix(">") { content = String(content.dropFirst()).trimmedText }
            // List bullets: "- （一）…", "* 1. …".
            for bullet in ["- ", "* ", "+ "] where content.hasPrefix(bullet) { content = String(content.dropFirst(2)).trimmedText }
            content = stripLinks(content)
            let (clean, boldEnd) = stripEmphasis(content)
            guard !clean.trimmedText.isEmpty else { blank += 1; continue }
            lines.append(LineJoiner.Line(text: clean, blankBefore: blank, isHeading: isHeading, boldLeadEnd: boldEnd))
            blank = 0
        }
        var paragraphs: [SourceParagraph] = []
        var info: Int?
        if let before {
            // A header block (title, dates of adoption and amendment): one paragraph per line.
            paragraphs = before.map { SourceParagraph(text: $0.text, isHeading: $0.isHeading, boldLeadEnd: $0.boldLeadEnd) }
            info = paragraphs.count
        }
        paragraphs += LineJoiner.paragraphs(lines)
        return ReadResult(format: "markdown", paragraphs: paragraphs, frontMatter: fields, infoParagraphs: info)
    }

    private static func stripComments(_ line: String, inComment: inout Bool) -> String {
        guard inComment || line.includes("<!--") else { return line }
        var out = ""
        var rest = line
        while !rest.isEmpty {
            if inComment {
                guard let end = rest.utf8Offset(of: "-->") else { return out }
                rest = rest.utf8Slice(end + 3, rest.utf8.count)
                inComment = false
            } else if let start = rest.utf8Offset(of: "<!--") {
                out += rest.utf8Slice(0, start)
                rest = rest.utf8Slice(start + 4, rest.utf8.count)
                inComment = true
            } else {
                out += rest
                break
            }
        }
        return out
    }

    /// `[text](url)` → text, `![alt](url)` → nothing.
    private static func stripLinks(_ text: String) -> String {
        guard text.includes("](") else { return text }
        var out = ""
        var chars = Array(text)
        var i = 0
        while i < chars.count {
            let image = chars[i] == "!" && i + 1 < chars.count && chars[i + 1] == "["
            if chars[i] == "[" || image {
                let open = image ? i + 1 : i
                if let close = chars[(open + 1)...].firstIndex(of: "]"), close + 1 < chars.count, chars[close + 1] == "(",
                   let paren = chars[(close + 1)...].firstIndex(of: ")") {
                    if !image { out += String(chars[(open + 1)..<close]) }
                    i = paren + 1
                    continue
                }
            }
            out.append(chars[i])
            i += 1
        }
        chars.removeAll()
        return out
    }

    /// Removes `**`/`__` markers; returns where a leading bold run (after an optional label) ends.
    static func stripEmphasis(_ text: String) -> (String, Int?) {
        let marker = text.includes("**") ? "**" : (text.includes("__") ? "__" : "")
        guard !marker.isEmpty else { return (text, nil) }
        var boldEnd: Int?
        if let first = text.utf8Offset(of: marker) {
            let prefix = text.utf8Slice(0, first)
            let prefixIsLabel = prefix.trimmedText.isEmpty ||
                (NumberingLabel.detect(UnitText(prefix)).map { $0.length >= prefix.utf16.count } ?? false)
            if prefixIsLabel, let close = text.utf8Offset(of: marker, from: first + 2) {
                boldEnd = text.utf8Slice(0, close).utf16.count - marker.utf16.count
            }
        }
        return (text.replacingAll(marker, with: ""), boldEnd)
    }
}

extension String {
    /// Replaces every occurrence of `target` (no Foundation needed).
    func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty, var at = utf8Offset(of: target) else { return self }
        let bytes = Array(utf8)
        let t = target.utf8.count
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var from = 0
        while true {
            out += bytes[from..<at]
            out += replacement.utf8
            from = at + t
            guard let next = utf8Offset(of: target, from: from) else { break }
            at = next
        }
        out += bytes[from...]
        return String(decoding: out, as: UTF8.self)
    }
}
