/// A set of BMP UTF-16 units as a 65,536-bit map: membership without hashing.
struct UnitSet: Sendable {
    private var bits = [UInt64](repeating: 0, count: 1024)

    /// The units of `characters`.
    init(_ characters: String) {
        for unit in characters.utf16 { bits[Int(unit) >> 6] |= 1 << UInt64(unit & 63) }
    }

    /// True when `unit` is in the set.
    /// - Complexity: O(1).
    @inline(__always)
    func contains(_ unit: UInt16) -> Bool {
        bits[Int(unit) >> 6] & (1 << UInt64(unit & 63)) != 0
    }
}
