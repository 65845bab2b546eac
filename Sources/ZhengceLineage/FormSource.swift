import Foundation
import ZhengceDocument

/// Where a run in shards that holds every document's light form (`LineageAnalyzer.light`) finds a document's lineage
/// form (`LineageAnalyzer.reading`: its text, measures and citations) when a step reads one (`Context.form`): the
/// forms of the shard's own documents, read together when the shard starts (`pin`), and those of other documents
/// read one at a time when first asked for and kept while they fit in `limit` bytes (the least recently read let go
/// first). So the forms held are the shard's and a bounded cache, not every document's; a form read again is the form
/// read before (the loader gives the same form of the same document), so the links do not depend on the cache.
///
/// A loader that fails (a store no longer readable) does not stop the step that asked: the light form is given instead,
/// and the error is kept (`failure`) for the caller to throw once the step returns, its results let go.
final class FormSource: @unchecked Sendable {
    /// The lineage forms of the documents whose ids it is given, in that order.
    typealias Loader = ([String]) throws -> [PolicyDocument]

    private let load: Loader
    private let ids: [String]
    /// Bytes of forms (`cost`) kept beyond the pinned ones.
    let limit: Int
    private let lock = NSLock()
    private var pinned: [Int: PolicyDocument] = [:]
    private var cached: [Int: (form: PolicyDocument, used: Int, cost: Int)] = [:]
    private var cachedCost = 0
    private var clock = 0
    private var error: Error?
    /// Documents read one at a time (cache misses), and read together when pinned.
    private(set) var loaded = 0, pinnedLoads = 0

    /// A source of the forms of the documents `ids` (by position), read by `load`.
    init(ids: [String], limit: Int = LineageAnalyzer.formCacheBytes, load: @escaping Loader) {
        self.ids = ids
        self.limit = limit
        self.load = load
    }

    /// The first error of the loader, if any.
    var failure: Error? { lock.withLock { error } }

    /// The lineage form of document `d`; `light` (its light form) when the loader failed.
    func form(_ d: Int, light: PolicyDocument) -> PolicyDocument {
        lock.lock()
        defer { lock.unlock() }
        if let form = pinned[d] { return form }
        clock += 1
        if let entry = cached[d] {
            cached[d]?.used = clock
            return entry.form
        }
        guard error == nil else { return light }
        let form: PolicyDocument
        do {
            form = try read([d])[0]
        } catch {
            self.error = error
            return light
        }
        loaded += 1
        keep(d, form)
        return form
    }

    /// Reads the forms of `positions` together (a shard's documents) and keeps them until the next `pin`; the forms
    /// pinned before go to the cache. Throws what the loader throws.
    func pin(_ positions: [Int]) throws {
        lock.lock()
        defer { lock.unlock() }
        let earlier = pinned
        pinned = [:]
        for (d, form) in earlier.sorted(by: { $0.key < $1.key }) { clock += 1; keep(d, form) }
        let wanted = positions.sorted()
        var found: [Int: PolicyDocument] = [:]
        var missing: [Int] = []
        for d in wanted {
            if let entry = cached.removeValue(forKey: d) {
                cachedCost -= entry.cost
                found[d] = entry.form
            } else {
                missing.append(d)
            }
        }
        for (d, form) in zip(missing, try read(missing)) { found[d] = form }
        pinnedLoads += missing.count
        pinned = found
    }

    /// The forms of `positions`, checked to be those asked for.
    private func read(_ positions: [Int]) throws -> [PolicyDocument] {
        guard !positions.isEmpty else { return [] }
        let made = try load(positions.map { ids[$0] })
        guard made.count == positions.count, zip(positions, made).allSatisfy({ ids[$0] == $1.id }) else {
            throw FormSourceError.notAsked(positions.map { ids[$0] }.prefix(3).joined(separator: ", "))
        }
        return made
    }

    /// Keeps `form` in the cache, letting the least recently read go while the cache holds more than `limit` bytes.
    private func keep(_ d: Int, _ form: PolicyDocument) {
        let cost = FormSource.cost(form)
        cached[d] = (form, clock, cost)
        cachedCost += cost
        guard cachedCost > limit else { return }
        // Down to three quarters of the limit at once, the oldest first.
        for (old, entry) in cached.sorted(by: { $0.value.used < $1.value.used }) where cachedCost > limit * 3 / 4 {
            cached[old] = nil
            cachedCost -= entry.cost
        }
    }

    /// About how many bytes a lineage form holds: its text, and its measures and citations with their strings.
    static func cost(_ form: PolicyDocument) -> Int {
        form.text.utf8.count + 256 * form.measures.count + 96 * form.citations.count + 512
    }
}

/// A form source's loader gave other documents than those asked for.
enum FormSourceError: Error, CustomStringConvertible {
    /// The first ids asked for, joined.
    case notAsked(String)

    var description: String {
        switch self {
        case .notAsked(let ids): return "lineage: the documents read are not those asked for (\(ids))"
        }
    }
}
