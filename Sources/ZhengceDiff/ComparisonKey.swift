import ZhengceText

/// The form two texts are compared in: what a reader would not call an amendment is folded away.
///
/// Builds on `MatchKey.fold` (full-width letters and digits, spaces between CJK characters) and
/// further drops all white space and line wraps, unifies punctuation variants (：/︰/:, 、/，/,,
/// ；/;, bracket and quote styles, dashes) and writes 〇/○/０ inside numbers as one form.
public enum ComparisonKey {
    /// The comparison key of `text`.
    /// - Complexity: O(n).
    public static func make(_ text: String) -> String {
        let folded = MatchKey.fold(text)
        var scalars = String.UnicodeScalarView()
        let source = Array(folded.unicodeScalars)
        for (i, scalar) in source.enumerated() {
            if scalar.properties.isWhitespace || scalar.value == 0x200B || scalar.value == 0xFEFF { continue }
            if let mapped = canonical[scalar.value] {
                scalars.append(mapped)
                continue
            }
            if zeroForms.contains(scalar.value) {
                let before = i > 0 && isDigitLike(source[i - 1])
                let after = i + 1 < source.count && isDigitLike(source[i + 1])
                scalars.append(before || after ? zeroAs(neighbour: before ? source[i - 1] : source[i + 1]) : scalar)
                continue
            }
            scalars.append(foldWidth(scalar))
        }
        return String(scalars)
    }

    /// 〇, ○, ◯ and Ο-like zeros written inside numbers.
    static let zeroForms: Set<UInt32> = [0x3007, 0x25CB, 0x25EF, 0x039F]

    /// Inside Arabic numbers a zero form is "0"; inside Chinese numerals it is "〇".
    private static func zeroAs(neighbour: Unicode.Scalar) -> Unicode.Scalar {
        ("0"..."9").contains(neighbour) ? "0" : "〇"
    }

    private static func isDigitLike(_ s: Unicode.Scalar) -> Bool {
        ("0"..."9").contains(s) || "零一二三四五六七八九十〇○".unicodeScalars.contains(s)
    }

    /// Other full-width ASCII punctuation (U+FF01–FF5E) to its ASCII form.
    private static func foldWidth(_ s: Unicode.Scalar) -> Unicode.Scalar {
        if s.value >= 0xFF01 && s.value <= 0xFF5E, let ascii = Unicode.Scalar(s.value - 0xFEE0) { return ascii }
        return s
    }

    /// Punctuation variants to one canonical scalar each.
    static let canonical: [UInt32: Unicode.Scalar] = {
        var table: [UInt32: Unicode.Scalar] = [:]
        func map(_ variants: String, to target: Unicode.Scalar) {
            for v in variants.unicodeScalars { table[v.value] = target }
        }
        map("：︰:﹕", to: "：")
        map("，,、﹐﹑､", to: "，")
        map("；;﹔", to: "；")
        map("。｡", to: "。")
        map("！!﹗", to: "！")
        map("？?﹖", to: "？")
        map("（(［[【〔﹝〖｛{", to: "（")
        map("）)］]】〕﹞〗｝}", to: "）")
        map("〈<＜‹", to: "〈")
        map("〉>＞›", to: "〉")
        map("“”\"＂「」『』‘’'＇﹁﹂﹃﹄", to: "\"")
        map("—–－‐‑‒―─━", to: "-")
        map("～〜~", to: "~")
        map("·•・‧", to: "·")
        map("．", to: ".")
        map("％", to: "%")
        return table
    }()
}
