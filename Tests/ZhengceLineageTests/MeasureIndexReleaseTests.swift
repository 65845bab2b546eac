import Testing
@testable import ZhengceLineage

/// `MeasureIndex.releaseTrigrams()`: what the steps after alignment read stays as it was, the trigrams go, and a
/// copy made before (the index the shards of a first run share) keeps scoring as before.
@Suite struct MeasureIndexReleaseTests {
    /// Rows of three documents: a measure repeated word for word in another document, one shorter than a
    /// trigram, an empty one, and two measures of one document sharing most of their text.
    static let contents: [(document: Int, measure: Int, units: [UInt16])] = [
        (0, 0, Array("各级人民政府应当加强对安全生产工作的领导".utf16)),
        (0, 1, Array("县级以上地方各级人民政府应当组织有关部门".utf16)),
        (1, 0, Array("各级人民政府应当加强对安全生产工作的领导".utf16)),
        (1, 2, Array("领导".utf16)),
        (1, 3, []),
        (2, 0, Array("生产经营单位必须遵守本法和其他有关安全生产的法律".utf16)),
        (2, 1, Array("生产经营单位必须遵守本法和其他有关的法律法规".utf16)),
    ]

    @Test func rowsStayAndTrigramsGo() {
        let index = MeasureIndex(contents: MeasureIndexReleaseTests.contents)
        #expect(index.holdsTrigrams)
        #expect(index.postingValues > 0 && !index.grams(0).isEmpty && !index.weight.isEmpty)
        var released = index
        released.releaseTrigrams()
        #expect(!released.holdsTrigrams)
        #expect(released.count == MeasureIndexReleaseTests.contents.count)
        #expect(released.units.map(Array.init) == MeasureIndexReleaseTests.contents.map(\.units))
        #expect(released.documentOf == [0, 0, 1, 1, 1, 2, 2])
        #expect(released.measureOf == [0, 1, 0, 2, 3, 0, 1])
        #expect(released.norm == index.norm)
        #expect(released.documentCount == 3)
        #expect(released.trigrams == nil && index.trigrams != nil)
        #expect(released.postingValues == 0 && released.rowStart.isEmpty)
        #expect(released.trigramCount == 0)
        #expect(released.weight.isEmpty && released.unitWeight.isEmpty)
    }

    @Test func aCopyMadeBeforeStillScores() {
        let index = MeasureIndex(contents: MeasureIndexReleaseTests.contents)
        let before = (0..<index.count).flatMap { a in (0..<index.count).map { b in index.cosine(a, b) } }
        let aligner = MeasureAligner()
        let scoreBefore = aligner.score(5, 6, in: index).score
        var released = index
        released.releaseTrigrams()
        let after = (0..<index.count).flatMap { a in (0..<index.count).map { b in index.cosine(a, b) } }
        #expect(after == before)
        #expect(aligner.score(5, 6, in: index).score == scoreBefore)
        // The repeated measure is the same text; the empty and the short ones score nothing.
        #expect(abs(index.cosine(0, 2) - 1) < 1e-6)
        #expect(index.cosine(3, 0) == 0 && index.cosine(4, 0) == 0)
        #expect(scoreBefore > 0.5)
    }
}
