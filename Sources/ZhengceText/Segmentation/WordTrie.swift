/// The general lexicon (jieba's dict.txt) as an immutable trie over UTF-16 units,
/// loaded from `jieba-lexicon.bin` (format in scripts/build-lexicon.py).
///
/// Nodes are in breadth-first order so the children of a node are contiguous and
/// sorted; the root's children are also indexed directly by their first unit.
struct WordTrie: Sendable {
    /// Costs are stored as `round(costScale * -ln p)`.
    static let costScale: Float = 2048
    /// The stored cost of a node that is only a prefix of words.
    static let noWord: UInt16 = 0xFFFF

    let labels: [UInt16]
    let costs: [UInt16]
    let firstChild: [UInt32]
    /// Node of each first UTF-16 unit, 0 when no word starts with it.
    let rootIndex: [UInt32]
    /// Sum of all word frequencies; -ln(freq / total) is a word's cost.
    let totalFrequency: Double

    /// An empty trie (every character unknown).
    init() {
        labels = [0]
        costs = [Self.noWord]
        firstChild = [1, 1]
        rootIndex = [UInt32](repeating: 0, count: 65536)
        totalFrequency = 60_000_000
    }

    /// Loads the bundled trie.
    /// - Complexity: O(nodes), a few copies of about 4 MB.
    init(resource name: String) throws {
        var reader = try BinaryResource(named: name)
        try reader.expectHeader("ZCLX", version: 1)
        let count = Int(try reader.scalar(UInt32.self))
        _ = try reader.scalar(UInt32.self)
        totalFrequency = Double(try reader.scalar(UInt64.self))
        labels = try reader.array(UInt16.self, count: count)
        costs = try reader.array(UInt16.self, count: count)
        firstChild = try reader.array(UInt32.self, count: count + 1)
        var index = [UInt32](repeating: 0, count: 65536)
        for node in Int(firstChild[0])..<Int(firstChild[1]) { index[Int(labels[node])] = UInt32(node) }
        rootIndex = index
    }

    /// The cost of `word` when it is a lexicon word.
    func cost(of word: some Sequence<UInt16>) -> Float? {
        withView { view in view.node(for: word).flatMap(view.cost) }
    }
}

extension WordTrie {
    /// Calls `body` with an unchecked view of the trie's arrays (valid only inside `body`).
    func withView<R>(_ body: (TrieView) -> R) -> R {
        labels.withUnsafeBufferPointer { labels in
            costs.withUnsafeBufferPointer { costs in
                firstChild.withUnsafeBufferPointer { firstChild in
                    rootIndex.withUnsafeBufferPointer { rootIndex in
                        body(TrieView(labels: labels.baseAddress!, costs: costs.baseAddress!,
                                      firstChild: firstChild.baseAddress!, rootIndex: rootIndex.baseAddress!))
                    }
                }
            }
        }
    }
}

/// The hot-loop form of `WordTrie`: raw pointers, no bounds checks or reference counting.
struct TrieView {
    let labels: UnsafePointer<UInt16>
    let costs: UnsafePointer<UInt16>
    let firstChild: UnsafePointer<UInt32>
    let rootIndex: UnsafePointer<UInt32>

    /// The child of `node` labelled `unit`, or nil.
    /// - Complexity: O(log children).
    @inline(__always)
    func child(_ node: UInt32, _ unit: UInt16) -> UInt32? {
        if node == 0 {
            let n = rootIndex[Int(unit)]
            return n == 0 ? nil : n
        }
        var low = Int(firstChild[Int(node)])
        let end = Int(firstChild[Int(node) + 1])
        var high = end
        // Lower bound by bisection down to a few candidates, then a linear scan.
        while high - low > 6 {
            let mid = (low + high) >> 1
            if labels[mid] < unit { low = mid + 1 } else { high = mid }
        }
        while low < end {
            let label = labels[low]
            if label == unit { return UInt32(low) }
            if label > unit { return nil }
            low += 1
        }
        return nil
    }

    /// The cost (-ln p) of the word ending at `node`, or nil when it is only a prefix.
    @inline(__always)
    func cost(_ node: UInt32) -> Float? {
        let c = costs[Int(node)]
        return c == WordTrie.noWord ? nil : Float(c) / WordTrie.costScale
    }

    /// The node reached by all of `units`, or nil.
    func node(for units: some Sequence<UInt16>) -> UInt32? {
        var node: UInt32 = 0
        for unit in units {
            guard let next = child(node, unit) else { return nil }
            node = next
        }
        return node
    }
}
