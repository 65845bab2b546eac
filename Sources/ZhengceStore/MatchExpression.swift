import ZhengceText

/// Builds FTS5 MATCH expressions from parsed queries, only ever from quoted strings of
/// letters, digits and spaces, so user text can never be read as FTS5 syntax.
enum MatchExpression {
    /// The expression for the positive groups, nil when there are none.
    static func positive(_ query: ParsedQuery, segmenter: Segmenter = .shared) -> String? {
        let groups = query.groups.compactMap { group -> String? in
            let alternatives = group.compactMap { term(for: $0, segmenter: segmenter) }
            guard !alternatives.isEmpty else { return nil }
            return alternatives.count == 1 ? alternatives[0] : "(" + alternatives.joined(separator: " OR ") + ")"
        }
        guard !groups.isEmpty else { return nil }
        return groups.joined(separator: " AND ")
    }

    /// The expression matching any excluded term, nil when there are none.
    static func excluded(_ query: ParsedQuery, segmenter: Segmenter = .shared) -> String? {
        let terms = query.excluded.compactMap { term(for: $0, segmenter: segmenter) }
        guard !terms.isEmpty else { return nil }
        return terms.joined(separator: " OR ")
    }

    /// One term: its words as a phrase, OR its characters as a phrase (so a different
    /// segmentation of the text still matches); nil when it has no word characters.
    static func term(for term: ParsedQuery.Term, segmenter: Segmenter = .shared) -> String? {
        let folded = IndexTerms.fold(term.text)
        let runs = IndexTerms.runs(of: folded)
        guard !runs.isEmpty else { return nil }
        let words = IndexTerms.words(folded, segmenter: segmenter)
        var alternatives: [String] = []
        if !words.isEmpty { alternatives.append(quote(words)) }
        if runs.contains(where: \.cjk) {
            let characters = characterExpression(runs)
            if !alternatives.contains(characters) { alternatives.append(characters) }
        }
        guard !alternatives.isEmpty else { return nil }
        return alternatives.count == 1 ? alternatives[0] : "(" + alternatives.joined(separator: " OR ") + ")"
    }

    /// The character side of a term. All-CJK: one phrase of the index's character terms, every
    /// run but the last followed by its final character (as in the index), the last run ending
    /// open (a single last character becomes a prefix). Mixed: each run on its own, ANDed.
    private static func characterExpression(_ runs: [IndexTerms.Run]) -> String {
        if runs.allSatisfy(\.cjk) {
            var tokens: [String] = []
            var prefix = false
            for (i, run) in runs.enumerated() {
                let scalars = Array(run.text.unicodeScalars)
                for k in 0..<max(0, scalars.count - 1) { tokens.append(String(scalars[k]) + String(scalars[k + 1])) }
                if i < runs.count - 1 {
                    tokens.append(String(scalars[scalars.count - 1]))
                } else if scalars.count == 1 {
                    tokens.append(String(scalars[0]))
                    prefix = true
                }
            }
            return quote(tokens) + (prefix ? "*" : "")
        }
        let parts = runs.map { run in run.cjk ? characterExpression([run]) : quote([run.text]) }
        return parts.count == 1 ? parts[0] : "(" + parts.joined(separator: " AND ") + ")"
    }

    /// A quoted FTS5 string; the tokens hold only letters and digits (runs of `IndexTerms`),
    /// and anything else is replaced by a space as a second guard.
    private static func quote(_ tokens: [String]) -> String {
        let body = tokens.joined(separator: " ").unicodeScalars.map { scalar -> String in
            let c = scalar.properties.generalCategory
            switch c {
            case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
                 .decimalNumber, .letterNumber, .otherNumber, .privateUse:
                return String(scalar)
            default:
                return " "
            }
        }.joined()
        return "\"" + body + "\""
    }
}
