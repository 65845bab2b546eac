import Foundation

/// What the store's lineage links were made from: the store's fingerprint (tool, lexicons), the documents
/// and the SHA-256 of their files, and how many documents were linked incrementally since the last full
/// analysis. Kept in the store (blob `lineage-state`); this type owns its text form.
struct LineageState: Equatable {
    var fingerprint: String
    var changedSinceFull: Int
    var documents: [String: String]

    static let key = "lineage-state"
    private static let header = "zhengce-lineage-state 1"

    /// The text form: a header, the fingerprint, the count, then one `id<TAB>sha256` line per document, by id.
    func encoded() -> Data {
        var lines = [LineageState.header, fingerprint, String(changedSinceFull)]
        for id in documents.keys.sorted() { lines.append(id + "\t" + documents[id]!) }
        return Data((lines.joined(separator: "\n") + "\n").utf8)
    }

    /// Reads the text form; nil when `data` is not one.
    init?(decoding data: Data) {
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.count >= 3, lines[0] == LineageState.header, let count = Int(lines[2]) else { return nil }
        var documents: [String: String] = [:]
        for line in lines.dropFirst(3) where !line.isEmpty {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 2 else { return nil }
            documents[String(fields[0])] = String(fields[1])
        }
        self.init(fingerprint: String(lines[1]), changedSinceFull: count, documents: documents)
    }

    init(fingerprint: String, changedSinceFull: Int, documents: [String: String]) {
        self.fingerprint = fingerprint; self.changedSinceFull = changedSinceFull; self.documents = documents
    }

    /// Documents added or whose file changed since this state, and documents removed.
    func changes(to current: [String: String]) -> (changed: Set<String>, removed: Set<String>) {
        let changed = Set(current.filter { documents[$0.key] != $0.value }.keys)
        let removed = Set(documents.keys.filter { current[$0] == nil })
        return (changed, removed)
    }
}
