/// New postings of character and pair terms during one write transaction: per term the block
/// being filled and the blocks already finished, their bytes in chunks of one growing arena.
///
/// The search index builder takes in about a hundred terms per measure; with a dictionary of
/// byte arrays that cost more CPU than parsing the measure (hashing, a uniqueness check per
/// appended byte, an allocation whenever an array grew). Here a term is found by an open
/// addressing table over packed keys, and its bytes are copied into its last chunk.
struct CharacterPostings {
    /// A finished block of one term.
    private struct Sealed {
        var term: Int32
        var block: Int64
        var first: Int
        var bytes: Int
        var count: Int
    }

    /// The block a term is filling.
    private struct Open {
        var block: Int64 = -1
        var last: Int64 = 0
        var count = 0
        var bytes = 0
        var first = -1
        var tail = -1
    }

    /// Terms by packed key (`SearchTerm`), in the order first seen.
    private(set) var keys: [UInt64] = []
    private var open: [Open] = []
    private var sealed: [Sealed] = []
    /// Open addressing: term index + 1 per slot, 0 when free; a power of two in size.
    private var slots: [Int32] = []
    private var arena = Arena()

    init() {}

    /// The index of the term with `key`, if it has postings.
    func index(of key: UInt64) -> Int? {
        slots.isEmpty ? nil : find(key).term
    }

    /// Appends the character and pair postings of one measure (`payload`: the bytes of `terms.payload`).
    /// False when a rowid does not follow a term's last one (the postings before it are kept:
    /// the caller rebuilds everything then).
    mutating func append(rowid: Int64, terms: SearchTerm.MeasureTerms, payload: UnsafeBufferPointer<UInt8>) -> Bool {
        for (i, key) in terms.keys.enumerated() {
            guard append(key: key, rowid: rowid, payload: UnsafeBufferPointer(rebasing: payload[terms.payloadRange(i)])) else {
                return false
            }
        }
        return true
    }

    /// Appends a posting of `key` (`payload`: its bytes after the rowid difference); false (and
    /// nothing appended) when `rowid` does not follow the term's last one.
    private mutating func append(key: UInt64, rowid: Int64, payload: UnsafeBufferPointer<UInt8>) -> Bool {
        let t = termIndex(key)
        var term = open[t]
        let rowBlock = rowid >> SearchIndexBuilder.blockBits
        guard rowBlock >= term.block, rowBlock > term.block || rowid > term.last || term.bytes == 0 else { return false }
        if rowBlock != term.block {
            if term.bytes > 0 {
                sealed.append(Sealed(term: Int32(t), block: term.block, first: term.first, bytes: term.bytes, count: term.count))
            }
            term = Open(block: rowBlock, last: rowBlock << SearchIndexBuilder.blockBits)
        }
        // The rowid difference as a varint, then the payload.
        var delta = UInt64(rowid - term.last)
        var encoded: (UInt64, UInt64) = (0, 0)
        let length = withUnsafeMutableBytes(of: &encoded) { raw -> Int in
            var n = 0
            while delta >= 0x80 {
                raw[n] = UInt8(truncatingIfNeeded: delta) | 0x80
                delta >>= 7
                n += 1
            }
            raw[n] = UInt8(delta)
            return n + 1
        }
        withUnsafeBytes(of: &encoded) { raw in write(UnsafeRawBufferPointer(rebasing: raw[0..<length]), to: &term) }
        write(UnsafeRawBufferPointer(payload), to: &term)
        term.last = rowid
        term.count += 1
        open[t] = term
        return true
    }

    /// Every term's blocks (finished ones, then the open one), bytes copied out of the arena.
    func blocks() -> [(key: UInt64, blocks: [(block: Int64, bytes: [UInt8], count: Int)])] {
        var byTerm = [[(block: Int64, bytes: [UInt8], count: Int)]](repeating: [], count: keys.count)
        for s in sealed { byTerm[Int(s.term)].append((s.block, arena.read(first: s.first, bytes: s.bytes), s.count)) }
        for (t, term) in open.enumerated() where term.bytes > 0 {
            byTerm[t].append((term.block, arena.read(first: term.first, bytes: term.bytes), term.count))
        }
        return keys.indices.map { (keys[$0], byTerm[$0]) }
    }

    // MARK: Internals

