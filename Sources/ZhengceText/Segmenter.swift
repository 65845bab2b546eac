import Foundation

/// The Chinese word segmenter (placeholder over ICU word breaks until the lexicon
/// segmenter lands; same public API).
public final class Segmenter: @unchecked Sendable {
    /// The segmenter with the bundled lexicons.
    public static let shared = Segmenter()

    private let lock = NSLock()
    private let breaker: ICUWordBreaker?
    private var extraWords: Set<String> = []

    /// Makes a segmenter.
    public init() {
        breaker = try? ICUWordBreaker(locale: "zh")
    }

    /// Adds domain terms (learned from a corpus) to the lexicon.
    public func addWords<S: Sequence>(_ words: S) where S.Element == String {
        lock.lock(); defer { lock.unlock() }
        extraWords.formUnion(words)
    }

    /// Splits `text` into tokens with UTF-16 offsets; white space is not a token.
    public func tokenize(_ text: String) -> [Token] {
        lock.lock(); defer { lock.unlock() }
        let utf16 = Array(text.utf16)
        guard let breaker, let cuts = try? breaker.boundaries(utf16) else { return [] }
        var tokens: [Token] = []
        for (a, b) in zip(cuts, cuts.dropFirst()) {
            let piece = String(decoding: utf16[a..<b], as: UTF16.self)
            if piece.allSatisfy(\.isWhitespace) { continue }
            tokens.append(Token(text: piece, start: a, end: b))
        }
        return tokens
    }

    /// The words of `text`, white space dropped.
    public func cut(_ text: String) -> [String] { tokenize(text).map(\.text) }
}
