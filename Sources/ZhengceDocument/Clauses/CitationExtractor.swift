import ZhengceText

/// Finds references to other documents: 《title》（文号） pairs, bare 《title》, bare 发文字号, and laws named without 《》
/// as the basis of a text in its purpose clause (根据宪法和全国人民代表大会组织法，…，制定本规则).
struct CitationExtractor {
    let text: UnitText

    private static let leftTitle = u16("《")[0], rightTitle = u16("》")[0]
    private static let openers = UnitSet("〔[［【(（﹝")
    private static let closers = UnitSet("〕]］】)）﹞")
    private static let hao = u16("号")[0]
    private static let leadingWords = ["根据", "依据", "按照", "参照", "落实", "贯彻", "印发", "转发", "执行", "见", "和", "及", "与", "即", "以", "经", "的"]

    /// Citations in `range`, in order.
    func extract(_ range: Range<Int>) -> [Citation] {
        var result: [Citation] = []
        var covered = 0
        var i = range.lowerBound
        while i < range.upperBound {
            let u = text[i]
            if u == Self.leftTitle, let close = titleEnd(from: i, limit: range.upperBound) {
                let title = text.string((i + 1)..<close)
                var end = close + 1
                var number: String?
                var k = end
                while k < range.upperBound, CharClass.isSpace(text[k]) { k += 1 }
                if k < range.upperBound, text[k] == u16("（")[0] || text[k] == u16("(")[0],
                   let (numberEnd, normalized) = docNumber(startingAt: k + 1, limit: range.upperBound),
                   numberEnd < range.upperBound, Self.closers.contains(text[numberEnd]) {
                    number = normalized
                    end = numberEnd + 1
                }
                result.append(Citation(title: title, docNumber: number, start: i, end: end))
                covered = end
                i = end
                continue
            }
            if i >= covered, Self.openers.contains(u), i + 5 < range.upperBound {
                // A bare 发文字号: Han prefix, bracketed year, number, 号.
                var p = i
                while p > max(range.lowerBound, i - 10), CharClass.isHan(text[p - 1]) { p -= 1 }
                var prefix = text.string(p..<i)
                for word in Self.leadingWords where prefix.hasPrefix(word) && prefix.count > word.count + 1 {
                    prefix = String(prefix.dropFirst(word.count))
                }
                let prefixStart = i - prefix.utf16.count
                if !prefix.isEmpty, let (end, normalized) = docNumber(startingAt: prefixStart, limit: range.upperBound) {
                    result.append(Citation(title: nil, docNumber: normalized, start: prefixStart, end: end))
                    covered = end
                    i = end
                    continue
                }
            }
            i += 1
        }
        let basis = basisCitations(range)
        guard !basis.isEmpty else { return result }
        return (result + basis).sorted { $0.start < $1.start }
    }

    private static let basisWords = [u16("根据"), u16("依据")]
    private static let enactment = u16("制定本")
    /// What a title named without 《》 ends with, longest first.
    private static let titleEnds = [u16("法典"), u16("通则"), u16("条例"), u16("法")]
    private static let itemSeparators = UnitSet("、和及与")
    private static let andAlso = u16("以及")
    private static let listEnds = UnitSet("，,的等")
    private static let sentenceEnds = UnitSet("。；;\n")
    /// Words a named law does not start with: the text itself (本法), a pronoun (其实施条例), an unnamed set of laws.
    private static let notTitleStarts = ["本", "其", "该", "上述", "有关", "相关", "国家", "其他", "各"]
    /// The constitution, the basis every law states, names no text whose provisions it takes up.
    private static let constitution: Set<String> = ["宪法", "中华人民共和国宪法"]

