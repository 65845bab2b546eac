import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Values kept in a temporary file instead of the heap, read back with `pread` into the caller's buffers: what the
/// trigram index holds per unit of measure text (`MeasureIndex`: each position's trigram, each row's distinct trigram,
/// the postings), so that what stays in memory is per trigram and per row; and what a run in shards holds for the
/// whole corpus and each shard reads a part of (`SpilledAlignments`: the cap's alignments; `SpilledWordIndex`: the
/// corpus's words of every row). The one owner of lineage's temporary files.
///
/// Values are of one plain type per region (`BitwiseCopyable`: numbers, or structs of numbers), written and read at
/// offsets counted in values of that type. Not mapped, except where values are read in place by many steps (`mapped`,
/// `UnitRows`): mapped pages count as the process's resident memory until handed back (`Mapping.release`). The file
/// is made in the temporary folder (`TMPDIR`) and unlinked as soon as it is open, so nothing is left behind, even
/// after a crash; it goes when the last holder lets go (`deinit` closes it). Written once (`write`, before the file is
/// shared), then only read: `pread` at an offset is safe from many threads at once.
///
/// A file that cannot be made or written (no temporary folder, a full disk) ends the program with the reason and exit
/// status 74 (`fail`): lineage has no other place for these values.
final class SpillFile: Sendable {
    /// The open, unlinked file.
    let descriptor: Int32

    /// Makes an empty file named `prefix` and six random characters in `folder` (nil: the temporary folder) and
    /// unlinks it.
    init(folder: String? = nil, prefix: String = "zhengce-trigrams-") {
        let folder = folder ?? NSTemporaryDirectory()
        var template = Array((folder.hasSuffix("/") ? folder : folder + "/").utf8CString.dropLast())
            + Array((prefix + "XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { path in
            let descriptor = mkstemp(path.baseAddress!)
            if descriptor >= 0 { unlink(path.baseAddress!) }
            return descriptor
        }
        guard descriptor >= 0 else { SpillFile.fail("cannot make a file in \(folder) (\(String(cString: strerror(errno))))") }
        self.descriptor = descriptor
    }

    deinit { close(descriptor) }

    /// Writes `values` from value `offset` on (offsets count values of `T`, not bytes).
    func write<T: BitwiseCopyable>(_ values: UnsafeBufferPointer<T>, at offset: Int) {
        guard let base = values.baseAddress, !values.isEmpty else { return }
        let raw = UnsafeRawPointer(base)
        let stride = MemoryLayout<T>.stride
        let bytes = values.count * stride
        var done = 0
        while done < bytes {
            let n = pwrite(descriptor, raw + done, bytes - done, off_t(offset * stride + done))
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { SpillFile.fail("cannot write (\(String(cString: strerror(errno))))") }
            done += n
        }
    }

    /// Writes `values` from value `offset` on.
    func write<T: BitwiseCopyable>(_ values: [T], at offset: Int) {
        values.withUnsafeBufferPointer { write($0, at: offset) }
    }

    /// Reads values `range` (counted in values of `T`) into `buffer` (which must hold `range.count` values).
    func read<T: BitwiseCopyable>(_ range: Range<Int>, into buffer: UnsafeMutableBufferPointer<T>) {
        precondition(buffer.count >= range.count, "spill file: buffer too small")
        guard !range.isEmpty else { return }
        let raw = UnsafeMutableRawPointer(buffer.baseAddress!)
        let stride = MemoryLayout<T>.stride
        let bytes = range.count * stride
        var done = 0
        while done < bytes {
            let n = pread(descriptor, raw + done, bytes - done, off_t(range.lowerBound * stride + done))
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { SpillFile.fail(n == 0 ? "file ended early" : "cannot read (\(String(cString: strerror(errno))))") }
            done += n
        }
    }

    /// Reads values `range` into `buffer`, which becomes exactly those values (its capacity is kept for the next read).
    func read(_ range: Range<Int>, into buffer: inout [Int32]) {
        if buffer.count != range.count {
            if buffer.count > range.count { buffer.removeLast(buffer.count - range.count) } else {
                buffer.append(contentsOf: repeatElement(0, count: range.count - buffer.count))
            }
        }
        buffer.withUnsafeMutableBufferPointer { read(range, into: $0) }
    }

    /// Appends values `range` to `array`.
    func append<T: BitwiseCopyable>(_ range: Range<Int>, to array: inout [T]) {
        guard !range.isEmpty else { return }
        array.append(contentsOf: values(range, as: T.self))
    }

    /// Values `range`, as an array.
    func values<T: BitwiseCopyable>(_ range: Range<Int>, as type: T.Type = Int32.self) -> [T] {
        [T](unsafeUninitializedCapacity: range.count) { buffer, count in
            read(range, into: buffer)
            count = range.count
        }
    }

    /// The file's first `count` values of `T`, mapped read-only (`Mapping`): for values read in place many times by
    /// many threads (`UnitRows`), whose resident pages the holder hands back when a step is done with them.
    func mapped<T: BitwiseCopyable>(_ count: Int, as type: T.Type) -> Mapping<T> { Mapping(self, count: count) }

    /// The first values of a spill file mapped read-only. Mapped pages count as the process's resident memory while
    /// they are touched; `release()` hands them back (they stay in the system's file cache, so reading them again
    /// costs no disk read while memory is free). Keeps its file open while it lives.
    final class Mapping<T: BitwiseCopyable>: @unchecked Sendable {
        let file: SpillFile
        let values: UnsafeBufferPointer<T>
        private let bytes: Int

        fileprivate init(_ file: SpillFile, count: Int) {
            self.file = file
            bytes = count * MemoryLayout<T>.stride
            guard bytes > 0 else { values = UnsafeBufferPointer(start: nil, count: 0); return }
            guard let address = mmap(nil, bytes, PROT_READ, MAP_SHARED, file.descriptor, 0), address != MAP_FAILED else {
                SpillFile.fail("cannot map (\(String(cString: strerror(errno))))")
            }
            values = UnsafeBufferPointer(start: address.assumingMemoryBound(to: T.self), count: count)
        }

        deinit {
            if let base = values.baseAddress { munmap(UnsafeMutableRawPointer(mutating: base), bytes) }
        }

        /// Hands the pages read so far back to the system (the next read maps them again from the file).
        func release() {
            guard let base = values.baseAddress else { return }
            _ = madvise(UnsafeMutableRawPointer(mutating: base), bytes, MADV_DONTNEED)
        }
    }

    /// Says why on standard error and ends the program with `EX_IOERR` (74): a clear message, not a crash trace. The
    /// store is left whole: in one piece lineage stores its links in one transaction at its end, and a run in shards
    /// drops the lineage state with its first shard's links, so the next run analyses again in full.
    private static func fail(_ reason: String) -> Never {
        FileHandle.standardError.write(Data("zhengce: lineage's temporary file: \(reason) (lineage keeps its trigram index, and in shards the corpus's alignments and words, in the temporary folder; set TMPDIR to a folder with room)\n".utf8))
        exit(74)
    }

    /// Writes values of `T` in order from a starting offset, through a buffer of its own (one `pwrite` per `capacity`
    /// values).
    struct Writer<T: BitwiseCopyable> {
        let file: SpillFile
        private(set) var offset: Int
        private var buffer: [T] = []
        private let capacity: Int

        init(_ file: SpillFile, at offset: Int, capacity: Int = 1 << 16) {
            self.file = file; self.offset = offset; self.capacity = capacity
            buffer.reserveCapacity(capacity)
        }

        mutating func append<C: Collection>(contentsOf values: C) where C.Element == T {
            buffer.append(contentsOf: values)
            if buffer.count >= capacity { flush() }
        }

        mutating func flush() {
            file.write(buffer, at: offset)
            offset += buffer.count
            buffer.removeAll(keepingCapacity: true)
        }
    }
}

/// One thread's buffers for the rows of a trigram file that scoring reads (`MeasureAligner.score`: both rows'
/// trigrams by position and distinct trigrams, one read per row), like `PassageFinder`'s scratch: one per aligner at
/// work at a time. The rows last read stay, so a run of pairs with the same first row (pairs are scored in row order,
/// and `citedPairAlignments` compares one row with each of a document's) reads it once.
final class TrigramRows: @unchecked Sendable {
    private var a: [Int32] = [], b: [Int32] = []
    private var rowA = -1, rowB = -1, gramsInA = 0, gramsInB = 0
    /// The file the rows were read from (weak: a scratch does not keep the trigrams).
    private weak var file: SpillFile?

