/// New postings of character and pair terms during one write transaction: per term the block
/// being filled and the blocks already finished, their bytes in chunks of one growing arena.
///
/// The search index builder takes in about a hundred and forty terms per measure; with a
/// dictionary of byte arrays that cost more CPU than parsing the measure (hashing, a uniqueness
/// check per appended byte, an allocation whenever an array grew). Here a term is found by open
/// addressing in a table whose slot holds the key and the state of the term's open block
/// together (one cache line per posting, where separate arrays of keys, slots and states cost
/// three misses), and its bytes are copied into its last chunk.
struct CharacterPostings {
    /// A finished block of one term.
    private struct Sealed {
        var key: UInt64
        var block: Int64
        var first: UInt32
        var bytes: UInt32
        var count: UInt32
    }

    /// A slot of the table: a term and the block it is filling (the block of `last`).
    private struct Entry {
        /// The packed key (`SearchTerm`); 0 marks a free slot (no term packs to 0).
        var key: UInt64 = 0
        /// The last rowid appended (its block is the open one); meaningful when `count` > 0.
        var last: Int64 = 0
        /// First and last chunk of the open block (`Arena` chunk numbers).
        var first: UInt32 = 0
        var tail: UInt32 = 0
        /// Bytes and postings in the open block.
        var bytes: UInt32 = 0
        var count: UInt32 = 0
    }

    /// The table, in storage that is only ever touched from one thread at a time (the builder's queue).
    private final class Table {
        @exclusivity(unchecked) var entries: UnsafeMutablePointer<Entry>
        @exclusivity(unchecked) var capacity: Int
        @exclusivity(unchecked) var terms = 0

        init(capacity: Int) {
            self.capacity = capacity
            entries = .allocate(capacity: capacity)
            entries.initialize(repeating: Entry(), count: capacity)
        }

        deinit { entries.deallocate() }

        @inline(__always) static func hash(_ key: UInt64) -> Int {
            Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 20)
        }

        /// The slot holding `key`, or the free slot where it would go.
        @inline(__always) func slot(_ key: UInt64) -> Int {
            let mask = capacity - 1
            var slot = Self.hash(key) & mask
            while true {
                let found = entries[slot].key
                if found == key || found == 0 { return slot }
                slot = (slot + 1) & mask
            }
        }

        /// Doubles the table (at seven tenths full).
        func grow() {
            let old = entries, oldCapacity = capacity
            capacity *= 2
            entries = .allocate(capacity: capacity)
            entries.initialize(repeating: Entry(), count: capacity)
            for i in 0..<oldCapacity where old[i].key != 0 { entries[slot(old[i].key)] = old[i] }
            old.deallocate()
        }
    }

    private let table = Table(capacity: 1 << 12)
    private var sealed: [Sealed] = []
    private let arena = Arena()

    init() {}

    /// Whether the term with `key` has postings.
    func contains(_ key: UInt64) -> Bool {
        table.entries[table.slot(key)].key == key
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
        if (table.terms + 1) * 10 > table.capacity * 7 { table.grow() }
        let slot = table.slot(key)
        let entry = table.entries + slot
        if entry.pointee.key == 0 {
            entry.pointee.key = key
            table.terms += 1
        }
        let rowBlock = rowid >> SearchIndexBuilder.blockBits
        var last = rowBlock << SearchIndexBuilder.blockBits
        if entry.pointee.count > 0 {
            let openBlock = entry.pointee.last >> SearchIndexBuilder.blockBits
            guard rowid > entry.pointee.last else { return false }
            if openBlock == rowBlock {
                last = entry.pointee.last
            } else {
                sealed.append(Sealed(key: key, block: openBlock, first: entry.pointee.first, bytes: entry.pointee.bytes,
                                     count: entry.pointee.count))
                entry.pointee.count = 0
                entry.pointee.bytes = 0
            }
        }
        if entry.pointee.count == 0 {
            let chunk = arena.allocate(capacity: 16)
            entry.pointee.first = chunk
            entry.pointee.tail = chunk
        }
        // The rowid difference as a varint, then the payload.
        VarInt.withEncoding(of: UInt64(rowid - last)) { write($0, to: entry) }
        write(UnsafeRawBufferPointer(payload), to: entry)
        entry.pointee.last = rowid
        entry.pointee.count += 1
        return true
    }

    /// Every term's blocks (finished ones, then the open one), bytes copied out of the arena;
    /// terms in no particular order.
    func blocks() -> [(key: UInt64, blocks: [(block: Int64, bytes: [UInt8], count: Int)])] {
        var byKey: [UInt64: Int] = [:]
        var out: [(key: UInt64, blocks: [(block: Int64, bytes: [UInt8], count: Int)])] = []
        out.reserveCapacity(table.terms)
        for s in sealed {
            let block = (s.block, arena.read(first: s.first, bytes: Int(s.bytes)), Int(s.count))
            if let i = byKey[s.key] { out[i].blocks.append(block) } else {
                byKey[s.key] = out.count
                out.append((s.key, [block]))
            }
        }
        for slot in 0..<table.capacity {
            let entry = table.entries[slot]
            guard entry.key != 0, entry.count > 0 else { continue }
            let block = (entry.last >> SearchIndexBuilder.blockBits, arena.read(first: entry.first, bytes: Int(entry.bytes)), Int(entry.count))
            if let i = byKey[entry.key] { out[i].blocks.append(block) } else { out.append((entry.key, [block])) }
        }
        return out
    }

    // MARK: Internals

    /// Copies `bytes` to the end of the term's chain of chunks, adding chunks as needed.
    private func write(_ bytes: UnsafeRawBufferPointer, to entry: UnsafeMutablePointer<Entry>) {
        var from = 0
        while from < bytes.count {
            if arena.isFull(entry.pointee.tail) {
                let chunk = arena.allocate(capacity: min(4096, 2 * arena.capacity(entry.pointee.tail)))
                arena.link(entry.pointee.tail, to: chunk)
                entry.pointee.tail = chunk
            }
            let n = arena.append(UnsafeRawBufferPointer(rebasing: bytes[from...]), to: entry.pointee.tail)
            from += n
            entry.pointee.bytes += UInt32(n)
        }
    }
}

