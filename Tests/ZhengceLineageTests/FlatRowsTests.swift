import Testing
@testable import ZhengceLineage

/// `FlatRows`: rows in one buffer with row offsets read back as the arrays they were made of.
@Suite struct FlatRowsTests {
    static let rows: [[Int32]] = [[], [3, 1, 4], [], [1], [5, 9, 2, 6], []]

    @Test func roundTrip() {
        let flat = FlatRows(FlatRowsTests.rows)
        #expect(flat.count == 6)
        #expect(flat.rows == FlatRowsTests.rows)
        #expect(flat.indices.map { flat[$0] } == FlatRowsTests.rows)
        #expect(flat.values == [3, 1, 4, 1, 5, 9, 2, 6])
    }

    /// Empty rows at the start, inside and at the end take no value; each row's range starts where the last ended.
    @Test func emptyRowsAndBoundaries() {
        let flat = FlatRows(FlatRowsTests.rows)
        #expect(flat.range(0) == 0..<0)
        #expect(flat.range(1) == 0..<3)
        #expect(flat.range(2) == 3..<3)
        #expect(flat.range(3) == 3..<4)
        #expect(flat.range(4) == 4..<8)
        #expect(flat.range(5) == 8..<8)
        for row in flat.indices { #expect(Array(flat.values[flat.range(row)]) == FlatRowsTests.rows[row]) }
        #expect(flat[5].isEmpty && flat[0].isEmpty)
    }

    @Test func noRows() {
        let flat = FlatRows<Float>()
        #expect(flat.count == 0 && flat.isEmpty)
        #expect(flat.rows.isEmpty)
        #expect(FlatRows<Float>([]).count == 0)
        let onlyEmpty = FlatRows<Float>([[], []])
        #expect(onlyEmpty.count == 2 && onlyEmpty.values.isEmpty && onlyEmpty[1] == [])
    }

    /// Appending after a shrink goes on where the rows ended; the shrink keeps every row.
    @Test func appendAndShrink() {
        var flat = FlatRows<Int32>()
        for row in FlatRowsTests.rows { flat.append(row) }
        flat.append(EmptyCollection())
        flat.shrink()
        // What the allocator rounds a block to (16 bytes) at most.
        #expect(flat.values.capacity - flat.values.count < 4)
        #expect(flat.rows == FlatRowsTests.rows + [[]])
        flat.append([7, 7])
        #expect(flat.count == 8 && flat[7] == [7, 7] && flat[6] == [] && flat[4] == [5, 9, 2, 6])
    }
}
