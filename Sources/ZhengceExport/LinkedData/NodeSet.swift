/// JSON-LD nodes under construction, keyed by @id; node references are collected as sets
/// and written as sorted arrays, so construction order never shows in the output.
struct NodeSet {
    private var values: [String: [String: JSONValue]] = [:]
    private var references: [String: [String: Set<String>]] = [:]
    private var types: [String: Set<String>] = [:]

    /// Declares a node with its types (merging with earlier declarations).
    mutating func add(_ id: String, types newTypes: [String]) {
        types[id, default: []].formUnion(newTypes)
        if values[id] == nil { values[id] = [:] }
    }

    /// Sets a plain value; nil leaves the property out.
    mutating func set(_ id: String, _ term: String, _ value: JSONValue?) {
        guard let value, value != .null else { return }
        values[id, default: [:]][term] = value
    }

    /// Sets a string; nil leaves the property out.
    mutating func set(_ id: String, _ term: String, _ value: String?) {
        set(id, term, value.map(JSONValue.string))
    }

    /// Adds a reference to another node.
    mutating func link(_ id: String, _ term: String, _ target: String) {
        references[id, default: [:]][term, default: []].insert(target)
    }

    /// True when a node with this id was declared.
    func contains(_ id: String) -> Bool { values[id] != nil }

    /// True when anything is said about node `id` (declared, valued, referring or typed).
    func holds(_ id: String) -> Bool { values[id] != nil || references[id] != nil || types[id] != nil }

    /// Forgets what is said about node `id`.
    mutating func remove(_ id: String) {
        values.removeValue(forKey: id)
        references.removeValue(forKey: id)
        types.removeValue(forKey: id)
    }

    /// The ids of the declared nodes, sorted.
    var ids: [String] { values.keys.sorted() }

    /// The nodes sorted by @id, references as sorted arrays, @type as a string or sorted array.
    func graph() -> [JSONValue] {
        ids.map(node)
    }

    /// One node as it appears in the graph.
    func node(_ id: String) -> JSONValue {
        var members = values[id] ?? [:]
        members["@id"] = .string(id)
        let t = (types[id] ?? []).sorted()
        if t.count == 1 { members["@type"] = .string(t[0]) } else if !t.isEmpty { members["@type"] = .strings(t) }
        for (term, targets) in references[id] ?? [:] { members[term] = .strings(targets.sorted()) }
        return .object(members)
    }

    /// Moves what `other` says about node `id` into this set (its values win, as if set after
    /// this set's), leaving `other` without it.
    mutating func take(_ id: String, from other: inout NodeSet) {
        if let theirs = other.values.removeValue(forKey: id) {
            values[id, default: [:]].merge(theirs) { _, new in new }
        }
        if let theirs = other.references.removeValue(forKey: id) {
            for (term, targets) in theirs { references[id, default: [:]][term, default: []].formUnion(targets) }
        }
        if let theirs = other.types.removeValue(forKey: id) { types[id, default: []].formUnion(theirs) }
    }

    /// Forgets every node.
    mutating func removeAll() {
        values.removeAll(keepingCapacity: true)
        references.removeAll(keepingCapacity: true)
        types.removeAll(keepingCapacity: true)
    }
}
