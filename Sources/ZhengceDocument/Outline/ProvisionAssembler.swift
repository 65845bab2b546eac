import ZhengceText
/// Turns outline nodes into `Provision`s and `Measure`s: headings, texts, offsets, kinds,
/// responsibilities, targets and citations.
struct ProvisionAssembler {
    let documentID: String
    let paragraphs: [SourceParagraph]
    let offsets: [Int]
    let text: UnitText
    let nodes: [OutlineBuilder.Node]
    let furniture: Set<Int>
    let responsibilities: ResponsibilityExtractor

    /// Framing headings: kept in the tree, not measures.
    static let framingKeywords = [
        "指导思想", "基本原则", "工作原则", "主要原则", "总体要求", "总体思路", "总体目标", "发展目标", "工作目标", "主要目标",
        "组织保障", "保障措施", "组织实施", "工作保障", "实施保障", "保障机制", "工作要求", "适用范围", "重要意义", "发展基础",
        "面临形势", "背景意义", "目标任务", "试点范围", "实施范围",
    ]

    struct Output {
        var provisions: [Provision]
        var measures: [Measure]
    }

    private func paragraphEnd(_ p: Int) -> Int { offsets[p] + paragraphs[p].text.utf16.count }

    private func ownParagraphs(_ i: Int) -> Range<Int> {
        let node = nodes[i]
        let end = node.children.first.map { nodes[$0].paragraph } ?? node.endParagraph
        return node.paragraph..<max(node.paragraph + 1, end)
    }

    private func ranges(_ paragraphRange: Range<Int>) -> [Range<Int>] {
        paragraphRange.filter { !furniture.contains($0) }.map { offsets[$0]..<paragraphEnd($0) }
    }

    func assemble(targets allTargets: [Target], citations allCitations: [Citation]) -> Output {
        let count = nodes.count
        var headings = [String](repeating: "", count: count)
        var ownTexts = [String](repeating: "", count: count)
        var starts = [Int](repeating: 0, count: count)
        var ends = [Int](repeating: 0, count: count)
        var labelEnds = [Int](repeating: 0, count: count)
        for i in 0..<count {
            let node = nodes[i]
            let p = node.paragraph
            starts[i] = offsets[p]
            labelEnds[i] = offsets[p] + node.label.length
            let lastParagraph = (p..<max(p + 1, node.endParagraph)).last { !furniture.contains($0) } ?? p
            ends[i] = paragraphEnd(lastParagraph)
            let ownEnd = node.children.first.map { offsets[nodes[$0].paragraph] } ?? ends[i]
            ownTexts[i] = text.string(labelEnds[i]..<max(labelEnds[i], ownEnd)).trimmedText
            headings[i] = heading(i)
        }

        // Kinds.
        var kinds = [ProvisionKind](repeating: .group, count: count)
        var framing = [Bool](repeating: false, count: count)
        var insideArticle = [Bool](repeating: false, count: count)
        for i in 0..<count {
            let parent = nodes[i].parent
            framing[i] = (parent.map { framing[$0] } ?? false) || isFraming(headings[i])
            insideArticle[i] = parent.map { insideArticle[$0] || nodes[$0].label.scheme == .article } ?? false
        }
        var ownClause = [Bool](repeating: false, count: count)
        for i in 0..<count {
            ownClause[i] = !responsibilities.extract(paragraphs: ranges(ownParagraphs(i))).isEmpty
        }
        var descendantClause = [Bool](repeating: false, count: count)
        for i in stride(from: count - 1, through: 0, by: -1) {
            if let parent = nodes[i].parent, ownClause[i] || descendantClause[i] { descendantClause[parent] = true }
        }
        for i in 0..<count {
            let node = nodes[i]
            let scheme = node.label.scheme
            let isLeaf = node.children.isEmpty
            if insideArticle[i] { kinds[i] = .group; continue }
            // Articles of laws and regulations are measures wherever they sit (总则, 保障措施 chapters too).
            if scheme == .article { kinds[i] = .measure; continue }
            if let parent = node.parent, kinds[parent] == .measure { kinds[i] = .group; continue }
            if framing[i] {
                kinds[i] = (isLeaf && ownClause[i]) || (!isLeaf && ownClause[i] && !descendantClause[i]) ? .measure : .framing
                continue
            }
            if scheme == .part || scheme == .chapter || scheme == .section { kinds[i] = .group; continue }
            if isLeaf { kinds[i] = .measure; continue }
            // A numbered opinion whose children only enumerate (its text ends with ：), or the level
            // where the responsibility clauses sit: the node is the measure, its children are items.
            // (Children that are tasks of their own, a heading sentence and more, are not an enumeration.)
            let enumerates = (ownTexts[i].hasSuffix("：") || ownTexts[i].hasSuffix(":")) &&
                node.children.allSatisfy { nodes[$0].children.isEmpty && !ownClause[$0] } &&
                !node.children.allSatisfy { ownTexts[$0].count > 80 && ownTexts[$0].filter { $0 == "。" }.count >= 2 }
            if enumerates || (ownClause[i] && !descendantClause[i]) { kinds[i] = .measure; continue }
            kinds[i] = .group
        }

        // Ids: normalised paths, with a scheme marker when two schemes would collide.
        var paths = [[String]](repeating: [], count: count)
        var normalizedPaths = [[String]](repeating: [], count: count)
        for i in 0..<count {
            let parentPath = nodes[i].parent.map { paths[$0] } ?? []
            let parentNormalized = nodes[i].parent.map { normalizedPaths[$0] } ?? []
            paths[i] = parentPath + [nodes[i].label.text]
            normalizedPaths[i] = parentNormalized + [String(nodes[i].label.number)]
        }
        var ids = [String](repeating: "", count: count)
        var seen: [String: Int] = [:]
        // The next numeric suffix to try per base id: every smaller one is taken, so repeated
        // labels (thousands of 第一条) cost one probe each instead of a scan from 2 (quadratic).
        var nextSuffix: [String: Int] = [:]
        for i in 0..<count {
            var id = "\(documentID)/\(normalizedPaths[i].joined(separator: "."))"
            if seen[id] != nil {
                id += "~" + Self.schemeMarker(nodes[i].label.scheme)
                let base = id
                var n = nextSuffix[base] ?? 2
                if n > 2 || seen[id] != nil { id = base + "\(n)"; n += 1 }
                while seen[id] != nil { id = base + "\(n)"; n += 1 }
                nextSuffix[base] = n
            }
            seen[id] = i
            ids[i] = id
        }

        var provisions: [Provision] = []
        var measures: [Measure] = []
        for i in 0..<count {
            let node = nodes[i]
            provisions.append(Provision(
                id: ids[i], label: node.label.text, normalizedLabel: String(node.label.number), scheme: node.label.scheme,
                depth: node.depth, parent: node.parent, path: paths[i], normalizedPath: normalizedPaths[i],
                heading: headings[i], text: ownTexts[i], start: starts[i], end: ends[i], kind: kinds[i]))
            guard kinds[i] == .measure else { continue }
            let span = starts[i]..<ends[i]
            let whole = ranges(node.paragraph..<max(node.paragraph + 1, node.endParagraph))
            let title = headings[i].isEmpty ? leadSentence(ownTexts[i]) : headings[i]
            let clauses = responsibilities.extractWithFacts(paragraphs: whole, subjects: node.label.scheme != .article)
            var measure = Measure(
                id: ids[i], provision: i, label: node.label.text, path: paths[i], title: title,
                text: text.string(labelEnds[i]..<max(labelEnds[i], ends[i])).trimmedText, start: starts[i], end: ends[i],
                responsible: clauses.responsible,
                targets: Self.within(span, allTargets, start: \.start),
                citations: Self.within(span, allCitations, start: \.start))
            measure.facts = clauses.facts
            measures.append(measure)
        }
        return Output(provisions: provisions, measures: measures)
    }

