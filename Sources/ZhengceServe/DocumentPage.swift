import Foundation
import ZhengceDocument
import ZhengceLineage

/// `/documents/{id or 发文字号}`: metadata with where each field came from, the outline, every
/// measure with its departments (lead first), targets and citations; cited and citing documents.
struct DocumentPage {
    let corpus: CorpusSnapshot
    let document: PolicyDocument

    /// The page, or the document as `zhengce show DOC --format json` writes it.
    func response(json: Bool) throws -> PageResponse {
        if json { return .json(try DocumentJSON.document(document)) }
        let d = document
        var body = "<h1>\(HTML.escape(d.title ?? d.id))</h1>"
        if let notice = d.noticeTitle { body += "<p class=\"muted\">\(HTML.escape(notice))</p>" }
        body += "<p>\(HTML.link("/lineage/" + HTML.urlComponent(d.id), "谱系 coverage")) · "
        body += "\(HTML.link("/search?doc=" + HTML.urlComponent(d.id), "检索本文件 search in it")) · "
        body += "\(HTML.link(HTML.documentURL(d.id) + "?format=json", "JSON"))</p>"
        body += metadata()
        body += links()
        body += outline()
        body += "<h2>措施 Measures (\(d.measures.count))</h2>"
        for m in d.measures { body += measure(m) }
        if !d.warnings.isEmpty {
            body += "<h2>Warnings</h2><ul>" + d.warnings.map { "<li>\(HTML.escape($0.kind)): \(HTML.escape($0.message))</li>" }.joined() + "</ul>"
        }
        return .html(Layout.page(title: d.title ?? d.id, section: "/documents", body: body))
    }

    private func metadata() -> String {
        let d = document
        func row(_ name: String, _ key: String, _ value: String?) -> String {
            let source = d.provenance[key].map { "<span class=\"src\">[\(HTML.escape($0.rawValue))]</span>" } ?? ""
            return "<tr><th>\(HTML.escape(name))</th><td>\(HTML.escape(value ?? "—")) \(source)</td></tr>"
        }
        var out = "<table class=\"meta\">"
        out += "<tr><th>id</th><td>\(HTML.escape(d.id))</td></tr>"
        out += row("标题 title", "title", d.title)
        out += row("发文字号 docNumber", "docNumber", d.docNumber)
        out += row("发文机关 issuers", "issuers", d.issuers.isEmpty ? nil : d.issuers.joined(separator: "、"))
        out += row("成文日期 date", "date", d.date)
        if d.publishedDate != nil { out += row("发布日期 publishedDate", "publishedDate", d.publishedDate) }
        for e in d.history {
            out += "<tr><th>history</th><td>\(HTML.escape([e.date, e.kind.rawValue, e.number, e.body].compactMap { $0 }.joined(separator: " ")))</td></tr>"
        }
        out += row("文种 type", "type", d.type)
        out += row("层级 level", "level", d.level?.rawValue)
        out += row("地区 region", "region", d.region)
        out += row("状态 status", "status", d.status.rawValue)
        out += row("规划期 period", "period", d.period.map { "\($0.start)-\($0.end)" })
        out += "<tr><th>source</th><td>\(HTML.escape("\(d.source.path) (\(d.source.format), \(d.source.encoding), \(d.source.bytes) bytes)"))</td></tr>"
        out += "<tr><th>counts</th><td>measures \(d.measures.count) · provisions \(d.provisions.count) · citations \(d.citations.count) · targets \(d.targets.count)</td></tr>"
        return out + "</table>"
    }

