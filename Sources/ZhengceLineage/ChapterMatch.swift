import ZhengceDocument

/// The chapters (第X章) of a piece of legislation, for choosing among a parent's articles.
///
/// A local regulation or an implementing text usually keeps the parent's chapter plan: 总则, 监督管理,
/// 法律责任, or a subject chapter named as the parent names it (交通事故救援与处理 / 交通事故处理). A child article
/// whose chapter has a counterpart in the parent — a parent chapter whose heading holds at least half of the
/// child heading's character pairs — restates an article of that chapter; an article of another chapter that
/// shares a list or some vocabulary with it is the neighbour, not the source (广东省土地管理条例 总则 第三条
/// 部门职责 ← 土地管理法 第五条 in 总则, not 第六十七条 in 监督检查; 防震减灾条例 总则 第四条 经费 ← 法 第四条,
/// not 第十四条 in 防震减灾规划). Where the child's chapter has no counterpart, or either text has no chapters,
/// nothing is said.
struct ChapterPlan: Sendable {
    /// The chapter heading (whitespace removed) of each measure of the document, by measure index (nil: none).
    let heading: [String?]
    /// The distinct chapter headings of the document, in order.
    let headings: [String]

    /// Headings are read from the document's text (the reading form keeps no provisions): the rest of the line where the
    /// chapter's label (第二章) last occurs before the chapter's first article.
    init(_ document: PolicyDocument) {
        var titles: [String: String] = [:]
        let units = Array(document.text.utf16)
        for m in document.measures where m.path.count >= 2 && ChapterPlan.isChapter(m.path[0]) && titles[m.path[0]] == nil {
            titles[m.path[0]] = ChapterPlan.heading(units, label: Array(m.path[0].utf16), before: m.start)
        }
        var order: [String] = []
        heading = document.measures.map { m in
            guard m.path.count >= 2, ChapterPlan.isChapter(m.path[0]), let t = titles[m.path[0]], !t.isEmpty else { return nil }
            if !order.contains(t) { order.append(t) }
            return t
        }
        headings = order
    }

    /// The rest of the line after the last `label` before `before` (whitespace removed); "" when the label is not there.
    static func heading(_ units: [UInt16], label: [UInt16], before: Int) -> String {
        let end = min(max(before, 0), units.count)
        var i = end - label.count
        while i >= 0 {
            if units[i..<(i + label.count)].elementsEqual(label) {
                var j = i + label.count
                while j < end && units[j] != 10 && units[j] != 13 { j += 1 }
                return fold(String(decoding: units[(i + label.count)..<j], as: UTF16.self))
            }
            i -= 1
        }
        return ""
    }

    static func isChapter(_ label: String) -> Bool { label.hasPrefix("第") && label.hasSuffix("章") }

    static func fold(_ s: String) -> String {
        String(String.UnicodeScalarView(s.unicodeScalars.filter { !$0.properties.isWhitespace }))
    }

    static func pairs(_ s: String) -> Set<String> {
        let c = Array(s)
        guard c.count >= 2 else { return [] }
        return Set((0..<(c.count - 1)).map { String(c[$0...$0 + 1]) })
    }

    /// The parent chapters that are counterparts of the child chapter `child`: those whose heading holds at least
    /// half of its character pairs. Empty when none does.
    static func counterparts(of child: String, in parent: ChapterPlan) -> Set<String> {
        let own = pairs(child)
        guard !own.isEmpty else { return [] }
        var result = Set<String>()
        for h in parent.headings where 2 * own.intersection(pairs(h)).count >= own.count { result.insert(h) }
        return result
    }

    /// True when the two plans map onto each other across the link: the child article's chapter has counterparts in
    /// the parent and the parent article is in none of them, and the parent article's chapter has counterparts in the
    /// child other than the child article's own chapter. A parent's 总则 is left out: its general duties (部门职责,
    /// 规划, 经费) are restated in a child's subject chapters too (山东省节约能源条例 节能管理 第十条 ← 节约能源法 总则 第五条).
    static func offChapter(child: ChapterPlan, _ childMeasure: Int, parent: ChapterPlan, _ parentMeasure: Int) -> Bool {
        guard childMeasure < child.heading.count, parentMeasure < parent.heading.count,
              let a = child.heading[childMeasure], let b = parent.heading[parentMeasure], b != "总则" else { return false }
        let forward = counterparts(of: a, in: parent)
        guard !forward.isEmpty, !forward.contains(b) else { return false }
        let back = counterparts(of: b, in: child)
        return !back.isEmpty && !back.contains(a)
    }
}