    /// The elements (sorted by start) whose start lies in `span`.
    /// - Complexity: O(log n + k).
    static func within<T>(_ span: Range<Int>, _ items: [T], start: KeyPath<T, Int>) -> [T] {
        var lo = 0, hi = items.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if items[mid][keyPath: start] < span.lowerBound { lo = mid + 1 } else { hi = mid }
        }
        var out: [T] = []
        var i = lo
        while i < items.count, items[i][keyPath: start] < span.upperBound { out.append(items[i]); i += 1 }
        return out
    }

    static func schemeMarker(_ scheme: NumberingScheme) -> String {
        switch scheme {
        case .part: return "part"
        case .chapter: return "chapter"
        case .section: return "section"
        case .article: return "article"
        case .chineseComma: return "cn"
        case .chineseParen: return "cnp"
        case .arabicDot: return "n"
        case .arabicParen: return "np"
        case .circled: return "c"
        case .ordinalShi: return "shi"
        case .ordinalDi: return "di"
        }
    }

    private func isFraming(_ heading: String) -> Bool {
        let h = heading.trimmedText
        guard !h.isEmpty else { return false }
        return Self.framingKeywords.contains { h.includes($0) && h.count <= $0.count + 6 }
    }

    private static let headingEnds = UnitSet("。！？")
    private static let maxHeading = 40

    /// The heading: a bold lead, a heading-only paragraph, or a short first sentence; "" for articles.
    private func heading(_ i: Int) -> String {
        let node = nodes[i]
        let paragraph = paragraphs[node.paragraph]
        let units = UnitText(paragraph.text)
        let labelLength = node.label.length
        if let bold = paragraph.boldLeadEnd, bold > labelLength {
            return clean(units.string(labelLength..<bold))
        }
        let scheme = node.label.scheme
        if scheme == .article {
            // 第一条【立法目的】 or 第一条 (title) only.
            if labelLength < units.count, units[labelLength] == u16("【")[0], let close = units.find(u16("】"), from: labelLength) {
                return units.string((labelLength + 1)..<close)
            }
            return ""
        }
        var k = labelLength
        while k < units.count, !Self.headingEnds.contains(units[k]) { k += 1 }
        let first = units.string(labelLength..<k)
        if k >= units.count - 1 {
            // The whole paragraph is one sentence: a heading line when short.
            return first.count <= Self.maxHeading + 10 || scheme == .chapter || scheme == .part || scheme == .section ? clean(first) : ""
        }
        return first.count <= Self.maxHeading ? clean(first) : ""
    }

    private func clean(_ s: String) -> String {
        var t = s.trimmedText
        while let last = t.last, "。：:；;，,".contains(last) { t.removeLast() }
        return t.trimmedText
    }

    /// The lead sentence up to 。 (the whole text when it has none).
    private func leadSentence(_ text: String) -> String {
        // Up to the first 。！？ or line break (each one UTF-16 unit, so the index is a character boundary).
        let end = text.utf16.firstIndex { $0 == 0x3002 || $0 == 0xFF01 || $0 == 0xFF1F || $0 == 0x0A } ?? text.endIndex
        return clean(String(text[..<end]))
    }
}
