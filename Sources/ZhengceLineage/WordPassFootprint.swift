import Foundation
import ZhengceText

/// What the word passes hold beside the links, by structure, estimated from the layouts (heap blocks rounded as
/// `LinkFootprint` rounds them): written with `ZHENGCE_HEAP_REPORT` after the word index and after the word passes
/// (issue 16: which of them grows with the corpus).
struct WordPassFootprint: CustomStringConvertible {
    var parts: [(name: String, blocks: Int, bytes: Int)] = []

    static func array<T>(_ a: [T]) -> Int { a.capacity == 0 ? 0 : LinkFootprint.rounded(32 + a.capacity * MemoryLayout<T>.stride) }
    static func rows<T>(_ a: [[T]]) -> (blocks: Int, bytes: Int) {
        (a.count + 1, array(a) + a.reduce(0) { $0 + array($1) })
    }
    static func flat<T>(_ f: FlatRows<T>) -> (blocks: Int, bytes: Int) { (2, array(f.values) + array(f.offsets)) }
    static func string(_ s: String) -> Int { s.utf8.count > 15 ? LinkFootprint.rounded(32 + s.utf8.count + 1) : 0 }

    mutating func add(_ name: String, _ value: (blocks: Int, bytes: Int)) { parts.append((name, value.blocks, value.bytes)) }

    var description: String {
        var lines: [String] = []
        for part in parts { lines.append("  \(part.name): \(part.blocks) blocks, \(part.bytes / 1_048_576) MB") }
        lines.append("  total: \(parts.reduce(0) { $0 + $1.bytes } / 1_048_576) MB")
        return lines.joined(separator: "\n")
    }
}

extension Context {
    /// With `ZHENGCE_HEAP_REPORT`, what the word passes hold (`WordPassFootprint`).
    func reportWordPassFootprint(_ step: String, index: MeasureIndex, words: WordIndex?, titles: UnitRows, rowsOf: [[Int]]) {
        guard HeapTrim.reporting else { return }
        typealias F = WordPassFootprint
        var f = F()
        f.add("index: units (\(index.units.unitCount) units\(index.units.isMapped ? ", mapped from their file" : ""))", (2, index.units.heapBytes))
        f.add("index: documents, measures, norms", (3, F.array(index.documentOf) + F.array(index.measureOf) + F.array(index.norm)))
        f.add("titles\(titles.isMapped ? " (mapped from their file)" : "")", (2, titles.heapBytes))
        f.add("rowsOf", F.rows(rowsOf))
        if let words {
            f.add("words: word ids (\(words.words.values.count))", F.flat(words.words))
            f.add("words: weights", F.flat(words.weights))
            f.add("words: title ids, weights", { let a = F.flat(words.titleWords), b = F.flat(words.titleWeights); return (a.blocks + b.blocks, a.bytes + b.bytes) }())
            f.add("words: norms, frequency", (2, F.array(words.norms) + F.array(words.frequency)))
            f.add("words: texts (\(words.text.count))", (words.text.count, F.array(words.text) + words.text.reduce(0) { $0 + F.string($1) }))
            // The rows the passes read: those of documents on either side of an implementing pair (paraphrases) or of a
            // derives link between legislation (pair choice).
            let read = wordPassDocuments()
            let readRows = read.reduce(0) { $0 + rowsOf[$1].count }
            f.add("rows read by the passes: \(readRows) of \(index.count), in \(read.count) documents", (0, 0))
        }
        var contentBytes = 0
        contents.forEachValue { contentBytes += F.array($0.units) + F.array($0.starts) + F.array($0.ends) }
        f.add("contents cache (\(contents.count))", (contents.count * 3, contentBytes))
        var termBytes = 0
        terms.forEachValue { termBytes += F.array($0.bytes) + F.array($0.lengths) }
        f.add("terms cache (\(terms.count))", (terms.count, termBytes))
        f.add("wordFrequency (\(wordFrequency.count))",
              (wordFrequency.count, wordFrequency.capacity * (MemoryLayout<String>.stride + MemoryLayout<(Int, Int)>.stride + 1)
               + wordFrequency.keys.reduce(0) { $0 + F.string($1) }))
        f.add("formula articles (\(formulaArticleCache.count) documents)",
              (formulaArticleCache.count, formulaArticleCache.values.reduce(0) { $0 + F.array($1) + $1.reduce(0) { $0 + F.array($1.units) } }))
        let (endCount, endBytes) = ends.footprint
        f.add("ends (\(endCount))", (endCount, endBytes))
        f.add("links (\(links.count)), inline", (1, F.array(links)))
        FileHandle.standardError.write(Data("word passes after \(step):\n\(f)\n".utf8))
    }
}

extension RowCache {
    /// Calls `body` with every value kept (diagnostics).
    func forEachValue(_ body: (Value) -> Void) { for value in values.values { body(value) } }
}

extension SharedEnds {
    /// The ends made and their estimated bytes (boxes and strings; diagnostics).
    var footprint: (count: Int, bytes: Int) {
        var count = 0, bytes = 0
        for end in allEnds {
            count += 1
            bytes += LinkFootprint.rounded(16 + 6 * MemoryLayout<String?>.stride + MemoryLayout<Bool>.stride)
            for s in [end.document, end.docNumber, end.title, end.measure, end.label, end.measureTitle] {
                if let s { bytes += WordPassFootprint.string(s) }
            }
        }
        return (count, bytes)
    }
}
