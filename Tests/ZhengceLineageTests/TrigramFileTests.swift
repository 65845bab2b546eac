import Foundation
import Testing
@testable import ZhengceLineage
import ZhengceText
#if canImport(Glibc)
import Glibc
#endif

/// `TrigramFile`, where the trigram index keeps its per-unit values: what is written reads back (whole, in pieces,
/// empty ranges, from many threads at once), nothing is left in the folder, and the file closes with its last holder;
/// `MeasureIndex` built in windows of postings holds what a build in one window holds, and both what the text says.
@Suite struct TrigramFileTests {
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
        let folder = TrigramFileTests.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let file = TrigramFile(folder: folder)
        // Three regions written out of order, one through the buffered writer in pieces smaller than its buffer.
        let first = (0..<1000).map { Int32($0 * 7 - 3000) }, second = (0..<10).map { Int32.max - Int32($0) }
        file.write(second, at: 1000)
        file.write(first, at: 0)
        var writer = TrigramFile.Writer(file, at: 1010, capacity: 64)
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
        #expect(TrigramFileTests.target(file.descriptor).map { $0.contains("zhengce-trigrams-") && $0.hasSuffix("(deleted)") } == true)
    }

    @Test func manyThreadsReadAtOnce() {
        let folder = TrigramFileTests.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let file = TrigramFile(folder: folder)
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
        let folder = TrigramFileTests.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var index = MeasureIndex(contents: FlatTrigramIndexTests.contents, folder: folder)
        let fd = index.file().descriptor
        #expect(TrigramFileTests.target(fd)?.hasPrefix(folder) == true)
        var copy = index
        index.releaseTrigrams()
        // The copy still holds it.
        #expect(TrigramFileTests.target(fd)?.hasPrefix(folder) == true && copy.grams(1).count == 10)
        copy.releaseTrigrams()
        #expect(TrigramFileTests.target(fd)?.hasPrefix(folder) != true)
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
        let contents = TrigramFileTests.contents
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
