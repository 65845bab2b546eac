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

    init(documents: [PolicyDocument]) {
        self.documents = documents
        for (index, document) in documents.enumerated() {
            if let number = document.docNumber.flatMap(DocumentNumber.normalize) ?? document.docNumber {
                byNumber[number, default: []].append(index)
            }
            let keys = [document.title, document.noticeTitle].compactMap { $0 }.map(TitleKey.init)
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
    func resolve(_ citation: Citation, from citing: Int) -> Int? {
        let number = citation.docNumber.flatMap { DocumentNumber.normalize($0) ?? $0 }
        if let number, let hits = byNumber[number] {
            return hits.first(where: { $0 != citing }) ?? hits.first
        }
        guard let title = citation.title else { return nil }
        let key = TitleKey(title)
        guard !key.core.isEmpty else { return nil }
        if titleKeys[citing].contains(where: { key.matches($0) }) { return citing }
        var best: Int?
        let candidates = Set((byTitle[key.full] ?? []) + (byTitle[key.core] ?? [])).sorted()
        for index in candidates where index != citing {
            let keys = titleKeys[index]
            guard keys.contains(where: { key.matches($0) }) else { continue }
            // A cited number that disagrees with the document's own number names another document.
            if let number, let own = documents[index].docNumber, DocumentNumber.normalize(own) ?? own != number { continue }
            if let current = best {
                let a = documents[index].level?.rank ?? 9, b = documents[current].level?.rank ?? 9
                if a < b { best = index }
            } else {
                best = index
            }
        }
        return best
    }

    /// The external node id of an unresolved citation: by 发文字号, else by folded title.
    static func externalID(_ citation: Citation) -> String? {
        if let number = citation.docNumber.flatMap({ DocumentNumber.normalize($0) ?? $0 }) { return "external:" + number }
        guard let title = citation.title else { return nil }
        let full = TitleKey(title).full
        return full.isEmpty ? nil : "external:" + full
    }
}
