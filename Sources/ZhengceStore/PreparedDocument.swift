import ZhengceDocument
import ZhengceText

/// A parsed document with what the store derives from its measures' texts (words and
/// characters for FTS5, terms for the search index), ready to be written.
///
/// Preparing is the costly part of storing a document and needs no database, so the indexer
/// prepares documents on several threads while one writes.
public struct PreparedDocument: Sendable {
    /// The document as it will be stored.
    public let document: PolicyDocument
    /// Per measure of `document.measures`, in order.
    let measures: [PreparedMeasure]

    /// Prepares `document`, segmenting with `segmenter`.
    public init(_ document: PolicyDocument, segmenter: Segmenter = .shared) {
        self.document = document
        self.measures = document.measures.map { m in
            PreparedMeasure(titleWords: IndexTerms.joinedWords(m.title, segmenter: segmenter),
                            textWords: IndexTerms.joinedWords(m.text, segmenter: segmenter),
                            titleCharacters: IndexTerms.joinedCharacters(m.title),
                            textCharacters: IndexTerms.joinedCharacters(m.text),
                            terms: SearchTerm.MeasureTerms(title: m.title, text: m.text))
        }
    }
}

/// The derived forms of one measure.
struct PreparedMeasure: Sendable {
    var titleWords: String
    var textWords: String
    var titleCharacters: String
    var textCharacters: String
    var terms: SearchTerm.MeasureTerms
}
