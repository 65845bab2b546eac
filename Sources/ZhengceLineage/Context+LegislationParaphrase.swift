import Foundation
import ZhengceDocument

extension Context {

    /// Paraphrased take-ups between two pieces of legislation, where the later one implements the earlier (it
    /// cites it in its purpose article: 根据《中华人民共和国渔业法》…，结合本省实际，制定本条例). Corpus-wide word
    /// weights do not tell articles of such a pair apart — 渔业, 渔业行政主管部门, 县级以上人民政府 are rare in the
    /// corpus and in nearly every article of both texts, which is why the corpus-weighted pass is not used
    /// between laws (17 of 20 of its links there were wrong). Here each word is weighted again by how few
    /// articles of the pair use it (a word in one article of each side keeps its weight; one in most articles
    /// weighs nothing), and a child article takes up a parent article only by the relative rule: the mutual
    /// best of the pair, `paraphraseMargin` times the runner-up, at least `legislationParaphraseScore`, of the
    /// same kind (a penalty takes up a penalty, a rule a rule: `ArticleKind`), sharing at least two words
    /// specific to the pair. Evidence kind `substance`, with those words.
    /// Returns the number of links added.
    mutating func alignLegislationParaphrases(child c: Int, parent p: Int, why: String, index: MeasureIndex, words: WordIndex,
                                              rowsOf: [[Int]], sourced: Set<UInt64>, order: PairOrder? = nil) -> Int {
        guard options.legislationParaphraseScore > 0 else { return 0 }
        let childRows = rowsOf[c], parentRows = rowsOf[p]
        guard !childRows.isEmpty, !parentRows.isEmpty else { return 0 }
        // Only where the child restates the parent: at least a fifth of the smaller text's articles (and three)
        // already take up the parent verbatim. A regulation cites many laws in its purpose article
        // (根据《环境保护法》《大气污染防治法》…); paired by words with a law it only names, its articles found
        // a "best" article there 7 times in 8 wrongly (潍坊 排污协议 ← 环境保护法 排污许可; law corpus sample, fifth round).
        let support = childRows.reduce(0) { $0 + (sourced.contains(UInt64($1) << 32 | UInt64(p)) ? 1 : 0) }
        guard Double(support) >= max(3, 0.2 * Double(min(childRows.count, parentRows.count))) else { return 0 }
        // Each word weighted again by its in-pair specificity (rows of either text that use it).
        let pairWords = PairWords(childRows, parentRows, words: words)
        let childKinds = childRows.map { ArticleKind.of(index.units[$0]) }, parentKinds = parentRows.map { ArticleKind.of(index.units[$0]) }
        // Scope articles are left to the formula pass (`scopeWithScopeOnly`).
        let childScope = options.scopeWithScopeOnly ? cachedFormulaArticles(c).first(where: { $0.kind == .scope })?.measure : nil
        let parentScope = options.scopeWithScopeOnly ? cachedFormulaArticles(p).first(where: { $0.kind == .scope })?.measure : nil
        let childIsScope = childRows.map { Int(index.measureOf[$0]) == childScope }
        let parentIsScope = parentRows.map { Int(index.measureOf[$0]) == parentScope }
        var table = [[Double]](repeating: [Double](repeating: 0, count: parentRows.count), count: childRows.count)
        for i in 0..<childRows.count where !childIsScope[i] {
            for j in 0..<parentRows.count where childKinds[i] == parentKinds[j] && !parentIsScope[j] {
                table[i][j] = pairWords.cosine(child: i, parent: j)
            }
        }
        // Mutual best among the child articles still without a source in the parent (a parent article often
        // has several takers; those that took it verbatim are already linked).
        let open = childRows.map { !sourced.contains(UInt64($0) << 32 | UInt64(p)) }
        var columnBest = [Int](repeating: -1, count: parentRows.count)
        for j in 0..<parentRows.count {
            var value = 0.0
            for i in 0..<childRows.count where open[i] && table[i][j] > value { value = table[i][j]; columnBest[j] = i }
        }
        var count = 0, taken = Set<Int>()
        for (i, a) in childRows.enumerated() where open[i] {
            var best = -1, first = 0.0, second = 0.0
            for j in 0..<parentRows.count {
                let v = table[i][j]
                if v > first { second = first; first = v; best = j } else if v > second { second = v }
            }
            guard best >= 0, columnBest[best] == i, first >= options.legislationParaphraseScore,
                  first >= options.paraphraseMargin * second else { continue }
            let b = parentRows[best]
            let shared = specificShared(a, b, words: words, factor: pairWords.specificity)
            guard shared.count >= 2 else { continue }
            let score = rounded(first)
            let reason = String(format: "; mutual best in the pair, %.2f× the runner-up (in-pair word weights)", first / max(second, 0.001))
            addSubstanceLink(.derives, child: a, parent: b, score: score, shared: shared, method: "word-alignment",
                             direction: why + reason, index: index)
            count += 1
            taken.insert(i)
        }
        if let order, options.orderWindowScore > 0 {
            count += alignInOrder(child: c, parent: p, why: why, index: index, words: words, rowsOf: rowsOf, table: table,
                                  open: childRows.indices.map { open[$0] && !taken.contains($0) }, order: order, pairWords: pairWords)
        }
        if let order, options.orderAgreementScore > 0 {
            let rules = childRows.indices.map { childKinds[$0] == .rule && !childIsScope[$0] && !UTF16Search.contains(index.units[childRows[$0]], ArticleKind.violation) }
            let parentRules = parentRows.indices.map { parentKinds[$0] == .rule && !parentIsScope[$0] && !UTF16Search.contains(index.units[parentRows[$0]], ArticleKind.violation) }
            count += alignByOrderAgreement(child: c, parent: p, why: why, index: index, rowsOf: rowsOf,
                                           open: childRows.indices.map { open[$0] && !taken.contains($0) && rules[$0] },
                                           parentOpen: parentRules, order: order)
        }
        return count
    }

