import Foundation
import ZhengceDocument
import ZhengceLineage

/// `/lineage`: the document graph as SVG, and its links as a table.
struct LineageGraphPage {
    let corpus: CorpusSnapshot

    /// The page, or the graph as `zhengce lineage --format json` writes it.
    func response(json: Bool) throws -> PageResponse {
        let graph = corpus.lineage.graph
        if json { return .json(try JSONOutput.encode(LinkConfidence.RatedGraph(graph: graph, confidence: corpus.confidence))) }
        let (svg, shown, total) = GraphSVG(graph: graph).render()
        var body = "<h1>谱系 Document graph</h1>"
        body += "<p class=\"muted\">\(graph.documents.filter { !$0.external }.count) corpus documents, \(graph.documentLinks.count) document links, \(graph.measureLinks.count) measure links"
        body += shown < total ? "; the \(shown) most linked of \(total) documents drawn" : ""
        body += ". Click a document for its coverage matrix.</p>" + GraphSVG.legend()
        body += "<div class=\"graph\">\(svg)</div>"
        body += "<h2>Document links</h2><table><tr><th>type</th><th>from</th><th>to</th><th>score</th><th>how</th></tr>"
        for l in graph.documentLinks {
            body += "<tr><td>\(HTML.escape(l.type.rawValue))\(l.inferred ? " <span class=\"tag\">inferred</span>" : "")</td><td>\(end(l.from))</td><td>\(end(l.to))</td>"
            body += "<td class=\"num\">\(l.score.map { String(format: "%.2f", $0) } ?? "")</td><td class=\"muted\">\(HTML.escape(l.evidence?.method ?? ""))</td></tr>"
        }
        body += "</table>"
        return .html(Layout.page(title: "Lineage", section: "/lineage", body: body))
    }

    private func end(_ e: LinkEnd) -> String {
        let text = e.docNumber ?? e.title ?? e.document
        return e.external ? HTML.escape(text) : HTML.link(HTML.documentURL(e.document), text, title: e.title)
    }
}

/// `/lineage/{id}`: a document's measures × the documents that take it up, cells coloured by
/// verbatim / in substance / not found, each linking to the evidence; and where its own measures come from.
struct CoveragePage {
    let corpus: CorpusSnapshot
    let document: PolicyDocument