    /// Cited documents in the corpus, citing documents, parents and children from the lineage graph.
    private func links() -> String {
        guard let graph = corpus.lineage(within: 10)?.graph else {
            return "<h2>关联文件 Linked documents</h2><p class=\"muted\">The corpus lineage is still being computed; reload in a while.</p>"
        }
        let id = document.id
        var cited: [LinkEnd] = [], citing: [LinkEnd] = [], parents: [LinkEnd] = [], children: [LinkEnd] = [], other: [(String, LinkEnd)] = []
        for link in graph.documentLinks {
            if link.from.document == id {
                switch link.type {
                case .cites: cited.append(link.to)
                case .derives: parents.append(link.to)
                default: other.append((link.type.rawValue, link.to))
                }
            } else if link.to.document == id {
                switch link.type {
                case .cites: citing.append(link.from)
                case .derives: children.append(link.from)
                default: other.append((link.type.rawValue, link.from))
                }
            }
        }
        func end(_ e: LinkEnd) -> String {
            let text = [e.docNumber, e.title].compactMap { $0 }.joined(separator: " ").nilIfEmpty ?? e.document
            return e.external ? HTML.escape(text) + " <span class=\"tag\">not in corpus</span>" : HTML.link(HTML.documentURL(e.document), text)
        }
        func list(_ title: String, _ ends: [LinkEnd]) -> String {
            var seen = Set<String>()
            let unique = ends.filter { seen.insert($0.document).inserted }
            guard !unique.isEmpty else { return "" }
            return "<h3>\(HTML.escape(title)) (\(unique.count))</h3><ul class=\"links\">" + unique.map { "<li>\(end($0))</li>" }.joined() + "</ul>"
        }
        var out = list("引用 Cites", cited) + list("被引用 Cited by", citing) + list("上位来源 Derives from", parents) + list("承接文件 Taken up by", children)
        if !other.isEmpty {
            out += "<h3>Other links</h3><ul>" + other.map { "<li><span class=\"tag\">\(HTML.escape($0.0))</span> \(end($0.1))</li>" }.joined() + "</ul>"
        }
        return out.isEmpty ? "" : "<h2>关联文件 Linked documents</h2>" + out
    }

    private func outline() -> String {
        let d = document
        guard !d.provisions.isEmpty else { return "" }
        let measureIDs = Set(d.measures.map(\.id))
        var out = "<h2>纲目 Outline</h2><ul class=\"outline\">"
        for p in d.provisions {
            let indent = String(format: "%.1f", Double(p.depth) * 1.5)
            let text = p.label + " " + (p.heading.isEmpty ? String(p.text.prefix(30)) : p.heading)
            let shown = measureIDs.contains(p.id) ? HTML.link("#" + HTML.measureAnchor(p.id), text) : HTML.escape(text)
            out += "<li style=\"margin-left:\(indent)em\">\(shown) <span class=\"src\">\(HTML.escape(p.kind.rawValue))</span></li>"
        }
        return out + "</ul>"
    }

    private func measure(_ m: Measure) -> String {
        var out = "<div class=\"measure\" id=\"\(HTML.escape(HTML.measureAnchor(m.id)))\">"
        out += "<div><b>\(HTML.escape(m.path.joined(separator: " ")))</b> \(HTML.escape(m.title)) <span class=\"src\">\(HTML.escape(m.id))</span></div>"
        if !m.responsible.isEmpty {
            out += "<div>" + DepartmentsHTML.badges(m.responsible.map { ($0.name, $0.department, $0.role) }) + "</div>"
        }
        let marks = MeasureText.ranges(m.targets.map { ($0.start, $0.end) }, of: m, in: document)
        out += "<p>\(HTML.marked(m.text, marks).replacingOccurrences(of: "\n", with: "<br>"))</p>"
        for t in m.targets {
            let bound = t.upperValue.map { "\(number(t.value))–\(number($0))" } ?? number(t.value)
            out += "<div class=\"muted\">目标 target: \(HTML.escape("\(t.phrase) (\(t.comparator.rawValue) \(bound) \(t.unit)\(t.year.map { ", by \($0)" } ?? ""))"))</div>"
        }
        for c in m.citations {
            let text = [c.title.map { "《\($0)》" }, c.docNumber].compactMap { $0 }.joined(separator: " ")
            let target = c.docNumber.flatMap { number in DocumentLookup.matches(number, in: corpus.documents).first }
                ?? c.title.flatMap { title in corpus.documents.first { $0.title == title } }
            out += "<div class=\"muted\">引用 cites: " + (target.map { HTML.link(HTML.documentURL($0.id), text) } ?? HTML.escape(text)) + "</div>"
        }
        return out + "</div>\n"
    }

    private func number(_ v: Double) -> String {
        v == v.rounded() && abs(v) < 1e15 ? String(Int(v)) : String(v)
    }
}
