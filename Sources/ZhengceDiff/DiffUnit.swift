import ZhengceDocument
import ZhengceText

/// One comparable piece of a document: a provision's own heading and text (children excluded),
/// the text before the first provision, or a paragraph when a document has no outline.
public struct DiffUnit: Sendable, Hashable {
    /// Position in the unit list (document order).
    public var index: Int
    /// Index in `PolicyDocument.provisions`, nil for the preamble and for paragraphs.
    public var provision: Int?
    /// The label as printed, e.g. "第十条", "（三）"; "" for the preamble.
    public var label: String
    /// Labels from the root down, as printed.
    public var path: [String]
    /// The heading (title) without the label.
    public var title: String
    /// The provision's own text as written (heading included when the heading is part of the text).
    public var text: String
    /// Unit index of the parent provision, nil at the top.
    public var parent: Int?
    /// Departments named in the unit's own text, in order, with roles.
    public var departments: [Responsibility]
    /// Targets stated in the unit's own text, in order.
    public var targets: [Target]
    /// True for a part, chapter or section heading (第一编, 第一章, 第一节).
    public var isHeading: Bool

    /// The comparison key of the unit's content (label excluded).
    public var key: String { ComparisonKey.make(content) }
    /// Heading and text as one string (the heading only when the text does not start with it).
    public var content: String {
        if title.isEmpty || text.hasPrefix(title) { return text }
        return text.isEmpty ? title : title + "\n" + text
    }

    /// Makes a unit.
    public init(index: Int, provision: Int?, label: String, path: [String], title: String, text: String,
                parent: Int?, departments: [Responsibility] = [], targets: [Target] = [], isHeading: Bool = false) {
        self.index = index; self.provision = provision; self.label = label; self.path = path; self.title = title
        self.text = text; self.parent = parent; self.departments = departments; self.targets = targets
        self.isHeading = isHeading
    }
}

extension DiffUnit {
    /// The label shown to readers when a unit has none.
    public static let preambleLabel = "（前文）"

    /// The units of `document`: the preamble (text before the first provision, title lines excluded),
    /// then every provision in order; paragraphs when the document has no provisions.
    /// Departments and targets are attributed to the unit whose own text holds them.
    public static func units(of document: PolicyDocument) -> [DiffUnit] {
        let text = document.text
        let utf16 = text.utf16
        func slice(_ range: Range<Int>) -> String {
            let lower = max(0, min(range.lowerBound, utf16.count)), upper = max(lower, min(range.upperBound, utf16.count))
            let a = utf16.index(utf16.startIndex, offsetBy: lower), b = utf16.index(utf16.startIndex, offsetBy: upper)
            return String(text[a..<b])
        }
        var units: [DiffUnit] = []
        var ranges: [Range<Int>] = []
        let provisions = document.provisions
        if provisions.isEmpty {
            var offset = 0
            for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
                let length = line.utf16.count
                let trimmed = line.trimmingWhitespace()
                if !trimmed.isEmpty {
                    let n = units.count + 1
                    let (label, body) = leadingLabel(trimmed) ?? ("¶\(n)", trimmed)
                    units.append(DiffUnit(index: units.count, provision: nil, label: label, path: [label], title: "",
                                          text: body, parent: nil))
                    ranges.append(offset..<(offset + length))
                }
                offset += length + 1
            }
        } else {
            let firstStart = provisions.map(\.start).min() ?? 0
            let preamble = slice(0..<firstStart).trimmingWhitespace()
            let titleKey = document.title.map(ComparisonKey.make)
            let preambleLines = preamble.split(separator: "\n").map { $0.trimmingWhitespace() }
                .filter { !$0.isEmpty && ComparisonKey.make($0) != titleKey }
            var offsetOfUnit: [Int: Int] = [:]
            if !preambleLines.isEmpty {
                units.append(DiffUnit(index: 0, provision: nil, label: preambleLabel, path: [preambleLabel], title: "",
                                      text: preambleLines.joined(separator: "\n"), parent: nil))
                ranges.append(0..<firstStart)
            }
            let firstChild = Dictionary(grouping: provisions.indices.filter { provisions[$0].parent != nil },
                                        by: { provisions[$0].parent! }).mapValues { $0.map { provisions[$0].start }.min()! }
            for (i, p) in provisions.enumerated() {
                offsetOfUnit[i] = units.count
                let ownEnd = firstChild[i] ?? p.end
                units.append(DiffUnit(index: units.count, provision: i, label: p.label, path: p.path, title: p.heading,
                                      text: p.text, parent: p.parent.flatMap { offsetOfUnit[$0] },
                                      isHeading: [.part, .chapter, .section].contains(p.scheme)))
                ranges.append(p.start..<max(p.start, ownEnd))
            }
        }
        moveClosingParagraphs(&units)
        // Attribute departments and targets by offset.
        var seenResponsibilities = Set<Int>(), seenTargets = Set<Int>()
        var allResponsibilities: [Responsibility] = [], allTargets: [Target] = []
        for measure in document.measures {
            for r in measure.responsible where seenResponsibilities.insert(r.start).inserted { allResponsibilities.append(r) }
            for t in measure.targets where seenTargets.insert(t.start).inserted { allTargets.append(t) }
        }
        // Targets of framing sections (主要目标) are not in any measure.
        for t in document.targets where seenTargets.insert(t.start).inserted { allTargets.append(t) }
        // Own ranges by start, to find the holder of an offset by binary search.
        let byStart = ranges.indices.sorted { (ranges[$0].lowerBound, $0) < (ranges[$1].lowerBound, $1) }
        func owner(_ offset: Int) -> Int? {
            // The innermost (last-starting) unit whose own range holds the offset.
            var lo = 0, hi = byStart.count
            while lo < hi { let mid = (lo + hi) / 2; if ranges[byStart[mid]].lowerBound <= offset { lo = mid + 1 } else { hi = mid } }
            var k = lo - 1
            while k >= 0 {
                let range = ranges[byStart[k]]
                if range.contains(offset) { return byStart[k] }
                // Own ranges do not overlap, so only ranges starting at the same place are left to try.
                if k > 0 && ranges[byStart[k - 1]].lowerBound == range.lowerBound { k -= 1 } else { return nil }
            }
            return nil
        }
        for r in allResponsibilities.sorted(by: { $0.start < $1.start }) {
            if let u = owner(r.start) { units[u].departments.append(r) }
        }
        for t in allTargets.sorted(by: { $0.start < $1.start }) {
            if let u = owner(t.start) { units[u].targets.append(t) }
        }
        return units
    }
}

