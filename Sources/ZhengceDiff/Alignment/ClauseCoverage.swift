import Foundation
import ZhengceText

/// Clause-level coverage (issue 18, seventeenth round): an instrument, not a pass — it links nothing. The question it
/// answers: an old article still unlinked after every pass that was dissolved (split into two or three new articles,
/// spread into list items, condensed) loses its whole-article similarity to each new piece, but do its clauses each
/// still find a close clause somewhere in the new text?
///
/// Clauses: every top-level article of both versions (with everything beneath it) cut at 。；：and at line breaks (so
/// each item is a clause of its own). A clause's words are the content words of the segmenter (renamed terms under their
/// new name), weighted by their inverse frequency over the articles of both versions, as the rewritten passes weigh them.
/// A clause is **stock** and left out when it holds fewer than `clauseEvidence` words outside the stock clauses that are
/// in at most `stopShare` of the articles (依照本法规定, 法律、法规另有规定的, 由…责令改正, 处…罚款 hold none or one), or when
/// its text recurs in `clauseRecurs` articles or more.
///
/// For each counted clause of an old article, its nearest new clause of all the new version by weighted Dice; the match is
/// **mutual** when, of all the counted old clauses (of every article, linked or not), one of this article's is the
/// nearest to that new clause — so a new clause that continues a clause of a linked old article is not credited to an
/// unlinked one. The rule simulated on these records (Benchmarks/diff.md, seventeenth round; `scripts/diff-clause-sim.py`):
/// an unlinked old article survives when its mutual matches with `clauseDice`, `clauseEvidence` shared evidence words and a
/// lead of `clauseLead` over the next article's clause hold `clauseCoverage` of its clause weight, its counterparts the
/// new articles holding them. On the seventeen labelled revisions and the 77 unseen ones it finds rewritten articles one
/// to one that the `uncertain` hedge already points at, a wrong pair for every one or two right ones, and no dissolved article (at
/// no floor does an article's clause coverage go to two new articles), so no pass reads it.
///
/// `ZHENGCE_DIFF_DEBUG=clauses` prints one `clause part` line per counted clause of every old article when the rewritten
/// pass runs (format in docs/diff.md, "Seeing why"), then one `clause` line per unlinked old article with the coverage
/// under the rule. Work: the postings of the clauses' words that are in few articles.
extension RewrittenMatcher {
    /// One counted clause of an old article and its nearest new clause.
    struct ClauseRecord: Equatable {
        /// The old top-level unit, the clause's index among the article's clauses, its share of the article's counted weight.
        var old: Int, index: Int, share: Double
        /// The new top-level unit holding the nearest clause, that clause's index, their weighted Dice.
        var new: Int, newIndex: Int, dice: Double
        /// Shared words outside the stock clauses; the Dice over that of the nearest clause of another new article.
        var evidence: Int, lead: Double
        /// Of all counted old clauses, one of this article's is the nearest to that new clause.
        var mutual: Bool
        /// The shared words in at most `stopShare` of the articles, rarest first.
        var shared: [String]
    }

    /// The clauses of a comparison key: cut at 。；：and line breaks, empty pieces left out.
    static func clauses(_ key: String) -> [String] {
        key.split(whereSeparator: { "。；：\n".contains($0) }).map(String.init).filter { !$0.isEmpty }
    }