    /// Order and characters agreeing, inside an implementing pair of legislation (`orderAgreementScore`): an open child
    /// article (a rule without a source in the parent, naming no violation) between two anchors of the pair's order takes up
    /// the parent article that is its best of the whole parent by character bigrams and trigrams weighted inside the pair
    /// (`PairGrams`), when that article lies in its window, scores at least `orderAgreementScore`, and no other open child
    /// article scores higher against it. Neither signal is enough alone — the in-pair words rank another article first for
    /// paraphrases that keep the parent's phrases (山东省非物质文化遗产条例 第十条 调查…记录、建档…实物图片、资料复制件 ←
    /// 非物质文化遗产法 第十二条), and a window alone puts a local article on its nearest parent article (eighteenth round)
    /// — but the best of the whole text falling where the neighbours' sources say it should is what a restated article
    /// looks like. Sanctions and misconduct articles are left out: their templates recur through both texts, and there
    /// the grams' best is another provision with the same fines (twenty-fifth round: 16 of 17 such links wrong in the
    /// labelled chain pairs). The rule on unspecific evidence applies to its links as to the others' (exempted, it added 310
    /// links of which 6 of 12 read were right, and no labelled take-up). Evidence method `order-agreement`, kind
    /// `substance`. Returns the number of links added.
    mutating func alignByOrderAgreement(child c: Int, parent p: Int, why: String, index: MeasureIndex, rowsOf: [[Int]],
                                        open: [Bool], parentOpen: [Bool], order: PairOrder) -> Int {
        let childRows = rowsOf[c], parentRows = rowsOf[p]
        guard open.contains(true), parentOpen.contains(true) else { return 0 }
        let grams = PairGrams(childRows.map { index.units[$0] }, parentRows.map { index.units[$0] })
        var table: [Int: [Double]] = [:]
        for i in childRows.indices where open[i] {
            table[i] = parentRows.indices.map { parentOpen[$0] ? grams.cosine(child: i, parent: $0) : 0 }
        }
        var count = 0
        for i in childRows.indices where open[i] {
            guard let (range, _) = order.window(i), let row = table[i] else { continue }
            var best = -1, first = 0.0
            for j in row.indices where row[j] > first { first = row[j]; best = j }
            guard best >= 0, range.contains(best), first >= options.orderAgreementScore else { continue }
            // No other open child article takes that parent article better.
            guard !table.contains(where: { k, other in k != i && other[best] > first }) else { continue }
            let a = childRows[i], b = parentRows[best]
            let score = rounded(first)
            let reason = String(format: "; best of all %d articles by characters weighted in the pair, between its anchors (parent articles %d–%d)",
                                parentRows.count, range.lowerBound + 1, range.upperBound + 1)
            addSubstanceLink(.derives, child: a, parent: b, score: score, shared: sharedTerms(a, b, index), method: Context.orderAgreementMethod,
                             direction: why + reason, index: index)
            count += 1
        }
        return count
    }