extension DiffUnit {
    /// The comparison key of each unit with everything beneath it (its items, their items…), labels
    /// of the parts included, so a changed item makes its article differ too (headings: their title).
    static func wholeKeys(_ units: [DiffUnit]) -> [String] {
        var children = [[Int]](repeating: [], count: units.count)
        for u in units.indices { if let p = units[u].parent, p < units.count { children[p].append(u) } }
        var whole = [String](repeating: "", count: units.count)
        for u in units.indices.reversed() {
            // A heading stands for its title alone; the provisions beneath it report their own changes.
            guard !units[u].isHeading else { whole[u] = units[u].key; continue }
            whole[u] = children[u].reduce(units[u].key) { $0 + "\n" + ComparisonKey.make(units[$1].label) + whole[$1] }
        }
        return whole
    }

    /// In an article, a paragraph after its last item (a definition, "前款所称…是指…") belongs to the
    /// article, not to the item the outline reads it into: it is moved to the article's own text.
    static func moveClosingParagraphs(_ units: inout [DiffUnit]) {
        var lastChild: [Int: Int] = [:]
        for u in units.indices { if let p = units[u].parent { lastChild[p] = u } }
        for (p, u) in lastChild where !units[u].isHeading && isArticleLabel(units[p].label) && !isArticleLabel(units[u].label) {
            let text = units[u].text
            guard let end = text.range(of: #"[。；]\s*\n"#, options: .regularExpression) else { continue }
            let tail = text[end.upperBound...].trimmingWhitespace()
            guard !tail.isEmpty else { continue }
            let head = text[..<end.upperBound].trimmingWhitespace()
            units[u].text = head
            units[p].text = units[p].text.isEmpty ? tail : units[p].text + "\n" + tail
        }
    }

    /// True for "第十条" (an article label).
    static func isArticleLabel(_ label: String) -> Bool { label.hasPrefix("第") && label.hasSuffix("条") }

    /// A numbering label at the start of a paragraph ("第十条", "一、", "（三）", "2."), and the rest.
    static func leadingLabel(_ paragraph: String) -> (String, String)? {
        let pattern = #"^(第[一二三四五六七八九十百千零〇两0-9０-９]+[编章节条]|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十0-9０-９]+[)）]|[0-9０-９]+[.．、])[\s\u3000]*"#
        guard let range = paragraph.range(of: pattern, options: .regularExpression) else { return nil }
        let label = paragraph[range].trimmingWhitespace()
        let body = String(paragraph[range.upperBound...]).trimmingWhitespace()
        return body.isEmpty ? nil : (label, body)
    }
}

extension StringProtocol {
    /// The text without leading and trailing white space (ideographic space included).
    func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(String.UnicodeScalarView(scalars[first...last]))
    }
}
