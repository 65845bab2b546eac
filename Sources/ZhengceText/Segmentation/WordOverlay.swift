/// Words added on top of the general lexicon: the bundled policy lexicon, a corpus's
/// user lexicon, and terms learned from documents. A small mutable trie (value type).
struct WordOverlay: Sendable {
    /// Child node of (parent << 16 | unit), in an open-addressing table.
    private var children = IDTable()
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
            let new = Int32(costs.count)
            node = children.value(for: UInt64(node) << 16 | UInt64(unit), orInsert: new)
            if node == new { costs.append(.infinity) }
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
