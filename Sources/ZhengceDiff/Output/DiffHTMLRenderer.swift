/// A self-contained HTML 新旧对照表: old text left, new text right, one row per change,
/// unchanged provisions folded; inline CSS, no scripts, no network; all document text escaped.
public struct DiffHTMLRenderer: Sendable {
    /// Makes a renderer.
    public init() {}

    static let kindNames: [ChangeKind: String] = [
        .added: "新增", .removed: "删除", .uncertain: "存疑", .modified: "修改", .moved: "移动", .renumbered: "条号变化",
        .split: "拆分", .merged: "合并", .unchanged: "未变",
    ]

    /// The page.
    public func render(_ diff: DocumentDiff) -> String {
        let oldName = diff.old.title ?? diff.old.id, newName = diff.new.title ?? diff.new.id
        var html = """
        <!DOCTYPE html>
        <html lang="zh-CN"><head><meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>新旧对照表：\(escape(newName))</title>
        <style>
        body{font-family:"Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei",sans-serif;margin:2em;color:#222;line-height:1.7}
        h1{font-size:1.4em;margin-bottom:.2em} .meta{color:#555;font-size:.9em}
        table{border-collapse:collapse;width:100%;table-layout:fixed;margin-top:1em}
        th,td{border:1px solid #ccc;padding:.5em .7em;vertical-align:top;text-align:left}
        th{background:#f0f0f0} td.kind{width:6em;white-space:nowrap;font-size:.85em}
        .label{font-weight:bold;margin-right:.4em}
        del{background:#fdd;color:#a00;text-decoration:line-through} ins{background:#dfd;color:#060;text-decoration:none}
        tr.added td.new{background:#f3fff3} tr.removed td.old{background:#fff3f3}
        .badge{display:inline-block;padding:0 .4em;border-radius:3px;background:#eee}
        tr.uncertain td.old{background:#fffbea} .nearest{color:#666;font-size:.9em}
        .added .badge{background:#cfc} .removed .badge{background:#fcc} .uncertain .badge{background:#fe9} .modified .badge{background:#ffe6a8}
        .moved .badge{background:#cde} .renumbered .badge{background:#dde} .split .badge,.merged .badge{background:#ecd}
        .extra{font-size:.85em;color:#444;margin-top:.3em} .sim{color:#888;font-size:.8em}
        summary{cursor:pointer;color:#555}
        </style></head><body>
        <h1>新旧对照表</h1>
        <p class="meta">旧：\(escape(side(diff.old)))<br>新：\(escape(side(diff.new)))</p>
        <p class="meta">\(escape(summary(diff.summary)))</p>
        \(diff.articles == DocumentDiff.Summary() ? "" : "<p class=\"meta summary\">\(escape(articleSummary(diff.articles)))</p>\n")

        """
        if !diff.metadata.isEmpty {
            html += "<table><tr><th>项目</th><th>旧</th><th>新</th></tr>\n"
            for m in diff.metadata {
                html += "<tr><td>\(escape(DiffTextRenderer.fieldNames[m.field] ?? m.field))</td><td>\(escape(m.old ?? "—"))</td><td>\(escape(m.new ?? "—"))</td></tr>\n"
            }
            html += "</table>\n"
        }
        html += "<table><colgroup><col style=\"width:6em\"><col><col></colgroup>\n"
        html += "<tr><th>变化</th><th>旧：\(escape(oldName))</th><th>新：\(escape(newName))</th></tr>\n"
        var folded: [ProvisionChange] = []
        for change in diff.changes {
            if change.kind == .unchanged { folded.append(change); continue }
            html += row(change)
        }
        if diff.summary.unchanged > 0 {
            html += "<tr class=\"unchanged\"><td class=\"kind\"><span class=\"badge\">未变</span></td><td colspan=\"2\">"
            html += "<details><summary>\(diff.summary.unchanged) 条未变（已折叠）</summary>"
            html += folded.map { "<div>\(escape($0.new?.display ?? ""))</div>" }.joined()
            html += "</details></td></tr>\n"
        }
        html += "</table>\n</body></html>\n"
        return html
    }

