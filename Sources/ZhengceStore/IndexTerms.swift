import ZhengceText

/// The terms the full-text index holds for a piece of text, and the same cut for a query.
///
/// Two kinds of terms are indexed: the segmenter's words (split where CJK meets Latin or
/// digits, so "2025年" gives "2025" and "年"), and for every run of CJK ideographs its
/// character bigrams followed by the run's last character alone. A query word then matches
/// through its own words or through its bigram phrase, whatever the segmenter did with the
/// text; a single character matches as a prefix of the bigrams and run ends.
/// Everything is folded first (`MatchKey`, ASCII lower case), so full-width and half-width
/// Latin and digits match.
public enum IndexTerms {
    /// The folded form used for matching: `MatchKey` folding plus ASCII lower case.
    /// Has the UTF-16 length of the `MatchKey` fold, so `MatchKey.originalOffsets` maps it back.
    public static func fold(_ text: String) -> String {
        lowerASCII(MatchKey.fold(text))
    }

    /// ASCII upper case to lower case, nothing else changed (UTF-16 length kept).
    static func lowerASCII(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 >= 0x41 && $0 <= 0x5A }) else { return text }
        return String(decoding: text.utf8.map { ($0 >= 0x41 && $0 <= 0x5A) ? $0 + 0x20 : $0 }, as: UTF8.self)
    }

    /// The segmenter's words of `text`, folded, split at CJK/non-CJK boundaries, punctuation dropped.
    public static func words(_ text: String, segmenter: Segmenter = .shared) -> [String] {
        var out: [String] = []
        for token in segmenter.tokenize(fold(text)) {
            // Fast path: a token of one kind only (all CJK, or all letters and digits).
            var kinds: (cjk: Bool, other: Bool, separator: Bool) = (false, false, false)
            for scalar in token.text.unicodeScalars {
                switch classify(scalar) {
                case .cjk: kinds.cjk = true
                case .other: kinds.other = true
                case .separator: kinds.separator = true
                }
            }
            if !kinds.separator && kinds.cjk != kinds.other {
                out.append(token.text)
            } else if kinds.cjk || kinds.other {
                for run in runs(of: token.text) { out.append(run.text) }
            }
        }
        return out
    }

    /// `words(text)` joined by spaces: the form stored and indexed.
    static func joinedWords(_ text: String, segmenter: Segmenter = .shared) -> String {
        words(text, segmenter: segmenter).joined(separator: " ")
    }

    /// `characters(text)` joined by spaces, built without intermediate strings: the form indexed.
    /// - Complexity: O(n) in the length of `text`.
    static func joinedCharacters(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var previous: Unicode.Scalar? = nil
        func endRun() {
            if let p = previous {
                if !out.isEmpty { out.append(" ") }
                out.append(p)
            }
            previous = nil
        }
        for scalar in fold(text).unicodeScalars {
            if isIdeograph(scalar) {
                if let p = previous {
                    if !out.isEmpty { out.append(" ") }
                    out.append(p)
                    out.append(scalar)
                }
                previous = scalar
            } else {
                endRun()
            }
        }
        endRun()
        return String(out)
    }

    /// Character terms of `text`: for each CJK run, its bigrams then its last character.
    public static func characters(_ text: String) -> [String] {
        var out: [String] = []
        for run in runs(of: fold(text)) where run.cjk {
            let scalars = Array(run.text.unicodeScalars)
            if scalars.count > 1 {
                for i in 0..<(scalars.count - 1) {
                    var pair = String.UnicodeScalarView()
                    pair.append(scalars[i])
                    pair.append(scalars[i + 1])
                    out.append(String(pair))
                }
            }
            if let last = scalars.last { out.append(String(last)) }
        }
        return out
    }

    /// A maximal run of word characters: CJK ideographs, or other letters and digits.
    public struct Run: Sendable, Hashable {
        /// The run's text.
        public var text: String
        /// True for a run of CJK ideographs.
        public var cjk: Bool
        /// UTF-16 offset of the run in the string it was cut from.
        public var start: Int
        /// UTF-16 offset one past the run's end.
        public var end: Int
    }

    /// The runs of word characters of `text`, in order; anything else (punctuation,
    /// symbols, white space) separates runs.
    /// - Complexity: O(n) in the length of `text`.
    public static func runs(of text: String) -> [Run] {
        var out: [Run] = []
        var current = String.UnicodeScalarView()
        var currentCJK = false
        var start = 0
        var offset = 0
        for scalar in text.unicodeScalars {
            let kind = classify(scalar)
            if kind == .separator || (!current.isEmpty && (kind == .cjk) != currentCJK) {
                if !current.isEmpty {
                    out.append(Run(text: String(current), cjk: currentCJK, start: start, end: offset))
                    current = String.UnicodeScalarView()
                }
            }
            if kind != .separator {
                if current.isEmpty { start = offset; currentCJK = kind == .cjk }
                current.append(scalar)
            }
            offset += scalar.utf16.count
        }
        if !current.isEmpty { out.append(Run(text: String(current), cjk: currentCJK, start: start, end: offset)) }
        return out
    }

    private enum Kind { case cjk, other, separator }

    @inline(__always) private static func classify(_ scalar: Unicode.Scalar) -> Kind {
        if isIdeograph(scalar) { return .cjk }
        let v = scalar.value
        if v < 0x80 {
            return (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) ? .other : .separator
        }
        // Common CJK punctuation (all P* or Z* or S* categories).
        if (v >= 0x3000 && v <= 0x3004) || (v >= 0x3008 && v <= 0x3011) { return .separator }
        if (v >= 0xFF01 && v <= 0xFF0F) || (v >= 0xFF1A && v <= 0xFF20) { return .separator }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber, .privateUse:
            return .other
        default:
            return .separator
        }
    }

    /// A letter or digit that is not a CJK ideograph: what word runs (other than CJK) are made of.
    @inline(__always) static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool { classify(scalar) == .other }

    /// CJK unified ideographs (all planes), compatibility ideographs and 〇.
    static func isIdeograph(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3007, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3134F: return true
        default: return false
        }
    }
}
