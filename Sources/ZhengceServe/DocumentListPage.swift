import Foundation
import ZhengceDocument

/// `/documents`: every document of the corpus with its number, level, region, date and counts.
struct DocumentListPage {
    let corpus: CorpusSnapshot

    /// A link to a document: its 发文字号 (or id) and title.
    static func link(_ d: PolicyDocument) -> String {
        HTML.link(HTML.documentURL(d.id), [d.docNumber, d.title].compactMap { $0 }.joined(separator: " ").nilIfEmpty ?? d.id)
    }

    /// The page, or `{"documents": …}` as `zhengce docs --format json` writes it.
    func response(json: Bool) throws -> PageResponse {
        if json { return .json(try DocumentJSON.documents(corpus.documents)) }
        var body = "<h1>文件 Documents</h1><p class=\"muted\">\(corpus.documents.count) documents in \(HTML.escape(corpus.folder.path))</p>"
        body += "<table><tr><th>发文字号</th><th>标题 Title</th><th>层级</th><th>地区</th><th>日期</th><th>状态</th><th>措施</th><th></th></tr>\n"
        for d in corpus.documents {
            body += "<tr><td>\(HTML.escape(d.docNumber ?? "—"))</td><td>\(HTML.link(HTML.documentURL(d.id), d.title ?? d.id))</td>"
            body += "<td>\(HTML.escape(d.level?.rawValue ?? "—"))</td><td>\(HTML.escape(d.region ?? "—"))</td><td>\(HTML.escape(d.date ?? "—"))</td>"
            body += "<td>\(d.status == .draft ? "征求意见稿" : "正式")</td><td class=\"num\">\(d.measures.count)</td>"
            body += "<td>\(HTML.link("/lineage/" + HTML.urlComponent(d.id), "谱系"))</td></tr>\n"
        }
        body += "</table>"
        if !corpus.failures.isEmpty {
            body += "<h2>Not parsed</h2><ul>" + corpus.failures.map { "<li>\(HTML.escape($0.path)): \(HTML.escape($0.message))</li>" }.joined() + "</ul>"
        }
        return .html(Layout.page(title: "Documents", section: "/documents", body: body))
    }
}

extension String {
    /// nil for the empty string.
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
