import Foundation
import ZhengceLineage

/// Plain-text renderings of lineage results.
enum LineageText {
    /// Documents, then document links.
    static func graph(_ graph: LineageGraph, confidence: LinkConfidence? = nil) -> String {
        var out = "Documents\n"
        for node in graph.documents {
            out += "  " + describe(node) + "\n"
        }
        out += "\nLinks (from → to)\n"
        let documentLinks = graph.documentLinks
        if documentLinks.isEmpty { out += "  none\n" }
        for link in documentLinks {
            out += "  \(link.type.rawValue)\(link.inferred ? " (inferred)" : "") \(name(link.from)) → \(name(link.to))"
            if let score = link.score { out += String(format: "  score %.2f", score) }
            if let support = link.evidence?.supportingMeasures { out += "  \(support) measure" + (support == 1 ? "" : "s") }
            out += "\n"
            if let terms = link.evidence?.sharedTerms, !terms.isEmpty { out += "      terms: " + terms.joined(separator: " ") + "\n" }
        }
        let measureLinks = graph.measureLinks
        let counts = Dictionary(grouping: measureLinks, by: \.type).mapValues(\.count)
        out += "\nMeasure links: " + LinkType.allCases.filter { $0 != .cites }
            .map { "\($0.rawValue) \(counts[$0] ?? 0)" }.joined(separator: ", ") + "\n"
        if let confidence {
            let high = Dictionary(grouping: measureLinks.filter { confidence.level(of: $0) == .high }, by: \.type).mapValues(\.count)
            out += "Confidence high: derives \(high[.derives] ?? 0), related \(high[.related] ?? 0) ("
                + LinkConfidence.highMeaning + ")\n"
        }
        return out
    }

    /// A coverage table: as a child (sources or new here) and as a parent (taken up by).
    static func coverage(_ table: CoverageTable, graph: LineageGraph) -> String {
        var out = describe(table.document) + "\n"
        out += "Parents: " + (table.parents.isEmpty ? "none" : table.parents.joined(separator: ", ")) + "\n"
        out += "Children: " + (table.children.isEmpty ? "none" : table.children.joined(separator: ", ")) + "\n\n"
        for row in table.rows {
            out += "\(row.label) \(row.title)\n"
            if row.newHere { out += "    new here\n" }
            for source in row.sources.prefix(3) { out += "    from  " + match(source) + "\n" }
            for takeUp in row.coverage {
                switch takeUp.state {
                case .verbatim: out += "    taken up verbatim by  " + match(takeUp.match!) + "\n"
                case .substance:
                    out += "    taken up in substance by  " + match(takeUp.match!) + "\n"
                    if let words = takeUp.match?.sharedTerms { out += "        words: " + words.joined(separator: " ") + "\n" }
                case .none: out += "    no counterpart in  \(takeUp.document)\n"
                }
                for other in takeUp.also ?? [] { out += "        also  " + match(other, document: false) + "\n" }
            }
            for other in row.related.prefix(2) { out += "    \(other.type.rawValue)  " + match(other) + "\n" }
        }
        return out
    }

    /// Every link, one per line, tab-separated: type, from document, from measure id and label, to document,
    /// to measure id and label, score, kind, inferred, method (measures empty for document links), and with
    /// `confidence` the link's (`high` / `low` for derives and related measure links, else empty); before
    /// them one `document` line per document: id, date (or `≥` earliest), level, region, external.
    static func tsv(_ graph: LineageGraph, confidence: LinkConfidence? = nil) -> String {
        func clean(_ s: String?) -> String { (s ?? "").replacingOccurrences(of: "\t", with: " ").replacingOccurrences(of: "\n", with: " ") }
        var out = "document\tid\tdate\tlevel\tregion\texternal\n"
        for node in graph.documents {
            let date = node.date ?? node.earliestDate.map { "≥" + $0 } ?? ""
            out += ["document", clean(node.id), date, node.level?.rawValue ?? "", clean(node.region), node.external ? "1" : "0"]
                .joined(separator: "\t") + "\n"
        }
        out += "type\tfrom\tfromMeasure\tfromLabel\tto\ttoMeasure\ttoLabel\tscore\tkind\tinferred\tmethod"
            + (confidence == nil ? "" : "\tconfidence") + "\n"
        for link in graph.links {
            var cells = [link.type.rawValue, clean(link.from.document), clean(link.from.measure), clean(link.from.label),
                         clean(link.to.document), clean(link.to.measure), clean(link.to.label),
                         link.score.map { String(format: "%.3f", $0) } ?? "", link.evidence?.kind ?? "", link.inferred ? "1" : "0",
                         clean(link.evidence?.method)]
            if let confidence { cells.append(confidence.level(of: link)?.rawValue ?? "") }
            out += cells.joined(separator: "\t") + "\n"
        }
        return out
    }

