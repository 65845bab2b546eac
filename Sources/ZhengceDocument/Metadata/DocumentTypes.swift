/// Document types and status words read from titles.
enum DocumentTypes {
    /// Types, matched as the longest suffix of a title (bracketed tails removed).
    static let all: [String] = [
        "指导意见", "实施意见", "若干意见", "意见", "三年行动方案", "行动方案", "实施方案", "工作方案", "方案", "行动计划", "工作计划", "计划",
        "发展规划", "规划", "纲要", "通知", "实施办法", "管理办法", "暂行办法", "办法", "实施细则", "细则", "暂行条例", "条例",
        "若干规定", "暂行规定", "规定", "决定", "决议", "公告", "通告", "通报", "批复", "复函", "答复", "函", "若干措施", "政策措施", "措施",
        "工作指引", "指引", "指南", "清单", "目录", "标准", "司法解释", "解释", "章程", "规则", "报告", "法",
    ].sorted { $0.count > $1.count }

    /// Words that mark a draft.
    static let draftMarks = ["征求意见稿", "草案", "送审稿", "讨论稿", "征求意见"]

    /// The type of a title: its longest known ending, bracketed tails such as （2024-2027年） ignored.
    static func type(ofTitle title: String) -> String? {
        var t = title.trimmedText
        while t.hasSuffix("）") || t.hasSuffix(")") {
            guard let open = t.lastIndex(where: { $0 == "（" || $0 == "(" }) else { break }
            t = String(t[t.startIndex..<open]).trimmedText
        }
        if t.hasSuffix("》") || t.hasSuffix("”") { t.removeLast() }
        return all.first { t.hasSuffix($0) }
    }
}
