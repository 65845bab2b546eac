import Foundation
import ZhengceDiff
import ZhengceDocument
import ZhengceText

/// `/diff?old=&new=`: two documents of the corpus (or two uploaded files, POSTed) as the
/// side-by-side 新旧对照表 of `zhengce diff --format html`; without both, a form to choose them.
struct DiffPage {
    let corpus: CorpusSnapshot
    let request: WorkbenchRequest

    /// The page, the diff's JSON (as `zhengce diff --format json`), or the form.
    func response() throws -> PageResponse {
        let old: PolicyDocument, new: PolicyDocument
        if request.method == "POST" {
            guard let form = Multipart(body: request.body, contentType: request.contentType) else {
                throw BadRequest(message: "upload two files as multipart/form-data fields old and new")
            }
            old = try uploaded(form, "old")
            new = try uploaded(form, "new")
        } else {
            guard let oldRef = request.value("old"), let newRef = request.value("new") else {
                if request.value("old") != nil || request.value("new") != nil {
                    throw BadRequest(message: "diff needs both old= and new= (a document id or 发文字号)")
                }
                return .html(Layout.page(title: "Diff", section: "/diff", body: form()))
            }
            old = try document(oldRef, "old")
            new = try document(newRef, "new")
        }
        // The bundled lexicons alone, as `zhengce diff` (docs/diff.md).
        let diff = DocumentDiffer(segmenter: .shared).diff(old: old, new: new)
        if request.wantsJSON { return .json(try DiffJSON.encode(diff)) }
        // The renderer's own page, with the workbench's navigation added at the top.
        let page = DiffHTMLRenderer().render(diff)
        let nav = "<p style=\"margin:0 0 1em\"><a href=\"/diff\">← 对照 Diff</a> · <a href=\"/\">检索 Search</a></p>"
        return .html(page.replacingOccurrences(of: "<body>", with: "<body>" + nav))
    }

    private func document(_ reference: String, _ side: String) throws -> PolicyDocument {
        switch corpus.resolve(reference) {
        case .found(let d): return d
        case .missing: throw NotFound(message: "No document ‘\(reference)’ (\(side)) in the corpus.")
        case .ambiguous(let found): throw BadRequest(message: "‘\(reference)’ (\(side)) names \(found.count) documents; give an id")
        }
    }

    private func uploaded(_ form: Multipart, _ name: String) throws -> PolicyDocument {
        guard let part = form.part(name), !part.data.isEmpty else { throw BadRequest(message: "no file uploaded as ‘\(name)’") }
        let filename = (part.filename?.nilIfEmpty ?? name + ".txt").replacingOccurrences(of: "/", with: "_")
        let document: PolicyDocument
        do { document = try DocumentParser().parse(data: part.data, path: filename) } catch {
            throw BadRequest(message: "\(filename) (\(name)): \(error)")
        }
        guard !document.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw BadRequest(message: "\(filename) (\(name)): no text to compare")
        }
        return document
    }

    private func form() -> String {
        func select(_ name: String, _ selected: String?) -> String {
            "<select name=\"\(name)\">" + corpus.documents.map { d in
                "<option value=\"\(HTML.escape(d.id))\"\(d.id == selected ? " selected" : "")>\(HTML.escape((d.docNumber ?? d.id) + " " + (d.title ?? "")))</option>"
            }.joined() + "</select>"
        }
        var out = "<h1>对照 Diff two versions</h1>"
        out += "<form method=\"get\" action=\"/diff\"><p>旧 old: \(select("old", corpus.documents.first?.id))</p><p>新 new: \(select("new", corpus.documents.dropFirst().first?.id))</p><p><button type=\"submit\">对照 Compare</button></p></form>"
        out += "<h2>或上传两个文件 Or upload two files</h2>"
        out += "<form method=\"post\" action=\"/diff\" enctype=\"multipart/form-data\"><p>旧 old: <input type=\"file\" name=\"old\"></p><p>新 new: <input type=\"file\" name=\"new\"></p><p><button type=\"submit\">对照 Compare</button></p></form>"
        return out
    }
}

/// A named thing that is not there: a 404 page with the message.
struct NotFound: Error {
    /// What was not found.
    var message: String
}
