import ZhengceDocument
import ZhengceText

/// Where a citation points: a corpus document (by index) or an external document.
enum CitationTarget: Sendable, Hashable {
    /// A corpus document, by its index in the analysed array.
    case corpus(Int)
    /// A document not in the corpus, by its external node id.
    case external(String)
}

/// Resolves citations to corpus documents by normalised 发文字号 or by title, and collects
/// the external documents cited but absent.
struct CitationResolver {
    private let documents: [PolicyDocument]
    private var byNumber: [String: [Int]] = [:]
    private var titleKeys: [[TitleKey]] = []
    /// Documents by title key (full and core) and by every core suffix of `TitleKey.minimumSuffix`
    /// characters or more, so a citation is matched without scanning the corpus.
    private var byTitle: [String: [Int]] = [:]
    /// Documents by order number (国务院令第656号).
    private var byOrder: [String: [Int]] = [:]

    init(documents: [PolicyDocument], facts: [DocumentFacts] = []) {
        self.documents = documents
        for (index, document) in documents.enumerated() {
            if let number = document.docNumber.flatMap(DocumentNumber.normalize) ?? document.docNumber {
                byNumber[number, default: []].append(index)
            }
            if index < facts.count {
                for order in Set(facts[index].orderNumbers) { byOrder[order, default: []].append(index) }
            }
            let titles = [document.title, document.noticeTitle].compactMap { $0 }
            let keys = (titles + titles.flatMap(TitleKey.alternatives)).map(TitleKey.init)
            titleKeys.append(keys)
            var entries = Set<String>()
            for key in keys where !key.core.isEmpty {
                entries.insert(key.full)
                let core = Array(key.core)
                if core.count >= TitleKey.minimumSuffix {
                    for start in 0...(core.count - TitleKey.minimumSuffix) { entries.insert(String(core[start...])) }
                }
            }
            for entry in entries { byTitle[entry, default: []].append(index) }
        }
    }

    /// The corpus document a citation of `citing` names, or nil when it is not in the corpus.
    /// A citation that names `citing` itself (a notice naming its own plan) resolves to `citing`.
    /// When several versions of one title are in the corpus, the version in force at the citing
    /// document's date (the latest not after it) is chosen; `order` is an order number given with the citation.
    func resolve(_ citation: Citation, from citing: Int, order: String? = nil) -> Int? {
        let number = citation.docNumber.flatMap { DocumentNumber.normalize($0) ?? $0 }
        if let number, let hits = byNumber[number] {
            return hits.first(where: { $0 != citing }) ?? hits.first
        }
        if let order, let hits = byOrder[order], let hit = inForce(hits.filter { $0 != citing }, at: citing) { return hit }
        guard let title = citation.title else { return nil }
        if let hit = resolve(title: title, number: number, from: citing) { return hit }
        // A notice cited by its wrapper (关于印发《X》的通知) may be in the corpus as X.
        for inner in TitleKey.alternatives(title) {
            if let hit = resolve(title: inner, number: number, from: citing) { return hit }
        }
        return nil
    }

    private func resolve(title: String, number: String?, from citing: Int) -> Int? {
        let key = TitleKey(title)
        guard !key.core.isEmpty else { return nil }
        // The citing document's own title: a citation of it by its whole title names the document itself. One that
        // is only the end of it (济南市气象灾害防御条例 citing 《气象灾害防御条例》, a city's regulation citing the State
        // Council's of the same subject) names itself only when no other document bears that title exactly: local
        // texts are named after the national text they implement.
        let namesItself = titleKeys[citing].contains(where: { key.matches($0) })
        if namesItself, titleKeys[citing].contains(where: { TitleKey.exactly(key, $0) }) { return citing }
        var matches: [Int] = []
        let candidates = Set((byTitle[key.full] ?? []) + (byTitle[key.core] ?? [])).sorted()
        for index in candidates where index != citing {
            let keys = titleKeys[index]
            guard keys.contains(where: { key.matches($0) }) else { continue }
            // A cited number that disagrees with the document's own number names another document.
            if let number, let own = documents[index].docNumber, DocumentNumber.normalize(own) ?? own != number { continue }
            matches.append(index)
        }
        if namesItself { matches = matches.filter { titleKeys[$0].contains { TitleKey.exactly(key, $0) } } }
        guard !matches.isEmpty else { return namesItself ? citing : nil }
        // Prefer exact title matches over suffix matches, then the highest level, then the version in force.
        let exact = matches.filter { titleKeys[$0].contains { TitleKey.exactly(key, $0) } }
        var pool = exact.isEmpty ? matches : exact
        let bestRank = pool.map { documents[$0].level?.rank ?? 9 }.min() ?? 9
        pool = pool.filter { (documents[$0].level?.rank ?? 9) == bestRank }
        return inForce(pool, at: citing)
    }

    /// Among `candidates` (versions of one document), the one in force at `citing`'s date: the latest
    /// dated not after it; when the citing document is undated, the latest; when all are later, the earliest.
    private func inForce(_ candidates: [Int], at citing: Int) -> Int? {
        guard candidates.count > 1 else { return candidates.first }
        let dated = candidates.map { (index: $0, date: documents[$0].date ?? "") }
            .sorted { ($0.date, $0.index) < ($1.date, $1.index) }
        guard let when = documents[citing].date else { return dated.last?.index }
        return dated.last(where: { !$0.date.isEmpty && $0.date <= when })?.index ?? dated.first?.index
    }

    /// The external node id of an unresolved citation: by 发文字号, else by folded title.
    static func externalID(_ citation: Citation) -> String? {
        if let number = citation.docNumber.flatMap({ DocumentNumber.normalize($0) ?? $0 }) { return "external:" + number }
        guard let title = citation.title else { return nil }
        let full = TitleKey(title).full
        return full.isEmpty ? nil : "external:" + full
    }
}

extension LineageAnalyzer {
    /// The ids of the external nodes that citations of `document` made while it was not in the corpus
    /// (by its 发文字号, by its title): documents linked to them cite it.
    public static func externalIDs(naming document: PolicyDocument) -> [String] {
        let citation = Citation(title: document.title, docNumber: document.docNumber, start: 0, end: 0)
        var ids = [CitationResolver.externalID(citation)]
        ids.append(CitationResolver.externalID(Citation(title: document.title, docNumber: nil, start: 0, end: 0)))
        return Array(Set(ids.compactMap { $0 })).sorted()
    }
}
