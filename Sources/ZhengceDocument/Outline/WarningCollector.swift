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
        let texts = paragraphs.map { paragraph -> ArraySlice<UInt16> in
            let units = UnitText(paragraph.text)
            // A label such as 1） or （1） is not a bracket of the text.
            return units.units.dropFirst(NumberingLabel.detect(units)?.length ?? 0)
        }
        var balanced = Array(repeating: Set<Int>(), count: texts.count)
        for (p, (open, close, _)) in pairs.enumerated() {
            for index in texts.indices.dropLast() {
                let first = Self.bracketDepth(texts[index], open: open, close: close, from: 0)
                guard let depth = first, depth > 0,
                      Self.bracketDepth(texts[index + 1], open: open, close: close, from: depth) == 0 else { continue }
                balanced[index].insert(p)
                balanced[index + 1].insert(p)
            }
        }
        var reported = 0
        for index in texts.indices where reported < 10 {
            for (p, (open, close, name)) in pairs.enumerated() where !balanced[index].contains(p) {
                if Self.bracketDepth(texts[index], open: open, close: close, from: 0) != 0 {
                    warnings.append(ParseWarning(kind: "unbalanced-brackets",
                        message: "unbalanced \(name) in paragraph \(index + 1): \(String(paragraphs[index].text.prefix(24)))…", offset: offsets[index]))
                    reported += 1
                    break
                }
            }
        }
        return warnings
    }

    /// The depth of `open`/`close` brackets after `units`, starting at `depth`; nil when a close has no open.
    private static func bracketDepth(_ units: ArraySlice<UInt16>, open: UInt16, close: UInt16, from depth: Int) -> Int? {
        var depth = depth
        for u in units {
            if u == open { depth += 1 } else if u == close { depth -= 1; if depth < 0 { return nil } }
        }
        return depth
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
