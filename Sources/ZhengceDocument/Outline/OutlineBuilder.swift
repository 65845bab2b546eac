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
        for p in range {
            guard let label = NumberingLabel.detect(UnitText(paragraphs[p].text)) else { continue }
            if let level = stack.firstIndex(where: { nodes[$0].label.scheme == label.scheme }) {
                let previous = nodes[stack[level]].label
                if label.number != previous.number + 1 {
                    if label.number == 1 && level == stack.count - 1 && level > 0 {
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
        // Ends: a node runs until the next node at its depth or above.
        for i in nodes.indices {
            var j = i + 1
            while j < nodes.count, nodes[j].depth > nodes[i].depth { j += 1 }
            nodes[i].endParagraph = j < nodes.count ? nodes[j].paragraph : range.upperBound
        }
        trimClosing(&nodes)
        return (nodes, warnings)
    }

    private static let closingStarts = ["各地区、各部门", "各地区、各有关部门", "各地、各有关部门", "各地、各部门", "各有关部门和单位要",
                                        "本意见自", "本方案自", "本办法自", "本规定自", "本细则自", "本通知自", "本措施自", "本计划自",
                                        "本意见由", "本方案由", "本办法由", "本规定由", "本细则由", "本措施由", "本政策", "以上政策"]

    /// Paragraphs after the last provision that close the whole document are not part of it.
    private func trimClosing(_ nodes: inout [Node]) {
        guard let last = nodes.indices.last else { return }
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
        for i in nodes.indices where nodes[i].endParagraph > cut { nodes[i].endParagraph = cut }
    }
}
