import ZhengceText

/// Rejoins hard-wrapped lines and page-break splits into paragraphs, keeping real breaks.
///
/// A break between two lines is kept when the next line starts a numbered provision, is a
/// 发文字号, a date or a bracketed status, when either line is a heading, when the previous
/// line ends a sentence (。！？；：) — unless the block is wrapped at a fixed width — or when
/// the previous line is short (a title line, a name in a signature block). Otherwise the
/// line was cut by the layout (a wrap, a page break in the middle of a word) and is joined.
enum LineJoiner {
    /// One physical line.
    struct Line {
        var text: String
        /// Blank lines before it.
        var blankBefore: Int
        var isHeading: Bool = false
        var boldLeadEnd: Int? = nil
        /// The line began with an indent (two spaces or an ideographic space): a paragraph start.
        var indented: Bool = false
    }

    /// Lines shorter than this (display columns, CJK = 2) are never treated as cut by the layout.
    static let minimumWrapWidth = 36

    private static let typeEndings = ["意见", "通知", "方案", "办法", "规定", "决定", "条例", "细则", "规划", "计划",
                                      "公告", "通告", "批复", "纲要", "措施", "指引", "指南", "决议", "报告", "函"].map(u16)
    private static let statusWords = ["征求意见稿", "草案", "试行", "送审稿", "讨论稿", "暂行"]

    static func paragraphs(_ lines: [Line]) -> [SourceParagraph] {
        guard !lines.isEmpty else { return [] }
        let wrapped = wrappedBlocks(lines)
        // Indents mark paragraph starts only when some lines have them and others do not.
        let indentedCount = lines.filter(\.indented).count
        let indentsMark = indentedCount > 0 && indentedCount < lines.count
        var result: [SourceParagraph] = []
        var current: SourceParagraph?
        var previousLine: Line?
        for (index, line) in lines.enumerated() {
            if var paragraph = current, let previous = previousLine,
               !(indentsMark && line.indented),
               // The first line of a file is its title or a banner, never a wrapped sentence (unless fixed-width).
               !(index == 1 && !wrapped[index] && startsAfterTitle(previous.text, line.text)),
               shouldJoin(previous, line, fixedWidth: line.blankBefore == 0 && wrapped[index]) {
                paragraph.text = glue(paragraph.text, line.text)
                current = paragraph
            } else {
                if let paragraph = current { result.append(paragraph) }
                current = SourceParagraph(text: line.text, isHeading: line.isHeading, boldLeadEnd: line.boldLeadEnd)
            }
            previousLine = line
        }
        if let paragraph = current { result.append(paragraph) }
        return result
    }

    /// True when the first line of a file stands alone before `next`: a title or banner without sentence
    /// punctuation, or any first line followed by a short line that ends no sentence (a heading such as 基本案情).
    private static func startsAfterTitle(_ first: String, _ next: String) -> Bool {
        if !first.includes("，") && !first.includes("。") { return true }
        return next.count <= 8 && !endsSentence(UnitText(next)) && !first.hasSuffix("。")
    }

    /// For each line, true when it continues a block of lines wrapped at one width.
    private static func wrappedBlocks(_ lines: [Line]) -> [Bool] {
        var flags = [Bool](repeating: false, count: lines.count)
        var start = 0
        while start < lines.count {
            var end = start + 1
            while end < lines.count, lines[end].blankBefore == 0, !lines[end].isHeading { end += 1 }
            if end - start >= 2 {
                let widths = lines[start..<(end - 1)].map { width($0.text) }
                if let maxWidth = widths.max(), maxWidth >= 40, widths.allSatisfy({ $0 >= maxWidth - 6 }) {
                    for k in (start + 1)..<end { flags[k] = true }
                }
            }
            start = end
        }
        return flags
    }

    static func width(_ text: String) -> Int {
        text.utf16.reduce(0) { $0 + ($1 < 0x1100 ? 1 : 2) }
    }

