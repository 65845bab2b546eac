import Foundation

/// The Chinese word segmenter: a lattice of lexicon words (jieba's general lexicon, the
/// bundled policy lexicon and any words added) searched for the most probable path, an
/// HMM for unknown words, and rules for numbers, dates, Latin words and 发文字号.
///
/// Thread-safe: the lexicons are immutable except for added words, which are copied
/// under a lock at the start of each call. Deterministic: the same words give the same
/// tokens.
///
/// Words learned from a corpus go to a segmenter of that corpus (`Corpus.segmenter(for:)`), passed
/// to whatever cuts its text; `shared` is never changed, so that what one caller loaded cannot change
/// how another caller's text is cut.
public final class Segmenter: @unchecked Sendable {
    /// The segmenter with the bundled lexicons, read-only: adding words to it stops the program
    /// (make a `Segmenter()` of your own instead).
    public static let shared = Segmenter(style: .policy, includePolicyLexicon: true, readOnly: true)

    /// Frequency given to a policy or user word listed without one: high enough that the
    /// word beats its parts, low enough that it does not swallow a better neighbour.
    public static let defaultUserFrequency = 2000

    private let lock = NSLock()
    private let trie: WordTrie
    private var overlay = WordOverlay()
    /// Set at the end of `shared`'s initialiser: no word may be added after.
    private var readOnly = false
    /// The style used by `tokenize(_:)` and `cut(_:)`.
    public let style: SegmentationStyle

    /// Makes a segmenter over the bundled general and policy lexicons.
    public convenience init(style: SegmentationStyle = .policy) {
        self.init(style: style, includePolicyLexicon: true)
    }

    /// Makes a segmenter; `includePolicyLexicon: false` leaves out the bundled policy terms.
    public convenience init(style: SegmentationStyle, includePolicyLexicon: Bool) {
        self.init(style: style, includePolicyLexicon: includePolicyLexicon, readOnly: false)
    }

    private init(style: SegmentationStyle, includePolicyLexicon: Bool, readOnly: Bool) {
        self.style = style
        trie = SharedModels.trie
        if includePolicyLexicon, let text = SharedModels.policyLexicon {
            addLexicon(text)
        }
        self.readOnly = readOnly
    }

    /// Number of words added on top of the general lexicon (policy and user words).
    public var addedWordCount: Int {
        lock.lock(); defer { lock.unlock() }
        return overlay.count
    }

    /// Adds domain terms (learned from a corpus or a user lexicon) with the default frequency.
    /// A word the general lexicon already holds keeps its own frequency there (商务部 stays
    /// rare enough that 商务部门 is still 商务 部门); a new word gets `defaultUserFrequency`.
    public func addWords<S: Sequence>(_ words: S) where S.Element == String {
        let entries = words.map { LexiconLine(word: $0.trimmingCharacters(in: .whitespacesAndNewlines), frequency: nil) }
        add(entries.filter { !$0.word.isEmpty })
    }

    /// Adds the words of a lexicon file's text: one word per line, optionally followed by
    /// white space and a frequency; lines starting with # are comments.
    /// - Returns: the number of words read.
    @discardableResult
    public func addLexicon(_ text: String) -> Int {
        let entries = LexiconLine.parse(text)
        add(entries)
        return entries.count
    }

    /// Adds entries. An explicit frequency is used as given. Without one: a word already
    /// added keeps its cost (a learned term does not override the policy lexicon), a
    /// general-lexicon word keeps jieba's, a level-prefixed name whose rest is a known word
    /// (市 + 税务局) gets `levelPrefixedFrequency` so that 上海市税务局 stays 上海市 税务局,
    /// and any other new word gets `defaultUserFrequency`.
    private func add(_ entries: [LexiconLine]) {
        precondition(!readOnly, "Segmenter.shared is read-only: add words to a segmenter of your own (Corpus.segmenter(for:))")
        lock.lock(); defer { lock.unlock() }
        for entry in entries {
            let units = Array(entry.word.utf16)
            let cost: Float
            if let frequency = entry.frequency {
                cost = self.cost(frequency: frequency)
            } else if overlay.cost(of: units) != nil {
                continue
            } else if let known = trie.cost(of: units) {
                cost = known
            } else if units.count > 2, Self.levelPrefixes.contains(units[0]),
                      trie.cost(of: units.dropFirst()) != nil || overlay.cost(of: units.dropFirst()) != nil {
                cost = self.cost(frequency: Self.levelPrefixedFrequency)
            } else {
                cost = self.cost(frequency: Self.defaultUserFrequency)
            }
            overlay.add(entry.word, cost: cost)
        }
    }