    init() {}

    /// Rows `a` and `b` of `index`, read unless they are the ones held.
    func load(_ a: Int, _ b: Int, of index: MeasureIndex) {
        let file = index.file()
        let same = file === self.file
        if !same || a != rowA {
            file.read(index.rowRange(a), into: &self.a)
            rowA = a; gramsInA = index.gramCount(a)
        }
        if !same || b != rowB {
            file.read(index.rowRange(b), into: &self.b)
            rowB = b; gramsInB = index.gramCount(b)
        }
        self.file = file
    }

    /// Calls `body` with the loaded rows' trigram ids by position (a's, b's) and distinct trigram ids (a's, b's).
    func withRows<T>(_ body: (_ gramsA: UnsafeBufferPointer<Int32>, _ gramsB: UnsafeBufferPointer<Int32>,
                              _ uniqueA: UnsafeBufferPointer<Int32>, _ uniqueB: UnsafeBufferPointer<Int32>) -> T) -> T {
        a.withUnsafeBufferPointer { x in
            b.withUnsafeBufferPointer { y in
                body(UnsafeBufferPointer(rebasing: x[..<gramsInA]), UnsafeBufferPointer(rebasing: y[..<gramsInB]),
                     UnsafeBufferPointer(rebasing: x[gramsInA...]), UnsafeBufferPointer(rebasing: y[gramsInB...]))
            }
        }
    }
}
