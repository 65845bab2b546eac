import ZhengceText

/// JSON-LD nodes under construction, keyed by @id; node references are collected as sets
/// and written as sorted arrays, so construction order never shows in the output.
///
/// One table entry per node (its id hashed once per call) giving its slot in an array of nodes, each holding its
/// values, references and types in small arrays: a node has a few terms, so a term is found by comparing them in
/// turn, and a node's references may repeat a target until they are written (sorted, each once).
struct NodeSet {
    /// What is said about one node. `declared`: added, or given a value (a node only referred from is not).
    private struct Node {
        var declared = false
        var values: [(term: String, value: JSONValue)] = []
        var references: [(term: String, targets: [PlainText])] = []
        var types: [String] = []

        mutating func set(_ term: String, _ value: JSONValue) {
            declared = true
            if let i = values.firstIndex(where: { $0.term == term }) { values[i].value = value } else { values.append((term, value)) }
        }

        mutating func link(_ term: String, _ targets: some Sequence<PlainText>) {
            if let i = references.firstIndex(where: { $0.term == term }) {
                references[i].targets.append(contentsOf: targets)
            } else {
                references.append((term, Array(targets)))
            }
        }

        mutating func type(_ names: [String]) {
            for name in names where !types.contains(name) { types.append(name) }
        }

        mutating func declare(_ names: [String]) {
            declared = true
            type(names)
        }
    }

    // Keyed by `PlainText`: node ids are IRIs in Chinese, which `String` hashes slowly. Each node has a slot in
    // `nodes` (its id in `keys`); a removed node's slot is emptied and left (`alive` false) until `removeAll`.
    private var slots: [PlainText: Int] = [:]
    private var keys: [PlainText] = []
    private var nodes: [Node] = []
    private var alive: [Bool] = []

    /// The slot of `key`, made if it has none.
    private mutating func slot(_ key: PlainText) -> Int {
        if let slot = slots[key] { return slot }
        let slot = nodes.count
        slots[key] = slot
        keys.append(key); nodes.append(Node()); alive.append(true)
        return slot
    }

    /// Empties slot `slot` (its id already out of `slots`), returning what it held.
    private mutating func vacate(_ slot: Int) -> Node {
        var node = Node()
        swap(&node, &nodes[slot])
        alive[slot] = false
        return node
    }

    /// Declares a node with its types (merging with earlier declarations).
    mutating func add(_ id: String, types newTypes: [String]) {
        let slot = slot(PlainText(id))
        nodes[slot].declare(newTypes)
    }

    /// Sets a plain value; nil leaves the property out.
    mutating func set(_ id: String, _ term: String, _ value: JSONValue?) {
        guard let value, value != .null else { return }
        let slot = slot(PlainText(id))
        nodes[slot].set(term, value)
    }

    /// Sets a string; nil leaves the property out.
    mutating func set(_ id: String, _ term: String, _ value: String?) {
        guard let value else { return }
        let slot = slot(PlainText(id))
        nodes[slot].set(term, .string(value))
    }

    /// Adds a reference to another node.
    mutating func link(_ id: String, _ term: String, _ target: String) {
        let slot = slot(PlainText(id))
        nodes[slot].link(term, CollectionOfOne(PlainText(target)))
    }

    /// True when a node with this id was declared.
    func contains(_ id: String) -> Bool { slots[PlainText(id)].map { nodes[$0].declared } ?? false }

    /// True when anything is said about node `id` (declared, valued, referring or typed).
    func holds(_ id: String) -> Bool { slots[PlainText(id)] != nil }

    /// Forgets what is said about node `id`.
    mutating func remove(_ id: String) {
        if let slot = slots.removeValue(forKey: PlainText(id)) { _ = vacate(slot) }
    }

    /// The ids of every node anything is said about (declared or not), sorted.
    var heldIDs: [String] { keys.indices.filter { alive[$0] }.map { keys[$0] }.sorted().map(\.text) }

    /// The ids of the declared nodes, sorted.
    var ids: [String] { declaredKeys().map(\.text) }

    private func declaredKeys() -> [PlainText] {
        var declared: [PlainText] = []
        for slot in nodes.indices where alive[slot] && nodes[slot].declared { declared.append(keys[slot]) }
        return declared.sorted()
    }

    /// The nodes sorted by @id, references as sorted arrays, @type as a string or sorted array.
    func graph() -> [JSONValue] {
        declaredKeys().map(node)
    }

    /// One node as it appears in the graph.
    func node(_ id: String) -> JSONValue { node(PlainText(id)) }

    private func node(_ key: PlainText) -> JSONValue {
        let held = slots[key].map { nodes[$0] }
        var members: [String: JSONValue] = [:]
        if let held {
            members.reserveCapacity(held.values.count + held.references.count + 2)
            for (term, value) in held.values { members[term] = value }
        }
        members["@id"] = .string(key.text)
        let t = (held?.types ?? []).sorted()
        if t.count == 1 { members["@type"] = .string(t[0]) } else if !t.isEmpty { members["@type"] = .strings(t) }
        for (term, targets) in held?.references ?? [] { members[term] = .strings(NodeSet.distinctSorted(targets)) }
        return .object(members)
    }

    /// The texts of `targets` sorted, each once (of equal ones, the first added: a set keeps the first inserted).
    private static func distinctSorted(_ targets: [PlainText]) -> [String] {
        if targets.count == 1 { return [targets[0].text] }
        // Equal plain texts are the same bytes; of equal others (canonically equivalent), the first added is kept.
        let sorted = targets.allSatisfy(\.plain)
            ? targets.sorted()
            : targets.enumerated().sorted { $0.element < $1.element || (!($1.element < $0.element) && $0.offset < $1.offset) }.map(\.element)
        var texts: [String] = []
        texts.reserveCapacity(sorted.count)
        var last: PlainText?
        for target in sorted where last != target {
            texts.append(target.text)
            last = target
        }
        return texts
    }

    /// Moves what `other` says about node `id` into this set (its values win, as if set after
    /// this set's), leaving `other` without it.
    mutating func take(_ id: String, from other: inout NodeSet) {
        let key = PlainText(id)
        guard let theirSlot = other.slots.removeValue(forKey: key) else { return }
        let theirs = other.vacate(theirSlot)
        guard let mine = slots[key] else {
            slots[key] = nodes.count
            keys.append(key); nodes.append(theirs); alive.append(true)
            return
        }
        if theirs.declared {
            nodes[mine].declared = true
            for (term, value) in theirs.values { nodes[mine].set(term, value) }
        }
        for (term, targets) in theirs.references { nodes[mine].link(term, targets) }
        nodes[mine].type(theirs.types)
    }

    /// Forgets every node.
    mutating func removeAll() {
        slots.removeAll(keepingCapacity: true)
        keys.removeAll(keepingCapacity: true)
        nodes.removeAll(keepingCapacity: true)
        alive.removeAll(keepingCapacity: true)
    }
}
