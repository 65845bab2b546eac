import Foundation

extension LineageGraph {
    /// The document graph in Graphviz DOT: one node per document (external ones dashed), cites edges
    /// solid, inferred derives edges dashed with their score, related dotted, version bold.
    public func dot() -> String {
        let (nodes, edges) = diagramParts()
        var out = "digraph lineage {\n  rankdir=TB;\n  node [shape=box, fontname=\"Noto Sans CJK SC\"];\n"
        for (i, node) in nodes.enumerated() {
            let style = node.external ? ", style=dashed" : ""
            out += "  n\(i) [label=\"\(escape(nodeLabel(node)))\"\(style)];\n"
        }
        for edge in edges {
            let style: String
            switch edge.link.type {
            case .cites: style = "style=solid"
            case .derives: style = edge.link.inferred ? "style=dashed" : "style=solid"
            case .related: style = "style=dotted, dir=none"
            case .parallel: style = "style=dotted"
            case .repeals: style = "style=solid, color=red"
            case .version: style = "style=bold"
            }
            out += "  n\(edge.from) -> n\(edge.to) [label=\"\(escape(edgeLabel(edge.link)))\", \(style)];\n"
        }
        return out + "}\n"
    }

    /// The document graph as a Mermaid flowchart (same conventions as `dot()`).
    public func mermaid() -> String {
        let (nodes, edges) = diagramParts()
        var out = "flowchart TB\n"
        for (i, node) in nodes.enumerated() {
            let label = nodeLabel(node).replacingOccurrences(of: "\n", with: "<br/>").replacingOccurrences(of: "\"", with: "#quot;")
            out += node.external ? "  n\(i)([\"\(label)\"])\n" : "  n\(i)[\"\(label)\"]\n"
        }
        for edge in edges {
            let label = "\"" + edgeLabel(edge.link) + "\""
            switch edge.link.type {
            case .cites: out += "  n\(edge.from) -->|\(label)| n\(edge.to)\n"
            case .derives: out += edge.link.inferred ? "  n\(edge.from) -.->|\(label)| n\(edge.to)\n" : "  n\(edge.from) -->|\(label)| n\(edge.to)\n"
            case .related: out += "  n\(edge.from) -.-|\(label)| n\(edge.to)\n"
            case .parallel: out += "  n\(edge.from) -.->|\(label)| n\(edge.to)\n"
            case .repeals: out += "  n\(edge.from) --x|\(label)| n\(edge.to)\n"
            case .version: out += "  n\(edge.from) ==>|\(label)| n\(edge.to)\n"
            }
        }
        return out
    }

    private func diagramParts() -> ([LineageDocument], [(from: Int, to: Int, link: LineageLink)]) {
        let links = documentLinks
        let used = Set(links.flatMap { [$0.from.document, $0.to.document] })
        let nodes = documents.filter { !$0.external || used.contains($0.id) }
        let position = Dictionary(nodes.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        let edges = links.compactMap { link -> (Int, Int, LineageLink)? in
            guard let f = position[link.from.document], let t = position[link.to.document] else { return nil }
            return (f, t, link)
        }
        return (nodes, edges)
    }

    private func nodeLabel(_ node: LineageDocument) -> String {
        var lines = [node.docNumber ?? node.id]
        if let title = node.title { lines.append(title.count > 24 ? String(title.prefix(23)) + "…" : title) }
        var facts: [String] = []
        if let date = node.date { facts.append(date) } else if let earliest = node.earliestDate { facts.append("≥ " + earliest) }
        if let level = node.level { facts.append(level.rawValue) }
        if node.status == .draft { facts.append("draft") }
        if node.external { facts.append("not in corpus") }
        if !facts.isEmpty { lines.append(facts.joined(separator: " · ")) }
        return lines.joined(separator: "\n")
    }

    private func edgeLabel(_ link: LineageLink) -> String {
        var label = link.type.rawValue
        if link.inferred, let score = link.score { label += " " + String(format: "%.2f", score) }
        if let support = link.evidence?.supportingMeasures { label += " · \(support) measure" + (support == 1 ? "" : "s") }
        return label
    }

    private func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            .replacingOccurrences(of: "\n", with: "\\n")
    }
}

extension LineageGraph {
    /// The document links touching `id` and the documents they name.
    public func neighbourhood(of id: String) -> LineageGraph {
        let links = documentLinks.filter { $0.from.document == id || $0.to.document == id }
        let ids = Set(links.flatMap { [$0.from.document, $0.to.document] } + [id])
        return LineageGraph(documents: documents.filter { ids.contains($0.id) }, links: links)
    }
}
