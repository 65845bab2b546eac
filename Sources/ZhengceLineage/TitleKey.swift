import Foundation
import ZhengceText

/// A document title reduced for matching: folded, only letters, digits and ideographs kept,
/// split into the issuer prefix and the core that starts at 关于.
///
/// "国务院办公厅关于加快发展外贸新业态新模式的意见" → prefix "国务院办公厅", core "关于加快发展外贸新业态新模式的意见".
struct TitleKey: Sendable, Hashable {
    /// The whole folded title.
    let full: String
    /// The part before the first 关于 (empty when none).
    let prefix: String
    /// From the first 关于 to the end, or the whole title when there is no 关于.
    let core: String

    init(_ title: String) {
        var folded = MeasureContent.contentOnly(MatchKey.fold(TitleKey.withoutVersionNotes(title)))
        for marker in TitleKey.draftMarkers { folded = folded.replacingOccurrences(of: marker, with: "") }
        // Laws are cited with or without the state's name: 《安全生产法》 = 中华人民共和国安全生产法.
        if folded.hasPrefix(TitleKey.stateName) && folded.count > TitleKey.stateName.count + 1 {
            folded.removeFirst(TitleKey.stateName.count)
        }
        full = folded
        if let range = folded.range(of: "关于"), range.lowerBound != folded.startIndex {
            prefix = String(folded[..<range.lowerBound])
            core = String(folded[range.lowerBound...])
        } else {
            prefix = ""
            core = folded
        }
    }

    /// `title` without what marks one version of it: a trailing date or year in brackets
    /// (专利法实施细则(2010-01-09), 宪法修正案（2004年）, （2018年修正）), and a date glued to its end
    /// (中华人民共和国电子商务法2018年8月31日…).
    static func withoutVersionNotes(_ title: String) -> String {
        var chars = Array(title.trimmingCharacters(in: .whitespaces))
        // A glued date: four digits followed by 年 or - after at least four characters of title.
        if chars.count > 8 {
            for i in 4..<(chars.count - 4) where chars[i].isASCII && chars[i].isNumber && !(chars[i - 1].isASCII && chars[i - 1].isNumber)
                && chars[i - 1] != "（" && chars[i - 1] != "(" && chars[i - 1] != "〔" {
                let digits = chars[i..<(i + 4)].allSatisfy { $0.isASCII && $0.isNumber }
                if digits, i + 4 < chars.count, chars[i + 4] == "年", i + 5 < chars.count, chars[(i + 5)...].contains("月") {
                    chars = Array(chars[..<i]); break
                }
            }
        }
        // Trailing bracketed notes that hold a year or say 修正/修订.
        while let last = chars.last, last == "）" || last == ")" {
            guard let open = chars.lastIndex(where: { $0 == "（" || $0 == "(" }) else { break }
            let inner = String(chars[(open + 1)..<(chars.count - 1)])
            let dated = inner.count >= 4 && inner.prefix(4).allSatisfy { $0.isASCII && $0.isNumber }
            guard dated || inner.contains("修正") || inner.contains("修订") || inner == "试行" else { break }
            chars = Array(chars[..<open])
        }
        return String(chars)
    }

    /// The key shared by every version of one law or plan: the title without version notes, without a
    /// trailing 修正案（…） (刑法修正案（六） → 刑法) and, for an amending decision (关于修改《X》的决定), X.
    static func versionKey(_ title: String) -> String {
        var base = withoutVersionNotes(title)
        if let open = base.firstIndex(where: { $0 == "《" || $0 == "〈" }), base[..<open].hasSuffix("修改"),
           let close = base.lastIndex(where: { $0 == "》" || $0 == "〉" }), open < close {
            base = String(base[base.index(after: open)..<close])
        }
        var folded = MeasureContent.contentOnly(MatchKey.fold(base))
        if let range = folded.range(of: "修正案", options: .backwards),
           folded.distance(from: range.upperBound, to: folded.endIndex) <= 3, range.lowerBound != folded.startIndex {
            folded = String(folded[..<range.lowerBound])
        }
        for marker in TitleKey.draftMarkers { folded = folded.replacingOccurrences(of: marker, with: "") }
        if folded.hasPrefix(TitleKey.stateName) && folded.count > TitleKey.stateName.count + 1 {
            folded.removeFirst(TitleKey.stateName.count)
        }
        return folded
    }

