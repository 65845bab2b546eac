import Foundation
import ZhengceDocument

extension Context {

    /// The choice of the parent article inside a related pair of legislation (issue 15, twelfth round). Retrieval
    /// proposes a child article's candidates from the whole corpus, and the links keep the candidates that scored;
    /// the parent article the child restates is sometimes not among them, and the links go to articles sharing a list
    /// or the subject's vocabulary (浙江省电子商务条例 第九条 平台核验更新 ← 电子商务法 第四十二、四十五条 on 知识产权, its source
    /// 第二十七条 核验、登记…定期核验更新 being no candidate). Here a child article whose parent articles in the pair all lie
    /// outside the order of its neighbours' sources (the span of the parent articles its nearest linked child articles
    /// before and after take, one article wider either side) is scored against every article of the parent, by character
    /// bigrams and trigrams and by the segmenter's words, each weighted inside the pair (a gram or word in most articles
    /// of either text weighs nothing), half and half. When the best of them lies inside that span and scores
    /// `pairChoiceMargin` times both the runner-up and every linked article, the links go to it instead (evidence
    /// method `pair-choice`, kind `substance`). Pairs where both texts are legislation and related (`documentsRelated`);
    /// derives links only; runs before the chapter and order rules. Law corpus, twelfth round: 161 child articles moved;
    /// of 12 read, the 11 links moved away were all wrong and 6 of the 12 new links right (Benchmarks/lineage.md).
    mutating func choosePairArticles(index: MeasureIndex, words: WordIndex, rowsOf: [[Int]]) {
        guard options.pairChoiceMargin > 0 else { return }
        struct Pair: Hashable { var from: Int; var to: Int }
        struct Entry { var measure: Int; var parentMeasure: Int; var score: Double; var item: Int }
        var groups: [Pair: [Entry]] = [:]
        var measureLinks: [(type: LinkType, score: Double, from: Int, measure: Int, to: Int)] = []
        for (n, item) in links.enumerated() where !item.key.document && (item.link.type == .derives || item.link.type == .related) {
            guard let x = position[item.key.from], let y = position[item.key.to] else { continue }
            measureLinks.append((item.link.type, item.key.score, x, item.key.fromMeasure, y))
            guard item.link.type == .derives, facts[x].legislation, facts[y].legislation, touchesFocus(x, y) else { continue }
            groups[Pair(from: x, to: y), default: []].append(
                Entry(measure: item.key.fromMeasure, parentMeasure: item.key.toMeasure, score: item.key.score, item: n))
        }
        // Distinct child measures per unordered document pair linked at `relationScore` or more.
        let verbatim = verbatimMeasures(measureLinks)
        var ordinals: [Int: [Int: Int]] = [:]
        var drop = Set<Int>()
        var added: [(key: LinkSortKey<String>, link: LineageLink)] = []
        for pair in groups.keys.sorted(by: { ($0.from, $0.to) < ($1.from, $1.to) }) {
            let entries = groups[pair]!
            guard entries.count >= 3 else { continue }
            let x = pair.from, y = pair.to
            guard documentsRelated(x, y, verbatimMeasures: verbatim[UInt64(min(x, y)) << 32 | UInt64(max(x, y))] ?? 0) else { continue }
            let childRows = rowsOf[x], parentRows = rowsOf[y]
            guard !childRows.isEmpty, parentRows.count >= 2 else { continue }
            // Articles in document order (measures that hold no other measure), as the order rule counts them.
            for d in [x, y] where ordinals[d] == nil { ordinals[d] = Context.articleOrdinals(form(d).measures) }
            let childOrdinal = ordinals[x]!, parentOrdinal = ordinals[y]!
            let byChild = Dictionary(grouping: entries.filter { childOrdinal[$0.measure] != nil && parentOrdinal[$0.parentMeasure] != nil },
                                     by: { childOrdinal[$0.measure]! })
            let children = byChild.keys.sorted()
            guard children.count >= 2 else { continue }
            let windows = Context.neighbourWindows(byChild.mapValues { own in
                parentOrdinal[own.min { ($1.score, $0.parentMeasure) < ($0.score, $1.parentMeasure) }!.parentMeasure]!
            })
            // The child articles whose every parent article is out of its neighbours' order.
            var open: [(child: Int, window: ClosedRange<Int>)] = []
            for child in children {
                guard let window = windows[child] else { continue }
                if byChild[child]!.allSatisfy({ !window.contains(parentOrdinal[$0.parentMeasure]!) }) { open.append((child, window)) }
            }
            guard !open.isEmpty else { continue }
            let grams = PairGrams(childRows.map { index.units[$0] }, parentRows.map { index.units[$0] })
            let pairWords = PairWords(childRows, parentRows, words: words)
            // Half characters (passages, lists), half the segmenter's words, both weighted inside the pair.
            func score(_ i: Int, _ j: Int) -> Double { 0.5 * grams.cosine(child: i, parent: j) + 0.5 * pairWords.cosine(child: i, parent: j) }
            let kinds = parentRows.map { ArticleKind.of(index.units[$0]) }
            var childRow: [Int: Int] = [:], parentRow: [Int: Int] = [:]
            for (k, row) in childRows.enumerated() { childRow[Int(index.measureOf[row])] = k }
            for (k, row) in parentRows.enumerated() { parentRow[Int(index.measureOf[row])] = k }
            for (child, window) in open {
                let own = byChild[child]!
                // The child article's row (a purpose or formula article has none) and its linked parent articles' rows.
                guard let i = childRow[own[0].measure] else { continue }
                let linked = own.compactMap { parentRow[$0.parentMeasure] }
                guard linked.count == own.count else { continue }
                let a = childRows[i], kind = ArticleKind.of(index.units[a])
                var first = (j: -1, score: 0.0), second = 0.0
                for j in parentRows.indices where kinds[j] == kind {
                    let s = score(i, j)
                    if s > first.score { second = first.score; first = (j, s) } else if s > second { second = s }
                }
                guard first.j >= 0, window.contains(parentOrdinal[Int(index.measureOf[parentRows[first.j]])] ?? -10),
                      first.score >= options.pairChoiceMargin * second,
                      linked.allSatisfy({ first.score >= options.pairChoiceMargin * score(i, $0) })
                else { continue }
                let b = parentRows[first.j]
                let old = links[own[0].item]
                let labels = own.compactMap { links[$0.item].link.to.label }.joined(separator: ", ")
                let reason = String(format: "; in-pair best of all %d articles, %.2f× the runner-up and the linked %@, in the order of its neighbours' sources",
                                    parentRows.count, first.score / max(second, 0.001), labels)
                let score = rounded(first.score)
                let link = LineageLink(type: .derives, from: measureEnd(a, index), to: measureEnd(b, index), score: score, inferred: true,
                                       evidence: LinkEvidence(sharedTerms: sharedTerms(a, b, index), method: "pair-choice",
                                                              direction: (old.link.evidence?.direction ?? "") + reason, kind: "substance"))
                added.append((LinkSortKey(document: false, type: .derives, from: documents[x].id, fromMeasure: Int(index.measureOf[a]),
                                          score: score, to: documents[y].id, toMeasure: Int(index.measureOf[b])), link))
                for entry in own { drop.insert(entry.item) }
            }
        }
        guard !drop.isEmpty || !added.isEmpty else { return }
        removeLinks(at: drop)
        links += added
        statistics.pairChoiceMoved = added.count
    }
}

