/// Domain terms a parsed document teaches the segmenter: names of responsible units,
/// quoted terms (“跨境电商赋能产业带”) and cited titles (《数字经济伙伴关系协定》).
public enum DocumentTerms {
    /// The terms of `document`, unique and sorted.
    public static func terms(of document: PolicyDocument) -> [String] {
        var terms = Set<String>()
        for measure in document.measures {
            for r in measure.responsible where !r.collective && r.name.count >= 2 && r.name.count <= 20 { terms.insert(r.name) }
        }
        for issuer in document.issuers where issuer.count >= 2 && issuer.count <= 20 { terms.insert(issuer) }
        for citation in document.citations {
            if let title = citation.title, title.count >= 2, title.count <= 40, !title.contains("\n") { terms.insert(title) }
        }
        terms.formUnion(quotedTerms(in: document.text))
        return terms.sorted()
    }

    /// Terms between “ and ” of 2–12 characters, mostly Chinese, without sentence punctuation.
    static func quotedTerms(in text: String) -> Set<String> {
        var out = Set<String>()
        let units = UnitText(text)
        let open = u16("“")[0], close = u16("”")[0]
        let stops: Set<UInt16> = Set("。，；：！？、\n".utf16)
        var i = 0
        while i < units.count {
            if units[i] == open {
                var j = i + 1
                while j < units.count, j - i <= 13, units[j] != close, !stops.contains(units[j]) { j += 1 }
                if j < units.count, units[j] == close, j - i - 1 >= 2, j - i - 1 <= 12 {
                    let term = units.string((i + 1)..<j)
                    let han = term.utf16.filter(CharClass.isHan).count
                    if han * 2 >= term.utf16.count { out.insert(term) }
                }
                i = j
            }
            i += 1
        }
        return out
    }
}
