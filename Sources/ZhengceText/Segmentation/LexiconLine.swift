/// One entry of a lexicon file: a word and an optional frequency.
public struct LexiconLine: Sendable, Equatable {
    /// The word.
    public let word: String
    /// Its frequency when the line gives one.
    public let frequency: Int?

    /// Parses a lexicon file: one word per line, optionally followed by white space and
    /// a frequency (further columns such as a part of speech are ignored); blank lines
    /// and lines starting with # are skipped.
    public static func parse(_ text: String) -> [LexiconLine] {
        var entries: [LexiconLine] = []
        for line in text.split(whereSeparator: \.isNewline) {
            let fields = line.split(whereSeparator: \.isWhitespace)
            guard let first = fields.first, !first.hasPrefix("#") else { continue }
            entries.append(LexiconLine(word: String(first), frequency: fields.count > 1 ? Int(fields[1]) : nil))
        }
        return entries
    }
}
