/// A character-level hidden Markov model with the states B (begin), M (middle),
/// E (end) and S (single) for words the lexicon does not know; decoded with Viterbi.
///
/// Probabilities come from jieba's `finalseg` model (MIT licence) through
/// `jieba-hmm.bin` (format in scripts/build-lexicon.py).
struct CharacterHMM: Sendable {
    static let stateCount = 4
    static let begin = 0, middle = 1, end = 2, single = 3

    /// log P(first state).
    let start: [Double]
    /// log P(next | previous), indexed previous * 4 + next.
    let transition: [Double]
    /// Emission row (index into `emission` / 4) of each BMP scalar, -1 when unseen.
    let row: [Int32]
    /// log P(character | state), four per row.
    let emission: [Double]
    /// Emission used for a character the model has never seen (all states alike).
    static let unseen: Double = -12

    /// Loads the bundled model.
    init(resource name: String) throws {
        var reader = try BinaryResource(named: name)
        try reader.expectHeader("ZCHM", version: 1)
        let count = Int(try reader.scalar(UInt32.self))
        _ = try reader.scalar(UInt32.self)
        start = try reader.array(Double.self, count: 4)
        transition = try reader.array(Double.self, count: 16)
        let scalars = try reader.array(UInt32.self, count: count)
        emission = try reader.array(Double.self, count: count * 4)
        var rows = [Int32](repeating: -1, count: 65536)
        for (i, scalar) in scalars.enumerated() where scalar < 65536 { rows[Int(scalar)] = Int32(i) }
        row = rows
    }

    /// A model that knows no characters (every run becomes single characters or one word
    /// by transitions alone); used when the resource is missing.
    init() {
        start = [-0.26, -1e30, -1e30, -1.47]
        transition = [-1e30, -0.92, -0.51, -1e30, -1e30, -1.26, -0.33, -1e30, -0.59, -1e30, -1e30, -0.81, -0.72, -1e30, -1e30, -0.67]
        row = [Int32](repeating: -1, count: 65536)
        emission = []
    }

    @inline(__always)
    private func emit(_ scalar: UInt32, _ state: Int) -> Double {
        guard scalar < 65536 else { return Self.unseen }
        let r = row[Int(scalar)]
        if r < 0 { return Self.unseen }
        let value = emission[Int(r) * 4 + state]
        return value < -1e20 ? -1e30 : value
    }

    /// Word lengths (in scalars) of the best B/M/E/S labelling of `scalars`.
    /// - Complexity: O(n), 16 transitions per character.
    func wordLengths(_ scalars: [UInt32]) -> [Int] {
        let n = scalars.count
        if n == 0 { return [] }
        if n == 1 { return [1] }
        var score = [Double](repeating: 0, count: 4)
        var back = [UInt8](repeating: 0, count: n * 4)
        for s in 0..<4 { score[s] = start[s] + emit(scalars[0], s) }
        var next = [Double](repeating: 0, count: 4)
        for t in 1..<n {
            for s in 0..<4 {
                var best = -Double.infinity
                var arg = 0
                for p in 0..<4 {
                    let v = score[p] + transition[p * 4 + s]
                    if v > best { best = v; arg = p }
                }
                next[s] = best + emit(scalars[t], s)
                back[t * 4 + s] = UInt8(arg)
            }
            swap(&score, &next)
        }
        var state = score[Self.end] >= score[Self.single] ? Self.end : Self.single
        var states = [Int](repeating: 0, count: n)
        for t in stride(from: n - 1, through: 0, by: -1) {
            states[t] = state
            state = Int(back[t * 4 + state])
        }
        var lengths: [Int] = []
        var length = 0
        for s in states {
            length += 1
            if s == Self.end || s == Self.single {
                lengths.append(length)
                length = 0
            }
        }
        if length > 0 { lengths.append(length) }
        return lengths
    }
}
