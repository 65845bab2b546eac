/// What the parser was unsure about, as `ParseWarning`s with stable kinds:
/// no-doc-number, no-date, no-numbering, numbering-skip, numbering-repeat,
/// missing-responsibility, unread-responsibility, unbalanced-brackets.
enum WarningCollector {
    private static let pairs: [(UInt16, UInt16, String)] = [
        (u16("（")[0], u16("）")[0], "（）"), (u16("《")[0], u16("》")[0], "《》"), (u16("“")[0], u16("”")[0], "“”"), (u16("〔")[0], u16("〕")[0], "〔〕"),
    ]

    static func collect(document: PolicyDocument, text: UnitText, paragraphs: [SourceParagraph], offsets: [Int],
                        numbering: [ParseWarning]) -> [ParseWarning] {
        var warnings: [ParseWarning] = []
        if document.docNumber == nil {
            warnings.append(ParseWarning(kind: "no-doc-number", message: "no 发文字号 found in the text"))
        }
        if document.date == nil {
            warnings.append(ParseWarning(kind: "no-date", message: "no 成文日期 (date beside the signature) found"))
        }
        if document.provisions.isEmpty {
            warnings.append(ParseWarning(kind: "no-numbering", message: "no numbered provisions (一、 （一） 1. 第一条 …): no measures"))
        }
        warnings += numbering
        // A measure without a responsibility clause where its siblings have one.
        var withClause: [Int?: (with: Int, without: [Measure])] = [:]
        // Articles of laws state duties in their sentences, not in clauses: no such warning for them.
        for measure in document.measures where document.provisions[measure.provision].scheme != .article {
            let parent = document.provisions[measure.provision].parent
            var entry = withClause[parent] ?? (0, [])
            if measure.responsible.isEmpty { entry.without.append(measure) } else { entry.with += 1 }
            withClause[parent] = entry
        }
        var missing: [Measure] = []
        for (_, entry) in withClause where entry.with >= 2 && entry.with > entry.without.count { missing += entry.without }
        for measure in missing.sorted(by: { $0.start < $1.start }) {
            warnings.append(ParseWarning(kind: "missing-responsibility",
                message: "measure \(measure.path.joined(separator: ".")) \(measure.title) names no responsible unit, unlike its siblings",
                offset: measure.start))
        }
        // A clause-like parenthesis (负责/牵头/配合/单位/部门 ending a sentence) that gave no unit: a miss is never silent.
        for measure in document.measures where measure.responsible.isEmpty && document.provisions[measure.provision].scheme != .article {
            if let clause = clauseLikeParenthesis(measure.text) {
                warnings.append(ParseWarning(kind: "unread-responsibility",
                    message: "measure \(measure.path.joined(separator: ".")) \(measure.title): no unit read from \(clause)",
                    offset: measure.start))
            }
        }
        // Unbalanced brackets, per paragraph (at most ten reported). A bracket left open at the end of a paragraph
        // and closed by the next one is a line broken inside it (a title wrapped over two lines: 关于印发《政府网站集约化
        // / 试点工作方案》的通知), not a fault of either.
        let spans = paragraphs.map { paragraph -> [BracketSpan] in
            let units = UnitText(paragraph.text)
            // A label such as 1） or （1） is not a bracket of the text.
            let text = units.units.dropFirst(NumberingLabel.detect(units)?.length ?? 0)
            return pairs.map { BracketSpan(text, open: $0.0, close: $0.1) }
        }
        var reported = 0
        for index in spans.indices where reported < 10 {
            for (p, pair) in pairs.enumerated() {
                let span = spans[index][p]
                guard !span.balanced else { continue }
                let wrappedOn = index + 1 < spans.count && span.closed(by: spans[index + 1][p])
                let wrappedFrom = index > 0 && spans[index - 1][p].closed(by: span)
                guard !wrappedOn, !wrappedFrom else { continue }
                warnings.append(ParseWarning(kind: "unbalanced-brackets",
                    message: "unbalanced \(pair.2) in paragraph \(index + 1): \(String(paragraphs[index].text.prefix(24)))…", offset: offsets[index]))
                reported += 1
                break
            }
        }
        return warnings
    }

    /// One paragraph's brackets of one kind: the lowest depth reached (counting from 0) and the depth at its end.
    private struct BracketSpan {
        var lowest = 0
        var end = 0

        init(_ units: ArraySlice<UInt16>, open: UInt16, close: UInt16) {
            for u in units {
                if u == open { end += 1 } else if u == close { end -= 1; lowest = min(lowest, end) }
            }
        }

        /// Every bracket closed, none closed before it opened.
        var balanced: Bool { lowest == 0 && end == 0 }

        /// True when this paragraph leaves brackets open (none closed before it opened) and `next`, read on from
        /// there, closes exactly those without closing one it never opened.
        func closed(by next: BracketSpan) -> Bool {
            lowest == 0 && end > 0 && end + next.lowest >= 0 && end + next.end == 0
        }
    }

    private static let clauseWords = ["负责", "牵头", "配合", "单位", "部门"]

    /// The first parenthesis of `text` that ends a sentence or the text and holds a clause word, as written.
    static func clauseLikeParenthesis(_ text: String) -> String? {
        let chars = Array(text)
        var i = 0
        while i < chars.count {
            guard chars[i] == "（" || chars[i] == "(" else { i += 1; continue }
            var depth = 0
            var j = i
            while j < chars.count {
                if chars[j] == "（" || chars[j] == "(" { depth += 1 } else if chars[j] == "）" || chars[j] == ")" { depth -= 1; if depth == 0 { break } }
                j += 1
            }
            guard j < chars.count else { return nil }
            let after: Character? = j + 1 < chars.count ? chars[j + 1] : nil
            let inner = String(chars[(i + 1)..<j])
            if after == nil || after == "。" || after == "；" || after == "\n", inner.count <= 200,
               clauseWords.contains(where: { inner.contains($0) }),
               // （单位：毫米）, （单位：万元）: a unit of measure.
               !(inner.hasPrefix("单位：") && inner.count <= 8) {
                return "（" + inner + "）"
            }
            i = j + 1
        }
        return nil
    }
}