    /// Other titles a document is cited by: the title inside 《》 or 〈〉 of a notice that issues it
    /// (国务院关于印发《…》的通知), and the part between 关于印发/转发 and 的通知 when it has no brackets.
    static func alternatives(_ title: String) -> [String] {
        var result: [String] = []
        if let open = title.firstIndex(where: { $0 == "《" || $0 == "〈" }),
           let close = title.lastIndex(where: { $0 == "》" || $0 == "〉" }), open < close {
            // Only a notice that issues X answers to X (关于印发《X》的通知), never 实施《X》办法 or 关于修改《X》的决定.
            let prefix = title[..<open]
            if ["印发", "转发", "发布", "颁布", "公布"].contains(where: { prefix.hasSuffix($0) }) {
                result.append(String(title[title.index(after: open)..<close]))
            }
        }
        for lead in ["关于印发", "关于转发"] {
            guard let a = title.range(of: lead), let b = title.range(of: "的通知", options: .backwards),
                  a.upperBound < b.lowerBound else { continue }
            let inner = String(title[a.upperBound..<b.lowerBound])
            if !inner.contains("《") && inner.count >= 4 { result.append(inner) }
        }
        return result
    }

    /// The state's name that law titles may omit.
    static let stateName = "中华人民共和国"

    /// Words that mark a draft in a title; removed so a draft and its final share a key.
    static let draftMarkers = ["征求意见稿", "送审稿", "草案", "讨论稿", "修订稿"]

    /// A cited title this long (characters) may match the end of a longer title.
    static let minimumSuffix = 8

    /// True when `cited` names `title` by its whole key or its whole core (not only by the core's end).
    static func exactly(_ cited: TitleKey, _ title: TitleKey) -> Bool {
        cited.full == title.full || cited.core == title.core
    }

    /// True when `self` (a cited title) names the document whose title key is `other`:
    /// equal cores, and prefixes that agree when both are given; a cited title without
    /// issuer of at least `minimumSuffix` characters may also be the end of the other's core.
    func matches(_ other: TitleKey) -> Bool {
        guard !core.isEmpty, !other.core.isEmpty else { return false }
        if full == other.full { return true }
        let coresAgree = core == other.core
            || (core.count >= TitleKey.minimumSuffix && prefix.isEmpty && other.core.hasSuffix(core))
        guard coresAgree else { return false }
        if prefix.isEmpty || other.prefix.isEmpty { return true }
        return prefix.contains(other.prefix) || other.prefix.contains(prefix)
            || TitleKey.sharedPrefixLength(prefix, other.prefix) >= 2
    }

    private static func sharedPrefixLength(_ a: String, _ b: String) -> Int {
        var n = 0
        for (x, y) in zip(a, b) { if x == y { n += 1 } else { break } }
        return n
    }
}

/// The titles of external nodes in the order they were met, with the first that `TitleKey.matches` a
/// cited title found through indexes (equal full keys, equal cores, cores ending in the cited core)
/// instead of by reading every title.
struct ExternalTitleIndex {
    private var entries: [(key: TitleKey, id: String)] = []
    private var byFull: [String: [Int]] = [:]
    private var byCore: [String: [Int]] = [:]
    /// Every ending of at least `TitleKey.minimumSuffix` characters of each core.
    private var bySuffix: [String: [Int]] = [:]

    mutating func append(_ key: TitleKey, id: String) {
        let n = entries.count
        entries.append((key, id))
        byFull[key.full, default: []].append(n)
        byCore[key.core, default: []].append(n)
        let length = key.core.count
        if length >= TitleKey.minimumSuffix {
            for k in TitleKey.minimumSuffix...length { bySuffix[String(key.core.suffix(k)), default: []].append(n) }
        }
    }

    /// The id of the first title `key` matches, nil when none does.
    func first(matching key: TitleKey) -> String? {
        guard !key.core.isEmpty else { return nil }
        var candidates = (byFull[key.full] ?? []) + (byCore[key.core] ?? [])
        if key.core.count >= TitleKey.minimumSuffix && key.prefix.isEmpty { candidates += bySuffix[key.core] ?? [] }
        for n in Set(candidates).sorted() where key.matches(entries[n].key) { return entries[n].id }
        return nil
    }
}
