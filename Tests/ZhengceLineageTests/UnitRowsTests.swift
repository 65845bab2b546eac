import Testing
@testable import ZhengceLineage

/// `UnitRows`: rows of folded units on the heap or mapped from a temporary file read back as given, after their pages
/// are handed back too, and a measure index over mapped rows is the index over the same rows given as arrays.
@Suite struct UnitRowsTests {
    static var rows: [[UInt16]] { MeasureIndexReleaseTests.contents.map(\.units) }

    @Test(arguments: [false, true])
    func rowsReadBackAsGiven(mapped: Bool) {
        var builder = UnitRows.Builder(mapped: mapped)
        for row in UnitRowsTests.rows { builder.append(row) }
        let rows = UnitRows(builder)
        #expect(rows.isMapped == mapped)
        #expect(rows.count == UnitRowsTests.rows.count)
        #expect(rows.unitCount == UnitRowsTests.rows.reduce(0) { $0 + $1.count })
        #expect(rows.map(Array.init) == UnitRowsTests.rows)
        #expect(rows[4].isEmpty && rows.array(3) == Array("领导".utf16))
        rows.release()
        #expect(rows.map(Array.init) == UnitRowsTests.rows, "the pages handed back are read again from the file")
        // Mapped, only the row offsets are on the heap.
        #expect(mapped ? rows.heapBytes < rows.unitCount * 2 : rows.heapBytes >= rows.unitCount * 2)
    }

    @Test func noRowsAndEmptyRows() {
        for mapped in [false, true] {
            #expect(UnitRows(UnitRows.Builder(mapped: mapped)).isEmpty)
            var builder = UnitRows.Builder(mapped: mapped)
            builder.append([UInt16]()); builder.append([UInt16]())
            let rows = UnitRows(builder)
            #expect(rows.count == 2 && rows.unitCount == 0 && rows.allSatisfy(\.isEmpty))
            rows.release()
        }
    }

    /// A run in shards indexes mapped rows; one piece, rows given as arrays: the same trigrams, norms and scores.
    @Test func anIndexOverMappedRowsIsTheIndexOverArrays() {
        let contents = MeasureIndexReleaseTests.contents
        let fromArrays = MeasureIndex(contents: contents)
        var builder = UnitRows.Builder(mapped: true)
        for row in contents { builder.append(row.units) }
        let mapped = MeasureIndex(documents: contents.map(\.document), measures: contents.map(\.measure), units: UnitRows(builder))
        #expect(mapped.units.isMapped && !fromArrays.units.isMapped)
        #expect(mapped.documentOf == fromArrays.documentOf && mapped.measureOf == fromArrays.measureOf)
        #expect(mapped.norm == fromArrays.norm && mapped.trigramCount == fromArrays.trigramCount)
        for row in 0..<contents.count { #expect(mapped.grams(row) == fromArrays.grams(row)) }
        mapped.units.release()
        let aligner = MeasureAligner()
        #expect(aligner.score(0, 2, in: mapped).passages.longest == contents[0].units.count)
        let (a, b) = (aligner.score(5, 6, in: mapped), aligner.score(5, 6, in: fromArrays))
        #expect(a.passages.found == b.passages.found && a.passages.longest == b.passages.longest && a.passages.longest >= 10)
    }
}
