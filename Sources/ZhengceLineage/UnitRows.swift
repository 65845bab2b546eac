/// The folded units (UTF-16) of the measure index's rows (`MeasureIndex.units`), one row after the other in one buffer:
/// `rows[r]` is row r read in place. The buffer is on the heap, or (`Builder(mapped: true)`, what a run in shards
/// makes for the whole corpus) in a temporary file mapped read-only (`SpillFile.Mapping`), whose pages a step that is
/// done with them hands back (`release()`; `Context.stepDone`): a step then holds the rows it reads, not every row of
/// the corpus.
///
/// A row is valid while its `UnitRows` lives (the holder keeps it: the index, the shard inputs).
final class UnitRows: @unchecked Sendable, RandomAccessCollection {
    /// Row r is `values[offsets[r]..<offsets[r + 1]]`.
    private let offsets: [Int]
    private let values: UnsafeBufferPointer<UInt16>
    /// The file the values are mapped from; nil when they are on the heap (owned, freed with the rows).
    private let mapping: SpillFile.Mapping<UInt16>?

    /// Rows on the heap, `rows[r]` row r.
    convenience init<Rows: Collection>(_ rows: Rows) where Rows.Element: Collection, Rows.Element.Element == UInt16 {
        var builder = Builder(mapped: false)
        for row in rows { builder.append(row) }
        self.init(builder)
    }

    /// The rows `builder` was given.
    init(_ builder: Builder) {
        offsets = builder.offsets
        if let writer = builder.writer {
            var writer = writer
            writer.flush()
            let mapping = writer.file.mapped(writer.offset, as: UInt16.self)
            self.mapping = mapping
            values = mapping.values
        } else {
            mapping = nil
            let buffer = UnsafeMutableBufferPointer<UInt16>.allocate(capacity: builder.heap.count)
            _ = buffer.initialize(from: builder.heap)
            values = UnsafeBufferPointer(buffer)
        }
    }

    deinit {
        if mapping == nil { UnsafeMutableBufferPointer(mutating: values).deallocate() }
    }

    /// Rows given one after the other.
    struct Builder {
        fileprivate var offsets: [Int] = [0]
        fileprivate var heap: [UInt16] = []
        fileprivate var writer: SpillFile.Writer<UInt16>?

        /// `mapped`: the values go to a temporary file in `folder` (nil: the temporary folder) as they are given.
        init(mapped: Bool, folder: String? = nil) {
            if mapped { writer = SpillFile.Writer(SpillFile(folder: folder, prefix: "zhengce-units-"), at: 0) }
        }

        /// Adds a row after the last.
        mutating func append<C: Collection>(_ row: C) where C.Element == UInt16 {
            if writer != nil { writer!.append(contentsOf: row) } else { heap.append(contentsOf: row) }
            offsets.append(offsets[offsets.count - 1] + row.count)
        }
    }

    var startIndex: Int { 0 }
    var endIndex: Int { offsets.count - 1 }
    /// Row `row`, read in place.
    subscript(_ row: Int) -> UnsafeBufferPointer<UInt16> {
        UnsafeBufferPointer(rebasing: values[offsets[row]..<offsets[row + 1]])
    }
    /// Row `row`, as an array.
    func array(_ row: Int) -> [UInt16] { Array(self[row]) }
    /// Units of every row.
    var unitCount: Int { values.count }
    /// True when the values are in a mapped file.
    var isMapped: Bool { mapping != nil }
    /// Bytes on the heap (the offsets, and the values unless mapped), as `WordPassFootprint` counts blocks.
    var heapBytes: Int { WordPassFootprint.array(offsets) + (isMapped ? 0 : LinkFootprint.rounded(values.count * 2)) }

    /// Hands the mapped pages read so far back to the system (nothing on the heap).
    func release() { mapping?.release() }
}
