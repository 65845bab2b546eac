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
        for rawLine in body.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = String(rawLine)
            if line.hasSuffix("\r") { line.removeLast() }
            if line.contains(infoEnd), before == nil {
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
        var out = ""
        var rest = line[...]
        while !rest.isEmpty {
            if inComment {
                guard let end = rest.range(of: "-->") else { return out }
                rest = rest[end.upperBound...]
                inComment = false
            } else if let start = rest.range(of: "<!--") {
                out += rest[rest.startIndex..<start.lowerBound]
                rest = rest[start.upperBound...]
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
        guard text.contains("](") else { return text }
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
        guard text.contains("**") || text.contains("__") else { return (text, nil) }
        var boldEnd: Int?
        let marker = text.contains("**") ? "**" : "__"
        if let first = text.range(of: marker) {
            let prefix = String(text[text.startIndex..<first.lowerBound])
            let prefixIsLabel = prefix.trimmedText.isEmpty ||
                (NumberingLabel.detect(UnitText(prefix)).map { $0.length >= prefix.utf16.count } ?? false)
            if prefixIsLabel, let close = text.range(of: marker, range: first.upperBound..<text.endIndex) {
                boldEnd = text[text.startIndex..<close.lowerBound].utf16.count - marker.utf16.count
            }
        }
        let clean = text.replacingAll(marker, with: "")
        return (clean, boldEnd)
    }
}

extension String {
    /// Replaces every occurrence of `target` (no Foundation needed).
    func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty, contains(target) else { return self }
        var out = ""
        var rest = self[...]
        while let r = rest.range(of: target) {
            out += rest[rest.startIndex..<r.lowerBound]
            out += replacement
            rest = rest[r.upperBound...]
        }
        out += rest
        return out
    }
}
