/// The set of character bigrams of a comparison key, as sorted integer codes.
///
/// Similarities are Dice coefficients over these sets: 2·|A∩B| / (|A|+|B|), in 0…1.
struct Shingles: Sendable, Hashable {
    /// Sorted, distinct bigram codes (two UTF-16 units packed into 32 bits).
    let codes: [UInt32]

    /// The bigrams of `key` (a one-unit key gives one code for the unit itself).
    init(_ key: String) {
        let units = Array(key.utf16)
        var set = Set<UInt32>()
        if units.count == 1 { set.insert(UInt32(units[0])) }
        for i in 0..<max(0, units.count - 1) { set.insert(UInt32(units[i]) << 16 | UInt32(units[i + 1])) }
        codes = set.sorted()
    }

    init(codes: [UInt32]) { self.codes = codes }

    /// Number of distinct bigrams.
    var count: Int { codes.count }

    /// The union with `other` (for comparing a whole with parts joined).
    func union(_ other: Shingles) -> Shingles { Shingles(codes: Array(Set(codes).union(other.codes)).sorted()) }

    /// The bigrams of this set not in `other`.
    func subtracting(_ other: Shingles) -> Shingles {
        var out: [UInt32] = [], j = 0
        for code in codes {
            while j < other.codes.count && other.codes[j] < code { j += 1 }
            if j >= other.codes.count || other.codes[j] != code { out.append(code) }
        }
        return Shingles(codes: out)
    }

    /// |self ∩ other|. - Complexity: O(n + m).
    func intersectionCount(_ other: Shingles) -> Int {
        var i = 0, j = 0, n = 0
        let a = codes, b = other.codes
        while i < a.count && j < b.count {
            if a[i] == b[j] { n += 1; i += 1; j += 1 } else if a[i] < b[j] { i += 1 } else { j += 1 }
        }
        return n
    }

    /// Dice similarity in 0…1; two empty sets are identical (1).
    func dice(_ other: Shingles) -> Double {
        let total = count + other.count
        guard total > 0 else { return 1 }
        return 2 * Double(intersectionCount(other)) / Double(total)
    }

    /// The share of this set found in `other`, 0…1 (how much of a part a whole contains).
    func containment(in other: Shingles) -> Double {
        guard count > 0 else { return 0 }
        return Double(intersectionCount(other)) / Double(count)
    }
}
