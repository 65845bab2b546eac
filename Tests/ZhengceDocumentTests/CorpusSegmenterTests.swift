import Foundation
import Testing
import TestSupport
import ZhengceText
@testable import ZhengceDocument

/// Loading a corpus changes no process-wide state: its lexicon and its documents' terms go to the segmenter the
/// load returns (`Corpus.segmenter(for:)`), not to `Segmenter.shared`.
@Suite struct CorpusSegmenterTests {
    /// Terms of the loaded documents that the corpus's segmenter cuts otherwise than a new segmenter with the
    /// bundled lexicons alone.
    static func learnedTerms(_ loaded: Corpus.LoadResult) -> [String] {
        let bundled = Segmenter()
        return Set(loaded.documents.flatMap(DocumentTerms.terms(of:))).sorted().filter { loaded.segmenter.cut($0) != bundled.cut($0) }
    }

    @Test func loadingACorpusLeavesTheSharedSegmenterAsItWas() throws {
        let loaded = try Corpus(folder: Fixtures.corpus).load()
        let again = try Corpus(folder: Fixtures.corpus).load()
        let bundled = Segmenter()
        let learned = Self.learnedTerms(loaded)
        // The seeds teach terms the bundled lexicons cut in pieces.
        #expect(learned.count >= 10, "\(learned)")
        for term in learned {
            #expect(Segmenter.shared.cut(term) == bundled.cut(term), "\(term)")
        }
        // Whole texts holding those terms are cut by `shared` as by the bundled lexicons, by the corpus's segmenter
        // as by the segmenter of a second load.
        for document in loaded.documents {
            #expect(Segmenter.shared.cut(document.text) == bundled.cut(document.text), "\(document.id)")
            #expect(loaded.segmenter.cut(document.text) == again.segmenter.cut(document.text), "\(document.id)")
        }
        #expect(loaded.documents.contains { loaded.segmenter.cut($0.text) != bundled.cut($0.text) })
    }

    /// The segmenter of a load is the corpus's segmenter for the documents loaded, whatever else the process made.
    @Test func theLoadsSegmenterIsTheCorpusSegmenterOfItsDocuments() throws {
        let corpus = Corpus(folder: Fixtures.corpus)
        let other = try Corpus(folder: Fixtures.file("real")).load()
        let loaded = try corpus.load()
        let made = corpus.segmenter(for: loaded.documents)
        #expect(made.addedWordCount == loaded.segmenter.addedWordCount)
        for term in Self.learnedTerms(loaded) { #expect(made.cut(term) == loaded.segmenter.cut(term), "\(term)") }
        // The other corpus's own terms are not in this one's segmenter.
        let own = Set(loaded.documents.flatMap(DocumentTerms.terms(of:)))
        let others = Self.learnedTerms(other).filter { term in !own.contains { $0.contains(term) || term.contains($0) } }
        #expect(others.count >= 10)
        for term in others { #expect(loaded.segmenter.cut(term) == Segmenter().cut(term), "\(term)") }
    }

    /// The words of a corpus's `lexicon.txt` go to its segmenter alone.
    @Test func theUserLexiconGoesToTheCorpusSegmenter() throws {
        let folder = try scratchCorpus("corpus-segmenter")
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        try "# test\n跨境云仓联盟\n".write(to: folder.appendingPathComponent("lexicon.txt"), atomically: true, encoding: .utf8)
        let text = "推进跨境云仓联盟建设"
        let corpus = Corpus(folder: folder)
        #expect(!Segmenter().cut(text).contains("跨境云仓联盟"))
        #expect(corpus.lexiconSegmenter().cut(text) == ["推进", "跨境云仓联盟", "建设"])
        let loaded = try corpus.load()
        #expect(loaded.segmenter.cut(text) == ["推进", "跨境云仓联盟", "建设"])
        #expect(Segmenter.shared.cut(text) == Segmenter().cut(text))
    }
}
