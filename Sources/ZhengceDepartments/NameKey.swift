import ZhengceText

/// The folded form of a department name used for lookups.
///
/// Folds with `MatchKey` (full-width Latin and digits, spaces between CJK characters),
/// then drops all remaining white space, makes ASCII parentheses full-width and trims
/// list punctuation and quotes at both ends: "商 务 部" → "商务部", "各市(州)" → "各市（州）".
enum NameKey {
    /// The lookup key of `name`.
    /// - Complexity: O(n) in the length of `name`.
    static func make(_ name: String) -> String {
        if isAlreadyKey(name) { return name }
        var out = ""
        out.unicodeScalars.reserveCapacity(name.unicodeScalars.count)
        for scalar in MatchKey.fold(name).unicodeScalars {
            if scalar.properties.isWhitespace { continue }
            switch scalar {
            case "(": out.unicodeScalars.append("（")
            case ")": out.unicodeScalars.append("）")
            default: out.unicodeScalars.append(scalar)
            }
        }
        while let first = out.unicodeScalars.first, edgeScalars.contains(first) { out.unicodeScalars.removeFirst() }
        while let last = out.unicodeScalars.last, edgeScalars.contains(last) { out.unicodeScalars.removeLast() }
        // A name wrapped whole in brackets: （商务厅） → 商务厅.
        while out.hasPrefix("（"), out.hasSuffix("）"), out.count > 2,
              !out.dropFirst().dropLast().contains("（"), !out.dropFirst().dropLast().contains("）") {
            out = String(out.dropFirst().dropLast())
        }
        return out
    }

    /// True when folding would not change `name`: no white space, full-width forms, ASCII
    /// parentheses or edge punctuation. Most registry names take this fast path.
    private static func isAlreadyKey(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, let last = name.unicodeScalars.last else { return true }
        if edgeScalars.contains(first) || edgeScalars.contains(last) || first == "（" || last == "）" { return false }
        for scalar in name.unicodeScalars {
            if scalar.properties.isWhitespace || scalar == "(" || scalar == ")" { return false }
            if (0xFF00...0xFFEF).contains(scalar.value) && scalar != "（" && scalar != "）" { return false }
        }
        return true
    }

    /// List punctuation and quotes trimmed from both ends of a name.
    private static let edgeScalars: Set<Unicode.Scalar> = ["、", "，", ",", "。", "；", ";", "：", ":", "“", "”", "\"", "'", "‘", "’", "《", "》"]

    /// The prefix that names the state itself and may be dropped: 中华人民共和国上海海关 → 上海海关.
    static let statePrefix = "中华人民共和国"
}