    /// The records of the counted clauses of the old articles `olds` (top-level units of `oldTop`) against all the clauses of
    /// `newTop`. `frequency` counts the articles of both versions holding a word (old words under their renamed form), as
    /// in `links`; a word's weight is log((articles + 1) / frequency).
    func clauseRecords(_ olds: [Int], oldWhole: [String], newWhole: [String], oldTop: [Int], newTop: [Int],
                       renames: [String: String], frequency: [String: Int]) -> [ClauseRecord] {
        guard !olds.isEmpty, !newTop.isEmpty else { return [] }
        let total = Double(oldTop.count + newTop.count)
        func idf(_ w: String) -> Double { log((total + 1) / Double(frequency[w] ?? 1)) }
        let stop = max(4, Int(stopShare * total))
        /// The clauses of one version that count: article, index, words, weight, and the postings of their words.
        struct Side {
            var article: [Int] = [], index: [Int] = [], words: [Set<String>] = [], weight: [Double] = []
            var postings: [String: [Int]] = [:]
        }
        var oldClauses: [Int: [String]] = [:], newClauses: [Int: [String]] = [:]
        for o in oldTop { oldClauses[o] = Self.clauses(oldWhole[o]) }
        for n in newTop { newClauses[n] = Self.clauses(newWhole[n]) }
        // Clause texts recurring in several articles (of either version) are stock formulas.
        var recurs: [String: Int] = [:]
        for list in Array(oldClauses.values) + Array(newClauses.values) { for c in Set(list) { recurs[c, default: 0] += 1 } }
        func isEvidence(_ w: String) -> Bool { Self.isEvidence(w) && (frequency[w] ?? Int.max) <= stop }
        func side(_ articles: [Int], _ texts: [Int: [String]], rename: Bool) -> Side {
            var out = Side()
            for a in articles {
                for (j, text) in texts[a]!.enumerated() where (recurs[text] ?? 0) < clauseRecurs {
                    let words = Set(self.words(text).map { rename ? renames[$0] ?? $0 : $0 }).filter { frequency[$0] != nil }
                    guard words.filter(isEvidence).count >= clauseEvidence else { continue }
                    let id = out.article.count
                    out.article.append(a); out.index.append(j); out.words.append(words)
                    out.weight.append(words.reduce(0) { $0 + idf($1) })
                    for w in words where frequency[w]! <= stop { out.postings[w, default: []].append(id) }
                }
            }
            return out
        }
        let oldSide = side(oldTop, oldClauses, rename: true), newSide = side(newTop, newClauses, rename: false)
        /// The clauses of `other` sharing words with `words`, most similar first (weighted Dice), with the shared evidence words.
        func ranked(_ words: Set<String>, _ weight: Double, in other: Side) -> [(dice: Double, id: Int, evidence: Int)] {
            var shared: [Int: Double] = [:], count: [Int: Int] = [:]
            for w in words {
                guard let list = other.postings[w] else { continue }
                let x = idf(w), counts = Self.isEvidence(w)
                for id in list {
                    shared[id, default: 0] += x
                    if counts { count[id, default: 0] += 1 }
                }
            }
            return shared.map { (2 * $0.value / (weight + other.weight[$0.key]), $0.key, count[$0.key] ?? 0) }
                .sorted { ($0.dice, -$0.id) > ($1.dice, -$1.id) }
        }
        var byArticle: [Int: [Int]] = [:]
        for p in oldSide.article.indices { byArticle[oldSide.article[p], default: []].append(p) }
        var out: [ClauseRecord] = []
        for o in olds {
            let own = byArticle[o] ?? []
            let total = own.reduce(0) { $0 + oldSide.weight[$1] }
            guard total > 0 else { continue }
            for p in own {
                let scored = ranked(oldSide.words[p], oldSide.weight[p], in: newSide)
                guard let top = scored.first else { continue }
                let n = newSide.article[top.id]
                let second = scored.first { newSide.article[$0.id] != n }?.dice ?? 0
                let back = ranked(newSide.words[top.id], newSide.weight[top.id], in: oldSide)
                let shared = oldSide.words[p].intersection(newSide.words[top.id]).filter { frequency[$0]! <= stop }
                    .sorted { (idf($0), $0) > (idf($1), $1) }
                out.append(ClauseRecord(old: o, index: oldSide.index[p], share: oldSide.weight[p] / total, new: n,
                                        newIndex: newSide.index[top.id], dice: top.dice, evidence: top.evidence,
                                        lead: second > 0 ? top.dice / second : 99,
                                        mutual: back.first.map { oldSide.article[$0.id] == o } ?? false, shared: shared))
            }
        }
        return out
    }

    /// Whether a record passes the simulated rule's clause floors (`clauseDice`, `clauseEvidence`, `clauseLead`, mutual).
    func clauseMatched(_ r: ClauseRecord) -> Bool {
        r.mutual && r.dice >= clauseDice && r.evidence >= clauseEvidence && r.lead >= clauseLead
    }

    /// Prints the records of every old article in `oldTop` (`ZHENGCE_DIFF_DEBUG=clauses`), then for each article of
    /// `unlinked` the coverage the simulated rule reads (matched clauses into new articles outside `taken`, the top-level new
    /// articles some link reaches) and the new articles it would name; links nothing.
    func traceClauses(_ unlinked: [Int], oldWhole: [String], newWhole: [String], oldTop: [Int], newTop: [Int],
                      renames: [String: String], frequency: [String: Int], taken: Set<Int>, labels: (old: [String], new: [String])) {
        let records = clauseRecords(oldTop, oldWhole: oldWhole, newWhole: newWhole, oldTop: oldTop, newTop: newTop,
                                    renames: renames, frequency: frequency)
        var out = ""
        for r in records {
            out += String(format: "clause part\t%@\t%d\t%.3f\t%@\t%d\t%.3f\t%d\t%.2f\t%@\t%@\t", labels.old[r.old], r.index + 1, r.share,
                          labels.new[r.new], r.newIndex + 1, r.dice, r.evidence, r.lead, r.mutual ? "mutual" : "-",
                          clauseMatched(r) ? "matched" : "-")
            out += r.shared.map { "\($0):\(frequency[$0]!)" }.joined(separator: " ") + "\n"
        }
        var byOld: [Int: [ClauseRecord]] = [:]
        for r in records { byOld[r.old, default: []].append(r) }
        for o in unlinked {
            let list = byOld[o] ?? []
            var held: [Int: Double] = [:]
            for r in list where clauseMatched(r) && !taken.contains(r.new) { held[r.new, default: 0] += r.share }
            let coverage = held.values.reduce(0, +)
            let named = held.filter { $0.value >= clauseCoverage }.keys.sorted()
            let parts = held.sorted { $0.key < $1.key }.map { String(format: "%@:%.2f", labels.new[$0.key], $0.value) }
            out += String(format: "clause\t%@\t%.3f\t%d/%d\t%@\t%@\n", labels.old[o], coverage, list.filter { clauseMatched($0) && !taken.contains($0.new) }.count,
                          list.count, parts.isEmpty ? "-" : parts.joined(separator: " "),
                          named.isEmpty ? "-" : "would link " + named.map { labels.new[$0] }.joined(separator: " "))
        }
        FileHandle.standardError.write(out.data(using: .utf8)!)
    }
}