    private static func shouldJoin(_ previous: Line, _ next: Line, fixedWidth: Bool) -> Bool {
        if previous.isHeading || next.isHeading { return false }
        let nextText = UnitText(next.text)
        if NumberingLabel.detect(nextText) != nil { return false }
        if startsStructuralLine(next.text) { return false }
        if LegislativeHeader.isCompleteHeaderLine(previous.text) { return false }
        let prev = UnitText(previous.text)
        guard let last = prev.units.last else { return false }
        if endsSentence(prev) { return fixedWidth && !isShortHeaderLike(next.text) }
        if fixedWidth { return true }
        // A bracket closing the line (a responsibility clause, a period) ends the paragraph unless
        // the next line plainly continues the sentence.
        if last == u16("）")[0] || last == u16(")")[0] {
            guard let first = nextText.units.first, "、，,；;。等和及的".utf16.contains(first) else { return false }
        }
        // A line that is only a name (a signature) stands alone.
        let folded = OrganizationName.fold(next.text)
        if folded.count <= 20, OrganizationName.looksLikeOrganization(folded) { return false }
        if width(previous.text) < minimumWrapWidth { return false }
        if endsLikeTitle(previous.text) { return false }
        // An addressee line (各省、自治区…：) starts the body.
        if next.text.hasSuffix("：") && width(next.text) < 80 { return false }
        return true
    }

    /// True when the line ends like a title: a document type, maybe followed by （2024-2026年） or （试行）.
    static func endsLikeTitle(_ line: String) -> Bool {
        var t = line
        while t.hasSuffix("）") || t.hasSuffix(")") {
            guard let open = t.lastIndex(where: { $0 == "（" || $0 == "(" }), t.distance(from: open, to: t.endIndex) <= 16 else { break }
            t = String(t[t.startIndex..<open])
        }
        let units = UnitText(t)
        return typeEndings.contains(where: { units.count >= $0.count && Array(units.units.suffix($0.count)) == $0 })
    }

    /// True when the line ends with sentence-ending punctuation (possibly followed by a closing mark).
    static func endsSentence(_ text: UnitText) -> Bool {
        var i = text.count - 1
        while i >= 0, CharClass.closers.contains(text[i]) && text[i] != u16("）")[0] && text[i] != u16(")")[0] { i -= 1 }
        guard i >= 0 else { return false }
        return CharClass.terminal.contains(text[i])
    }

    private static func isShortHeaderLike(_ text: String) -> Bool { width(text) < 20 }

    /// A 发文字号, a date, a bracketed status such as （征求意见稿）, or 附件.
    static func startsStructuralLine(_ text: String) -> Bool {
        let trimmed = text.trimmedText
        if trimmed.count <= 30, DocumentNumber.normalize(trimmed) != nil, trimmed.hasSuffix("号") { return true }
        if DateParser.standalone(trimmed) != nil { return true }
        if let (_, length) = DateParser.parse(UnitText(trimmed), at: 0), length < trimmed.utf16.count,
           CharClass.isSpace(UnitText(trimmed)[length]) { return true }
        if trimmed.hasPrefix("（") || trimmed.hasPrefix("(") {
            let inner = trimmed.dropFirst().dropLast()
            if statusWords.contains(where: { inner.includes($0) }) && trimmed.count <= 12 { return true }
        }
        if trimmed.hasPrefix("附件") && trimmed.count <= 40 { return true }
        // A legislative header line (2018年8月31日第十三届…会议通过) never continues a title.
        if LegislativeHeader.isHeaderLine(trimmed) { return true }
        return false
    }

    /// Joins two pieces of one paragraph: no space between CJK, one space between Latin words.
    static func glue(_ a: String, _ b: String) -> String {
        guard let x = a.utf16.last, let y = b.utf16.first else { return a + b }
        // A line of names separated by spaces (a title's issuer list) that ends with a whole name.
        if a.includes(" "), let lastName = a.split(separator: " ").last, lastName.count >= 2,
           OrganizationName.looksLikeOrganization(String(lastName)), CharClass.isHan(y) {
            return a + " " + b
        }
        let latinX = CharClass.isLatin(x) || CharClass.isDigit(x)
        let latinY = CharClass.isLatin(y) || CharClass.isDigit(y)
        return latinX && latinY ? a + " " + b : a + b
    }
}

extension String {
    /// The string without leading and trailing white space (including U+3000).
    var trimmedText: String {
        guard let first = utf16.first, let last = utf16.last else { return self }
        if !CharClass.isSpace(first) && !CharClass.isSpace(last) { return self }
        let units = Array(utf16)
        var lower = 0
        var upper = units.count
        while lower < upper, CharClass.isSpace(units[lower]) { lower += 1 }
        while upper > lower, CharClass.isSpace(units[upper - 1]) { upper -= 1 }
        return String(utf16Units: units[lower..<upper])
    }
}
