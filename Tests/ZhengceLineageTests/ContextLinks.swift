import ZhengceDocument
@testable import ZhengceLineage

extension Context {
    /// Adds the inferred measure link of `type` from the article labelled `childLabel` of `child` to the one
    /// labelled `parentLabel` of `parent`, as classification adds its links (for tests of the rules that follow it).
    mutating func addMeasureLink(_ type: LinkType, from child: PolicyDocument, _ childLabel: String,
                                 to parent: PolicyDocument, _ parentLabel: String, score: Double) {
        let m = child.measures.firstIndex { $0.label == childLabel }!, n = parent.measures.firstIndex { $0.label == parentLabel }!
        let link = LineageLink(type: type, from: LinkEnd(document: child.id, measure: child.measures[m].id, label: childLabel),
                               to: LinkEnd(document: parent.id, measure: parent.measures[n].id, label: parentLabel),
                               score: score, inferred: true)
        links.append((LinkSortKey(document: false, type: type, from: child.id, fromMeasure: m, score: score,
                                  to: parent.id, toMeasure: n), link))
    }
}
