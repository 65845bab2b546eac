import Foundation

/// The segmentation algorithm over one immutable snapshot of the lexicons.
///
/// Text is scanned once: white space is skipped; Latin words, numbers (3.5, 1,000, 90%)
/// and, in the policy style, dates (2024年6月8日) become single tokens; a 发文字号
/// (国办发〔2021〕24号) is one token; punctuation is one token per character; each run
/// of Han characters is segmented by the best path through the lattice of lexicon words
/// (cost -ln p per word, dynamic programming from the right), and runs of single
/// characters the lexicon cannot join are handed to the character HMM.
struct SegmentationEngine {
    let trie: WordTrie
    let overlay: WordOverlay
    let hmm: CharacterHMM
    let style: SegmentationStyle
    let tuning: Tuning

    /// Knobs of the lattice.
    struct Tuning {
        /// Added to the cost of a general-lexicon word of three or more characters.
        var longWordPenalty: Float = 0
        /// Added again for each character beyond the third.
        var extraLengthPenalty: Float = 0
        /// Added to the cost of every word (negative: finer).
        var wordCost: Float = 0
        /// Group unknown single characters with the HMM.
        var useHMM = true
        /// Split numeral + classifier words (一个 → 一 个).
        var splitClassifiers = false

        /// The settings of each style. The treebank ones were chosen on the dev half of UD
        /// Chinese GSDSimp (never its test half): UD and CTB split compounds the general
        /// lexicon keeps whole, so a general word of three characters pays 10 nats and 5 more
        /// for each further character (a smaller slope keeps transliterations such as
        /// 印度尼西亚 whole).
        static func preset(_ style: SegmentationStyle) -> Tuning {
            switch style {
            case .policy: return Tuning()
            case .treebank: return Tuning(longWordPenalty: 10, extraLengthPenalty: 5, wordCost: 0, useHMM: true, splitClassifiers: true)
            }
        }
    }

    /// Cost of a Han character the lexicon does not hold as a word (frequency 1).
    var unknownCost: Float { Float(log(trie.totalFrequency)) }

    /// Appends the UTF-16 ranges of the tokens of `text` to `out`.
    /// - Complexity: O(n · L) for n units and words of at most L characters.
    func segment(_ text: UnsafeBufferPointer<UInt16>, into out: inout [Range<Int>]) {
        trie.withView { view in segment(text, view, into: &out) }
    }

    private func segment(_ text: UnsafeBufferPointer<UInt16>, _ view: TrieView, into out: inout [Range<Int>]) {
        var scratch = Scratch()
        var i = 0
        let n = text.count
        while i < n {
            let (scalar, width) = text.scalar(at: i)
            switch ScalarKind(scalar) {
            case .space:
                i += width
            case .han:
                var j = i + width
                while j < n {
                    let (s, w) = text.scalar(at: j)
                    guard ScalarKind(s) == .han else { break }
                    j += w
                }
                if let numberEnd = documentNumberEnd(text, at: j) {
                    let prefix = documentNumberPrefixStart(text, runStart: i, runEnd: j)
                    segmentHan(text, view, i, prefix, &scratch, &out)
                    out.append(prefix..<numberEnd)
                    i = numberEnd
                } else {
                    segmentHan(text, view, i, j, &scratch, &out)
                    i = j
                }
            case .letter, .digit:
                let j = alphanumericEnd(text, from: i)
                out.append(i..<j)
                i = j
            case .other:
                var j = i + width
                if scalar < 0x10000, Self.repeatable.contains(UInt16(scalar)) {
                    while j < n, UInt32(text[j]) == scalar { j += 1 }
                }
                out.append(i..<j)
                i = j
            }
        }
    }

    /// Punctuation whose runs are one token (……, ——, ---).
    static let repeatable = UnitSet("\u{2026}\u{2014}\u{2015}\u{2500}-.~\u{FF5E}=*_\u{B7}")

    // MARK: Latin, numbers, dates