    /// Laws named without 《》 after 根据 or 依据 in a sentence that enacts the text (…，制定本法 / 本条例 / 本规则): each
    /// name ends in 法, 法典, 通则 or 条例 followed by a separator (、和及与) or the end of the list (，的等). National laws
    /// cite their bases so (根据宪法和全国人民代表大会组织法，总结…经验，制定本规则); a 《》 title in the list is left to `extract`.
    func basisCitations(_ range: Range<Int>) -> [Citation] {
        var result: [Citation] = []
        var i = range.lowerBound
        while i + 2 < range.upperBound {
            guard text.matchAny(Self.basisWords, at: i) != nil else { i += 1; continue }
            var sentenceEnd = i + 2
            while sentenceEnd < range.upperBound, !Self.sentenceEnds.contains(text[sentenceEnd]) { sentenceEnd += 1 }
            if let enactment = text.find(Self.enactment, from: i + 2, to: sentenceEnd) {
                result += basisList(from: i + 2, limit: enactment)
            }
            // A later 根据 of the same sentence finds no 制定本 this one did not: on to the next sentence.
            i = sentenceEnd
        }
        return result
    }

    /// The names in the list starting at `start`, up to its end (，的等) or `limit`.
    private func basisList(from start: Int, limit: Int) -> [Citation] {
        var result: [Citation] = []
        var itemStart = start, p = start
        while p < limit {
            let u = text[p]
            if u == Self.leftTitle {
                guard let close = titleEnd(from: p, limit: limit) else { break }
                p = skipSeparators(close + 1, limit: limit)
                itemStart = p
                continue
            }
            if Self.listEnds.contains(u) || !CharClass.isHan(u) { break }
            if let ending = Self.titleEnds.first(where: { p + $0.count <= limit && text.matches($0, at: p) }) {
                let end = p + ending.count
                if end == limit || Self.itemSeparators.contains(text[end]) || Self.listEnds.contains(text[end])
                    || startsAndAlso(at: end, limit: limit) {
                    let name = text.string(itemStart..<end)
                    if name.count >= 2, name.count <= 40, !Self.constitution.contains(name),
                       !Self.notTitleStarts.contains(where: { name.hasPrefix($0) }) {
                        result.append(Citation(title: name, docNumber: nil, start: itemStart, end: end))
                    }
                    p = skipSeparators(end, limit: limit)
                    itemStart = p
                    continue
                }
            }
            p += 1
        }
        return result
    }

    private func skipSeparators(_ from: Int, limit: Int) -> Int {
        var p = from
        if startsAndAlso(at: p, limit: limit) { p += Self.andAlso.count }
        while p < limit, Self.itemSeparators.contains(text[p]) { p += 1 }
        return p
    }

    /// 以及 at `p`, inside the list.
    private func startsAndAlso(at p: Int, limit: Int) -> Bool {
        p + Self.andAlso.count <= limit && text.matches(Self.andAlso, at: p)
    }

    private func titleEnd(from open: Int, limit: Int) -> Int? {
        var depth = 0
        var k = open
        while k < min(limit, open + 160) {
            let u = text[k]
            if u == 0x0A { return nil }
            if u == Self.leftTitle { depth += 1 }
            if u == Self.rightTitle { depth -= 1; if depth == 0 { return k > open + 1 ? k : nil } }
            k += 1
        }
        return nil
    }

    /// A 发文字号 starting at `start`: (end offset, normalised form).
    func docNumber(startingAt start: Int, limit: Int) -> (Int, String)? {
        var k = start
        while k < limit, k - start < 14, !Self.openers.contains(text[k]) {
            guard CharClass.isHan(text[k]) || CharClass.isSpace(text[k]) else { return nil }
            k += 1
        }
        guard k > start, k < limit, Self.openers.contains(text[k]) else { return nil }
        var h = k + 1
        while h < limit, h - k < 16, text[h] != Self.hao {
            if text[h] == 0x0A { return nil }
            h += 1
        }
        guard h < limit, text[h] == Self.hao else { return nil }
        let raw = text.string(start..<(h + 1))
        guard let normalized = DocumentNumber.normalize(raw) else { return nil }
        return (h + 1, normalized)
    }
}
