import ZhengceText

/// JSON-LD nodes under construction, keyed by @id; node references are collected as sets
/// and written as sorted arrays, so construction order never shows in the output.
struct NodeSet {
    // Keyed by `PlainText`: node ids are IRIs in Chinese, which `String` hashes slowly.
    private var values: [PlainText: [String: JSONValue]] = [:]
    private var references: [PlainText: [String: Set<PlainText>]] = [:]
    private var types: [PlainText: Set<String>] = [:]

    /// Declares a node with its types (merging with earlier declarations).
    mutating func add(_ id: String, types newTypes: [String]) {
        let key = PlainText(id)
        types[key, default: []].formUnion(newTypes)
        if values[key] == nil { values[key] = [:] }
    }

    /// Sets a plain value; nil leaves the property out.
    mutating func set(_ id: String, _ term: String, _ value: JSONValue?) {
        guard let value, value != .null else { return }
        values[PlainText(id), default: [:]][term] = value
    }

    /// Sets a string; nil leaves the property out.
    mutating func set(_ id: String, _ term: String, _ value: String?) {
        set(id, term, value.map(JSONValue.string))
    }

    /// Adds a reference to another node.
    mutating func link(_ id: String, _ term: String, _ target: String) {
        references[PlainText(id), default: [:]][term, default: []].insert(PlainText(target))
    }

    /// True when a node with this id was declared.
    func contains(_ id: String) -> Bool { values[PlainText(id)] != nil }

    /// True when anything is said about node `id` (declared, valued, referring or typed).
    func holds(_ id: String) -> Bool {
        let key = PlainText(id)
        return values[key] != nil || references[key] != nil || types[key] != nil
    }

    /// Forgets what is said about node `id`.
    mutating func remove(_ id: String) {
        let key = PlainText(id)
        values.removeValue(forKey: key)
        references.removeValue(forKey: key)
        types.removeValue(forKey: key)
    }

    /// The ids of every node anything is said about (declared or not), sorted.
    var heldIDs: [String] { Set(values.keys).union(references.keys).union(types.keys).sorted().map(\.text) }

    /// The ids of the declared nodes, sorted.
    var ids: [String] { values.keys.sorted().map(\.text) }

    /// The nodes sorted by @id, references as sorted arrays, @type as a string or sorted array.
    func graph() -> [JSONValue] {
        values.keys.sorted().map(node)
    }

    /// One node as it appears in the graph.
    func node(_ id: String) -> JSONValue { node(PlainText(id)) }

    private func node(_ key: PlainText) -> JSONValue {
        var members = values[key] ?? [:]
        members["@id"] = .string(key.text)
        let t = (types[key] ?? []).sorted()
        if t.count == 1 { members["@type"] = .string(t[0]) } else if !t.isEmpty { members["@type"] = .strings(t) }
        for (term, targets) in references[key] ?? [:] { members[term] = .strings(targets.sorted().map(\.text)) }
        return .object(members)
    }

    /// Moves what `other` says about node `id` into this set (its values win, as if set after
    /// this set's), leaving `other` without it.
    mutating func take(_ id: String, from other: inout NodeSet) {
        let key = PlainText(id)
        if let theirs = other.values.removeValue(forKey: key) {
            values[key, default: [:]].merge(theirs) { _, new in new }
        }
        if let theirs = other.references.removeValue(forKey: key) {
            for (term, targets) in theirs { references[key, default: [:]][term, default: []].formUnion(targets) }
        }
        if let theirs = other.types.removeValue(forKey: key) { types[key, default: []].formUnion(theirs) }
    }

    /// Forgets every node.
    mutating func removeAll() {
        values.removeAll(keepingCapacity: true)
        references.removeAll(keepingCapacity: true)
        types.removeAll(keepingCapacity: true)
    }
}
