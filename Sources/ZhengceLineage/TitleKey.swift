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
        var folded = MeasureContent.contentOnly(MatchKey.fold(title))
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

    /// The state's name that law titles may omit.
    static let stateName = "中华人民共和国"

    /// Words that mark a draft in a title; removed so a draft and its final share a key.
    static let draftMarkers = ["征求意见稿", "送审稿", "草案", "讨论稿", "修订稿"]

    /// A cited title this long (characters) may match the end of a longer title.
    static let minimumSuffix = 8

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
