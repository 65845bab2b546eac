import ZhengceDocument

/// Where an export reads its documents: from memory, or a batch at a time from wherever they are kept
/// (a store), so that an export in parts holds one part's documents per format, not the corpus.
public struct ExportDocuments: Sendable {
    /// The document ids in the export's order (`String` order).
    public let ids: [String]
    private let load: @Sendable ([String]) throws -> [PolicyDocument]

    /// Documents held in memory.
    public init(_ documents: [PolicyDocument]) {
        let sorted = documents.sorted { $0.id < $1.id }
        ids = sorted.map(\.id)
        var byID: [String: PolicyDocument] = [:]
        for document in sorted where byID[document.id] == nil { byID[document.id] = document }
        let held = byID
        load = { ids in ids.compactMap { held[$0] } }
    }

    /// Documents read on demand: `load` gives the documents of the ids it is given, in that order (it may be
    /// called from several threads at once).
    public init(ids: [String], load: @escaping @Sendable ([String]) throws -> [PolicyDocument]) {
        self.ids = ids.sorted()
        self.load = load
    }

    /// The number of documents.
    public var count: Int { ids.count }

    /// The documents at positions `range` of `ids`, in order; an error when one cannot be read.
    func documents(_ range: Range<Int>) throws -> [PolicyDocument] {
        let wanted = Array(ids[range])
        let documents = try load(wanted)
        guard documents.count == wanted.count, zip(documents, wanted).allSatisfy({ $0.id == $1 }) else {
            throw ExportError.missingDocument(wanted.first { id in !documents.contains { $0.id == id } } ?? wanted.first ?? "-")
        }
        return documents
    }

    /// The documents of `ids` (each one of `ids`), in that order.
    func documents(ids: [String]) throws -> [PolicyDocument] {
        guard !ids.isEmpty else { return [] }
        let documents = try load(ids)
        guard documents.count == ids.count else {
            throw ExportError.missingDocument(ids.first { id in !documents.contains { $0.id == id } } ?? ids[0])
        }
        return documents
    }

    /// Calls `body` with every document in order, reading `batch` at a time.
    func forEach(batch: Int, _ body: (PolicyDocument) throws -> Void) throws {
        var start = 0
        while start < ids.count {
            let end = min(ids.count, start + max(1, batch))
            for document in try documents(start..<end) { try body(document) }
            start = end
        }
    }

    /// Calls `body` with the documents of `range` (read at once).
    func forEach(in range: Range<Int>, _ body: (PolicyDocument) throws -> Void) throws {
        for document in try documents(range) { try body(document) }
    }
}

/// What the export needs of a document beyond its own records: what other documents' records and the
/// links show of it (its number, level, status and dates), and its counts.
struct DocumentHead: Sendable, Equatable {
    var id: String
    var docNumber: String?
    var level: DocumentLevel?
    var status: DocumentStatus
    var date: String?
    var publishedDate: String?
    var type: String?
    var sha256: String
    var provisions: Int
    var measures: Int

    init(_ d: PolicyDocument) {
        id = d.id; docNumber = d.docNumber; level = d.level; status = d.status; date = d.date
        publishedDate = d.publishedDate; type = d.type; sha256 = d.source.sha256
        provisions = d.provisions.count; measures = d.measures.count
    }
}
