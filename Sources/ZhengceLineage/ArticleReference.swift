import ZhengceText

/// What an article says about articles: its own number (`第十二条`) and the articles of its own text it refers to
/// (`违反本办法第十二条、第十三条规定的`, a bare `依照第五条`), as a reader of Chinese legislation reads them.
///
/// A reference names another text when a title stands before it (`《中华人民共和国水土保持法》第三十二条`, `依照水土保持法
/// 第三十二条`, `该法第五条`) and is then none of the article's own; `前款`, `上条` and the like name no number. A list
/// (`第二十条、第二十二条和第二十三条第一款`, `第四十二条至第四十五条`) takes the reading of its first item.
enum ArticleReference {
    /// Words for a text's own name before `第N条` (`本法`, `本条例`, …).
    static let ownNames = ["法", "条例", "办法", "规定", "细则", "决定", "规则", "准则", "章程", "解释"]
    /// Endings of a title written without 《》 (`水土保持法`, `…条例`): the reference is to that text.
    static let titleEndings = ["法", "条例", "办法", "规定", "细则"]
    /// Words joining the items of a list of references.
    static let joiners: Set<String> = ["、", "和", "及", "以及", "或者", "或", "至", "到"]

    /// The article number of a label `第十二条` (nil for `第十二条之一`, `（一）` and the other labels).
    static func number(_ label: String) -> Int? {
        let chars = Array(label.filter { !$0.isWhitespace })
        guard chars.count >= 3, chars.first == "第", chars.last == "条" else { return nil }
        return ChineseNumeral.value(chars[1..<(chars.count - 1)])
    }

    static func isNumeral(_ ch: Character) -> Bool { ChineseNumeral.isNumeral(ch) }

    /// The numbers of the articles of its own text that `text` refers to.
    static func internalReferences(_ text: String) -> Set<Int> {
        let chars = Array(text)
        var found = Set<Int>()
        var previousEnd = -1
        var previousOwn = false
        var i = 0
        while i < chars.count {
            guard chars[i] == "第" else { i += 1; continue }
            var j = i + 1
            while j < chars.count, isNumeral(chars[j]) { j += 1 }
            guard j > i + 1, j < chars.count, chars[j] == "条", let n = ChineseNumeral.value(chars[(i + 1)..<j]) else { i += 1; continue }
            // Skip 之一, 第二款, 第三项 after the article.
            var end = j + 1
            while end < chars.count {
                if chars[end] == "之", end + 1 < chars.count, isNumeral(chars[end + 1]) {
                    end += 1
                    while end < chars.count, isNumeral(chars[end]) { end += 1 }
                    continue
                }
                if chars[end] == "第" {
                    var k = end + 1
                    while k < chars.count, isNumeral(chars[k]) { k += 1 }
                    if k > end + 1, k < chars.count, chars[k] == "款" || chars[k] == "项" { end = k + 1; continue }
                }
                break
            }
            let own: Bool
            if previousEnd >= 0, previousEnd <= i, joiners.contains(String(chars[previousEnd..<i])) {
                own = previousOwn
            } else {
                own = isOwn(before: chars[max(0, i - 12)..<i])
            }
            if own { found.insert(n) }
            previousEnd = end
            previousOwn = own
            i = end
        }
        return found
    }

    /// Whether a reference preceded by `before` is to the text's own articles.
    static func isOwn(before: ArraySlice<Character>) -> Bool {
        var tail = String(before)
        if tail.hasSuffix("的") { tail.removeLast() }
        if tail.hasSuffix("》") { return false }
        for name in ownNames where tail.hasSuffix("本" + name) || tail.hasSuffix("本实施" + name) { return true }
        for ending in titleEndings where tail.hasSuffix(ending) {
            // A title written out (水土保持法), or 该法 / 前条例: another text, or no number of this one.
            return false
        }
        if let last = tail.last, "前上下该同".contains(last) { return false }
        return true
    }
}
