import Foundation

/// A seeded random driver for fuzzing the readers and the query parser inside `swift test`:
/// inputs are real samples mutated at random (bit flips, inserted tokens, deleted or repeated
/// spans, splices, truncation), fixed by the seed so a failure repeats. A crash ends the test
/// process, so a finished run is a run with no crash. `FUZZ_BUDGET` sets the number of inputs
/// per target (scripts/fuzz runs a large budget and prints the figures); `FUZZ_SEED` the seed.
public struct Fuzzer {
    /// The generator every choice comes from.
    public var rng: SplitMix64

    /// A fuzzer seeded by `FUZZ_SEED` or `seed`.
    public init(seed: UInt64) {
        let given = ProcessInfo.processInfo.environment["FUZZ_SEED"].flatMap(UInt64.init)
        rng = SplitMix64(seed: given ?? seed)
    }

    /// Inputs to try per target: `FUZZ_BUDGET` when set, else `short` (the run inside `swift test`).
    public static func budget(short: Int) -> Int {
        ProcessInfo.processInfo.environment["FUZZ_BUDGET"].flatMap(Int.init) ?? short
    }

    /// A random integer in `range`.
    public mutating func int(_ range: Range<Int>) -> Int { Int.random(in: range, using: &rng) }

    /// One element of `items`.
    public mutating func pick<T>(_ items: [T]) -> T { items[int(0..<items.count)] }

    /// `sample` changed by one to eight random mutations; `tokens` are byte strings worth inserting
    /// (markup, numbering, YAML syntax, invalid UTF-8).
    public mutating func mutate(_ sample: [UInt8], tokens: [[UInt8]], others: [[UInt8]] = []) -> [UInt8] {
        var bytes = sample
        for _ in 0..<int(1..<9) {
            let position = bytes.isEmpty ? 0 : int(0..<bytes.count + 1)
            switch int(0..<8) {
            case 0 where !bytes.isEmpty:   // flip a bit
                let i = int(0..<bytes.count)
                bytes[i] ^= UInt8(1 << int(0..<8))
            case 1:                          // insert a token
                bytes.insert(contentsOf: pick(tokens), at: position)
            case 2 where bytes.count > 1:    // delete a span
                let end = min(bytes.count, position + int(1..<256))
                if position < end { bytes.removeSubrange(position..<end) }
            case 3 where bytes.count > 1:    // repeat a span many times
                let start = int(0..<bytes.count)
                let span = Array(bytes[start..<min(bytes.count, start + int(1..<64))])
                bytes.insert(contentsOf: Array([[UInt8]](repeating: span, count: int(2..<200)).joined()), at: position)
            case 4 where !others.isEmpty:    // splice in part of another sample
                let other = pick(others)
                guard !other.isEmpty else { break }
                let start = int(0..<other.count)
                bytes.insert(contentsOf: other[start..<min(other.count, start + int(1..<2048))], at: position)
            case 5 where !bytes.isEmpty:     // truncate
                bytes.removeSubrange(int(0..<bytes.count)...)
            case 6:                          // random bytes
                bytes.insert(contentsOf: (0..<int(1..<32)).map { _ in UInt8(int(0..<256)) }, at: position)
            default:                         // a token many times (deep nesting, long lines)
                let token = pick(tokens)
                bytes.insert(contentsOf: Array([[UInt8]](repeating: token, count: int(1..<500)).joined()), at: position)
            }
        }
        return bytes
    }

    /// Prints one line of figures for scripts/fuzz: target, inputs tried, crashes (0: the process lived), seconds.
    public static func report(_ target: String, inputs: Int, since start: Date, detail: String = "") {
        let seconds = Date().timeIntervalSince(start)
        print(String(format: "fuzz %@: %d inputs, 0 crashes, %.1f s%@", target, inputs, seconds, detail.isEmpty ? "" : ", " + detail))
    }
}
