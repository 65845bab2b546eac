import ZhengceText

/// Finds references to other documents: 《title》（文号） pairs, bare 《title》 and bare 发文字号.
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
        return result
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
