import ZhengceDocument

/// What the words around a citation say about it: a plan announced for the future (not a
/// citation), a repeal, an abbreviation it introduces, an order number given with it.
struct CitationContext {
    /// Words just before 《…》 that announce a document still to be written.
    static let futureWords = ["将制定", "另行印发", "另行制定", "研究制定", "抓紧制定", "加快制定", "制定出台", "适时出台",
                              "另行发布", "另行公布", "研究出台", "起草"]
    /// Words after a citation, in the same sentence, that repeal it.
    static let repealWords = ["同时废止", "废止", "停止执行", "不再执行", "同时停止执行"]
    /// Words before a citation, in the same sentence, that say the citing text replaces it.
    static let replaceWords = ["代替", "取代", "废止"]

    /// The document's text as UTF-16 units.
    let units: [UInt16]

    init(_ document: PolicyDocument) { units = Array(document.text.utf16) }

    /// The text of `range` (clamped).
    func string(_ lower: Int, _ upper: Int) -> String {
        let a = max(0, min(lower, units.count)), b = max(a, min(upper, units.count))
        return String(decoding: units[a..<b], as: UTF16.self)
    }

    /// The rest of the sentence after `end` (up to 。；! ? or a line break, at most 160 units).
    func after(_ end: Int) -> String {
        var k = end
        while k < units.count, k - end < 160 {
            let u = units[k]
            if u == 0x3002 || u == 0xFF1B || u == 0x0A || u == 0xFF01 || u == 0xFF1F { break }
            k += 1
        }
        return string(end, k)
    }

    /// The start of the sentence before `start` (back to 。；： or a line break, at most 60 units).
    func before(_ start: Int) -> String {
        var k = start
        while k > 0, start - k < 60 {
            let u = units[k - 1]
            if u == 0x3002 || u == 0xFF1B || u == 0x0A || u == 0xFF1A { break }
            k -= 1
        }
        return string(k, start)
    }

    /// True when the citation names a plan still to be written (将制定《…》, 另行印发).
    func isFuturePlan(_ citation: Citation) -> Bool {
        let near = string(citation.start - 8, citation.start)
        if CitationContext.futureWords.contains(where: { near.hasSuffix($0) || near.contains($0) }) { return true }
        let next = after(citation.end)
        return next.hasPrefix("另行印发") || next.hasPrefix("另行制定") || next.hasPrefix("将另行")
    }

    /// True when the sentence around the citation repeals or replaces the cited document.
    func repeals(_ citation: Citation) -> Bool {
        var next = after(citation.end)
        // A list of titles ends in one verb: 《A》、《B》同时废止.
        if let at = next.range(of: "修改") { next = String(next[..<at.lowerBound]) }
        if CitationContext.repealWords.contains(where: { next.contains($0) }) {
            return !next.contains("的决定") && !next.hasPrefix("的")
        }
        let previous = before(citation.start)
        return previous.hasSuffix("代替") || previous.hasSuffix("取代") || previous.hasSuffix("废止")
            || previous.hasSuffix("同时废止") || previous.hasSuffix("停止执行")
    }

    /// The abbreviations introduced right after a citation: one, 《X》（以下简称《Y》） → ["Y"], or those of a list that
    /// ends with it, 《A》、《B》、《C》（以下分别简称为《a》、《b》及《c》） → ["a", "b", "c"], which stand for the list's
    /// last citations in order.
    func abbreviations(_ citation: Citation) -> [String] {
        var next = string(citation.end, citation.end + 120)
        // Skip an order number or 发文字号 in brackets first: 《X》（国务院令第722号）（以下简称《条例》）.
        if next.hasPrefix("（") || next.hasPrefix("("), let close = next.firstIndex(where: { $0 == "）" || $0 == ")" }),
           next[..<close].hasSuffix("号") {
            next = String(next[next.index(after: close)...])
        }
        for opener in ["（以下简称《", "(以下简称《", "（简称《", "(简称《", "（下称《", "（以下称《"] where next.hasPrefix(opener) {
            let rest = next.dropFirst(opener.count)
            guard let close = rest.firstIndex(of: "》") else { return [] }
            let name = String(rest[..<close])
            return name.isEmpty ? [] : [name]
        }
        for opener in ["（以下分别简称为《", "（以下分别简称《", "（分别简称为《", "（分别简称《", "（以下分别称《", "(以下分别简称为《", "(以下分别简称《"]
        where next.hasPrefix(opener) {
            // The names in 《》 up to the bracket that closes the note (a name may hold its own （二）).
            var names: [String] = []
            var rest = Substring(next.dropFirst(opener.count - 1))
            while rest.first == "《", let close = rest.firstIndex(of: "》") {
                let name = String(rest[rest.index(after: rest.startIndex)..<close])
                guard !name.isEmpty else { return [] }
                names.append(name)
                rest = rest[rest.index(after: close)...]
                rest = rest.drop { "、，,及和与 ".contains($0) }
            }
            return rest.first == "）" || rest.first == ")" ? names : []
        }
        return []
    }

    /// An order number given right after the citation: 《…》（国务院令第722号） → "国务院令第722号".
    func orderNumber(_ citation: Citation) -> String? {
        let next = string(citation.end, citation.end + 30)
        guard next.hasPrefix("（") || next.hasPrefix("(") else { return nil }
        return OrderNumber.first(in: next)
    }
}

/// Order numbers: 国务院令第722号, 中华人民共和国主席令第二十号, 商务部令2019年第1号.
enum OrderNumber {
    /// The first order number in `text`, normalised (中华人民共和国 dropped, spaces removed).
    static func first(in text: String) -> String? { all(in: text).first }

    /// Every order number in `text`, normalised, in order.
    static func all(in text: String) -> [String] {
        let chars = Array(text.filter { $0 != " " && $0 != "\u{3000}" })
        var result: [String] = []
        var i = 0
        while i + 1 < chars.count {
            guard chars[i] == "令", i > 0 else { i += 1; continue }
            // Issuer: the Han characters before 令 (at most 14).
            var s = i
            while s > 0, i - s < 14, chars[s - 1].isChineseIdeograph, !"年月日在以及与、".contains(chars[s - 1]) { s -= 1 }
            // An optional year (商务部令2019年第1号), then 第…号.
            var k = i + 1
            while k < chars.count, k - i < 6, chars[k].isASCII, chars[k].isNumber { k += 1 }
            if k > i + 1, k < chars.count, chars[k] == "年" { k += 1 } else { k = i + 1 }
            guard k < chars.count, chars[k] == "第", s < i else { i += 1; continue }
            var h = k + 1
            while h < chars.count, h - k < 10, chars[h] != "号", chars[h] != "令" { h += 1 }
            guard h < chars.count, chars[h] == "号", h > k + 1 else { i += 1; continue }
            var issuer = String(chars[s..<i])
            if issuer.hasPrefix("中华人民共和国") { issuer.removeFirst(7) }
            for lead in ["公布", "发布", "以", "经", "由", "的"] where issuer.hasPrefix(lead) { issuer.removeFirst(lead.count) }
            if !issuer.isEmpty {
                result.append(issuer + "令" + String(chars[(i + 1)...h]))
            }
            i = h + 1
        }
        return result
    }
}

extension Character {
    /// True for CJK unified ideographs.
    var isChineseIdeograph: Bool {
        guard let scalar = unicodeScalars.first else { return false }
        return (0x4E00...0x9FFF).contains(scalar.value) || (0x3400...0x4DBF).contains(scalar.value)
    }
}