    /// The order rule of an implementing pair (`PairOrder`): an open child article between two anchors takes up the
    /// parent article of their window that its in-pair words rank first there, when that one scores at least
    /// `orderWindowScore`, `orderWindowMargin` times the window's runner-up, is no open child article's of the same
    /// segment better, and the two share at least two words specific to the pair. Windows wider than
    /// `orderWindowWidth` parent articles are not used. Off by default: the window tells which parent article, not
    /// whether the child article has one (local articles between two anchors took a parent article too; eighteenth round).
    /// Returns the number of links added.
    mutating func alignInOrder(child c: Int, parent p: Int, why: String, index: MeasureIndex, words: WordIndex, rowsOf: [[Int]],
                               table: [[Double]], open: [Bool], order: PairOrder, pairWords: PairWords) -> Int {
        let childRows = rowsOf[c], parentRows = rowsOf[p]
        let windows = childRows.indices.map { open[$0] ? order.window($0) : nil }
        var count = 0
        for (i, a) in childRows.enumerated() {
            guard let (range, segment) = windows[i], range.count <= options.orderWindowWidth else { continue }
            var best = -1, first = 0.0, second = 0.0
            for j in range where j < parentRows.count {
                let v = table[i][j]
                if v > first { second = first; first = v; best = j } else if v > second { second = v }
            }
            guard best >= 0, first >= options.orderWindowScore, first >= options.orderWindowMargin * second else { continue }
            // No other open child article of the segment takes that parent article better.
            guard !childRows.indices.contains(where: { k in k != i && windows[k]?.segment == segment && table[k][best] > first }) else { continue }
            if options.orderWindowConfirm {
                // Confirmation only: the window's best is the child's best of the whole parent, and no open child article
                // of the pair takes it better.
                guard !table[i].indices.contains(where: { table[i][$0] > first }),
                      !childRows.indices.contains(where: { k in k != i && open[k] && table[k][best] > first }) else { continue }
            }
            let b = parentRows[best]
            let shared = specificShared(a, b, words: words, factor: pairWords.specificity)
            guard shared.count >= 2 else { continue }
            let score = rounded(first)
            let reason = String(format: "; best in the order of the pair (parent articles %d–%d between its anchors), %.2f× the runner-up there (in-pair word weights)",
                                range.lowerBound + 1, range.upperBound + 1, first / max(second, 0.001))
            addSubstanceLink(.derives, child: a, parent: b, score: score, shared: shared, method: "word-alignment",
                             direction: why + reason, index: index)
            count += 1
        }
        return count
    }

    /// The evidence method of `alignByOrderAgreement`'s links.
    static let orderAgreementMethod = "order-agreement"

    /// Words rows `a` and `b` share whose in-pair specificity is at least one half, heaviest first.
    func specificShared(_ a: Int, _ b: Int, words: WordIndex, factor: [Int32: Float], limit: Int = 8) -> [String] {
        let x = words.words[a], y = Set(words.words[b]), wx = words.weights[a]
        var found: [(Int32, Float)] = []
        for (k, w) in x.enumerated() where y.contains(w) {
            let f = factor[w] ?? 0
            if f >= 0.5, wx[k] > 0 { found.append((w, wx[k] * f)) }
        }
        return found.sorted { ($0.1, words.text[Int($1.0)]) > ($1.1, words.text[Int($0.0)]) }.prefix(limit).map { words.text[Int($0.0)] }
    }
}