    /// A coverage matrix as a text table: one line per parent measure, one column per child
    /// (V verbatim, S in substance, · none, with the child measure's label).
    static func matrix(_ grid: CoverageMatrix) -> String {
        var out = describe(grid.document) + "\n"
        guard !grid.columns.isEmpty else {
            return out + "\nNo corpus document derives from it or takes up its measures: no matrix to show.\n"
        }
        for (k, column) in grid.columns.enumerated() {
            out += "  [\(k + 1)] \(column.docNumber ?? column.document)  \(column.title ?? "")  takes up \(column.takenUp) of \(grid.rows.count)\n"
        }
        if grid.rows.contains(where: { $0.cells.contains { $0.confidence != nil } }) {
            out += "  * confidence high: " + LinkConfidence.highMeaning + "\n"
        }
        out += "\n"
        for row in grid.rows {
            let cells = row.cells.map { cell -> String in
                switch cell.state {
                case .verbatim: return "V " + (cell.label ?? "") + (cell.confidence == .high ? " *" : "") + also(cell)
                case .substance: return "S " + (cell.label ?? "") + (cell.confidence == .high ? " *" : "") + also(cell)
                case .none: return "·"
                }
            }
            out += "\(row.label) \(row.title)  |  " + cells.joined(separator: "  |  ") + "\n"
        }
        return out
    }

    /// The labels of a cell's other child measures, ` (also 5. 1.)`, or nothing.
    private static func also(_ cell: CoverageMatrix.Cell) -> String {
        cell.also.map { " (also " + $0.joined(separator: " ") + ")" } ?? ""
    }

    /// A measure's ancestors, descendants and related measures.
    static func trace(_ trace: MeasureTrace, confidence: LinkConfidence? = nil) -> String {
        var out = "\(name(trace.measure)) \(trace.measure.label ?? "") \(trace.measure.measureTitle ?? "")\n"
        out += "\nAncestors\n"
        if trace.ancestors.isEmpty { out += "  none (new here)\n" }
        for step in trace.ancestors { out += line(step, end: step.link.to, confidence: confidence) }
        out += "\nDescendants\n"
        if trace.descendants.isEmpty { out += "  none\n" }
        for step in trace.descendants { out += line(step, end: step.link.from, confidence: confidence) }
        if !trace.related.isEmpty {
            out += "\nRelated\n"
            for link in trace.related {
                let other = link.from.measure == trace.measure.measure ? link.to : link.from
                out += line(TraceStep(depth: 1, link: link), end: other, confidence: confidence)
            }
        }
        return out
    }

    private static func line(_ step: TraceStep, end: LinkEnd, confidence: LinkConfidence?) -> String {
        let indent = String(repeating: "  ", count: step.depth)
        var out = indent + "\(name(end)) \(end.label ?? "") \(end.measureTitle ?? "")"
        if let score = step.link.score { out += String(format: "  score %.2f", score) }
        if let level = confidence?.level(of: step.link) { out += "  confidence \(level.rawValue)" }
        out += "\n"
        if let evidence = step.link.evidence {
            if !evidence.sharedTerms.isEmpty { out += indent + "    terms: " + evidence.sharedTerms.joined(separator: " ") + "\n" }
            for span in evidence.spans.prefix(2) { out += indent + "    shared: 「\(span.text)」\n" }
            if let direction = evidence.direction { out += indent + "    why: \(direction)\n" }
        }
        return out
    }

    /// A matched measure: its document (unless `document` is false), label, title, score and confidence.
    private static func match(_ m: MeasureMatch, document: Bool = true) -> String {
        var out = (document ? "\(m.docNumber ?? m.document) " : "") + "\(m.label) \(m.title)"
        if let score = m.score {
            out += String(format: "  (%.2f", score) + (m.confidence.map { ", confidence \($0.rawValue))" } ?? ")")
        }
        return out
    }

    private static func name(_ end: LinkEnd) -> String { end.docNumber ?? end.document }

    private static func describe(_ node: LineageDocument) -> String {
        var facts: [String] = []
        if let date = node.date { facts.append(date) } else if let earliest = node.earliestDate {
            facts.append("≥ \(earliest)" + (node.dateBasis.map { " (\($0))" } ?? ""))
        } else { facts.append("undated") }
        if let level = node.level { facts.append(level.rawValue) }
        if let status = node.status, status == .draft { facts.append("draft") }
        if node.external { facts.append("not in corpus, cited by \(node.citedBy ?? 0)") } else { facts.append("\(node.measures) measures") }
        return "\(node.docNumber ?? "—")  \(node.id)  \(node.title ?? "")  [\(facts.joined(separator: ", "))]"
    }
}
