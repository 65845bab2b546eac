import Foundation
import Testing
import TestSupport
@testable import ZhengceDiff

@Suite struct GeneratedRevisionTests {
    /// Sentences from the five seed documents of the repository's corpus.
    static let generator: RevisionGenerator = {
        let files = (try? FileManager.default.contentsOfDirectory(at: Fixtures.corpus, includingPropertiesForKeys: nil)) ?? []
        let texts = files.filter { ["txt", "md", "html"].contains($0.pathExtension) }.sorted { $0.path < $1.path }
            .compactMap { try? String(contentsOf: $0, encoding: .utf8) }
        let all = texts.flatMap(RevisionGenerator.sentences(of:))
        let half = all.count * 3 / 4
        return RevisionGenerator(sentences: Array(all[..<half]), insertPool: Array(all[half...]))
    }()

    @Test func generatorHasRealText() {
        #expect(Self.generator.sentences.count > 150)
        #expect(Self.generator.insertPool.count > 40)
    }

    @Test func alignmentOnGeneratedRevisionsMeetsTheFloor() {
        var score = AlignmentScore()
        for seed in 1...60 { score.add(Self.generator.pair(seed: UInt64(seed))) }
        print(String(format: "generated pairs: 60, precision %.4f recall %.4f F1 %.4f renumber recall %.4f (%d) move recall %.4f (%d)",
                     score.precision, score.recall, score.f1, score.renumberRecall, score.renumberedTotal, score.moveRecall, score.movedTotal))
        #expect(score.renumberedTotal > 300)
        #expect(score.movedTotal > 10)
        #expect(score.f1 >= 0.97)
        #expect(score.renumberRecall == 1.0)
        #expect(score.moveRecall >= 0.9)
    }

    @Test func generatedPairSwappedIsTheMirror() {
        let pair = Self.generator.pair(seed: 7)
        let forward = DocumentDiffer().diff(old: pair.old.build(), new: pair.new.build())
        let backward = DocumentDiffer().diff(old: pair.new.build(), new: pair.old.build())
        #expect(forward.summary.added == backward.summary.removed)
        #expect(forward.summary.removed == backward.summary.added)
        #expect(forward.summary.split == backward.summary.merged)
        #expect(forward.summary.merged == backward.summary.split)
        #expect(forward.summary.renumbered == backward.summary.renumbered)
        #expect(forward.summary.moved == backward.summary.moved)
    }
}
