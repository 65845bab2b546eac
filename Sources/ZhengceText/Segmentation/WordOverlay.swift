/// Words added on top of the general lexicon: the bundled policy lexicon, a corpus's
/// user lexicon, and terms learned from documents. A small mutable trie (value type).
struct WordOverlay: Sendable {
    /// Child node of (parent << 16 | unit), in an open-addressing table.
    private var children = EdgeTable()
    /// Cost of the word ending at each node, or infinity.
    private var costs: [Float] = [.infinity]
    /// One bit per UTF-16 unit that starts a word, to skip most positions quickly.
    private var starts = [UInt64](repeating: 0, count: 1024)

    /// Number of words in the overlay.
    private(set) var count = 0

    /// Adds `word` with `cost`; an existing word keeps the lower cost.
    mutating func add(_ word: String, cost: Float) {
        let units = Array(word.utf16)
        guard let first = units.first else { return }
        starts[Int(first) >> 6] |= 1 << UInt64(first & 63)
        var node: Int32 = 0
        for unit in units {
            let key = UInt64(node) << 16 | UInt64(unit)
            if let next = children.value(for: key) {
                node = next
            } else {
                let next = Int32(costs.count)
                costs.append(.infinity)
                children.insert(key, next)
                node = next
            }
        }
        if costs[Int(node)] == .infinity { count += 1 }
        costs[Int(node)] = min(costs[Int(node)], cost)
    }

    /// True when some overlay word starts with `unit`.
    @inline(__always)
    func mayStart(_ unit: UInt16) -> Bool {
        count > 0 && starts[Int(unit) >> 6] & (1 << UInt64(unit & 63)) != 0
    }

    /// The child of `node` labelled `unit`, or nil.
    @inline(__always)
    func child(_ node: Int32, _ unit: UInt16) -> Int32? {
        children.value(for: UInt64(node) << 16 | UInt64(unit))
    }

    /// The cost of the word ending at `node`, or nil.
    @inline(__always)
    func cost(_ node: Int32) -> Float? {
        let c = costs[Int(node)]
        return c == .infinity ? nil : c
    }

    /// The cost of `word` when the overlay holds it.
    func cost(of word: some Sequence<UInt16>) -> Float? {
        var node: Int32 = 0
        for unit in word {
            guard let next = child(node, unit) else { return nil }
            node = next
        }
        return cost(node)
    }
}

/// A hash table from trie edges (parent << 16 | unit) to child nodes: linear probing,
/// multiplicative hashing, at most half full. Faster than `Dictionary` in the hot loop.
struct EdgeTable: Sendable {
    /// Stored keys plus one; 0 marks an empty slot.
    private var keys = [UInt64](repeating: 0, count: 64)
    private var values = [Int32](repeating: 0, count: 64)
    private var shift: UInt64 = 58
    private var count = 0

    @inline(__always)
    private func slot(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    /// The value stored for `key`, or nil.
    /// - Complexity: O(1) expected.
    @inline(__always)
    func value(for key: UInt64) -> Int32? {
        let stored = key &+ 1
        let mask = keys.count - 1
        var i = slot(key)
        while true {
            let k = keys[i]
            if k == stored { return values[i] }
            if k == 0 { return nil }
            i = (i + 1) & mask
        }
    }

    /// Stores `value` for a `key` not yet present.
    mutating func insert(_ key: UInt64, _ value: Int32) {
        if (count + 1) * 2 > keys.count { grow() }
        let mask = keys.count - 1
        var i = slot(key)
        while keys[i] != 0 { i = (i + 1) & mask }
        keys[i] = key &+ 1
        values[i] = value
        count += 1
    }

    private mutating func grow() {
        let oldKeys = keys, oldValues = values
        keys = [UInt64](repeating: 0, count: oldKeys.count * 2)
        values = [Int32](repeating: 0, count: oldKeys.count * 2)
        shift -= 1
        count = 0
        for (k, v) in zip(oldKeys, oldValues) where k != 0 { insert(k &- 1, v) }
    }
}
