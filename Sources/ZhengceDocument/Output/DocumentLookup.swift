import ZhengceText

/// Finds a document and a provision from what a user types.
public enum DocumentLookup {
    /// Why a lookup failed.
    public enum Failure: Error, CustomStringConvertible, Equatable {
        case noDocument(String)
        case ambiguousDocument(String, [String])
        case noProvision(String, document: String)
        case ambiguousProvision(String, [String])

        /// One line a person can act on.
        public var description: String {
            switch self {
            case .noDocument(let q): return "no document matches '\(q)' (try an id from 'zhengce docs')"
            case .ambiguousDocument(let q, let ids): return "'\(q)' matches several documents: \(ids.joined(separator: ", "))"
            case .noProvision(let q, let doc): return "no provision '\(q)' in \(doc) (see 'zhengce show \(doc)')"
            case .ambiguousProvision(let q, let paths): return "'\(q)' is ambiguous: \(paths.prefix(8).joined(separator: ", "))"
            }
        }
    }

    /// The document named by `query`: its id, its 发文字号 in any bracket style, its file path
    /// (or file name), or a part of its title that only one document has.
    public static func document(_ query: String, in documents: [PolicyDocument]) -> Result<PolicyDocument, Failure> {
        let q = query.trimmedText
        let found = matches(q, in: documents)
        if found.count == 1 { return .success(found[0]) }
        if found.isEmpty { return .failure(.noDocument(q)) }
        return .failure(.ambiguousDocument(q, found.map(\.id)))
    }

    /// Every document `query` names, from the first of these that matches any: the id, the 发文字号
    /// (any bracket style), the file path or name, a part of the title, notice title or id. Several
    /// documents sharing a 发文字号 all come back (the caller reports them as ambiguous).
    public static func matches(_ query: String, in documents: [PolicyDocument]) -> [PolicyDocument] {
        let q = query.trimmedText
        guard !q.isEmpty else { return [] }
        let byID = documents.filter { $0.id == q }
        if !byID.isEmpty { return byID }
        // 國辦發[2021]24號 names 国办发〔2021〕24号: names are also matched on their Simplified key.
        let simplified = ScriptKey.simplified(q)
        let bySimplifiedID = documents.filter { $0.id == simplified }
        if !bySimplifiedID.isEmpty { return bySimplifiedID }
        if let number = DocumentNumber.normalize(simplified) {
            let byNumber = documents.filter { $0.docNumber.map { DocumentNumber.normalize($0) ?? $0 } == number }
            if !byNumber.isEmpty { return byNumber }
        }
        let fileName = q.split(separator: "/").last.map(String.init) ?? q
        let byPath = documents.filter { $0.source.path == q || $0.source.path.hasSuffix("/" + fileName) || $0.source.path == fileName
            || DocumentParser.documentID(forPath: fileName) == $0.id }
        if !byPath.isEmpty { return byPath }
        let key = MatchKey.fold(q)
        return documents.filter { d in
            [d.title, d.noticeTitle, d.docNumber].compactMap { $0 }.contains { MatchKey.fold($0).contains(key) } || d.id.contains(q)
        }
    }

    /// Up to `limit` documents whose id, 发文字号 or title is closest to `query` (shared character
    /// pairs, Dice coefficient), best first; for "did you mean" lists.
    public static func nearest(_ query: String, in documents: [PolicyDocument], limit: Int = 3) -> [PolicyDocument] {
        let pairs = { (text: String) -> Set<String> in
            let chars = Array(MatchKey.fold(text).lowercased())
            return Set(chars.indices.dropLast().map { String(chars[$0...($0 + 1)]) })
        }
        let q = pairs(query.trimmedText)
        guard !q.isEmpty else { return [] }
        let scored = documents.map { d -> (PolicyDocument, Double) in
            let best = [d.id, d.docNumber, d.title, d.source.path].compactMap { $0 }.map { name -> Double in
                let p = pairs(name)
                return p.isEmpty ? 0 : 2 * Double(q.intersection(p).count) / Double(q.count + p.count)
            }.max() ?? 0
            return (d, best)
        }
        return scored.filter { $0.1 > 0.15 }.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0.id < $1.0.id }.prefix(limit).map(\.0)
    }

    /// The provision named by `label`: a path of labels separated by "." or "/" or ">" ("二.（一）.3",
    /// "2.1.3", "第十条"), matched on printed or normalised labels; a single label when unique.
    public static func provision(_ label: String, in document: PolicyDocument) -> Result<Provision, Failure> {
        let parts = splitPath(label)
        guard !parts.isEmpty else { return .failure(.noProvision(label, document: document.id)) }
        // Exact labels first ("（二）" is not "二、"), then labels without punctuation ("3" is 3., not （三）),
        // then numbers ("2.7.21" for 二.（七）.21).
        let rawParts = splitPath(label, normalizing: false).map(unify)
        var all: [Provision] = []
        for pass in 0..<3 {
            let candidates = document.provisions.filter { p in
                guard p.path.count >= parts.count else { return false }
                if pass == 0 {
                    return rawParts.count == parts.count && Array(p.path.suffix(parts.count)).map { unify($0) } == rawParts
                }
                let printed = Array(p.path.suffix(parts.count)).map(normalize)
                let numbers = Array(p.normalizedPath.suffix(parts.count))
                return zip(parts, zip(printed, numbers)).allSatisfy { part, pair in part == pair.0 || (pass == 2 && part == pair.1) }
            }
            let exact = candidates.filter { $0.path.count == parts.count }
            if exact.count == 1 { return .success(exact[0]) }
            if candidates.count == 1 { return .success(candidates[0]) }
            if !candidates.isEmpty { all = candidates; break }
        }
        if all.isEmpty { return .failure(.noProvision(label, document: document.id)) }
        return .failure(.ambiguousProvision(label, all.map { $0.path.joined(separator: ".") }))
    }

    /// A printed label with brackets and width unified and its trailing dot or comma dropped.
    private static func unify(_ label: String) -> String {
        var t = MatchKey.fold(label).replacingAll("(", with: "（").replacingAll(")", with: "）")
        while let last = t.last, "、.．".contains(last) { t.removeLast() }
        return t
    }

    private static func splitPath(_ label: String, normalizing: Bool = true) -> [String] {
        var parts: [String] = []
        var current = ""
        for ch in label {
            if ch == "/" || ch == ">" || ch == " " {
                if !current.isEmpty { parts.append(current); current = "" }
            } else if ch == "." || ch == "．" {
                // "1." as a whole label vs a separator: a dot after digits ends the part.
                if !current.isEmpty { parts.append(current); current = "" }
            } else {
                current.append(ch)
            }
        }
        if !current.isEmpty { parts.append(current) }
        return normalizing ? parts.map(normalize) : parts
    }

    /// A label without its punctuation: "（一）" → "一", "1." → "1", "第十条" → "第十条", "一、" → "一".
    static func normalize(_ label: String) -> String {
        let folded = MatchKey.fold(label)
        return String(folded.filter { !"（）()、.．，, ".contains($0) })
    }
}
