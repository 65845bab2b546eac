/// A hash table from 64-bit keys to 32-bit ids: linear probing, multiplicative hashing, at most half full, each
/// slot's key and id side by side (one cache line per lookup). Faster than `Dictionary`, which hashes every key with
/// SipHash, in the hot loops that look a key up for every character: the segmenter's overlay trie (its edges) and
/// lineage's trigram index (its trigrams). Keys below `UInt64.max`.
public struct IDTable: Sendable {
    @usableFromInline struct Slot: Sendable {
        /// The key plus one; 0 marks an empty slot.
        @usableFromInline var stored: UInt64 = 0
        @usableFromInline var id: Int32 = 0
        @usableFromInline init() {}
    }

    @usableFromInline var slots: [Slot]
    @usableFromInline var shift: UInt64
    @usableFromInline var held = 0
    /// How many keys the table holds.
    public var count: Int { held }

    /// An empty table with room for `capacity` slots (rounded up to a power of two, at least 2) before it grows.
    public init(capacity: Int = 64) {
        var bits: UInt64 = 1
        while 1 << bits < capacity { bits += 1 }
        slots = [Slot](repeating: Slot(), count: 1 << bits)
        shift = 64 - bits
    }

    @inlinable @inline(__always)
    func home(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    /// The id of `key`, or nil.
    /// - Complexity: O(1) expected.
    @inlinable @inline(__always)
    public func value(for key: UInt64) -> Int32? {
        let stored = key &+ 1
        let mask = slots.count - 1
        var i = home(key)
        while true {
            let slot = slots[i]
            if slot.stored == stored { return slot.id }
            if slot.stored == 0 { return nil }
            i = (i + 1) & mask
        }
    }

    /// The id of `key`; when the table lacks it, `new`, which becomes its id.
    /// - Complexity: O(1) expected.
    @inlinable @inline(__always)
    public mutating func value(for key: UInt64, orInsert new: Int32) -> Int32 {
        let stored = key &+ 1
        let mask = slots.count - 1
        var i = home(key)
        while slots[i].stored != 0 {
            if slots[i].stored == stored { return slots[i].id }
            i = (i + 1) & mask
        }
        slots[i].stored = stored
        slots[i].id = new
        held += 1
        if held * 2 > slots.count { grow() }
        return new
    }

    @usableFromInline mutating func grow() {
        let old = slots
        slots = [Slot](repeating: Slot(), count: old.count * 2)
        shift -= 1
        let mask = slots.count - 1
        for slot in old where slot.stored != 0 {
            var i = home(slot.stored &- 1)
            while slots[i].stored != 0 { i = (i + 1) & mask }
            slots[i] = slot
        }
    }
}
