import Foundation

/// The segmenter's words of the articles of one document pair, each weighted again by how few articles of the pair
/// use it: its in-pair specificity, 1 for a word in one article of each side, 0 for one in most articles of either
/// text (corpus weights do not tell such articles apart: 渔业, 县级以上人民政府 are rare in the corpus and in nearly every
/// article of a fisheries law and the regulation implementing it). Used by the paraphrase pass between legislation
/// (`alignLegislationParaphrases`) and by the choice of a parent article inside a pair (`choosePairArticles`).
struct PairWords {
    /// In-pair specificity of each word of the pair's articles (by word id).
    let specificity: [Int32: Float]
    private let child: [SparseVector<Int32>]
    private let parent: [SparseVector<Int32>]

    init(_ childRows: [Int], _ parentRows: [Int], words: WordIndex) {
        var used: [Int32: Int] = [:]
        for row in childRows + parentRows { for w in words.words[row] { used[w, default: 0] += 1 } }
        let n = Double(childRows.count + parentRows.count)
        let scale = log((n + 1) / 2.5)
        let specificity = used.mapValues { count in
            scale > 0 ? Float(min(1, max(0, log((n + 1) / (Double(count) + 0.5)) / scale))) : 1
        }
        func vector(_ row: Int) -> SparseVector<Int32> {
            let ids = words.words[row]
            return SparseVector(ids: ids, weights: zip(ids, words.weights[row]).map { $1 * (specificity[$0] ?? 0) })
        }
        self.specificity = specificity
        child = childRows.map(vector)
        parent = parentRows.map(vector)
    }

    /// Cosine of child article `i` and parent article `j` with in-pair weights.
    func cosine(child i: Int, parent j: Int) -> Double { child[i].cosine(parent[j]) }
}
