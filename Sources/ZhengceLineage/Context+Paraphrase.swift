import Foundation
import ZhengceDocument

extension Context {

    /// Paraphrased take-ups inside linked document pairs: for a child that implements a parent (cites it
    /// in its preamble or purpose article), each child measure
    /// without a source in the parent gets its best parent measure by word overlap when the match is
    /// clear: at least `paraphraseScore`, and either the mutual best or `paraphraseMargin` times the
    /// runner-up. A child measure that names a parent measure's heading — at least `headingTrigrams`
    /// trigrams of that heading which no other heading of the parent has — takes it up too when the words
    /// agree (the parent is among its two best by words): a provincial plan often restates the national
    /// heading inside a measure of its own wording (构建"川字号"海外仓矩阵 … 海外仓高质量发展). Evidence kind
    /// `substance`, with the shared words.
    mutating func alignParaphrases(index: MeasureIndex, words: WordIndex, titles: UnitRows, rowsOf: [[Int]],
                                   sourced: Set<UInt64>) {
        var pairs = Set<UInt64>()
        for (c, parents) in implements {
            for p in parents where touchesFocus(c, p) { pairs.insert(UInt64(c) << 32 | UInt64(p)) }
        }
        var added: [UInt64: Int] = [:]
        var legislationLinks = 0
        // The derives links classification made, for the order of each implementing pair of legislation.
        let ordered = options.orderWindowScore > 0 || options.orderAgreementScore > 0
        let derives = ordered ? derivesByPair() : [:]
        for pair in pairs.sorted() {
            let c = Int(pair >> 32), p = Int(pair & 0xFFFF_FFFF)
            let (type, later, why) = relation(c, p)
            guard type == .derives, later == c, !textPredates(c, p) else { continue }
            // Between two pieces of legislation, shared legal vocabulary makes any article look like a
            // paraphrase of some other under corpus-wide weights: their own pass weighs words inside the pair.
            if facts[c].legislation && facts[p].legislation {
                let order = ordered ? pairOrder(child: c, parent: p, index: index, rowsOf: rowsOf, derives: derives) : nil
                let before = links.count
                let paraphrased = alignLegislationParaphrases(child: c, parent: p, why: why, index: index, words: words,
                                                              rowsOf: rowsOf, sourced: sourced, order: order)
                // The child's measures with a link into the parent: classified ones, and those the pass just made.
                var linked = Set(links[before...].map(\.key.fromMeasure))
                for row in rowsOf[c] where sourced.contains(UInt64(row) << 32 | UInt64(p)) { linked.insert(Int(index.measureOf[row])) }
                let found = paraphrased
                    + alignFormulaTakeUps(child: c, parent: p, why: why,
                                          support: rowsOf[c].reduce(0) { $0 + (sourced.contains(UInt64($1) << 32 | UInt64(p)) ? 1 : 0) },
                                          linked: { linked.contains($0) })
                legislationLinks += found
                if found > 0 { added[pair] = found }
                continue
            }
            let childRows = rowsOf[c], parentRows = rowsOf[p]
            guard !childRows.isEmpty, !parentRows.isEmpty else { continue }
            // Scores of every child row against every parent row (small: one document pair).
            var table = [[Double]](repeating: [Double](repeating: 0, count: parentRows.count), count: childRows.count)
            for (i, a) in childRows.enumerated() {
                for (j, b) in parentRows.enumerated() {
                    table[i][j] = words.cosine(a, b) + (options.titleWeight > 0 ? options.titleWeight * words.titleCover(a, b) : 0)
                }
            }
            var columnBest = [Int](repeating: -1, count: parentRows.count)
            for j in 0..<parentRows.count {
                var best = -1, value = 0.0
                for i in 0..<childRows.count where table[i][j] > value { value = table[i][j]; best = i }
                columnBest[j] = best
            }
            // Headings of the parent's measures, by the trigrams that no other heading of the parent has.
            let headings = facts[p].legislation ? [] : Context.specificHeadingTrigrams(parentRows.map { titles.array($0) })
            var count = 0
            for (i, a) in childRows.enumerated() {
                guard !sourced.contains(UInt64(a) << 32 | UInt64(p)) else { continue }
                let title = form(c).measures[Int(index.measureOf[a])].title
                guard !FormulaArticle.isOrganisational(title) else { continue }
                var best = -1, runnerUp = -1, first = 0.0, second = 0.0
                for j in 0..<parentRows.count {
                    let v = table[i][j]
                    if v > first { second = first; runnerUp = best; first = v; best = j } else if v > second { second = v; runnerUp = j }
                }
                guard best >= 0 else { continue }
                var picks: [(j: Int, why: String)] = []
                let mutual = columnBest[best] == i
                if first >= options.paraphraseScore, mutual || first >= options.paraphraseMargin * second {
                    picks.append((best, mutual ? "; mutual best" : String(format: "; %.2f× the runner-up", first / max(second, 0.001))))
                }
                if let named = Context.namedHeading(index.units[a], headings, minimum: options.headingTrigrams),
                   named == best || named == runnerUp, !picks.contains(where: { $0.j == named }) {
                    picks.append((named, "; names the heading of \(form(p).measures[Int(index.measureOf[parentRows[named]])].label)"))
                }
                for (j, reason) in picks {
                    let b = parentRows[j]
                    let shared = words.shared(a, b)
                    guard shared.count >= 2 else { continue }
                    addSubstanceLink(type, child: a, parent: b, score: rounded(table[i][j]), shared: shared,
                                     method: "word-alignment", direction: why + reason, index: index)
                    count += 1
                }
            }
            if count > 0 { added[pair] = count }
        }
        statistics.paraphraseLinks = added.values.reduce(0, +)
        statistics.legislationParaphraseLinks = legislationLinks
        statistics.paraphrasePairs = pairs.count
    }