    /// The end of the letter/digit token starting at `start`: letters and digits with
    /// inner connectors (3.5, 1,000, COVID-19, AT&T, Navy's, 10:30), a trailing %,
    /// and in the policy style a date unit (2024年, 6月8日).
    func alphanumericEnd(_ text: UnsafeBufferPointer<UInt16>, from start: Int) -> Int {
        let n = text.count
        var j = start
        var lastKind = ScalarKind.other
        var allDigits = true
        while j < n {
            let (s, w) = text.scalar(at: j)
            let kind = ScalarKind(s)
            if kind == .letter || kind == .digit {
                if kind == .letter { allDigits = false }
                lastKind = kind
                j += w
                continue
            }
            guard j + 1 < n, j > start else { break }
            let (after, _) = text.scalar(at: j + 1)
            let afterKind = ScalarKind(after)
            var joins = false
            switch s {
            case 0x2E, 0xFF0E: joins = afterKind == .letter || afterKind == .digit  // . ．
            case 0x2D, 0x5F: joins = afterKind == .letter || afterKind == .digit  // - _
            case 0x2C: joins = lastKind == .digit && afterKind == .digit && digitRun(text, from: j + 1) == 3  // ,
            case 0x3A: joins = lastKind == .digit && afterKind == .digit  // :
            case 0x27, 0x2019, 0x26: joins = lastKind == .letter && afterKind == .letter  // ' ’ &
            default: joins = false
            }
            guard joins else { break }
            if s == 0x2D || s == 0x5F || s == 0x27 || s == 0x2019 || s == 0x26 { allDigits = false }
            j += 1
        }
        if j < n, lastKind == .digit {
            let u = text[j]
            if u == 0x25 || u == 0xFF05 || u == 0x2030 { return j + 1 }  // % ％ ‰
        }
        guard style == .policy, allDigits, j < n else { return j }
        // Dates: 2024年, 2024年6月, 6月8日, 2024年6月8日 (also 8号 after a month).
        var end = j
        var unit = text[end]
        var sawMonth = false
        while true {
            guard unit == 0x5E74 || unit == 0x6708 || unit == 0x65E5 || (unit == 0x53F7 && sawMonth) else { break }
            end += 1
            if unit == 0x65E5 || unit == 0x53F7 { break }
            sawMonth = sawMonth || unit == 0x6708
            let digits = digitRun(text, from: end)
            guard digits > 0, digits <= 2, end + digits < n else { break }
            let nextUnit = text[end + digits]
            let continues = (unit == 0x5E74 && nextUnit == 0x6708) || (unit == 0x6708 && (nextUnit == 0x65E5 || nextUnit == 0x53F7))
            guard continues else { break }
            end += digits
            unit = nextUnit
        }
        return end
    }

    /// Number of decimal digits (half or full width) starting at `start`.
    func digitRun(_ text: UnsafeBufferPointer<UInt16>, from start: Int) -> Int {
        var j = start
        while j < text.count, Self.isDigit(text[j]) { j += 1 }
        return j - start
    }

    @inline(__always)
    static func isDigit(_ u: UInt16) -> Bool { (0x30...0x39).contains(u) || (0xFF10...0xFF19).contains(u) }

    // MARK: 发文字号

    static let openers = UnitSet("〔[［【(（﹝〖")
    static let closers = UnitSet("〕]］】)）﹞〗")

    /// When a 发文字号 tail (〔2021〕24号) starts at `start`, the offset after 号.
    func documentNumberEnd(_ text: UnsafeBufferPointer<UInt16>, at start: Int) -> Int? {
        let n = text.count
        guard start + 8 <= n, Self.openers.contains(text[start]), digitRun(text, from: start + 1) == 4,
              Self.closers.contains(text[start + 5]) else { return nil }
        let digits = digitRun(text, from: start + 6)
        guard digits > 0, start + 6 + digits < n, text[start + 6 + digits] == 0x53F7 else { return nil }  // 号
        return start + 7 + digits
    }

    /// Words that end a sentence part before an issuer's abbreviation (根据国办发…).
    static let prefixStoppers: [[UInt16]] = [
        "根据", "依据", "按照", "参照", "对照", "关于", "印发", "转发", "落实", "贯彻", "执行", "实施", "详见",
        "的", "和", "与", "及", "或", "见", "即", "等", "是", "为", "在",
    ].map { Array($0.utf16) }

    /// The start of the issuer abbreviation (国办发, 沪商贸发, 商务部令) that ends the Han run
    /// `runStart..<runEnd`: at most 8 characters, cut after the last stop word.
    func documentNumberPrefixStart(_ text: UnsafeBufferPointer<UInt16>, runStart: Int, runEnd: Int) -> Int {
        var start = max(runStart, runEnd - 8)
        if start > runStart, text[start] & 0xFC00 == 0xDC00 { start += 1 }
        var cut = start
        var k = start
        while k < runEnd - 1 {
            for word in Self.prefixStoppers where k + word.count < runEnd {
                if (0..<word.count).allSatisfy({ text[k + $0] == word[$0] }) { cut = max(cut, k + word.count) }
            }
            k += 1
        }
        return cut
    }

