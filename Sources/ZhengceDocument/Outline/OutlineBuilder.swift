/// Builds the provision tree from numbered paragraphs.
///
/// Levels come from the order in which numbering schemes are first met, with a stack: a label
/// whose scheme is already on the stack closes everything below that level and becomes a sibling;
/// a new scheme opens a child level. So "一、 > （一） > 1." and "第一章 > 第一条 > （一）" both work,
/// and so does any other nesting a document uses.
struct OutlineBuilder {
    /// One node while building.
    struct Node {
        var label: NumberingLabel
        var paragraph: Int
        var parent: Int?
        var depth: Int
        var children: [Int] = []
        /// Last paragraph index (exclusive) the node spans.
        var endParagraph: Int
    }

    let paragraphs: [SourceParagraph]
    /// UTF-16 offset of each paragraph in the reading text.
    let offsets: [Int]
    let range: Range<Int>

    /// The nodes in document order and warnings about the numbering.
    func build() -> (nodes: [Node], warnings: [ParseWarning]) {
        var nodes: [Node] = []
        var warnings: [ParseWarning] = []
        var stack: [Int] = []  // node indices
        var lastNumber: [NumberingScheme: Int] = [:]  // numbering may run on across groups (1–3, then 4–6)
        // Where a text attached after another begins (its title line): no node of the one before runs past it.
        var breaks: [Int] = []
        for p in (tableOfContentsEnd() ?? range.lowerBound)..<range.upperBound {
            guard let label = NumberingLabel.detect(UnitText(paragraphs[p].text)) else { continue }
            if let level = stack.firstIndex(where: { nodes[$0].label.scheme == label.scheme }) {
                let previous = nodes[stack[level]].label
                if label.number != previous.number + 1 {
                    if label.number == 1 && level == 0, let last = nodes.last,
                       let title = ((last.paragraph + 1)..<p).first(where: { isAttachedTitle(paragraphs[$0].text) }) {
                        // Two texts published together (印发…两个规定的通知): the second's title, then its own 一、.
                        breaks.append(title)
                    } else if label.number == 1 && level == stack.count - 1 && level > 0 {
                        // A restarted list right under the same parent: a new sibling series, keep going.
                    } else if label.number > previous.number + 1 {
                        warnings.append(ParseWarning(kind: "numbering-skip",
                            message: "numbering jumps from \(previous.text) to \(label.text)", offset: offsets[p]))
                    } else {
                        warnings.append(ParseWarning(kind: "numbering-repeat",
                            message: "\(label.text) follows \(previous.text): numbering restarts or repeats", offset: offsets[p]))
                    }
                }
                stack.removeSubrange(level...)
            } else if label.number != 1 && label.number != (lastNumber[label.scheme] ?? -1) + 1 {
                warnings.append(ParseWarning(kind: "numbering-skip",
                    message: "a new list starts at \(label.text) instead of 1", offset: offsets[p]))
            }
            lastNumber[label.scheme] = label.number
            let parent = stack.last
            let index = nodes.count
            nodes.append(Node(label: label, paragraph: p, parent: parent, depth: stack.count, endParagraph: range.upperBound))
            if let parent { nodes[parent].children.append(index) }
            stack.append(index)
        }
        // Ends: a node runs until the next node at its depth or above, and not past the title of a text attached after it.
        for i in nodes.indices {
            var j = i + 1
            while j < nodes.count, nodes[j].depth > nodes[i].depth { j += 1 }
            nodes[i].endParagraph = j < nodes.count ? nodes[j].paragraph : range.upperBound
            if let cut = breaks.first(where: { $0 > nodes[i].paragraph }) { nodes[i].endParagraph = min(nodes[i].endParagraph, cut) }
        }
        // Each text closes on its own: the last provision before an attached title, and the last of all.
        var segmentStart = 0
        for cut in breaks + [range.upperBound] {
            let segmentEnd = nodes[segmentStart...].firstIndex(where: { $0.paragraph >= cut }) ?? nodes.count
            if segmentEnd > segmentStart { trimClosing(&nodes, segment: segmentStart..<segmentEnd) }
            segmentStart = segmentEnd
        }
        return (nodes, warnings)
    }

    /// The longest line of a table of contents written on one line (第一章 总则 第二章 … 第六章 附则).
    private static let maxContentsLine = 120

    /// A table of contents (目录) ahead of the text: the outline opens with heading lines only (第一章 总则,
    /// 第二章 …, no sentence among them, possibly all on one line), and then its first label comes again. Returns
    /// the paragraph where the text's own outline starts, or nil when the outline has no such table.
    private func tableOfContentsEnd() -> Int? {
        var first: NumberingLabel?
        for p in range {
            let text = paragraphs[p].text
            guard let label = NumberingLabel.detect(UnitText(text)) else {
                if first == nil { continue }  // the lines before the first label (a title, 目录)
                return nil
            }
            if let first, label.scheme == first.scheme, label.number == first.number { return p }
            if first == nil { first = label }
            guard text.count <= Self.maxContentsLine, !text.contains(where: { "。；;：:".contains($0) }) else { return nil }
        }
        return nil
    }

    private static let listTitleEnds = ["名单", "目录", "清单", "一览表"]

    /// The title line of a text that follows another in the same file: short, no sentence, no label, and ending as a
    /// document's title does (…的规定, …办法, …名单).
    private func isAttachedTitle(_ text: String) -> Bool {
        guard text.count <= 40, !text.contains(where: { "。；;，,：:".contains($0) }),
              NumberingLabel.detect(UnitText(text)) == nil else { return false }
        return LineJoiner.endsLikeTitle(text) || Self.listTitleEnds.contains(where: { text.hasSuffix($0) })
    }

    private static let closingStarts = ["各地区、各部门", "各地区、各有关部门", "各地、各有关部门", "各地、各部门", "各有关部门和单位要",
                                        "本意见自", "本方案自", "本办法自", "本规定自", "本细则自", "本通知自", "本措施自", "本计划自",
                                        "本意见由", "本方案由", "本办法由", "本规定由", "本细则由", "本措施由", "本政策", "以上政策"]

    /// Paragraphs after the last provision of a text (the nodes of `segment`) that close the whole text are not part of it.
    private func trimClosing(_ nodes: inout [Node], segment: Range<Int>) {
        guard let last = segment.last else { return }
        let node = nodes[last]
        var cut: Int?
        for p in (node.paragraph + 1)..<max(node.paragraph + 1, node.endParagraph)
            where Self.closingStarts.contains(where: { paragraphs[p].text.hasPrefix($0) }) {
            cut = p
            break
        }
        if cut == nil, node.depth >= 1, node.endParagraph - node.paragraph > 1, let parent = node.parent {
            let siblings = nodes[parent].children.dropLast()
            if !siblings.isEmpty, siblings.allSatisfy({ nodes[$0].endParagraph - nodes[$0].paragraph == 1 }) {
                cut = node.paragraph + 1
            }
        }
        guard let cut else { return }
        for i in segment where nodes[i].endParagraph > cut { nodes[i].endParagraph = cut }
    }
}
