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
        if let d = documents.first(where: { $0.id == query.trimmedText }) { return .success(d) }
        // 國辦發[2021]24號 names 国办发〔2021〕24号: names are matched on their Simplified key.
        let q = ScriptKey.simplified(query.trimmedText)
        if let d = documents.first(where: { $0.id == q }) { return .success(d) }
        if let number = DocumentNumber.normalize(q), let d = documents.first(where: { $0.docNumber == number }) { return .success(d) }
        let fileName = q.split(separator: "/").last.map(String.init) ?? q
        if let d = documents.first(where: { $0.source.path == q || $0.source.path.hasSuffix("/" + fileName) || $0.source.path == fileName
            || DocumentParser.documentID(forPath: fileName) == $0.id }) { return .success(d) }
        let key = MatchKey.fold(q)
        let matches = documents.filter { d in
            [d.title, d.noticeTitle, d.docNumber].compactMap { $0 }.contains { MatchKey.fold($0).contains(key) } || d.id.contains(q)
        }
        if matches.count == 1 { return .success(matches[0]) }
        if matches.isEmpty { return .failure(.noDocument(q)) }
        return .failure(.ambiguousDocument(q, matches.map(\.id)))
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
