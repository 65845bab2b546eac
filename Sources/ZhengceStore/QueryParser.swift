import ZhengceText
/// A parsed search query: groups of alternatives that must all match, and exclusions.
///
/// The language: words and "quoted phrases" (ASCII or “full-width” quotes); terms next to
/// each other must all match (AND); `OR` between two terms makes them alternatives; a leading
/// `-` (or `NOT` before a term) excludes; `AND` is accepted and changes nothing. Everything
/// else is text to search for: FTS5 operators, `*`, `^`, `:` and brackets are never passed to
/// SQLite as syntax.
public struct ParsedQuery: Sendable, Hashable {
    /// One thing to look for: a word or a phrase as the user wrote it.
    public struct Term: Sendable, Hashable {
        /// The text as written (without quotes).
        public var text: String
        /// True when it was quoted.
        public var phrase: Bool
    }

    /// Each inner array is a set of alternatives (OR); all groups must match (AND).
    public var groups: [[Term]]
    /// Terms that must not match.
    public var excluded: [Term]

    /// True when there is nothing to look for.
    public var isEmpty: Bool { groups.isEmpty }
}

/// Why a query cannot be run.
public enum QueryError: Error, CustomStringConvertible, Sendable, Equatable {
    /// No searchable word (empty, or only punctuation and operators) and no filter.
    case nothingToSearch
    /// Only exclusions and no filter to list from.
    case onlyExclusions
    /// The query is longer than the limit (UTF-16 units).
    case tooLong(length: Int, limit: Int)
    /// More terms than the limit.
    case tooManyTerms(count: Int, limit: Int)
    /// A filter value that makes no sense (e.g. a year range backwards).
    case badFilter(String)

    public var description: String {
        switch self {
        case .nothingToSearch:
            return "the query has no word to search for (only spaces, punctuation or operators); give a word or a filter"
        case .onlyExclusions:
            return "the query only excludes (-word); add a word to search for or a filter such as --doc"
        case .tooLong(let length, let limit):
            return "the query is \(length) characters long; the limit is \(limit)"
        case .tooManyTerms(let count, let limit):
            return "the query has \(count) terms; the limit is \(limit)"
        case .badFilter(let message):
            return message
        }
    }
}

/// Reads the query language into a `ParsedQuery`.
public enum QueryParser {
    /// Longest query accepted, in UTF-16 units.
    public static let maximumLength = 1000
    /// Most terms accepted (positive and excluded).
    public static let maximumTerms = 32

    private enum Lexeme: Equatable {
        case term(String, phrase: Bool, negated: Bool)
        case or, and, not
    }

    /// Parses `text`. Terms with no letter or digit (pure punctuation) are dropped.
    /// Throws `QueryError.tooLong` or `.tooManyTerms`; an empty result is not an error here.
    /// A query in Traditional script (海外倉) is read on its Simplified key: the index holds Simplified text
    /// (documents in Traditional script are read on that key too).
    public static func parse(_ written: String) throws -> ParsedQuery {
        let length = written.utf16.count
        let text = length <= maximumLength ? ScriptKey.simplified(written) : written
        guard length <= maximumLength else { throw QueryError.tooLong(length: length, limit: maximumLength) }
        var groups: [[ParsedQuery.Term]] = []
        var excluded: [ParsedQuery.Term] = []
        var joinNext = false
        var negateNext = false
        for lexeme in lex(text) {
            switch lexeme {
            case .or:
                joinNext = !groups.isEmpty
            case .and:
                joinNext = false
            case .not:
                negateNext = true
                joinNext = false
            case .term(let word, let phrase, let negated):
                let term = ParsedQuery.Term(text: word, phrase: phrase)
                guard !IndexTerms.runs(of: IndexTerms.fold(word)).isEmpty else {
                    negateNext = false
                    continue
                }
                if negated || negateNext {
                    excluded.append(term)
                } else if joinNext, !groups.isEmpty {
                    groups[groups.count - 1].append(term)
                } else {
                    groups.append([term])
                }
                joinNext = false
                negateNext = false
            }
        }
        let count = groups.reduce(0) { $0 + $1.count } + excluded.count
        guard count <= maximumTerms else { throw QueryError.tooManyTerms(count: count, limit: maximumTerms) }
        return ParsedQuery(groups: groups, excluded: excluded)
    }

    private static let openQuotes: Set<Character> = ["\"", "“", "”", "„"]
    private static let closeQuotes: Set<Character> = ["\"", "”", "“"]

    private static func lex(_ text: String) -> [Lexeme] {
        var out: [Lexeme] = []
        let chars = Array(text)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c.isWhitespace { i += 1; continue }
            var negated = false
            if c == "-" || c == "－" {
                negated = true
                i += 1
                if i >= chars.count || chars[i].isWhitespace { continue }
            }
            if openQuotes.contains(chars[i]) {
                var j = i + 1
                var phrase = ""
                while j < chars.count, !closeQuotes.contains(chars[j]) {
                    phrase.append(chars[j])
                    j += 1
                }
                // An unbalanced quote runs to the end of the query.
                out.append(.term(phrase, phrase: true, negated: negated))
                i = j + 1
                continue
            }
            var j = i
            var word = ""
            while j < chars.count, !chars[j].isWhitespace, !openQuotes.contains(chars[j]) {
                word.append(chars[j])
                j += 1
            }
            i = j
            if !negated {
                if word == "OR" || word == "|" || word == "||" { out.append(.or); continue }
                if word == "AND" || word == "&&" { out.append(.and); continue }
                if word == "NOT" { out.append(.not); continue }
            }
            out.append(.term(word, phrase: false, negated: negated))
        }
        return out
    }
}