    // MARK: Han runs

    /// Reusable buffers for one call.
    struct Scratch {
        var offsets: [Int] = []
        var best: [Float] = []
        var next: [Int] = []
        var scalars: [UInt32] = []
    }

    /// Segments the Han run `start..<end` (a scalar boundary at both ends).
    func segmentHan(_ text: UnsafeBufferPointer<UInt16>, _ view: TrieView, _ start: Int, _ end: Int, _ scratch: inout Scratch, _ out: inout [Range<Int>]) {
        guard start < end else { return }
        // Scalar offsets of the run; offsets[k] is the unit offset of scalar k.
        scratch.offsets.removeAll(keepingCapacity: true)
        var i = start
        while i < end {
            scratch.offsets.append(i)
            i += text.scalar(at: i).width
        }
        scratch.offsets.append(end)
        let m = scratch.offsets.count - 1
        if m == 1 {
            out.append(start..<end)
            return
        }
        // Borrow the buffers (swapped back below) so the loop runs on raw pointers.
        var best: [Float] = []
        var next: [Int] = []
        var offsets: [Int] = []
        swap(&best, &scratch.best)
        swap(&next, &scratch.next)
        swap(&offsets, &scratch.offsets)
        best.removeAll(keepingCapacity: true)
        best.append(contentsOf: repeatElement(0, count: m + 1))
        next.removeAll(keepingCapacity: true)
        next.append(contentsOf: repeatElement(0, count: m))
        let unknown = unknownCost
        let bmpOnly = end - start == m
        let wordCost = tuning.wordCost
        let longWordPenalty = tuning.longWordPenalty
        let extraPenalty = tuning.extraLengthPenalty
        best.withUnsafeMutableBufferPointer { best in
            next.withUnsafeMutableBufferPointer { next in
                offsets.withUnsafeBufferPointer { offsets in
                    for k in stride(from: m - 1, through: 0, by: -1) {
                        let from = offsets[k]
                        let single = offsets[k + 1]
                        // The single character is always an edge.
                        var bestCost = singleCost(text, view, from, single, unknown) + wordCost + best[k + 1]
                        var bestEnd = k + 1
                        // General-lexicon words starting here.
                        var node: UInt32 = 0
                        var u = from
                        while u < end, let child = view.child(node, text[u]) {
                            node = child
                            u += 1
                            if u > single, let c = view.cost(node) {
                                let e = bmpOnly ? u - start : scalarIndex(offsets, u)
                                if e >= 0 {
                                    let length = e - k
                                    let penalty = length > 2 ? longWordPenalty + extraPenalty * Float(length - 3) : 0
                                    let total = c + penalty + wordCost + best[e]
                                    if total <= bestCost { bestCost = total; bestEnd = e }
                                }
                            }
                        }
                        // Policy and user words starting here (no length penalty).
                        if overlay.mayStart(text[from]) {
                            var onode: Int32 = 0
                            var v = from
                            while v < end, let child = overlay.child(onode, text[v]) {
                                onode = child
                                v += 1
                                if v > single, let c = overlay.cost(onode) {
                                    let e = bmpOnly ? v - start : scalarIndex(offsets, v)
                                    if e >= 0 {
                                        let total = c + wordCost + best[e]
                                        if total <= bestCost { bestCost = total; bestEnd = e }
                                    }
                                }
                            }
                        }
                        best[k] = bestCost
                        next[k] = bestEnd
                    }
                }
            }
        }
        swap(&best, &scratch.best)
        swap(&next, &scratch.next)
        swap(&offsets, &scratch.offsets)
        // Forward: words as found; runs of single characters go to the HMM.
        var k = 0
        var bufferStart = -1
        while k < m {
            let e = scratch.next[k]
            if e == k + 1 {
                if bufferStart < 0 { bufferStart = k }
            } else {
                if bufferStart >= 0 { flushSingles(text, bufferStart, k, &scratch, &out); bufferStart = -1 }
                appendWord(text, scratch.offsets[k]..<scratch.offsets[e], &out)
            }
            k = e
        }
        if bufferStart >= 0 { flushSingles(text, bufferStart, m, &scratch, &out) }
    }

