import Foundation
import ZhengceDocument
import ZhengceStore

/// `/` and `/search`: the query language of `zhengce query` with its filters as form controls,
/// ranked hits with highlighted snippets, departments with roles, links to the measures.
struct SearchPage {
    let corpus: CorpusSnapshot
    let request: WorkbenchRequest

    /// The search request the parameters describe; a bad parameter is a `BadRequest`.
    func searchRequest() throws -> SearchRequest {
        let level = try request.value("level").map { raw in
            guard let level = DocumentLevel(rawValue: raw) else {
                throw BadRequest(message: "level must be one of \(DocumentLevel.allCases.map(\.rawValue).joined(separator: ", ")) (got ‘\(raw)’)")
            }
            return level
        }
        let status = try request.value("status").map { raw in
            guard let status = DocumentStatus(rawValue: raw) else { throw BadRequest(message: "status must be draft or final (got ‘\(raw)’)") }
            return status
        }
        let role = try request.value("role").map { raw in
            guard let role = ResponsibilityRole(rawValue: raw) else { throw BadRequest(message: "role must be lead or participant (got ‘\(raw)’)") }
            return role
        }
        let years = try request.value("year").map { raw in
            do { return try SearchFilters.years(parsing: raw) } catch { throw BadRequest(message: "year: \(error)") }
        }
        let limit = try request.value("limit").map { raw in
            guard let n = Int(raw), (1...500).contains(n) else { throw BadRequest(message: "limit must be a number from 1 to 500 (got ‘\(raw)’)") }
            return n
        } ?? 20
        let written = request.values("dept")
        let counterparts = request.value("counterparts") != nil
        let names = corpus.registry?.searchNames(for: written, counterparts: counterparts) ?? Set(written)
        let filters = SearchFilters(departments: names, role: role, document: request.value("doc"), region: request.value("region"),
                                    level: level, years: years, status: status)
        return SearchRequest(text: request.value("q") ?? "", filters: filters, limit: limit)
    }

    /// The page (or JSON); with `formOnly` and no parameters, the form alone.
    func response(formOnly: Bool) throws -> PageResponse {
        let search = try searchRequest()
        let empty = search.text.isEmpty && search.filters.isEmpty
        var result: SearchResult?
        if !empty {
            do { result = try corpus.store.search(search) } catch let error as QueryError {
                throw BadRequest(message: error.description)
            }
        }
        if request.wantsJSON {
            if let result { return .json(try JSONOutput.encode(result)) }
            // Nothing asked: the shape of an empty result.
            struct Empty: Encodable { let query: String; let total = 0; let hits: [String] = [] }
            return .json(try JSONOutput.encode(Empty(query: search.text)))
        }
        var body = "<h1>检索 Search measures</h1>\n" + form()
        body += "<div id=\"results\">"
        if let result {
            body += results(result)
        } else if !formOnly {
            body += "<p class=\"muted\">Type words to search, or choose a filter.</p>"
        } else {
            body += "<p class=\"muted\">\(corpus.documents.count) documents, \(corpus.documents.reduce(0) { $0 + $1.measures.count }) measures. "
            body += "Words and \"quoted phrases\" must all match; <code>OR</code> between two terms makes them alternatives; a leading <code>-</code> excludes.</p>"
        }
        body += "</div>"
        let title = search.text.isEmpty ? "检索" : "检索：" + search.text
        return .html(Layout.page(title: title, section: "/", body: body, script: true))
    }

