import Testing
import ZhengceText
@testable import ZhengceExport

/// `NodeSet` against a model of what it promises, kept in dictionaries and sets as plainly as can be: the
/// same operations in the same order must give the same nodes, ids and graph.
@Suite struct NodeSetTests {
    /// The promised behaviour: values by term (a later value wins), references as sets, types as a set; a node is
    /// declared once added or given a value; `take` moves another set's node in, its values winning.
    struct Model {
        var values: [String: [String: JSONValue]] = [:]
        var references: [String: [String: [String]]] = [:]
        var types: [String: Set<String>] = [:]

        // Ids are compared as `String` compares them (canonical equivalence): the first spelling met is kept.
        func canonical(_ id: String, in keys: some Sequence<String>) -> String { keys.first { $0 == id } ?? id }
        var allKeys: Set<String> { Set(values.keys).union(references.keys).union(types.keys) }

        mutating func add(_ id: String, _ newTypes: [String]) {
            let k = canonical(id, in: allKeys)
            types[k, default: []].formUnion(newTypes)
            if values[k] == nil { values[k] = [:] }
        }
        mutating func set(_ id: String, _ term: String, _ value: JSONValue) {
            let k = canonical(id, in: allKeys)
            values[k, default: [:]][term] = value
        }
        mutating func link(_ id: String, _ term: String, _ target: String) {
            let k = canonical(id, in: allKeys)
            var targets = references[k, default: [:]][term, default: []]
            if !targets.contains(where: { $0 == target }) { targets.append(target) }
            references[k, default: [:]][term] = targets
        }
        mutating func remove(_ id: String) {
            let k = canonical(id, in: allKeys)
            values[k] = nil; references[k] = nil; types[k] = nil
        }
        mutating func take(_ id: String, from other: inout Model) {
            let theirs = other.canonical(id, in: other.allKeys)
            guard other.allKeys.contains(theirs) else { return }
            let k = canonical(id, in: allKeys)
            if let v = other.values.removeValue(forKey: theirs) { values[k, default: [:]].merge(v) { _, new in new } }
            if let r = other.references.removeValue(forKey: theirs) {
                for (term, targets) in r { for t in targets { link(k, term, t) } }
            }
            if let t = other.types.removeValue(forKey: theirs) { types[k, default: []].formUnion(t) }
        }
        var ids: [String] { values.keys.sorted() }
        var heldIDs: [String] { allKeys.sorted() }
        func node(_ k: String) -> JSONValue {
            var members = values[k] ?? [:]
            members["@id"] = .string(k)
            let t = (types[k] ?? []).sorted()
            if t.count == 1 { members["@type"] = .string(t[0]) } else if !t.isEmpty { members["@type"] = .strings(t) }
            for (term, targets) in references[k] ?? [:] { members[term] = .strings(targets.sorted()) }
            return .object(members)
        }
        var graph: [JSONValue] { ids.map(node) }
    }

    /// A small generator with a fixed seed (the same operations on every run).
    struct Generator {
        var state: UInt64
        mutating func next(_ n: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(n))
        }
    }

    // Chinese IRIs, one spelled two canonically equivalent ways (é composed and decomposed), terms shared by
    // values and references, types repeated.
    static let ids = ["https://x/doc/国发〔2019〕1号", "https://x/doc/国发〔2019〕1号/final", "https://x/doc/条例/第一条",
                      "https://x/doc/caf\u{E9}", "https://x/doc/cafe\u{301}", "https://x/org/财政部", "https://x/a", "https://x/b"]
    static let terms = ["name", "title", "hasPart", "cites", "start", "isPartOf"]
    static let types = ["LegalResource", "Legislation", "Measure", "Concept"]

    @Test(arguments: [1, 2, 3, 4, 5, 6, 7, 8])
    func operationsGiveTheModelsNodes(seed: UInt64) {
        var random = Generator(state: seed)
        var sets = [NodeSet(), NodeSet()], models = [Model(), Model()]
        for _ in 0..<400 {
            let s = random.next(2)
            let id = NodeSetTests.ids[random.next(NodeSetTests.ids.count)]
            let term = NodeSetTests.terms[random.next(NodeSetTests.terms.count)]
            switch random.next(10) {
            case 0, 1:
                let t = (0..<random.next(3)).map { _ in NodeSetTests.types[random.next(NodeSetTests.types.count)] }
                sets[s].add(id, types: t); models[s].add(id, t)
            case 2, 3:
                let value: JSONValue = random.next(2) == 0 ? .string("值\(random.next(5))") : .int(random.next(100))
                sets[s].set(id, term, value); models[s].set(id, term, value)
            case 4, 5, 6:
                let target = NodeSetTests.ids[random.next(NodeSetTests.ids.count)]
                sets[s].link(id, term, target); models[s].link(id, term, target)
            case 7:
                if random.next(4) == 0 { sets[s].remove(id); models[s].remove(id) }
            default:
                var other = sets[1 - s], otherModel = models[1 - s]
                sets[s].take(id, from: &other); models[s].take(id, from: &otherModel)
                sets[1 - s] = other; models[1 - s] = otherModel
            }
            #expect(sets[s].contains(id) == models[s].values.keys.contains(where: { $0 == id }))
            #expect(sets[s].holds(id) == models[s].allKeys.contains(where: { $0 == id }))
        }
        for s in 0..<2 {
            #expect(sets[s].ids == models[s].ids)
            #expect(sets[s].heldIDs == models[s].heldIDs)
            #expect(JSONValue.array(sets[s].graph()).serialized() == JSONValue.array(models[s].graph).serialized())
            for id in models[s].heldIDs { #expect(sets[s].node(id) == models[s].node(id)) }
        }
    }

    @Test func referencesAreWrittenSortedOnceAndTypesByName() {
        var nodes = NodeSet()
        nodes.link("a", "hasPart", "c"); nodes.link("a", "hasPart", "b"); nodes.link("a", "hasPart", "c")
        nodes.add("a", types: ["Measure", "LegalResource"]); nodes.add("a", types: ["Measure"])
        nodes.set("a", "name", "甲"); nodes.set("a", "name", "乙"); nodes.set("a", "start", .null)
        nodes.link("z", "cites", "a")
        #expect(nodes.ids == ["a"])
        #expect(nodes.heldIDs == ["a", "z"])
        #expect(nodes.node("a").serialized(.compact)
                == #"{"@id":"a","@type":["LegalResource","Measure"],"hasPart":["b","c"],"name":"乙"}"#)
        var other = NodeSet()
        other.take("z", from: &nodes)
        #expect(!other.contains("z") && other.holds("z") && !nodes.holds("z"))
        #expect(other.graph().isEmpty)
    }
}