    /// The page, or the matrix as `zhengce lineage DOC --matrix --format json` writes it.
    func response(json: Bool) throws -> PageResponse {
        let analysis = corpus.lineage
        guard let table = CoverageTable(analysis: analysis, document: document.id, confidence: corpus.confidence) else {
            throw BadRequest(message: "‘\(document.id)’ is not a corpus document")
        }
        let matrix = CoverageMatrix(table: table, graph: analysis.graph)
        if json { return .json(try JSONOutput.encode(matrix)) }
        let d = document
        var body = "<h1>覆盖矩阵 Coverage: \(HTML.escape(d.title ?? d.id))</h1>"
        body += "<p>\(HTML.link(HTML.documentURL(d.id), d.docNumber ?? d.id)) · \(matrix.rows.count) measures × \(matrix.columns.count) documents that cite it or derive from it</p>"
        if matrix.columns.isEmpty {
            body += "<p class=\"muted\">No document of the corpus cites this one or takes up its measures.</p>"
        } else {
            body += "<p class=\"key\"><span class=\"verbatim\">逐字 taken up verbatim</span><span class=\"substance\">实质 taken up in substance</span><span class=\"none\">未见 no counterpart found</span></p>"
            body += "<table class=\"matrix\"><tr><th>measure</th>"
            for c in matrix.columns {
                body += "<th class=\"col\" data-document=\"\(HTML.escape(c.document))\"><a href=\"\(HTML.escape(HTML.documentURL(c.document)))\" title=\"\(HTML.escape(c.title ?? ""))\">\(HTML.escape(c.docNumber ?? c.title.map { $0.count > 14 ? String($0.prefix(13)) + "…" : $0 } ?? c.document))</a><br>\(HTML.escape(c.region ?? c.level ?? ""))</th>"
            }
            body += "</tr>\n"
            for (r, row) in matrix.rows.enumerated() {
                body += "<tr><th>\(HTML.link(HTML.measureURL(document: d.id, measure: row.measure), row.label + " " + row.title))</th>"
                for (k, cell) in row.cells.enumerated() {
                    let takeUp = r < table.rows.count && k < table.rows[r].coverage.count ? table.rows[r].coverage[k] : nil
                    let match = takeUp?.match
                    let column = k < matrix.columns.count ? matrix.columns[k].document : ""
                    switch cell.state {
                    case .none:
                        body += "<td class=\"c none\" data-state=\"none\" data-document=\"\(HTML.escape(column))\">–</td>"
                    case .verbatim, .substance:
                        let text = (cell.label ?? "") + " " + (cell.score.map { String(format: "%.2f", $0) } ?? "")
                        func evidence(_ child: MeasureMatch) -> String {
                            "/evidence?parent=\(HTML.urlComponent(row.measure))&child=\(HTML.urlComponent(child.measure))"
                        }
                        let href = match.map(evidence) ?? "#"
                        let title = (cell.state == .verbatim ? "verbatim" : "in substance")
                            + (cell.confidence.map { ", confidence \($0.rawValue)" } ?? "")
                        body += "<td class=\"c \(cell.state.rawValue)\" data-state=\"\(cell.state.rawValue)\" data-document=\"\(HTML.escape(column))\"><a href=\"\(HTML.escape(href))\" title=\"\(title)\">\(HTML.escape(text))</a>"
                            // The child's other measures that take it up too, each to its evidence.
                            + (takeUp?.also ?? []).map { other in
                                " <a href=\"\(HTML.escape(evidence(other)))\" title=\"also \(other.score.map { String(format: "%.2f", $0) } ?? "")\">+\(HTML.escape(other.label))</a>"
                            }.joined() + "</td>"
                    }
                }
                body += "</tr>\n"
            }
            body += "<tr><th>taken up</th>" + matrix.columns.map { "<td class=\"c\"><b>\($0.takenUp)</b>/\(matrix.rows.count)</td>" }.joined() + "</tr></table>"
        }
        let sourced = table.rows.filter { !$0.sources.isEmpty }
        if !sourced.isEmpty {
            body += "<h2>本文件措施的来源 Where its measures come from (\(sourced.count) of \(table.rows.count))</h2><table><tr><th>measure</th><th>source</th><th>kind</th><th>score</th></tr>"
            for row in sourced {
                guard let best = row.sources.first else { continue }
                let href = "/evidence?parent=\(HTML.urlComponent(best.measure))&child=\(HTML.urlComponent(row.measure))"
                body += "<tr><td>\(HTML.link(HTML.measureURL(document: d.id, measure: row.measure), row.label + " " + row.title))</td>"
                body += "<td>\(HTML.link(href, (best.docNumber ?? best.document) + " " + best.label + " " + best.title))</td>"
                body += "<td>\(HTML.escape(best.kind ?? best.type.rawValue))</td><td class=\"num\">\(best.score.map { String(format: "%.2f", $0) } ?? "")</td></tr>"
            }
            body += "</table>"
        }
        return .html(Layout.page(title: "Coverage " + (d.docNumber ?? d.id), section: "/lineage", body: body))
    }
}

/// `/evidence?parent=&child=`: two measures side by side with their shared passages (or, taken up
/// in substance, their shared words) highlighted, and how the link was found.
struct EvidencePage {
    let corpus: CorpusSnapshot
    let request: WorkbenchRequest

    /// Evidence of one measure link as JSON.
    struct Evidence: Encodable {
        var parent: String
        var child: String
        var link: LineageLink?
    }

