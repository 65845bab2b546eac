import Foundation

extension Context {

    /// The document-level relation a measure link between two pieces of legislation needs (issue 15, sixth
    /// round). Read on the law corpus, most wrong `derives` and `related` links joined two laws or regulations
    /// that share administrative wording from the common stock (部门分工, 举报, 行政复议 and 行政处罚 clauses, scoring
    /// 0.2–0.5) and nothing else: no subject, few or no verbatim measures. A citation alone does not relate them —
    /// a regulation names 行政处罚法 or 行政复议法 in a penalty or remedy article, or lists several laws in its
    /// purpose article, and of the labelled wrong `derives` 8 of 19 were such cited pairs with no shared subject
    /// and under three strong measures (none of the 55 right ones was dropped by this rule at `isolatedScore`
    /// 0.6). A pair is related when the documents are versions, when their titles share a subject
    /// (`TitleSubject`: 渔业法 and 浙江省渔业管理条例, 献血法 and 宁波市献血条例), or when at least `relationMeasures`
    /// measures of one take from the other at `relationScore` or more (a verbatim run: 济宁市制定地方性法规条例
    /// restates 立法法).
    func documentsRelated(_ x: Int, _ y: Int, verbatimMeasures: Int) -> Bool {
        if versions[x].contains(y) { return true }
        if !facts[x].subject.isDisjoint(with: facts[y].subject) { return true }
        return verbatimMeasures >= options.relationMeasures
    }

    /// For each document pair (smaller index first), how many distinct measures of either side have a derives
    /// or related link into the other at `relationScore` or more; `links` are measure links by document positions and
    /// the `from` measure (row or measure index, one numbering per document).
    func verbatimMeasures(_ links: [(type: LinkType, score: Double, from: Int, measure: Int, to: Int)]) -> [UInt64: Int] {
        var measures: [UInt64: Set<UInt64>] = [:]
        for link in links where (link.type == .derives || link.type == .related) && link.score >= options.relationScore {
            let x = link.from, y = link.to
            measures[UInt64(min(x, y)) << 32 | UInt64(max(x, y)), default: []].insert(UInt64(x) << 32 | UInt64(link.measure))
        }
        return measures.mapValues(\.count)
    }
}