    @inline(__always) private static func hash(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 20)
    }

    /// The slot holding `key`, or the free slot where it would go. `slots` must not be empty.
    private func find(_ key: UInt64) -> (slot: Int, term: Int?) {
        let mask = slots.count - 1
        var slot = Self.hash(key) & mask
        while slots[slot] != 0 {
            let t = Int(slots[slot] - 1)
            if keys[t] == key { return (slot, t) }
            slot = (slot + 1) & mask
        }
        return (slot, nil)
    }

    private mutating func termIndex(_ key: UInt64) -> Int {
        if keys.count * 2 >= slots.count { grow() }
        let (slot, found) = find(key)
        if let found { return found }
        keys.append(key)
        open.append(Open())
        slots[slot] = Int32(keys.count)
        return keys.count - 1
    }

    private mutating func grow() {
        slots = [Int32](repeating: 0, count: max(1024, slots.count * 2))
        let mask = slots.count - 1
        for (t, key) in keys.enumerated() {
            var slot = Self.hash(key) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(t + 1)
        }
    }

    /// Copies `bytes` to the end of the term's chain of chunks, adding chunks as needed.
    private mutating func write(_ bytes: UnsafeRawBufferPointer, to term: inout Open) {
        var from = 0
        while from < bytes.count {
            if term.tail < 0 || arena.isFull(term.tail) {
                let capacity = term.tail < 0 ? 16 : min(4096, 2 * arena.capacity(term.tail))
                let chunk = arena.allocate(capacity: capacity)
                if term.tail >= 0 { arena.link(term.tail, to: chunk) } else { term.first = chunk }
                term.tail = chunk
            }
            let n = arena.append(UnsafeRawBufferPointer(rebasing: bytes[from...]), to: term.tail)
            from += n
            term.bytes += n
        }
    }
}

/// Chunks of bytes in one growing allocation, addressed by offset. A chunk: the offset of the
/// next chunk (or -1), its capacity and bytes used (Int32 each), then its bytes.
private struct Arena {
    private final class Storage {
        // Touched for every posting; only ever from one thread at a time (the builder's queue).
        @exclusivity(unchecked) var base: UnsafeMutableRawPointer
        @exclusivity(unchecked) var used = 0
        @exclusivity(unchecked) var capacity: Int

        init(capacity: Int) {
            self.capacity = capacity
            base = .allocate(byteCount: capacity, alignment: 8)
        }

        deinit { base.deallocate() }

        func reserve(_ extra: Int) {
            guard used + extra > capacity else { return }
            var newCapacity = capacity * 2
            while used + extra > newCapacity { newCapacity *= 2 }
            let grown = UnsafeMutableRawPointer.allocate(byteCount: newCapacity, alignment: 8)
            grown.copyMemory(from: base, byteCount: used)
            base.deallocate()
            base = grown
            capacity = newCapacity
        }
    }

    private static let header = 16
    private let storage = Storage(capacity: 1 << 20)

    func allocate(capacity: Int) -> Int {
        storage.reserve(Self.header + capacity)
        let offset = storage.used
        storage.used += Self.header + capacity
        let p = storage.base + offset
        p.storeBytes(of: -1, as: Int.self)
        p.storeBytes(of: Int32(capacity), toByteOffset: 8, as: Int32.self)
        p.storeBytes(of: 0, toByteOffset: 12, as: Int32.self)
        return offset
    }

    func capacity(_ chunk: Int) -> Int { Int(storage.base.load(fromByteOffset: chunk + 8, as: Int32.self)) }
    private func usedBytes(_ chunk: Int) -> Int { Int(storage.base.load(fromByteOffset: chunk + 12, as: Int32.self)) }
    func isFull(_ chunk: Int) -> Bool { usedBytes(chunk) == capacity(chunk) }

    func link(_ chunk: Int, to next: Int) { storage.base.storeBytes(of: next, toByteOffset: chunk, as: Int.self) }

    /// Copies as much of `bytes` as fits into `chunk`; returns how much.
    func append(_ bytes: UnsafeRawBufferPointer, to chunk: Int) -> Int {
        let used = usedBytes(chunk)
        let n = min(bytes.count, capacity(chunk) - used)
        guard n > 0, let source = bytes.baseAddress else { return 0 }
        (storage.base + chunk + Self.header + used).copyMemory(from: source, byteCount: n)
        storage.base.storeBytes(of: Int32(used + n), toByteOffset: chunk + 12, as: Int32.self)
        return n
    }

    /// The first `bytes` bytes of the chain starting at `first`.
    func read(first: Int, bytes: Int) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes)
        var chunk = first
        while chunk >= 0 && out.count < bytes {
            let n = min(usedBytes(chunk), bytes - out.count)
            out.append(contentsOf: UnsafeRawBufferPointer(start: storage.base + chunk + Self.header, count: n))
            chunk = storage.base.load(fromByteOffset: chunk, as: Int.self)
        }
        return out
    }
}