    /// The page or its JSON.
    func response() throws -> PageResponse {
        guard let parentID = request.value("parent"), let childID = request.value("child") else {
            throw BadRequest(message: "evidence needs parent= and child= measure ids")
        }
        guard let (pd, pm) = find(parentID) else { return Layout.error(404, title: "Measure not found", message: "No measure ‘\(parentID)’ in the corpus.") }
        guard let (cd, cm) = find(childID) else { return Layout.error(404, title: "Measure not found", message: "No measure ‘\(childID)’ in the corpus.") }
        let link = corpus.lineage.graph.measureLinks.first { $0.from.measure == childID && $0.to.measure == parentID }
            ?? corpus.lineage.graph.measureLinks.first { $0.from.measure == parentID && $0.to.measure == childID }
        if request.wantsJSON { return .json(try JSONOutput.encode(Evidence(parent: parentID, child: childID, link: link))) }
        // Spans carry from/to offsets: `from` is the link's from side.
        let childIsFrom = link?.from.measure == childID
        let spans = link?.evidence?.spans ?? []
        var parentMarks = MeasureText.ranges(spans.map { childIsFrom ? ($0.toStart, $0.toEnd) : ($0.fromStart, $0.fromEnd) }, of: pm, in: pd)
        var childMarks = MeasureText.ranges(spans.map { childIsFrom ? ($0.fromStart, $0.fromEnd) : ($0.toStart, $0.toEnd) }, of: cm, in: cd)
        let terms = link?.evidence?.sharedTerms ?? []
        if parentMarks.isEmpty && childMarks.isEmpty {
            parentMarks = occurrences(of: terms, in: pm.text)
            childMarks = occurrences(of: terms, in: cm.text)
        }
        var body = "<h1>证据 Evidence</h1>"
        if let link {
            body += "<p>\(HTML.escape(link.type.rawValue))\(link.evidence?.kind.map { " · " + $0 } ?? "")\(link.score.map { String(format: " · score %.2f", $0) } ?? "")"
            body += " · \(HTML.escape(link.evidence?.method ?? ""))\(link.evidence?.direction.map { " · " + $0 } .map(HTML.escape) ?? "")</p>"
            if !terms.isEmpty { body += "<p class=\"muted\">共有词 shared terms: \(HTML.escape(terms.joined(separator: "、")))</p>" }
        } else {
            body += "<p class=\"muted\">No link between these two measures in the lineage.</p>"
        }
        body += "<div class=\"side\">" + column("上位 source", pd, pm, parentMarks) + column("承接 taken up by", cd, cm, childMarks) + "</div>"
        return .html(Layout.page(title: "Evidence", section: "/lineage", body: body))
    }

    private func column(_ role: String, _ d: PolicyDocument, _ m: Measure, _ marks: [Range<Int>]) -> String {
        "<div><div class=\"muted\">\(HTML.escape(role))</div><div>\(HTML.link(HTML.documentURL(d.id), (d.docNumber ?? d.id) + " " + (d.title ?? "")))</div>"
            + "<p><b>\(HTML.link(HTML.measureURL(document: d.id, measure: m.id), m.label + " " + m.title))</b></p>"
            + "<p>\(HTML.marked(m.text, marks).replacingOccurrences(of: "\n", with: "<br>"))</p></div>"
    }

    private func find(_ measureID: String) -> (PolicyDocument, Measure)? {
        let documentID = measureID.split(separator: "/", maxSplits: 1).first.map(String.init) ?? measureID
        let candidates = corpus.byID[documentID].map { [$0] } ?? corpus.documents
        for d in candidates { if let m = d.measures.first(where: { $0.id == measureID }) { return (d, m) } }
        return nil
    }

    private func occurrences(of terms: [String], in text: String) -> [Range<Int>] {
        let units = Array(text.utf16)
        var out: [Range<Int>] = []
        for term in terms where !term.isEmpty {
            let t = Array(term.utf16)
            var i = 0
            while i + t.count <= units.count {
                if Array(units[i..<(i + t.count)]) == t { out.append(i..<(i + t.count)); i += t.count } else { i += 1 }
            }
        }
        // Sorted, overlaps merged.
        var merged: [Range<Int>] = []
        for r in out.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if let last = merged.last, r.lowerBound <= last.upperBound { merged[merged.count - 1] = last.lowerBound..<max(last.upperBound, r.upperBound) } else { merged.append(r) }
        }
        return merged
    }
}
