import Foundation
import ZhengceDocument
import ZhengceText

/// A parsed document with what the store derives from its measures' texts (terms for the
/// search index and, when the store keeps the optional FTS5 table, words and characters),
/// ready to be written.
///
/// Preparing is the costly part of storing a document and needs no database, so the indexer
/// prepares documents on several threads while one writes.
public struct PreparedDocument: Sendable {
    /// The document as it will be stored.
    public let document: PolicyDocument
    /// Per measure of `document.measures`, in order.
    let measures: [PreparedMeasure]
    /// The JSON columns: the document's issuers, provenance and warnings, each provision's path.
    let json: (issuers: String, provenance: String, warnings: String, provisionPaths: [String])
    /// The document model as stored in `document_models` (see `DocumentModelCoding`).
    let model: Data

    /// Prepares `document`; with `fullText`, also the FTS5 forms (segmenting with `segmenter`).
    public init(_ document: PolicyDocument, fullText: Bool = false, segmenter: Segmenter = .shared) {
        self.document = document
        self.model = DocumentModelCoding.encode(document)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        func encode(_ value: any Encodable) -> String {
            // Arrays of strings and plain records: encoding them cannot fail.
            (try? encoder.encode(value)).map { String(decoding: $0, as: UTF8.self) } ?? "null"
        }
        // Arrays of plain strings (no quote, backslash or control character) are written
        // directly, as JSONEncoder would write them; anything else goes through JSONEncoder.
        func encode(_ strings: [String]) -> String {
            var out = "["
            for (i, string) in strings.enumerated() {
                guard !string.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) else {
                    return encode(strings as any Encodable)
                }
                out += i == 0 ? "\"" : ",\""
                out += string
                out += "\""
            }
            return out + "]"
        }
        json = (encode(document.issuers), encode(document.provenance), encode(document.warnings),
                document.provisions.map { encode($0.path) })
        self.measures = document.measures.map { m in
            PreparedMeasure(path: encode(m.path), terms: SearchTerm.MeasureTerms(title: m.title, text: m.text),
                            fullText: fullText ? FullTextForms(title: m.title, text: m.text, segmenter: segmenter) : nil)
        }
    }
}

/// The derived forms of one measure.
struct PreparedMeasure: Sendable {
    /// The JSON of the measure's path.
    var path: String
    var terms: SearchTerm.MeasureTerms
    var fullText: FullTextForms?
}

/// What the optional FTS5 table (`measure_fts`) holds for one measure: words and character
/// terms of title and text, space-separated.
struct FullTextForms: Sendable {
    var titleWords: String
    var titleCharacters: String
    var textWords: String
    var textCharacters: String

    init(title: String, text: String, segmenter: Segmenter = .shared) {
        titleWords = IndexTerms.joinedWords(title, segmenter: segmenter)
        titleCharacters = IndexTerms.joinedCharacters(title)
        textWords = IndexTerms.joinedWords(text, segmenter: segmenter)
        textCharacters = IndexTerms.joinedCharacters(text)
    }

    /// The four columns in table order.
    var columns: [String] { [titleWords, titleCharacters, textWords, textCharacters] }
}