    /// For each heading (folded units; an empty list for a heading too long to be one, over 24 units),
    /// the trigrams it has and no other heading of the list has; empty when no heading is short enough.
    static func specificHeadingTrigrams(_ headings: [[UInt16]]) -> [Set<UInt64>] {
        let sets = headings.map { $0.count <= 24 ? trigramKeys($0) : [] }
        guard sets.contains(where: { !$0.isEmpty }) else { return [] }
        var count: [UInt64: Int] = [:]
        for set in sets { for g in set { count[g, default: 0] += 1 } }
        return sets.map { $0.filter { count[$0] == 1 } }
    }

    /// The heading (index into `headings`) whose specific trigrams the content `units` contains most, when
    /// at least `minimum` and more than any other heading's; nil otherwise.
    static func namedHeading(_ units: [UInt16], _ headings: [Set<UInt64>], minimum: Int) -> Int? {
        units.withUnsafeBufferPointer { namedHeading($0, headings, minimum: minimum) }
    }

    /// `namedHeading(_:_:minimum:)` of content read in place (`MeasureIndex.units`).
    static func namedHeading(_ units: UnsafeBufferPointer<UInt16>, _ headings: [Set<UInt64>], minimum: Int) -> Int? {
        guard !headings.isEmpty, minimum > 0 else { return nil }
        let own = trigramKeys(units)
        var best = -1, first = 0, second = 0
        for (j, heading) in headings.enumerated() {
            let hits = heading.reduce(0) { $0 + (own.contains($1) ? 1 : 0) }
            if hits > first { second = first; first = hits; best = j } else if hits > second { second = hits }
        }
        return first >= minimum && first > second ? best : nil
    }

    /// The character trigrams of folded units, as keys.
    static func trigramKeys(_ u: [UInt16]) -> Set<UInt64> { u.withUnsafeBufferPointer { trigramKeys($0) } }

    /// `trigramKeys(_:)` of units read in place.
    static func trigramKeys(_ u: UnsafeBufferPointer<UInt16>) -> Set<UInt64> {
        guard u.count >= 3 else { return [] }
        var result = Set<UInt64>()
        for i in 0..<(u.count - 2) { result.insert(MeasureIndex.trigramKey(u, at: i)) }
        return result
    }

    /// Adds a measure link of an in-pair word pass (`kind` substance) from child row `a` to parent row `b`, with
    /// the shared words that are its evidence and the reason it was chosen.
    mutating func addSubstanceLink(_ type: LinkType, child a: Int, parent b: Int, score: Double, shared: [String],
                                   method: String, direction: String, index: MeasureIndex) {
        let link = LineageLink(type: type, from: measureEnd(a, index), to: measureEnd(b, index), score: score, inferred: true,
                               evidence: LinkEvidence(sharedTerms: shared, method: method, direction: direction, kind: "substance"))
        links.append((LinkSortKey(document: false, type: type, from: documents[Int(index.documentOf[a])].id,
                                  fromMeasure: Int(index.measureOf[a]), score: score,
                                  to: documents[Int(index.documentOf[b])].id, toMeasure: Int(index.measureOf[b])), link))
    }
}
