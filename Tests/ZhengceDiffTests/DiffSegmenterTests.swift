import Foundation
import Testing
import TestSupport
import ZhengceDocument
import ZhengceText
@testable import ZhengceDiff

/// The diff cuts words with the segmenter it is given (`DocumentDiffer.segmenter`, the bundled `Segmenter.shared`
/// unless told), so its result does not depend on what the process loaded before.
@Suite struct DiffSegmenterTests {
    /// The pairs of versions of Tests/Fixtures/diff/real (the oldest and newest file of each title).
    static let pairs: [(old: PolicyDocument, new: PolicyDocument)] = {
        let folder = Fixtures.file("diff/real")
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
            .filter { $0.hasSuffix(".md") && $0 != "README.md" }.sorted()
        let byTitle = Dictionary(grouping: names) { String($0.dropLast("-2000-01-01.md".count)) }
        return byTitle.keys.sorted().compactMap { title in
            guard let files = byTitle[title], files.count >= 2, let first = files.first, let last = files.last else { return nil }
            return (FullRevisionTests.parse(first), FullRevisionTests.parse(last))
        }
    }()

    static func json(_ diff: DocumentDiff) -> Data { (try? DiffJSON.encode(diff)) ?? Data() }

    /// Last session's failure (631b74f): a test loaded the diff fixtures as a `Corpus`, which added their terms to
    /// `Segmenter.shared`, and the diffs of `FullRevisionTests` in the same process came out otherwise.
    @Test func aDiffIsTheSameWhateverTheProcessLoadedBefore() throws {
        let pairs = Self.pairs
        #expect(pairs.count >= 15)
        let before = pairs.map { Self.json(DocumentDiffer(includeUnchanged: true).diff(old: $0.old, new: $0.new)) }
        let loaded = try Corpus(folder: Fixtures.file("diff/real")).load()
        #expect(loaded.documents.count >= 30)
        let after = pairs.map { Self.json(DocumentDiffer(includeUnchanged: true).diff(old: $0.old, new: $0.new)) }
        for (k, pair) in pairs.enumerated() { #expect(after[k] == before[k], "\(pair.old.id)") }
        // Given the corpus's segmenter, some of these diffs do come out otherwise: the check above can fail.
        #expect(pairs.indices.contains {
            Self.json(DocumentDiffer(includeUnchanged: true, segmenter: loaded.segmenter).diff(old: pairs[$0].old, new: pairs[$0].new)) != before[$0]
        })
    }

    /// A segmenter that knows a word: the word diff and the rewritten pass's content words take it whole.
    @Test func theSegmenterGivenCutsTheWords() {
        let local = Segmenter()
        local.addWords(["跨境云仓联盟"])
        let old = "推进跨境云仓联盟建设。", new = "推进跨境云仓同盟建设。"
        let bundled = WordDiff.runs(old: old, new: new)
        let learned = WordDiff.runs(old: old, new: new, segmenter: local)
        #expect(!bundled.contains { $0.op == .delete && $0.text.contains("跨境云仓联盟") }, "\(bundled)")
        #expect(learned.contains { $0.op == .delete && $0.text.contains("跨境云仓联盟") }, "\(learned)")

        var matcher = RewrittenMatcher()
        #expect(!matcher.words(old).contains("跨境云仓联盟"))
        matcher.segmenter = local
        #expect(matcher.words(old).contains("跨境云仓联盟"))

        let differ = DocumentDiffer(segmenter: local)
        #expect(differ.aligner.segmenter === local)
        #expect(DocumentDiffer().segmenter === Segmenter.shared)
    }
}