extension Context {
    /// The ordinal of each measure among its document's measures that hold no other measure (articles), keyed by measure index.
    static func articleOrdinals(_ measures: [Measure]) -> [Int: Int] {
        let containers = Context.containers(measures)
        var result: [Int: Int] = [:]
        for m in measures.indices where !containers.contains(m) { result[m] = result.count }
        return result
    }
}

/// Character bigrams and trigrams of the articles of one document pair, weighted by how few articles of the pair
/// hold them (log((n + 1) / (df + 0.5)), n the articles of both texts), for cosines between a child and a parent article.
struct PairGrams {
    private var child: [SparseVector<UInt64>] = []
    private var parent: [SparseVector<UInt64>] = []

    init<Row: RandomAccessCollection>(_ childUnits: [Row], _ parentUnits: [Row]) where Row.Element == UInt16, Row.Index == Int {
        func grams(_ u: Row) -> [UInt64] {
            var set = Set<UInt64>()
            if u.count >= 2 { for i in 0..<(u.count - 1) { set.insert(1 << 63 | UInt64(u[i]) << 16 | UInt64(u[i + 1])) } }
            if u.count >= 3 { for i in 0..<(u.count - 2) { set.insert(UInt64(u[i]) << 32 | UInt64(u[i + 1]) << 16 | UInt64(u[i + 2])) } }
            return set.sorted()
        }
        let childGrams = childUnits.map(grams), parentGrams = parentUnits.map(grams)
        var used: [UInt64: Int] = [:]
        for row in childGrams + parentGrams { for g in row { used[g, default: 0] += 1 } }
        let n = Double(childGrams.count + parentGrams.count)
        func weighted(_ row: [UInt64]) -> SparseVector<UInt64> {
            SparseVector(ids: row, weights: row.map { Float(max(0, log((n + 1) / (Double(used[$0] ?? 1) + 0.5)))) })
        }
        child = childGrams.map(weighted); parent = parentGrams.map(weighted)
    }

    /// Cosine of child article `i` and parent article `j` (0 when either has no weighted gram).
    func cosine(child i: Int, parent j: Int) -> Double { child[i].cosine(parent[j]) }
}
