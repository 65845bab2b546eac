import Foundation
import ZhengceText

/// What retrieval and classification hold, by structure, estimated from the layouts (heap blocks rounded as
/// `LinkFootprint` rounds them), beside what the layouts before issue 16's round of branch mem32 held for the same
/// contents (an array per row of trigrams, the distinct trigrams with the capacity of all, two counts per trigram; the
/// alignments joined from an array per chunk; every kept candidate made a link): written with `ZHENGCE_HEAP_REPORT`.
enum RetrievalFootprint {
    typealias F = WordPassFootprint

    static func line(_ name: String, now: Int, before: Int? = nil) -> String {
        "  \(name): \(now / 1_048_576) MB" + (before.map { " (earlier layout \($0 / 1_048_576) MB)" } ?? "")
    }

    static func write(_ title: String, _ lines: [String]) {
        guard HeapTrim.reporting else { return }
        FileHandle.standardError.write(Data("footprint \(title):\n\(lines.joined(separator: "\n"))\n".utf8))
    }

    /// The trigram index, with the earlier layout's figures for the same index.
    static func index(_ index: MeasureIndex) {
        guard HeapTrim.reporting else { return }
        let rowBlocks = (0..<index.count).reduce(0) { sum, row in
            let n = index.gramRange(row).count
            return sum + (n == 0 ? 0 : LinkFootprint.rounded(32 + n * 4))
        }
        let trigrams = index.trigramCount
        let outer = LinkFootprint.rounded(32 + index.count * 8)
        let rowPlaces = LinkFootprint.rounded(32 + (index.count + 1) * 8)
        write("of the trigram index (\(index.count) rows, \(trigrams) trigrams)", [
            line("units (\(index.units.unitCount) units, kept after retrieval\(index.units.isMapped ? ", mapped from their file" : ""))",
                 now: index.units.heapBytes),
            line("trigram ids by position (\(index.gramValues)), in the trigram file", now: 0,
                 before: outer + rowBlocks),
            line("distinct trigram ids (\(index.uniqueValues)), in the trigram file", now: 0,
                 before: outer + rowBlocks),
            line("postings (\(index.postingValues)), in the trigram file, and row starts", now: F.array(index.rowStart),
                 before: 4 * index.postingValues + F.array(index.rowStart)),
            line("rows' places in the trigram file", now: rowPlaces),
            line("trigram file (not resident: read with pread)", now: 4 * (index.gramValues + index.uniqueValues + index.postingValues)),
            line("weights, passage weights", now: F.array(index.weight) + F.array(index.unitWeight),
                 before: F.array(index.weight) + F.array(index.unitWeight)),
            line("measure and document frequency", now: 0, before: 2 * LinkFootprint.rounded(32 + trigrams * 4)),
        ])
    }

    /// Retrieval's pairs and the alignments kept.
    static func alignments(pairs: Int, _ alignments: [MeasureAlignment]) {
        let bytes = alignments.count * MemoryLayout<MeasureAlignment>.stride
        write("of retrieval", [
            line("candidate pairs (\(pairs), until scored)", now: pairs * 8),
            line("alignments (\(alignments.count), capacity \(alignments.capacity) in address space)", now: bytes,
                 before: 2 * bytes),
        ])
    }

    /// Classification's candidates and the alignments they read, with the earlier layout's links made for every kept
    /// candidate (`LinkSortKey`, `LineageLink` and two rows each, in an array) and alignments copied into `scores`.
    static func classification(candidates: Int, scored: Int, scoresCapacity: Int, relations: [UInt64: String]) {
        guard HeapTrim.reporting else { return }
        typealias Made = (key: LinkSortKey<String>, link: LineageLink, child: Int, parent: Int)
        write("of classification", [
            line("kept candidates (\(candidates)) as rows and scores", now: candidates * MemoryLayout<Context.Candidate>.stride,
                 before: candidates * (MemoryLayout<Context.Candidate>.stride + MemoryLayout<Made>.stride)),
            line("their alignments by pair (\(scored))", now: scoresCapacity * (8 + 4 + 1),
                 before: scoresCapacity * (8 + MemoryLayout<MeasureAlignment>.stride + 1)),
            line("kept candidates' document pairs' reasons (\(relations.count))",
                 now: relations.capacity * (8 + MemoryLayout<String>.stride + 1) + relations.values.reduce(0) { $0 + F.string($1) }),
        ])
    }

    /// The cap's choice (`Context.keptCandidates`) when every candidate is found: the candidates (before the cap keeps
    /// some), the document pairs' relations (type and later side) and the cap's counts per row and type, with the
    /// earlier layout (candidates of 32 bytes with their document pair; a reason, a String, per document pair, its bytes
    /// not counted).
    static func cap(candidates: Int, capacity: Int, relations: Int, relationsCapacity: Int, rows: Int) {
        guard HeapTrim.reporting else { return }
        write("of the cap's choice", [
            line("candidates (\(candidates), capacity \(capacity)), and as much again while sorted",
                 now: 2 * capacity * MemoryLayout<Context.Candidate>.stride, before: 2 * capacity * 32),
            line("document pairs' relations (\(relations))",
                 now: relationsCapacity * (8 + MemoryLayout<(type: LinkType, later: Int32)>.stride + 1),
                 before: relationsCapacity * (8 + MemoryLayout<(LinkType, Int, String)>.stride + 1)),
            line("kept links per row, side and type (\(rows) rows; earlier two dictionaries of up to a key per candidate)",
                 now: 2 * rows * Context.capTypes),
        ])
    }
}
