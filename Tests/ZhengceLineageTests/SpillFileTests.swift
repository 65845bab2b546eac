import Foundation
import Testing
@testable import ZhengceLineage
import ZhengceText
#if canImport(Glibc)
import Glibc
#endif

/// `SpillFile`, where the trigram index keeps its per-unit values: what is written reads back (whole, in pieces,
/// empty ranges, from many threads at once), nothing is left in the folder, and the file closes with its last holder;
/// `MeasureIndex` built in windows of postings holds what a build in one window holds, and both what the text says.
@Suite struct SpillFileTests {
    /// A fresh folder of its own (so "nothing is left behind" is about this file alone).
    static func folder() -> String {
        let path = NSTemporaryDirectory() + "zhengce-trigram-test-" + UUID().uuidString
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// What the process's descriptor `fd` names (`/proc/self/fd`), nil when it is closed.
    static func target(_ fd: Int32) -> String? {
        try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/fd/\(fd)")
    }

    @Test func valuesReadBackAsWritten() {
        let folder = SpillFileTests.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let file = SpillFile(folder: folder)
        // Three regions written out of order, one through the buffered writer in pieces smaller than its buffer.
        let first = (0..<1000).map { Int32($0 * 7 - 3000) }, second = (0..<10).map { Int32.max - Int32($0) }
        file.write(second, at: 1000)
        file.write(first, at: 0)
        var writer = SpillFile.Writer<Int32>(file, at: 1010, capacity: 64)
        let third = (0..<500).map { Int32($0 % 13) }
        for start in stride(from: 0, to: third.count, by: 37) { writer.append(contentsOf: third[start..<min(third.count, start + 37)]) }
        writer.flush()
        #expect(writer.offset == 1510)
        #expect(file.values(0..<1000) == first && file.values(1000..<1010) == second && file.values(1010..<1510) == third)
        #expect(file.values(995..<1003) == Array(first[995...]) + Array(second[..<3]))
        #expect(file.values(400..<400).isEmpty)
        // A buffer keeps its capacity and becomes exactly the range read, longer or shorter than before.
        var buffer: [Int32] = []
        file.read(10..<20, into: &buffer); #expect(buffer == Array(first[10..<20]))
        file.read(1005..<1007, into: &buffer); #expect(buffer == [Int32.max - 5, Int32.max - 6])
        file.read(7..<7, into: &buffer); #expect(buffer.isEmpty)
        // Unlinked as soon as open: the folder is empty while the file is read.
        #expect(try! FileManager.default.contentsOfDirectory(atPath: folder).isEmpty)
        #expect(SpillFileTests.target(file.descriptor).map { $0.contains("zhengce-trigrams-") && $0.hasSuffix("(deleted)") } == true)
    }

    /// Values of other plain types (a float, a struct of numbers) at offsets counted in values of their type, in
    /// regions of one file, and appended to an array run by run.
    @Test func valuesOfAnyPlainTypeReadBack() {
        let folder = SpillFileTests.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        struct Record: Equatable { var a: Int32; var b: Int; var x: Double; var c: Int32 }
        let file = SpillFile(folder: folder, prefix: "zhengce-test-")
        let floats = (0..<300).map { Float($0) / 7 - 11 }
        let records = (0..<200).map { Record(a: Int32($0), b: -$0 * 1_000_003, x: Double($0) / 3, c: Int32.min + Int32($0)) }
        // The floats fill bytes 0..<1,200; the records, at record 40, start at byte 1,280.
        #expect(MemoryLayout<Record>.stride == 32)
        file.write(floats, at: 0)
        file.write(records, at: 40)
        #expect(file.values(0..<300, as: Float.self) == floats)
        #expect(file.values(40..<240, as: Record.self) == records)
        #expect(file.values(45..<47, as: Record.self) == Array(records[5..<7]))
        let other = SpillFile(folder: folder, prefix: "zhengce-test-")
        other.write(records, at: 0)
        other.write(floats, at: records.count * 8)  // floats after the records (offsets in floats: 32 bytes = 8 floats)
        #expect(other.values(0..<200, as: Record.self) == records)
        #expect(other.values(1600..<1900, as: Float.self) == floats)
        var taken: [Record] = []
        for run in [0..<5, 9..<9, 17..<100, 199..<200] { other.append(run, to: &taken) }
        #expect(taken == Array(records[0..<5]) + Array(records[17..<100]) + [records[199]])
        #expect(SpillFileTests.target(other.descriptor).map { $0.contains("zhengce-test-") && $0.hasSuffix("(deleted)") } == true)
        #expect(try! FileManager.default.contentsOfDirectory(atPath: folder).isEmpty)
    }

    @Test func manyThreadsReadAtOnce() {
        let folder = SpillFileTests.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let file = SpillFile(folder: folder)
        let values = (0..<100_000).map { Int32(truncatingIfNeeded: $0 &* 2_654_435_761) }
        file.write(values, at: 0)
        let wrong = ConcurrentMap.run(8) { k -> Int in
            var buffer: [Int32] = [], wrong = 0
            for i in stride(from: k * 97, to: values.count - 300, by: 211) {
                file.read(i..<(i + 300 - k), into: &buffer)
                if buffer[...] != values[i..<(i + 300 - k)] { wrong += 1 }
            }
            return wrong
        }
        #expect(wrong == [Int](repeating: 0, count: 8))
    }

    @Test func theFileClosesWithItsLastHolder() {
        let folder = SpillFileTests.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var index = MeasureIndex(contents: FlatTrigramIndexTests.contents, folder: folder)
        let fd = index.file().descriptor
        #expect(SpillFileTests.target(fd)?.hasPrefix(folder) == true)
        var copy = index
        index.releaseTrigrams()
        // The copy still holds it.
        #expect(SpillFileTests.target(fd)?.hasPrefix(folder) == true && copy.grams(1).count == 10)
        copy.releaseTrigrams()
        #expect(SpillFileTests.target(fd)?.hasPrefix(folder) != true)
        #expect(try! FileManager.default.contentsOfDirectory(atPath: folder).isEmpty)
    }

    /// Rows that share trigrams across documents, with empty rows and rows shorter than a trigram among them.
    static var contents: [(document: Int, measure: Int, units: [UInt16])] {
        let texts = ["", "县级以上地方各级人民政府应当加强领导", "领导", "各级人民政府应当组织有关部门", "ab",
                     "生产经营单位必须遵守本法", "本法所称生产经营单位", "加强领导加强领导", "", "各级人民政府加强领导",
                     "有关部门应当依法", "政府"]
        return texts.enumerated().map { (k, text) in (k / 3, k % 3, Array(text.utf16)) }
    }

    /// Built a few postings at a time (windows of 1, 2, 3 and 7 values, so trigrams' rows fall on both sides of a
    /// window's end) the index holds the same rows, postings and norms as in one window, and the postings are what the
    /// text says: the rows holding each trigram, once each, in row order.
    @Test func windowsOfPostingsGiveTheSameIndex() {
        let contents = SpillFileTests.contents
        let whole = MeasureIndex(contents: contents)
        var name: [Int32: String] = [:]
        for row in contents.indices {
            for (id, text) in zip(whole.grams(row), FlatTrigramIndexTests.trigrams(contents[row].units)) { name[id] = text }
        }
        #expect(name.count == whole.trigramCount && Set(name.values).count == name.count)
        for g in 0..<whole.trigramCount {
            let holding = contents.indices.filter { row in
                FlatTrigramIndexTests.trigrams(contents[row].units).contains(name[Int32(g)]!)
            }.map(Int32.init)
            #expect(whole.postings(g) == holding)
        }
        for window in [1, 2, 3, 7] {
            let index = MeasureIndex(contents: contents, postingWindow: window)
            #expect(index.norm == whole.norm && index.weight == whole.weight && index.rowStart == whole.rowStart)
            #expect((0..<index.trigramCount).allSatisfy { index.postings($0) == whole.postings($0) })
            #expect(contents.indices.allSatisfy { index.grams($0) == whole.grams($0) && index.uniqueGrams($0) == whole.uniqueGrams($0) })
        }
        // The norms are those of the rows' distinct trigrams' weights, computed here from the rows read back.
        for row in contents.indices {
            let sum = whole.uniqueGrams(row).reduce(Float(0)) { $0 + whole.weight[Int($1)] * whole.weight[Int($1)] }
            #expect(whole.norm[row] == sum.squareRoot())
        }
        #expect(whole.norm[0] == 0 && whole.norm[4] == 0 && whole.norm[8] == 0)
    }

    /// An index of no rows, and one of rows all shorter than a trigram: no trigram, zero norms, empty rows.
    @Test func indexesWithoutTrigrams() {
        let none = MeasureIndex(contents: [])
        #expect(none.count == 0 && none.trigramCount == 0 && none.gramValues == 0 && none.postingValues == 0)
        let short = MeasureIndex(contents: [(0, 0, Array("ab".utf16)), (1, 0, []), (1, 1, Array("政府".utf16))])
        #expect(short.trigramCount == 0 && short.norm == [0, 0, 0])
        #expect((0..<3).allSatisfy { short.grams($0).isEmpty && short.uniqueGrams($0).isEmpty })
        #expect(short.cosine(0, 2) == 0)
    }
}
