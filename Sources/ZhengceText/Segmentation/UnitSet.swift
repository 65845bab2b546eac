/// A set of UTF-16 code units as a 65,536-bit map: membership without hashing, for scans that
/// test every unit of a text (segmentation, clause and target finding).
public struct UnitSet: Sendable {
    @usableFromInline var bits = [UInt64](repeating: 0, count: 1024)

    /// The units of `characters`.
    public init(_ characters: String) {
        self.init(units: characters.utf16)
    }

    /// The given units.
    public init<Units: Sequence>(units: Units) where Units.Element == UInt16 {
        for unit in units { bits[Int(unit) >> 6] |= 1 << UInt64(unit & 63) }
    }

    /// True when `unit` is in the set.
    /// - Complexity: O(1).
    @inlinable @inline(__always)
    public func contains(_ unit: UInt16) -> Bool {
        bits[Int(unit) >> 6] & (1 << UInt64(unit & 63)) != 0
    }
}
