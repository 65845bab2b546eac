import ZhengceDocument

extension Context {

    /// Internal cross-references (issue 15, fourteenth round): what the two texts say about their own articles.
    /// A penalty or list article points inside its text — `违反本办法第十二条规定的，由…处…罚款` in the child,
    /// `违反本法第三十条规定的` in the parent. When the articles the child article refers to (12) are linked to parent
    /// articles (M) by the pair's own derives or related links, and the parent article refers to articles of its text
    /// none of which is among them, the two articles sanction or list different provisions: they share a template
    /// (the same fine, the same 没收违法所得), not a provision. Such a `derives` link is withheld
    /// (`withholdCrossReferenced`; counted in `statistics.crossReferenceWithheld`).
    ///
    /// Measured before building (`scripts/lineage-references.py` on main 381272a's law output): the rule flags 145 of
    /// 45,096 `derives` measure links; of 10 drawn at random and read, 8 were wrong (a fine template between the
    /// penalties of different provisions), 2 right. It touches no labelled sample row of `derives` and no chain or seeds
    /// take-up (their articles rarely refer to articles by number). Not for `related` (the one labelled `related` link it
    /// flags is right). A link whose articles refer to nothing, or whose child references link nowhere in the parent,
    /// is left as it is: the texts say nothing about it.
    ///
    /// Reads each measure's label and its text between its offsets (what `LineageAnalyzer.reading` keeps) and the links
    /// of one document pair only, so an incremental analysis (which remakes every link of a changed pair) withholds
    /// what a full one does. Runs last, after the choice of the version in force (`keepVersionsInForce`): run before it,
    /// withholding the link into the version in force let the same article's link into a later version stand (淄博市文物
    /// 保护管理办法 (2020) 第三十四条 ← 文物保护法 (2024) 第八十三条).
    mutating func withholdCrossReferenced() {
        guard options.withholdCrossReferenced else { return }
        struct Pair: Hashable { var from: String; var to: String }
        struct Article: Hashable { var pair: Pair; var number: Int }
        struct Row: Hashable { var document: Int; var measure: Int }
        var numbers: [Int: [Int?]] = [:]
        var articles: [Int: (from: Row, fromNumber: Int, to: Row, toNumber: Int)] = [:]
        // The parent articles each child article is linked to, per document pair.
        var image: [Article: Set<Int>] = [:]
        for (n, item) in links.enumerated() where !item.key.document
            && (item.link.type == .derives || item.link.type == .related) {
            guard let x = position[item.key.from], let y = position[item.key.to] else { continue }
            if numbers[x] == nil { numbers[x] = articleNumbers(x) }
            if numbers[y] == nil { numbers[y] = articleNumbers(y) }
            guard let a = Context.element(numbers[x], item.key.fromMeasure), let b = Context.element(numbers[y], item.key.toMeasure)
            else { continue }
            image[Article(pair: Pair(from: item.key.from, to: item.key.to), number: a), default: []].insert(b)
            if item.link.type == .derives {
                articles[n] = (Row(document: x, measure: item.key.fromMeasure), a, Row(document: y, measure: item.key.toMeasure), b)
            }
        }
        var referred: [Row: Set<Int>] = [:]
        var withheld = Set<Int>()
        for (n, article) in articles.sorted(by: { $0.key < $1.key }) {
            if referred[article.from] == nil {
                referred[article.from] = referredArticles(article.from.document, article.from.measure, own: article.fromNumber)
            }
            guard let mine = referred[article.from], !mine.isEmpty else { continue }
            if referred[article.to] == nil {
                referred[article.to] = referredArticles(article.to.document, article.to.measure, own: article.toNumber)
            }
            guard let theirs = referred[article.to], !theirs.isEmpty else { continue }
            let pair = Pair(from: links[n].key.from, to: links[n].key.to)
            var mapped = Set<Int>()
            for m in mine { mapped.formUnion(image[Article(pair: pair, number: m)] ?? []) }
            if !mapped.isEmpty, mapped.isDisjoint(with: theirs) { withheld.insert(n) }
        }
        removeLinks(at: withheld)
        statistics.crossReferenceWithheld = withheld.count
    }

    /// The article number of each measure of document `d` (nil for a measure not labelled 第N条).
    func articleNumbers(_ d: Int) -> [Int?] {
        form(d).measures.map { ArticleReference.number($0.label) }
    }

    static func element(_ list: [Int?]?, _ n: Int) -> Int? {
        guard let list, n >= 0, n < list.count else { return nil }
        return list[n]
    }

    /// The articles of its own text that measure `measure` of document `d` refers to, its own number left out. Read from
    /// the text lineage reads of the measure (`MeasureContent.source`, what `LineageAnalyzer.reading` keeps).
    func referredArticles(_ d: Int, _ measure: Int, own: Int) -> Set<Int> {
        guard measure >= 0, measure < measureCounts[d] else { return [] }
        let document = form(d)
        var found = ArticleReference.internalReferences(MeasureContent.source(of: document.measures[measure], in: document).text)
        found.remove(own)
        return found
    }
}