/// Chunks of bytes in one growing allocation. A chunk is numbered by its offset / 16 (every
/// chunk is a multiple of 16 bytes long): the number of the next chunk (or `none`), its
/// capacity and the bytes used (UInt32 each, then four bytes of padding), then its bytes.
private final class Arena {
    static let none = UInt32.max
    private static let header = 16

    // Touched for every posting; only ever from one thread at a time (the builder's queue).
    @exclusivity(unchecked) private var base: UnsafeMutableRawPointer
    @exclusivity(unchecked) private var used = 0
    @exclusivity(unchecked) private var size: Int

    init() {
        size = 1 << 20
        base = .allocate(byteCount: size, alignment: 16)
    }

    deinit { base.deallocate() }

    /// A new chunk for `capacity` bytes (a multiple of 16).
    func allocate(capacity: Int) -> UInt32 {
        let needed = Self.header + capacity
        if used + needed > size {
            var newSize = size * 2
            while used + needed > newSize { newSize *= 2 }
            let grown = UnsafeMutableRawPointer.allocate(byteCount: newSize, alignment: 16)
            grown.copyMemory(from: base, byteCount: used)
            base.deallocate()
            base = grown
            size = newSize
        }
        let offset = used
        used += needed
        let p = base + offset
        p.storeBytes(of: Self.none, as: UInt32.self)
        p.storeBytes(of: UInt32(capacity), toByteOffset: 4, as: UInt32.self)
        p.storeBytes(of: 0, toByteOffset: 8, as: UInt32.self)
        return UInt32(offset >> 4)
    }

    @inline(__always) private func start(_ chunk: UInt32) -> UnsafeMutableRawPointer { base + Int(chunk) << 4 }
    func capacity(_ chunk: UInt32) -> Int { Int(start(chunk).load(fromByteOffset: 4, as: UInt32.self)) }
    private func usedBytes(_ chunk: UInt32) -> Int { Int(start(chunk).load(fromByteOffset: 8, as: UInt32.self)) }
    func isFull(_ chunk: UInt32) -> Bool { usedBytes(chunk) == capacity(chunk) }

    func link(_ chunk: UInt32, to next: UInt32) { start(chunk).storeBytes(of: next, as: UInt32.self) }

    /// Copies as much of `bytes` as fits into `chunk`; returns how much.
    func append(_ bytes: UnsafeRawBufferPointer, to chunk: UInt32) -> Int {
        let p = start(chunk)
        let used = usedBytes(chunk)
        let n = min(bytes.count, capacity(chunk) - used)
        guard n > 0, let source = bytes.baseAddress else { return 0 }
        (p + Self.header + used).copyMemory(from: source, byteCount: n)
        p.storeBytes(of: UInt32(used + n), toByteOffset: 8, as: UInt32.self)
        return n
    }

    /// The first `bytes` bytes of the chain starting at `first`.
    func read(first: UInt32, bytes: Int) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes)
        var chunk = first
        while chunk != Self.none && out.count < bytes {
            let n = min(usedBytes(chunk), bytes - out.count)
            out.append(contentsOf: UnsafeRawBufferPointer(start: start(chunk) + Self.header, count: n))
            chunk = start(chunk).load(as: UInt32.self)
        }
        return out
    }
}