    /// Administrative levels that prefix a department name (省市场监管局, 市商务委).
    static let levelPrefixes: Set<UInt16> = Set("省市区县州".utf16)

    /// Frequency of a level-prefixed department name added without one.
    public static let levelPrefixedFrequency = 100

    /// Adds the words of a lexicon file (UTF-8, UTF-16 with BOM or GB18030), such as a
    /// corpus's `lexicon.txt`. - Returns: the number of words read.
    @discardableResult
    public func addLexicon(contentsOf url: URL) throws -> Int {
        addLexicon(try TextDecoder.decode(Data(contentsOf: url)).text)
    }

    /// The cost (-ln p) of a word seen `frequency` times in the general lexicon's counts.
    func cost(frequency: Int) -> Float {
        Float(log(trie.totalFrequency / Double(max(frequency, 1))))
    }

    private func engine(_ style: SegmentationStyle) -> SegmentationEngine {
        lock.lock()
        let snapshot = overlay
        lock.unlock()
        return SegmentationEngine(trie: trie, overlay: snapshot, hmm: SharedModels.hmm, style: style, tuning: .preset(style))
    }

    /// The UTF-16 ranges of the tokens of `text`; white space is not a token.
    /// - Complexity: O(n) in the length of the text (words are at most 16 characters).
    public func ranges(_ text: String, style: SegmentationStyle? = nil) -> [Range<Int>] {
        ranges(utf16: Array(text.utf16), style: style)
    }

    /// The token ranges of the UTF-16 code units `units`.
    public func ranges(utf16 units: [UInt16], style: SegmentationStyle? = nil) -> [Range<Int>] {
        let engine = engine(style ?? self.style)
        var out: [Range<Int>] = []
        out.reserveCapacity(units.count / 2 + 1)
        units.withUnsafeBufferPointer { engine.segment($0, into: &out) }
        return out
    }

    /// Splits `text` into tokens with UTF-16 offsets; white space is not a token.
    public func tokenize(_ text: String) -> [Token] {
        tokenize(text, style: style)
    }

    /// Splits `text` into tokens in `style`.
    public func tokenize(_ text: String, style: SegmentationStyle) -> [Token] {
        let units = Array(text.utf16)
        let ranges = ranges(utf16: units, style: style)
        return ranges.map { Token(text: String(utf16Units: units[$0]), start: $0.lowerBound, end: $0.upperBound) }
    }

    /// The words of `text`, white space dropped.
    public func cut(_ text: String) -> [String] { tokenize(text).map(\.text) }
}

/// The immutable models, loaded once per process on first use.
enum SharedModels {
    /// jieba's general lexicon; an empty trie if the resource is missing.
    static let trie: WordTrie = (try? WordTrie(resource: "jieba-lexicon.bin")) ?? WordTrie()
    /// The character HMM; a model without emissions if the resource is missing.
    static let hmm: CharacterHMM = (try? CharacterHMM(resource: "jieba-hmm.bin")) ?? CharacterHMM()
    /// The text of the bundled policy lexicon.
    static let policyLexicon: String? = {
        guard let url = Bundle.module.url(forResource: "policy-lexicon", withExtension: "txt", subdirectory: "Resources")
            ?? Bundle.module.url(forResource: "policy-lexicon", withExtension: "txt") else { return nil }
        return try? String(contentsOf: url, encoding: .utf8)
    }()
}
