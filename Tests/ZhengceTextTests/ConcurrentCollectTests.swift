import Testing
@testable import ZhengceText

/// `ConcurrentMap.collect`: the values each chunk emits, in chunk order, in one array, the same as an array per chunk
/// joined in order (what it replaces).
@Suite struct ConcurrentCollectTests {
    /// Chunk `c` of `chunks` emits the items of its range that `keep` keeps, as (chunk, item) values.
    static func joined(_ chunks: [Range<Int>], _ keep: @escaping @Sendable (Int) -> Bool) -> [[Int]] {
        var perChunk: [[[Int]]] = []
        for c in chunks.indices { perChunk.append(chunks[c].filter(keep).map { [c, $0] }) }
        return perChunk.flatMap { $0 }
    }

    static func collected(_ chunks: [Range<Int>], _ keep: @escaping @Sendable (Int) -> Bool) -> [[Int]] {
        ConcurrentMap.collect(chunks) { (c, emit: ([Int]) -> Void) in
            for item in chunks[c] where keep(item) { emit([c, item]) }
        }
    }

    @Test func sameAsTheChunksJoined() {
        let chunks = [0..<5, 5..<6, 6..<40, 40..<41, 41..<100]
        let keep: @Sendable (Int) -> Bool = { $0 % 3 != 1 }
        let expected = ConcurrentCollectTests.joined(chunks, keep)
        #expect(ConcurrentCollectTests.collected(chunks, keep) == expected)
        #expect(expected.count == 67)
    }

    /// Chunks emitting nothing at the start, inside and at the end; a chunk emitting as many values as it has
    /// items (its region full up to the next chunk's); empty chunks.
    @Test func emptyAndFullChunks() {
        let chunks = [0..<4, 4..<4, 4..<9, 9..<12, 12..<20]
        let keep: @Sendable (Int) -> Bool = { (4..<9).contains($0) || $0 == 11 }
        let collected = ConcurrentCollectTests.collected(chunks, keep)
        #expect(collected == [[2, 4], [2, 5], [2, 6], [2, 7], [2, 8], [3, 11]])
        let everything = ConcurrentCollectTests.collected(chunks) { _ in true }
        #expect(everything.map { $0[1] } == Array(0..<20))
        #expect(ConcurrentCollectTests.collected(chunks) { _ in false }.isEmpty)
    }

    @Test func noChunks() {
        let none: [Int] = ConcurrentMap.collect([]) { (_, _: (Int) -> Void) in }
        #expect(none.isEmpty)
        let emptyRanges: [Int] = ConcurrentMap.collect([0..<0, 0..<0]) { (_, _: (Int) -> Void) in }
        #expect(emptyRanges.isEmpty)
    }

    /// Chunks that do not start at 0 or leave items between them: each writes in its own region; the values are
    /// still put together in order.
    @Test func chunksWithGaps() {
        let chunks = [3..<10, 20..<30]
        let values: [Int] = ConcurrentMap.collect(chunks) { (c, emit: (Int) -> Void) in
            for item in chunks[c] { emit(item * 10) }
        }
        #expect(values == (3..<10).map { $0 * 10 } + (20..<30).map { $0 * 10 })
    }

    /// Many pages of values, the last chunks keeping few: the pages given back past the values do not touch them,
    /// and the array grows and is read as any other.
    @Test func manyPagesGivenBack() {
        let count = 1 << 20, parts = 16
        let chunks = (0..<parts).map { k in (k * count / parts)..<((k + 1) * count / parts) }
        let keep: @Sendable (Int) -> Bool = { $0 < count / 2 || $0 % 1_000 == 0 }
        var values: [UInt64] = ConcurrentMap.collect(chunks) { (c, emit: (UInt64) -> Void) in
            for item in chunks[c] where keep(item) { emit(UInt64(item)) }
        }
        let expected = (0..<count).filter(keep).map(UInt64.init)
        #expect(values == expected)
        values.append(contentsOf: [1, 2, 3])
        #expect(values.count == expected.count + 3 && values.suffix(3) == [1, 2, 3])
        #expect(values[expected.count - 1] == expected.last)
    }
}
