import Foundation
import ZhengceDocument

extension Context {

    /// Paraphrased take-ups inside linked document pairs: for a child that implements a parent (cites it
    /// in its preamble or purpose article), each child measure
    /// without a source in the parent gets its best parent measure by word overlap when the match is
    /// clear: at least `paraphraseScore`, and either the mutual best or `paraphraseMargin` times the
    /// runner-up. Evidence kind `substance`, with the shared words.
    mutating func alignParaphrases(index: MeasureIndex, words: WordIndex, rowsOf: [[Int]], sourced: Set<UInt64>) {
        var pairs = Set<UInt64>()
        for (c, parents) in implements {
            for p in parents { pairs.insert(UInt64(c) << 32 | UInt64(p)) }
        }
        var added: [UInt64: Int] = [:]
        for pair in pairs.sorted() {
            let c = Int(pair >> 32), p = Int(pair & 0xFFFF_FFFF)
            // Between two pieces of legislation, shared legal vocabulary makes any article look like a
            // paraphrase of some other: only verbatim take-ups count there.
            guard !(facts[c].legislation && facts[p].legislation) else { continue }
            let (type, later, why) = relation(c, p)
            guard type == .derives, later == c else { continue }
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
            var count = 0
            for (i, a) in childRows.enumerated() {
                guard !sourced.contains(UInt64(a) << 32 | UInt64(p)) else { continue }
                let title = documents[c].measures[Int(index.measureOf[a])].title
                guard !FormulaArticle.isOrganisational(title) else { continue }
                var best = -1, first = 0.0, second = 0.0
                for j in 0..<parentRows.count {
                    let v = table[i][j]
                    if v > first { second = first; first = v; best = j } else if v > second { second = v }
                }
                guard best >= 0, first >= options.paraphraseScore else { continue }
                let mutual = columnBest[best] == i
                guard mutual || first >= options.paraphraseMargin * second else { continue }
                let b = parentRows[best]
                let shared = words.shared(a, b)
                guard shared.count >= 2 else { continue }
                var link = LineageLink(type: .derives, from: measureEnd(a, index), to: measureEnd(b, index),
                                       score: rounded(first), inferred: true,
                                       evidence: LinkEvidence(sharedTerms: shared, method: "word-alignment",
                                                              direction: why + (mutual ? "; mutual best" : String(format: "; %.2f× the runner-up", first / max(second, 0.001))),
                                                              kind: "substance"))
                link.type = type
                links.append((LinkSortKey(document: false, type: type, from: documents[c].id, fromMeasure: Int(index.measureOf[a]),
                                          score: rounded(first), to: documents[p].id, toMeasure: Int(index.measureOf[b])), link))
                count += 1
            }
            if count > 0 { added[pair] = count }
        }
        statistics.paraphraseLinks = added.values.reduce(0, +)
        statistics.paraphrasePairs = pairs.count
    }
}