    private func row(_ c: ProvisionChange) -> String {
        let sim = c.kind == .added || c.kind == .removed || c.kind == .uncertain ? ""
            : "<div class=\"sim\">相似度 \(Int((c.similarity * 100).rounded()))%</div>"
        var old = "", new = ""
        let oldRefs = c.oldParts ?? c.old.map { [$0] } ?? []
        let newRefs = c.newParts ?? c.new.map { [$0] } ?? []
        let oldLabel = oldRefs.map { "<span class=\"label\">\(escape($0.label))</span>" }.joined(separator: "＋")
        let newLabel = newRefs.map { "<span class=\"label\">\(escape($0.label))</span>" }.joined(separator: "＋")
        if c.text.isEmpty {
            // Same text: show it once on each side.
            old = oldLabel + escape(oldRefs.first?.title ?? "")
            new = newLabel + escape(newRefs.first?.title ?? "")
        } else {
            old = oldRefs.isEmpty ? "" : oldLabel + c.text.filter { $0.op != .insert }.map { run in
                run.op == .delete ? "<del>\(escape(run.text))</del>" : escape(run.text)
            }.joined()
            new = newRefs.isEmpty ? "" : newLabel + c.text.filter { $0.op != .delete }.map { run in
                run.op == .insert ? "<ins>\(escape(run.text))</ins>" : escape(run.text)
            }.joined()
        }
        var extra = ""
        if c.kind == .uncertain, let n = c.nearest {
            // Not a pair: the old text stands as it was, the nearest new provision is named beside it.
            old = oldLabel + escape(c.text.filter { $0.op != .insert }.map(\.text).joined())
            new = "<div class=\"nearest\">无把握的对应条文；最接近：<span class=\"label\">\(escape(n.label))</span>\(escape(n.title))"
                + "（词语重合 \(Int(((c.nearestShare ?? 0) * 100).rounded()))%）</div>"
        }
        if let d = c.departments {
            var parts: [String] = []
            if !d.added.isEmpty { parts.append("新增部门：" + d.added.joined(separator: "、")) }
            if !d.removed.isEmpty { parts.append("删除部门：" + d.removed.joined(separator: "、")) }
            if let a = d.oldLead, let b = d.newLead { parts.append("牵头：\(a.joined(separator: "、")) → \(b.joined(separator: "、"))") }
            extra += "<div class=\"extra\">\(escape(parts.joined(separator: "；")))</div>"
        }
        for t in c.targets { extra += "<div class=\"extra\">目标：\(escape(t.old ?? "—")) → \(escape(t.new ?? "—"))</div>" }
        return "<tr class=\"\(c.kind.rawValue)\"><td class=\"kind\"><span class=\"badge\">\(Self.kindNames[c.kind] ?? c.kind.rawValue)</span>\(sim)</td>"
            + "<td class=\"old\">\(paragraphs(old))</td><td class=\"new\">\(paragraphs(new))\(extra)</td></tr>\n"
    }

    private func paragraphs(_ html: String) -> String { html.replacingOccurrences(of: "\n", with: "<br>") }

    private func side(_ s: DocumentSide) -> String {
        [s.title ?? s.id, s.docNumber, s.date, s.status == "draft" ? "征求意见稿" : nil].compactMap { $0 }.joined(separator: "　")
    }

    private func summary(_ s: DocumentDiff.Summary) -> String {
        let counts: [(ChangeKind, Int)] = [(.added, s.added), (.removed, s.removed), (.uncertain, s.uncertain), (.modified, s.modified), (.moved, s.moved),
                                           (.renumbered, s.renumbered), (.split, s.split), (.merged, s.merged)]
        let shown = counts.filter { $0.1 > 0 }.map { "\(Self.kindNames[$0.0] ?? "") \($0.1)" }
        return (shown.isEmpty ? "无实质变化" : shown.joined(separator: "，")) + "；未变 \(s.unchanged)"
    }

    /// 条文：条号变化 55，修改 7，拆分 1，合并 1，新增 3，删除 1；未变 8 (every kind named, zeros included).
    private func articleSummary(_ s: DocumentDiff.Summary) -> String {
        var parts = [("条号变化", s.renumbered), ("修改", s.modified), ("拆分", s.split), ("合并", s.merged), ("新增", s.added), ("删除", s.removed)]
        if s.moved > 0 { parts.insert(("移动", s.moved), at: 2) }
        if s.uncertain > 0 { parts.append(("存疑", s.uncertain)) }
        return "条文：" + parts.map { "\($0.0) \($0.1)" }.joined(separator: "，") + "；未变 \(s.unchanged)"
    }

    /// Escapes text for HTML element content and attribute values.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for ch in text {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(ch)
            }
        }
        return out
    }

    private func escape(_ text: String) -> String { Self.escape(text) }
}
