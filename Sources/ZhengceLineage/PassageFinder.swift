/// A passage two measures share: `length` content units at `a` in the first and `b` in the second,
/// with its informative length (`effective`, boilerplate characters counting for less).
struct Passage: Sendable, Hashable {
    var a: Int
    var b: Int
    var length: Int
    var effective: Double
}

/// Finds the passages two measures share: maximal common runs of at least `minimumLength`
/// content units, seeded by shared trigrams, then greedy tiling (most informative first, no
/// unit used twice).
/// - Complexity: O(|a| + |b| + seed hits); trigrams repeated more than 64 times in `a` are not seeds.
final class PassageFinder: @unchecked Sendable {
    /// Shortest passage kept, in content units (at least 3).
    var minimumLength = 6
    /// First position of each trigram id in `a` (-1 when absent); reset after each call.
    private var head: [Int32] = []
    private var next: [Int32] = []
    private var usedA: [Bool] = []
    private var usedB: [Bool] = []

    init(minimumLength: Int = 6) { self.minimumLength = max(3, minimumLength) }

    /// Passages between measures with units `a`, `b` and trigram ids `ga`, `gb` (ids below
    /// `gramCount`); `weight[g]` is the passage weight (0...1) of trigram g.
    func passages(_ a: [UInt16], _ b: [UInt16], _ ga: [Int32], _ gb: [Int32], gramCount: Int,
                  weight: [Float]) -> [Passage] {
        a.withUnsafeBufferPointer { a in
            b.withUnsafeBufferPointer { b in
                ga.withUnsafeBufferPointer { ga in
                    gb.withUnsafeBufferPointer { gb in passages(a, b, ga, gb, gramCount: gramCount, weight: weight) }
                }
            }
        }
    }

    /// The same, the units and trigram ids read in place (`MeasureIndex.units`, rows read from the trigram file:
    /// `MeasureAligner.score`).
    func passages(_ a: UnsafeBufferPointer<UInt16>, _ b: UnsafeBufferPointer<UInt16>, _ ga: UnsafeBufferPointer<Int32>,
                  _ gb: UnsafeBufferPointer<Int32>, gramCount: Int, weight: [Float]) -> [Passage] {
        let minimumLength = self.minimumLength
        guard a.count >= minimumLength, b.count >= minimumLength, !ga.isEmpty, !gb.isEmpty else { return [] }
        // The scratch arrays are taken out of the finder for the call and put back after it: every use of a class's
        // stored property is checked for exclusive access at run time (a third of the cap's pass at 10× the law corpus).
        var head: [Int32] = [], next: [Int32] = [], usedA: [Bool] = [], usedB: [Bool] = []
        swap(&head, &self.head); swap(&next, &self.next); swap(&usedA, &self.usedA); swap(&usedB, &self.usedB)
        defer { swap(&head, &self.head); swap(&next, &self.next); swap(&usedA, &self.usedA); swap(&usedB, &self.usedB) }
        if head.count < gramCount { head = [Int32](repeating: -1, count: gramCount) }
        if next.count < ga.count { next = [Int32](repeating: -1, count: ga.count) }
        // Chains of positions per trigram, in increasing order.
        for i in stride(from: ga.count - 1, through: 0, by: -1) {
            let g = Int(ga[i])
            next[i] = head[g]
            head[g] = Int32(i)
        }
        defer { for g in ga { head[Int(g)] = -1 } }
        var matches: [Passage] = []
        for j in 0..<gb.count {
            var p = head[Int(gb[j])]
            var hits = 0
            while p >= 0 && hits < 64 {
                let i = Int(p)
                p = next[i]; hits += 1
                if i > 0 && j > 0 && a[i - 1] == b[j - 1] { continue }
                var length = 3
                while i + length < a.count && j + length < b.count && a[i + length] == b[j + length] { length += 1 }
                if length >= minimumLength {
                    matches.append(Passage(a: i, b: j, length: length, effective: effective(i, length, ga, weight)))
                }
            }
        }
        guard !matches.isEmpty else { return [] }
        matches.sort { ($0.effective, $0.length, -$0.a, -$0.b) > ($1.effective, $1.length, -$1.a, -$1.b) }
        if usedA.count < a.count { usedA = [Bool](repeating: false, count: a.count) }
        if usedB.count < b.count { usedB = [Bool](repeating: false, count: b.count) }
        var chosen: [Passage] = []
        for match in matches {
            // The longest run of the match still free on both sides.
            var bestStart = 0, bestLength = 0, runStart = 0, runLength = 0
            for t in 0..<match.length {
                if !usedA[match.a + t] && !usedB[match.b + t] {
                    if runLength == 0 { runStart = t }
                    runLength += 1
                    if runLength > bestLength { bestLength = runLength; bestStart = runStart }
                } else {
                    runLength = 0
                }
            }
            guard bestLength >= minimumLength else { continue }
            let piece = Passage(a: match.a + bestStart, b: match.b + bestStart, length: bestLength,
                                effective: bestLength == match.length ? match.effective
                                    : effective(match.a + bestStart, bestLength, ga, weight))
            for t in 0..<piece.length { usedA[piece.a + t] = true; usedB[piece.b + t] = true }
            chosen.append(piece)
        }
        for piece in chosen {
            for t in 0..<piece.length { usedA[piece.a + t] = false; usedB[piece.b + t] = false }
        }
        return chosen.sorted { ($0.effective, -$0.a) > ($1.effective, -$1.a) }
    }

    /// Informative length: the mean trigram weight over the run, times its length.
    private func effective(_ start: Int, _ length: Int, _ ga: UnsafeBufferPointer<Int32>, _ weight: [Float]) -> Double {
        let grams = min(length - 2, ga.count - start)
        guard grams > 0 else { return 0 }
        var sum: Float = 0
        for t in start..<(start + grams) { sum += weight[Int(ga[t])] }
        return Double(sum) / Double(grams) * Double(length)
    }
}