    private func form() -> String {
        func text(_ name: String, _ label: String, _ placeholder: String = "", list: String? = nil, wide: Bool = false) -> String {
            "<label\(wide ? " class=\"wide\"" : "")>\(HTML.escape(label))<input name=\"\(name)\" value=\"\(HTML.escape(request.value(name) ?? ""))\" placeholder=\"\(HTML.escape(placeholder))\"\(list.map { " list=\"\($0)\"" } ?? "")></label>"
        }
        func select(_ name: String, _ label: String, _ options: [(String, String)]) -> String {
            let current = request.value(name) ?? ""
            var out = "<label>\(HTML.escape(label))<select name=\"\(name)\"><option value=\"\">—</option>"
            for (value, shown) in options {
                out += "<option value=\"\(HTML.escape(value))\"\(value == current ? " selected" : "")>\(HTML.escape(shown))</option>"
            }
            return out + "</select></label>"
        }
        var out = "<form class=\"search\" method=\"get\" action=\"/search\">"
        out += text("q", "查询 Query", "海外仓 OR 公共海外仓 -试点", wide: true)
        out += "<label>部门 Department<input name=\"dept\" value=\"\(HTML.escape(request.values("dept").first ?? ""))\" placeholder=\"商务部\" list=\"depts\"></label>"
        out += "<label>对口部门 Counterparts<span><input type=\"checkbox\" name=\"counterparts\" value=\"1\"\(request.value("counterparts") != nil ? " checked" : "")> 含上下级对口</span></label>"
        out += select("role", "角色 Role", [("lead", "牵头 lead"), ("participant", "参与 participant")])
        if corpus.documents.count <= 300 {
            out += select("doc", "文件 Document", corpus.documents.map { ($0.id, ($0.docNumber ?? $0.id) + " " + String(($0.title ?? "").prefix(18))) })
        } else {
            // A large corpus: the id or 发文字号 typed (a list of thousands would weigh down every page).
            out += text("doc", "文件 Document", "id 或 发文字号")
        }
        out += text("region", "地区 Region", "上海", list: "regions")
        out += select("level", "层级 Level", DocumentLevel.allCases.map { ($0.rawValue, $0.rawValue) })
        out += text("year", "年份 Year", "2021-2024")
        out += select("status", "状态 Status", [("final", "正式 final"), ("draft", "征求意见稿 draft")])
        out += "<label>&nbsp;<button type=\"submit\">检索 Search</button></label></form>\n"
        let regions = Set(corpus.documents.compactMap(\.region)).sorted()
        out += "<datalist id=\"regions\">" + regions.map { "<option value=\"\(HTML.escape($0))\">" }.joined() + "</datalist>"
        out += "<datalist id=\"depts\">" + corpus.departments.names.prefix(400).map { "<option value=\"\(HTML.escape($0))\">" }.joined() + "</datalist>\n"
        return out
    }

    private func results(_ result: SearchResult) -> String {
        var out = "<p><b>\(result.total)</b> measure\(result.total == 1 ? "" : "s") match"
        if !result.query.isEmpty { out += " ‘\(HTML.escape(result.query))’" }
        if result.hits.count < result.total { out += " (showing \(result.hits.count))" }
        out += "</p>\n<ol class=\"hits\">\n"
        for hit in result.hits {
            out += "<li class=\"hit\" data-measure=\"\(HTML.escape(hit.measure))\"><div><a class=\"hit-title\" href=\"\(HTML.escape(HTML.measureURL(document: hit.document, measure: hit.measure)))\">"
            out += HTML.escape(hit.label + " " + hit.title) + "</a> <span class=\"score\">\(String(format: "%.3f", hit.score))</span></div>"
            out += "<div class=\"muted\"><a href=\"\(HTML.escape(HTML.documentURL(hit.document)))\">\(HTML.escape(hit.documentTitle ?? hit.document))</a>"
            if let number = hit.docNumber { out += " " + HTML.escape(number) }
            out += "</div>"
            let highlights = hit.snippet.highlights.map { ($0.start - hit.snippet.start)..<($0.end - hit.snippet.start) }
            var snippet = HTML.marked(hit.snippet.text, highlights)
            if hit.snippet.start > 0 { snippet = "…" + snippet }
            if hit.snippet.end < hit.snippet.measureLength { snippet += "…" }
            out += "<div class=\"snippet\">\(snippet)</div>"
            if !hit.responsible.isEmpty {
                out += "<div>" + DepartmentsHTML.badges(hit.responsible.map { ($0.name, $0.department, $0.role) }) + "</div>"
            }
            out += "</li>\n"
        }
        return out + "</ol>\n"
    }
}
