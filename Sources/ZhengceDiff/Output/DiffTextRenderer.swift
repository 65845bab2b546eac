/// The terminal view of a diff: a summary, metadata changes, then one block per change with the
/// words deleted in [-…-] and inserted in {+…+} (red and green when colour is on).
public struct DiffTextRenderer: Sendable {
    /// Use ANSI colours.
    public var colour: Bool

    /// Makes a renderer.
    public init(colour: Bool) { self.colour = colour }

    private func paint(_ text: String, _ code: String) -> String { colour ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text }

    /// The report.
    public func render(_ diff: DocumentDiff) -> String {
        var out = ""
        out += paint("--- \(name(diff.old))", "1") + "\n"
        out += paint("+++ \(name(diff.new))", "1") + "\n"
        out += summaryLine(diff.summary) + "\n"
        if diff.articles != diff.summary && diff.articles != DocumentDiff.Summary() { out += articlesLine(diff.articles) + "\n" }
        for m in diff.metadata {
            out += "  \(Self.fieldNames[m.field] ?? m.field): \(paint(m.old ?? "—", "31")) → \(paint(m.new ?? "—", "32"))\n"
        }
        for change in diff.changes {
            out += "\n" + header(change) + "\n"
            if change.text.contains(where: { $0.op != .equal }) {
                out += "    " + body(change.text).replacingOccurrences(of: "\n", with: "\n    ") + "\n"
            } else if change.kind == .modified {
                out += "    " + paint("(own text unchanged; items beneath changed)", "2") + "\n"
            }
            if let d = change.departments {
                var parts: [String] = []
                if !d.added.isEmpty { parts.append(paint("+ " + d.added.joined(separator: "、"), "32")) }
                if !d.removed.isEmpty { parts.append(paint("− " + d.removed.joined(separator: "、"), "31")) }
                if let a = d.oldLead, let b = d.newLead {
                    parts.append("牵头 \(a.isEmpty ? "—" : a.joined(separator: "、")) → \(b.isEmpty ? "—" : b.joined(separator: "、"))")
                }
                out += "    部门: " + parts.joined(separator: "; ") + "\n"
            }
            for t in change.targets {
                out += "    目标: \(paint(t.old.map { targetText($0, t.oldYear) } ?? "—", "31")) → \(paint(t.new.map { targetText($0, t.newYear) } ?? "—", "32"))\n"
            }
        }
        return out
    }

    static let fieldNames = ["title": "标题", "docNumber": "发文字号", "date": "日期", "status": "状态",
                             "issuers": "发文机关", "type": "文种", "period": "规划期"]

    private func name(_ side: DocumentSide) -> String {
        [side.title ?? side.id, side.docNumber, side.date, side.status == "draft" ? "征求意见稿" : nil]
            .compactMap { $0 }.joined(separator: "  ")
    }

    private func targetText(_ phrase: String, _ year: Int?) -> String { year.map { "\(phrase)（\($0)年）" } ?? phrase }

    private func summaryLine(_ s: DocumentDiff.Summary) -> String {
        let counts: [(String, Int)] = [("added", s.added), ("removed", s.removed), ("uncertain", s.uncertain), ("modified", s.modified), ("moved", s.moved),
                                       ("renumbered", s.renumbered), ("split", s.split), ("merged", s.merged), ("metadata", s.metadata)]
        let shown = counts.filter { $0.1 > 0 }.map { "\($0.1) \($0.0)" }
        return (shown.isEmpty ? "no changes" : shown.joined(separator: ", ")) + "; \(s.unchanged) unchanged (folded)"
    }

    /// "articles: 55 renumbered, 7 modified, 1 removed; 8 unchanged", in the order a reader asks.
    private func articlesLine(_ s: DocumentDiff.Summary) -> String {
        let counts: [(String, Int)] = [("renumbered", s.renumbered), ("modified", s.modified), ("moved", s.moved), ("split", s.split),
                                       ("merged", s.merged), ("added", s.added), ("removed", s.removed), ("uncertain", s.uncertain)]
        let shown = counts.filter { $0.1 > 0 }.map { "\($0.1) \($0.0)" }
        return "articles: " + (shown.isEmpty ? "no changes" : shown.joined(separator: ", ")) + "; \(s.unchanged) unchanged"
    }

    private func header(_ c: ProvisionChange) -> String {
        let similarity = c.kind == .added || c.kind == .removed || c.kind == .uncertain || c.similarity == 1 ? ""
            : String(format: "  (%.0f%%)", c.similarity * 100)
        switch c.kind {
        case .added: return paint("+ added      ", "32;1") + (c.new?.display ?? "")
        case .removed: return paint("- removed    ", "31;1") + (c.old?.display ?? "")
        case .uncertain:
            // No confident counterpart: the nearest new provision is named, not paired.
            let nearest = c.nearest.map { n in
                "  (no confident counterpart; nearest: \(n.label), word share \(String(format: "%.2f", c.nearestShare ?? 0)))"
            } ?? ""
            return paint("? uncertain  ", "33") + (c.old?.display ?? "") + paint(nearest, "2")
        case .split:
            return paint("< split      ", "35;1") + "\(c.old?.display ?? "") → " + (c.newParts ?? []).map(\.label).joined(separator: " + ") + similarity
        case .merged:
            return paint("> merged     ", "35;1") + (c.oldParts ?? []).map(\.label).joined(separator: " + ") + " → \(c.new?.display ?? "")" + similarity
        default:
            let mark: [ChangeKind: (String, String)] = [.modified: ("~ modified   ", "33;1"), .moved: ("↷ moved      ", "36;1"),
                                                        .renumbered: ("# renumbered ", "34;1"), .unchanged: ("= unchanged  ", "2")]
            let (text, code) = mark[c.kind] ?? ("  ", "0")
            let old = c.old.map { $0.path.count > 1 && c.kind == .moved ? $0.path.joined(separator: " ") : $0.label } ?? ""
            let new = c.new.map { $0.path.count > 1 && c.kind == .moved ? $0.path.joined(separator: " ") : $0.label } ?? ""
            let labels = old == new ? old : "\(old) → \(new)"
            return paint(text, code) + labels + "  " + (c.new?.title ?? "") + similarity
        }
    }

    private func body(_ runs: [TextRun]) -> String {
        runs.map { run in
            switch run.op {
            case .equal:
                // Long unchanged stretches are shortened to their ends.
                let chars = Array(run.text)
                guard chars.count > 60 else { return run.text }
                return String(chars[..<24]) + paint(" … ", "2") + String(chars[(chars.count - 24)...])
            case .delete: return colour ? paint(run.text, "31;9") : "[-\(run.text)-]"
            case .insert: return colour ? paint(run.text, "32;4") : "{+\(run.text)+}"
            }
        }.joined()
    }
}