    /// Appends a lexicon word; in the treebank style a numeral + classifier (一个, 二十一日)
    /// or a verb + 于/为 (位于, 成为) is two words, as CTB and UD segment them.
    @inline(__always)
    func appendWord(_ text: UnsafeBufferPointer<UInt16>, _ range: Range<Int>, _ out: inout [Range<Int>]) {
        if style == .treebank && tuning.splitClassifiers, let cut = treebankCut(text, range) {
            out.append(range.lowerBound..<cut)
            out.append(cut..<range.upperBound)
        } else {
            out.append(range)
        }
    }

    static let numerals = UnitSet("一二三四五六七八九十百千万亿两零〇几半")
    static let determiners = UnitSet("这那哪每某该数多")
    static let classifiers = UnitSet("个种座位名部条次只件家所项张本架艘辆支届批层类份段片台间句首封栋枚颗株匹篇幅年月日天岁号周")
    static let prepositionTails = UnitSet("于为")
    /// Words ending in 于 or 为 that stay whole (function words and lexicalised verbs).
    static let wholeWords: Set<[UInt16]> = Set([
        "由于", "因为", "认为", "行为", "对于", "关于", "终于", "至于", "以为", "更为", "较为", "极为", "最为",
        "尤为", "颇为", "身为", "无为", "过于", "善于", "便于", "易于", "勇于", "敢于", "等于",
    ].map { Array($0.utf16) })

    /// Where the treebank style cuts the word `range`, or nil.
    func treebankCut(_ text: UnsafeBufferPointer<UInt16>, _ range: Range<Int>) -> Int? {
        let count = range.count
        guard count >= 2 else { return nil }
        let last = text[range.upperBound - 1]
        if count == 2, Self.prepositionTails.contains(last) {
            let word = [text[range.lowerBound], last]
            return Self.wholeWords.contains(word) ? nil : range.upperBound - 1
        }
        guard Self.classifiers.contains(last) else { return nil }
        var i = range.lowerBound
        if text[i] == 0x7B2C { i += 1 }  // 第
        let head = i
        while i < range.upperBound - 1, Self.numerals.contains(text[i]) { i += 1 }
        if i == range.upperBound - 1, i > head { return i }
        if count == 2, Self.determiners.contains(text[range.lowerBound]) { return range.upperBound - 1 }
        return nil
    }

    /// Index of the scalar starting at unit offset `u`, or -1 inside a surrogate pair.
    func scalarIndex(_ offsets: UnsafeBufferPointer<Int>, _ u: Int) -> Int {
        var low = 0
        var high = offsets.count - 1
        while low <= high {
            let mid = (low + high) >> 1
            if offsets[mid] == u { return mid }
            if offsets[mid] < u { low = mid + 1 } else { high = mid - 1 }
        }
        return -1
    }

    /// Cost of the one-character word `from..<to`.
    @inline(__always)
    func singleCost(_ text: UnsafeBufferPointer<UInt16>, _ view: TrieView, _ from: Int, _ to: Int, _ unknown: Float) -> Float {
        guard to == from + 1 else { return unknown }
        var cost = unknown
        if let node = view.child(0, text[from]), let c = view.cost(node) { cost = c }
        if overlay.mayStart(text[from]), let node = overlay.child(0, text[from]), let c = overlay.cost(node) { cost = min(cost, c) }
        return cost
    }

    /// Emits the single characters of scalars `a..<b`: as they are when there is one, or
    /// when together they form a lexicon word; otherwise as the HMM groups them.
    func flushSingles(_ text: UnsafeBufferPointer<UInt16>, _ a: Int, _ b: Int, _ scratch: inout Scratch, _ out: inout [Range<Int>]) {
        let offsets = scratch.offsets
        if b - a == 1 {
            out.append(offsets[a]..<offsets[b])
            return
        }
        let units = UnsafeBufferPointer(rebasing: text[offsets[a]..<offsets[b]])
        if !tuning.useHMM || trie.cost(of: units) != nil || overlay.cost(of: units) != nil {
            for k in a..<b { out.append(offsets[k]..<offsets[k + 1]) }
            return
        }
        scratch.scalars.removeAll(keepingCapacity: true)
        for k in a..<b { scratch.scalars.append(text.scalar(at: offsets[k]).value) }
        var k = a
        for length in hmm.wordLengths(scratch.scalars) {
            out.append(offsets[k]..<offsets[k + length])
            k += length
        }
    }
}
