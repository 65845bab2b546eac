import Foundation

/// Which documents had links change, run by run: every lineage update that changes links adds a
/// generation naming the documents at either end of a link it replaced or made ("every document"
/// for a full analysis, which starts the log again). An export remembers the generation it was
/// written at, and keeps the records of documents not named since (`ExportReuse`). Kept in the store
/// (blob `link-changes`); this type owns its text form.
struct LinkChangeLog: Equatable {
    /// One lineage update: its number and the documents it touched (nil: any).
    struct Generation: Equatable {
        var number: Int
        var documents: Set<String>?
    }

    var generations: [Generation] = []

    static let key = "link-changes"
    private static let header = "zhengce-link-changes 1"

    /// The newest generation's number (0 before any).
    var current: Int { generations.last?.number ?? 0 }

    /// A full analysis: any document's links may have changed.
    mutating func startAgain() {
        generations = [Generation(number: current + 1, documents: nil)]
    }

    /// An update that touched `documents`.
    mutating func add(_ documents: Set<String>) {
        generations.append(Generation(number: current + 1, documents: documents))
    }

    /// The documents touched after generation `number`, nil when any may have been (a full analysis
    /// since, or `number` not from this log).
    func changes(since number: Int) -> Set<String>? {
        guard number <= current, let first = generations.first, number >= first.number else { return nil }
        var result = Set<String>()
        for generation in generations where generation.number > number {
            guard let documents = generation.documents else { return nil }
            result.formUnion(documents)
        }
        return result
    }

    /// The text form: a header, then per generation its number, a tab and its documents separated by
    /// tabs (`*` for any).
    func encoded() -> Data {
        var text = LinkChangeLog.header + "\n"
        for generation in generations {
            text += String(generation.number) + "\t" + (generation.documents.map { $0.sorted().joined(separator: "\t") } ?? "*") + "\n"
        }
        return Data(text.utf8)
    }

    /// Reads the text form; nil when `data` is not one.
    init?(decoding data: Data) {
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n")
        guard lines.first == Substring(LinkChangeLog.header) else { return nil }
        for line in lines.dropFirst() {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard let number = Int(fields[0]) else { return nil }
            let rest = fields.dropFirst()
            generations.append(Generation(number: number, documents: rest.first == "*" ? nil : Set(rest.map(String.init))))
        }
    }

    init() {}
}
