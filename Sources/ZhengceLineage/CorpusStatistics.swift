import Foundation

/// The corpus-wide counts of words, kept from a full analysis so that a later analysis of a few changed
/// documents weighs their words as the whole corpus does without cutting every measure into words again
/// (incremental lineage): how many measures and documents were aligned, and in how many of them each word
/// of the paraphrase pass (`WordIndex`) and each evidence term (`sharedTerms`) occurs. (Trigrams need no
/// such record: the trigram index is built over every document in both kinds of analysis.)
///
/// Only entries seen in at least two measures are kept: a word seen once weighs the same whether counted
/// in the corpus or in the few documents analysed again (once).
///
/// This type owns its binary form (`encoded()` / `init(decoding:)`): a magic line, then the counts as
/// little-endian integers, each table sorted by key.
public struct CorpusStatistics: Sendable, Equatable {
    /// Measures aligned (formula and container measures left out).
    public var measures: Int
    /// Documents that have aligned measures.
    public var documents: Int
    /// Per word of the paraphrase pass: measures holding it.
    var words: [String: Int32]
    /// Per evidence term: measures and documents holding it.
    var terms: [String: Counts]

    /// A measure count and a document count.
    struct Counts: Sendable, Equatable {
        var measures: Int32
        var documents: Int32
    }

    init(measures: Int, documents: Int, words: [String: Int32], terms: [String: Counts]) {
        self.measures = measures; self.documents = documents
        self.words = words.filter { $0.value >= 2 }
        self.terms = terms.filter { $0.value.measures >= 2 }
    }

    /// Number of entries kept (words, terms).
    public var entryCount: (words: Int, terms: Int) { (words.count, terms.count) }

    private static let magic = Array("zhengce-corpus-statistics 2\n".utf8)

    /// The binary form.
    public func encoded() -> Data {
        var out = Data(CorpusStatistics.magic)
        func put<T: FixedWidthInteger>(_ value: T) { withUnsafeBytes(of: value.littleEndian) { out.append(contentsOf: $0) } }
        func put(_ string: String) { let bytes = Array(string.utf8); put(UInt32(bytes.count)); out.append(contentsOf: bytes) }
        put(Int64(measures)); put(Int64(documents))
        put(UInt32(words.count))
        for key in words.keys.sorted() { put(key); put(words[key]!) }
        put(UInt32(terms.count))
        for key in terms.keys.sorted() {
            let counts = terms[key]!
            put(key); put(counts.measures); put(counts.documents)
        }
        return out
    }

    /// Reads the binary form; nil when `data` is not one (another version, cut short).
    public init?(decoding data: Data) {
        var reader = ByteReader(bytes: [UInt8](data))
        guard reader.take(CorpusStatistics.magic.count) == CorpusStatistics.magic,
              let m: Int64 = reader.integer(), let d: Int64 = reader.integer()
        else { return nil }
        guard let wordCount: UInt32 = reader.integer() else { return nil }
        var words: [String: Int32] = [:]
        for _ in 0..<wordCount {
            guard let key = reader.string(), let a: Int32 = reader.integer() else { return nil }
            words[key] = a
        }
        guard let termCount: UInt32 = reader.integer() else { return nil }
        var terms: [String: Counts] = [:]
        for _ in 0..<termCount {
            guard let key = reader.string(), let a: Int32 = reader.integer(), let b: Int32 = reader.integer() else { return nil }
            terms[key] = Counts(measures: a, documents: b)
        }
        guard reader.atEnd else { return nil }
        self.init(measures: Int(m), documents: Int(d), words: words, terms: terms)
    }
}
