import Testing
@testable import ZhengceLineage

/// `MeasureAligner.align` writes the alignments of every chunk of pairs into one buffer (`ConcurrentMap.collect`):
/// the same alignments in the same order as scoring the candidate pairs one after the other.
@Suite struct AlignmentBufferTests {
    @Test(arguments: [0.0, 0.35, 0.6, 2.0])
    func sameAsScoringThePairsInOrder(minimumScore: Double) {
        var aligner = MeasureAligner()
        aligner.minimumScore = minimumScore
        let index = ReverseRetrievalTests.index
        var statistics = AlignmentStatistics(), counted = AlignmentStatistics()
        let pairs = aligner.candidatePairs(index, statistics: &counted)
        // Each pair once, in order (the chunks' pairs joined, sorted and made distinct in place); pairs found from both ends.
        #expect(pairs == Array(Set(pairs)).sorted())
        #expect(pairs.allSatisfy { $0 >> 32 < $0 & 0xFFFF_FFFF })
        #expect(counted.candidatesTouched > pairs.count)
        // Enough pairs for several chunks (at least 256 pairs each).
        #expect(MeasureAligner.chunks(pairs.count).count > 1)
        let expected = pairs.map { aligner.score(Int($0 >> 32), Int($0 & 0xFFFF_FFFF), in: index) }.filter { $0.score >= minimumScore }
        let found = aligner.align(index, statistics: &statistics)
        #expect(found.count == expected.count && statistics.alignmentsKept == expected.count)
        #expect(found.map { UInt64($0.a) << 32 | UInt64($0.b) } == expected.map { UInt64($0.a) << 32 | UInt64($0.b) })
        #expect(found.map(\.score) == expected.map(\.score) && found.map(\.cosine) == expected.map(\.cosine))
        #expect(zip(found, expected).allSatisfy { Array($0.passages).map { [$0.a, $0.b, $0.length] } == Array($1.passages).map { [$0.a, $0.b, $0.length] } })
        if minimumScore > 1 { #expect(found.isEmpty) }
        if minimumScore == 0 { #expect(found.count == pairs.count) }
    }
}
