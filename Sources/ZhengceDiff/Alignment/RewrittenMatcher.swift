import Foundation
import ZhengceText

/// The last pass for old provisions still without a counterpart after the bigram and sentence
/// passes: a provision rewritten in other words (a full revision renames the authority, the
/// verbs, the objects) keeps some of its content words — the rarer the better — and usually its
/// place between the counterparts of its neighbours.
///
/// Only top-level provisions (articles, or the top-level provisions of a document without
/// articles) take part, each compared with everything beneath it. Words come from the
/// aligner's segmenter over the comparison keys; a word weighs its inverse document frequency over
/// the provisions of both versions, so words every article repeats count little. For an old
/// provision and a new one: `share` is the weight of the old words found in the new provision over
/// the weight of the old ones, `dice` the weighted Dice; into a new provision already linked only
/// the words none of its old sources holds count ("partly into"). The score is their mean, plus a
/// bonus per word found in those two provisions alone and for the place between the neighbours'
/// counterparts, minus a penalty for the distance in relative position. The best new provision
/// is proposed when it leads the next by `margin` and
///
/// - free: share ≥ 0.12, Dice ≥ 0.08 and score ≥ 0.15 in place (or with two rare shared words),
///   ≥ 0.4 away from it; nothing at all unless a quarter of the old articles are linked already;
/// - already linked: share ≥ 0.3 and score ≥ 0.3, with two rare shared words, or next to one of
///   its sources (a merge of neighbours), or a lead of `takenLead` over the next candidate.
///
/// A provision whose whole is weak everywhere (not close to two provisions at once) is tried part by
/// part — the paragraphs of its own text, its items — by the same rules (away from its place only
/// with two rare words), so one rewritten into several new provisions becomes a split. A part of a
/// provision already linked that its counterparts do not hold (under `carriedHeld` of its weight)
/// may link it to one more new provision, with two rare shared words: a paragraph carried into
/// another provision in other words. Numbers never count as rare words.
///
/// Words of stock clauses (`formulaWords`: 构成犯罪, 刑事责任, 处分, 玩忽职守…) count beside other shared words,
/// but a new provision sharing nothing else with the old one is no candidate.
///
/// Proposals are taken best first, each old provision (or part) once, each new provision once unless
/// the old one stands next to its source. The entry-into-force provision (本法自…施行) continues the old
/// one whatever the dates. Last, an old provision still unlinked whose neighbours' counterparts stand
/// one new provision apart, that one free and its nearest candidate by words, takes it ("alone in its
/// slot": rewritten in its place, however few words it kept). Work: one tokenisation of every provision, then for each unlinked
/// provision the postings of its words that are in few provisions, so near-linear.
struct RewrittenMatcher {
    /// Lowest weighted share of an old provision's words one new provision must hold.
    var share = 0.12
    /// Lowest score: mean of that share and the weighted Dice, plus the bonuses, minus the penalty.
    var minimumScore = 0.15
    /// Lowest score away from the place between the neighbours' counterparts (without rare words).
    var minimumScoreAway = 0.4
    /// Lowest weighted Dice: a short provision of common words "contained" in a long one is not evidence.
    var minimumDice = 0.08
    /// Bonus per word found only in the two provisions (at most three count).
    var rareBonus = 0.05
    /// Bonus when the new provision stands between the counterparts of the old one's neighbours.
    var placeBonus = 0.05
    /// Penalty per unit of distance in relative position (0…1).
    var placePenalty = 0.2
    /// A new provision already linked to another old one ("partly into") needs this share…
    var takenShare = 0.3
    /// …this many words found only in the two provisions…
    var rareWords = 2
    /// …and this score, and two rare shared words, or a place next to one of its sources, or a lead
    /// of `takenLead` over the next candidate.
    var takenScore = 0.3
    var takenLead = 0.08
    /// A part (paragraph, item) of an unlinked provision with fewer content words proposes nothing.
    var minimumPartWords = 6
    /// A part of a linked provision whose counterparts hold less than this share of its word weight may
    /// link its provision to one more new provision (a paragraph carried out in other words).
    var carriedHeld = 0.5
    /// A free new provision is not taken by an old one whose weighted Dice with it is under 1/`rivalLead` of
    /// that of another unlinked old provision (not its neighbour).
    var rivalLead = 2.0
    /// The best candidate must lead the second by this much score.
    var margin = 0.03
    /// Words in more than this share of all provisions propose no candidates (they still weigh).
    var stopShare = 0.2

    typealias Pair = FragmentMatcher.Pair

    /// Cuts the keys into words (`ProvisionAligner.segmenter`).
    var segmenter: Segmenter = .shared

    /// Content words of a comparison key: tokens of two or more letters (no punctuation, no lone
    /// characters), distinct.
    func words(_ key: String) -> Set<String> {
        var out = Set<String>()
        for token in segmenter.tokenize(key) where Self.isContentWord(token.text) { out.insert(token.text) }
        return out
    }

    /// Words of the stock clauses of Chinese legislation (构成犯罪的，依法追究刑事责任; 滥用职权、玩忽职守、徇私舞弊的，
    /// 依法给予处分; 对直接负责的主管人员和其他直接责任人员…; 情节严重的; 责令改正): each is in over a quarter of the
    /// 3,502 documents of the lawrefbook corpus (构成犯罪 2,006, 刑事责任 2,074, 依法 3,197, 给予 2,587, 处分 2,203,
    /// 玩忽职守 1,531, 主管人员 1,328, 行政处分 888; `grep -rl`). Within one document such a word may stand in two articles only
    /// and look rare, yet it says that both are liability clauses, not that one continues the other: it counts
    /// beside other shared words, but a pair sharing nothing else is no pair.
    static let formulaWords: Set<String> = [
        "构成犯罪", "依法追究", "追究", "刑事责任", "依法", "给予", "处分", "行政处分", "玩忽职守", "滥用职权", "徇私舞弊",
        "主管人员", "责任人员", "直接责任人员", "情节严重", "责令", "改正",
    ]

    /// For an old article's words `own`: the weight (`idf`) each new article of `postings` (new articles by word) that
    /// `among` admits shares with it, and how many of the shared words are outside the stock clauses (`isEvidence`).
    static func sharedWords(_ own: Set<String>, postings: [String: [Int]], idf: (String) -> Double,
                            among: (Int) -> Bool = { _ in true }) -> (weight: [Int: Double], evidence: [Int: Int]) {
        var weight: [Int: Double] = [:], evidence: [Int: Int] = [:]
        for w in own {
            let x = idf(w), counts = isEvidence(w)
            for n in postings[w] ?? [] where among(n) {
                weight[n, default: 0] += x
                if counts { evidence[n, default: 0] += 1 }
            }
        }
        return (weight, evidence)
    }

    /// A word that may count as evidence on its own that two provisions continue each other: a content word
    /// outside the stock clauses (`formulaWords`).
    static func isEvidence(_ token: String) -> Bool {
        isContentWord(token) && !formulaWords.contains(token)
    }

    /// How many elements of the ascending `sorted` are at most `x` (binary search): the position of the first above it.
    static func countAtMost(_ sorted: [Int], _ x: Int) -> Int {
        var a = 0, b = sorted.count
        while a < b { let m = (a + b) / 2; if sorted[m] <= x { a = m + 1 } else { b = m } }
        return a
    }

    /// True for an entry-into-force provision: 本法（本条例…）自…施行, perhaps with what it repeals.
    static func isEntryIntoForce(_ key: String) -> Bool {
        key.range(of: #"^本[^。，]{0,8}自[^。]{2,40}施行"#, options: .regularExpression) != nil
    }

    /// A content word: two or more letters or digits (no punctuation, no lone characters).
    static func isContentWord(_ token: String) -> Bool {
        token.count >= 2 && token.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || $0.properties.numericType != nil }
    }

    /// Terms renamed throughout the revision, old word → new word, learnt from the provisions already
    /// linked (`edges` between the keys `oldKeys` and `newKeys`). Each linked pair is diffed word by
    /// word; an old word deleted and a new word inserted in the same change (one run of deletions and
    /// insertions between unchanged words, at most `hunkWords` words a side) support the rename old →
    /// new. A rename needs at least `renameEvidence` such changes, in two old provisions or more and in
    /// most of the old provisions that replace the old word in a small change; and the old word must
    /// have (nearly) left the new version while the new word was (nearly) absent from the old one.
    /// Two renames made in the same provisions but at different places (入境 → 进境 beside
    /// 交通工具 → 交通运输工具) therefore do not pair 入境 with 工具. Strongest first (then the pair sharing more
    /// characters), each word in one rename at most.
    static func renames(oldKeys: [Int: String], newKeys: [Int: String], edges: Set<Pair>, segmenter: Segmenter = .shared,
                        renameEvidence: Int = 3, hunkWords: Int = 10, trace: ((String) -> Void)? = nil) -> [String: String] {
        func tokens(_ key: String) -> [String] { segmenter.tokenize(key).map(\.text) }
        return renames(oldTokens: oldKeys.mapValues(tokens), newTokens: newKeys.mapValues(tokens), edges: edges,
                       renameEvidence: renameEvidence, hunkWords: hunkWords, trace: trace)
    }

    /// `renames(oldKeys:newKeys:…)` on keys already cut into tokens.
    static func renames(oldTokens: [Int: [String]], newTokens: [Int: [String]], edges: Set<Pair>,
                        renameEvidence: Int = 3, hunkWords: Int = 10, trace: ((String) -> Void)? = nil) -> [String: String] {
        var inOld: [String: Int] = [:], inNew: [String: Int] = [:]
        for list in oldTokens.values { for w in Set(list) where isContentWord(w) { inOld[w, default: 0] += 1 } }
        for list in newTokens.values { for w in Set(list) where isContentWord(w) { inNew[w, default: 0] += 1 } }
        func vanished(_ w: String) -> Bool { 4 * (inNew[w] ?? 0) <= (inOld[w] ?? 0) }
        func appeared(_ w: String) -> Bool { 4 * (inOld[w] ?? 0) <= (inNew[w] ?? 0) }
        // Supporting changes and their old provisions per (old word, new word), and the old provisions
        // replacing the old word in a small change.
        var together: [String: [String: (changes: Int, olds: Set<Int>)]] = [:], dropped: [String: Set<Int>] = [:]
        for e in edges.sorted(by: { ($0.old, $0.new) < ($1.old, $1.new) }) {
            guard let a = oldTokens[e.old], let b = newTokens[e.new], a.count * b.count <= 250_000 else { continue }
            let ops = WordDiff.diff(a, b)
            var i = 0, j = 0, k = 0
            while k < ops.count {
                if ops[k] == .equal { i += 1; j += 1; k += 1; continue }
                var deleted: [String] = [], inserted: [String] = []
                while k < ops.count && ops[k] != .equal {
                    if ops[k] == .delete { deleted.append(a[i]); i += 1 } else { inserted.append(b[j]); j += 1 }
                    k += 1
                }
                // A pure deletion or insertion says nothing about a rename; a long change pairs too much.
                guard !deleted.isEmpty, !inserted.isEmpty, deleted.count <= hunkWords, inserted.count <= hunkWords else { continue }
                let gone = Set(deleted.filter { isContentWord($0) && vanished($0) && !b.contains($0) })
                let come = Set(inserted.filter { isContentWord($0) && appeared($0) && !a.contains($0) })
                for x in gone {
                    dropped[x, default: []].insert(e.old)
                    for y in come {
                        together[x, default: [:]][y, default: (0, [])].changes += 1
                        together[x, default: [:]][y, default: (0, [])].olds.insert(e.old)
                    }
                }
            }
        }
        // Most supported first; between equals, the pair sharing more characters (入境 → 进境 before 入境 → 工具
        // when both were inserted in the same changes).
        var pairs: [(count: Int, common: Int, old: String, new: String)] = []
        if let trace {
            for (x, partners) in together.sorted(by: { $0.key < $1.key }) {
                for (y, support) in partners.sorted(by: { $0.key < $1.key }) where support.changes >= 2 {
                    trace("rename? \(x)→\(y): \(support.changes) changes in \(support.olds.count) of the \(dropped[x]!.count) "
                          + "provisions replacing \(x) in a small change")
                }
            }
        }
        for (x, partners) in together {
            for (y, support) in partners where support.changes >= renameEvidence && support.olds.count >= 2
                && 2 * support.olds.count > dropped[x]!.count {
                pairs.append((support.changes, Set(x).intersection(Set(y)).count, x, y))
            }
        }
        pairs.sort { ($0.count, $0.common, $1.old, $1.new) > ($1.count, $1.common, $0.old, $0.new) }
        var result: [String: String] = [:], taken = Set<String>()
        for p in pairs where result[p.old] == nil && !taken.contains(p.new) {
            result[p.old] = p.new
            taken.insert(p.new)
        }
        return result
    }

    /// Extra links for the old units in `candidates` (top-level, unlinked) against the top-level new
    /// units `newTop`; `oldTop` are the top-level old units, `edges` the links so far. With
    /// `debugLabels` (ZHENGCE_DIFF_DEBUG set) the best candidates of each unit go to stderr.
    func links(oldWhole: [String], newWhole: [String], candidates: [Int], oldTop: [Int], newTop: [Int],
               edges: Set<Pair>, oldParts: [Int: [String]] = [:], carriedParts: [Int: [String]] = [:], newParts: [Int: [String]] = [:],
               debugLabels: (old: [String], new: [String])? = nil) -> Found {
        guard !candidates.isEmpty || !carriedParts.isEmpty, !newTop.isEmpty else { return Found(links: [], nearest: [:]) }
        var oldWords: [Int: Set<String>] = [:], newWords: [Int: Set<String>] = [:]
        var frequency: [String: Int] = [:]
        // One cut into words per provision: its content words, and its tokens for the renames.
        var oldTokens: [Int: [String]] = [:], newTokens: [Int: [String]] = [:]
        for o in oldTop { oldTokens[o] = segmenter.tokenize(oldWhole[o]).map(\.text) }
        for n in newTop { newTokens[n] = segmenter.tokenize(newWhole[n]).map(\.text) }
        for o in oldTop { oldWords[o] = Set(oldTokens[o]!.filter(Self.isContentWord)) }
        for n in newTop { newWords[n] = Set(newTokens[n]!.filter(Self.isContentWord)) }
        // A revision that renames a term throughout (the authority, a key noun) hides what an old
        // provision shares with its successor: the old name is read as the new one.
        let renames = Self.renames(oldTokens: oldTokens, newTokens: newTokens, edges: edges,
                                   trace: debugLabels == nil ? nil : { FileHandle.standardError.write("\($0)\n".data(using: .utf8)!) })
        if !renames.isEmpty {
            if debugLabels != nil {
                let list = renames.sorted { $0.key < $1.key }.map { "\($0.key)→\($0.value)" }.joined(separator: " ")
                FileHandle.standardError.write("renamed: \(list)\n".data(using: .utf8)!)
            }
            for o in oldTop { oldWords[o] = Set(oldWords[o]!.map { renames[$0] ?? $0 }) }
        }
        for o in oldTop { for x in oldWords[o]! { frequency[x, default: 0] += 1 } }
        for n in newTop { for x in newWords[n]! { frequency[x, default: 0] += 1 } }
        let total = Double(oldTop.count + newTop.count)
        func idf(_ w: String) -> Double { log((total + 1) / Double(frequency[w] ?? 1)) }
        var postings: [String: [Int]] = [:]
        let stop = max(4, Int(stopShare * total))
        for n in newTop { for w in newWords[n]! where frequency[w]! <= stop { postings[w, default: []].append(n) } }
        for list in postings.keys { postings[list]!.sort() }

        var newPartners: [Int: [Int]] = [:], oldPartners: [Int: [Int]] = [:]
        for e in edges { newPartners[e.old, default: []].append(e.new); oldPartners[e.new, default: []].append(e.old) }
        // Position: the new counterparts of the nearest linked top-level neighbours.
        let topIndex = Dictionary(uniqueKeysWithValues: oldTop.enumerated().map { ($1, $0) })
        func bracket(_ o: Int) -> (Int, Int) {
            var low = -1, high = Int.max
            var k = topIndex[o]! - 1
            while k >= 0 { if let p = newPartners[oldTop[k]], let m = p.max() { low = m; break }; k -= 1 }
            k = topIndex[o]! + 1
            while k < oldTop.count { if let p = newPartners[oldTop[k]], let m = p.min() { high = m; break }; k += 1 }
            return (low, high)
        }

        var newWeight: [Int: Double] = [:]
        for n in newTop { newWeight[n] = newWords[n]!.reduce(0) { $0 + idf($1) } }
        // For each new provision, the two unlinked old provisions closest to it by words (weighted Dice of
        // the wholes), so a pick can be checked against the old provision that new one resembles most.
        var closestOld: [Int: [(dice: Double, old: Int)]] = [:]
        for o in candidates {
            let own = oldWords[o] ?? []
            let ownWeight = own.reduce(0) { $0 + idf($1) }
            guard ownWeight > 0 else { continue }
            var shared: [Int: Double] = [:]
            for w in own { for n in postings[w] ?? [] { shared[n, default: 0] += idf(w) } }
            for (n, x) in shared {
                var list = closestOld[n] ?? []
                list.append((2 * x / (ownWeight + newWeight[n]!), o))
                list.sort { ($0.dice, -$0.old) > ($1.dice, -$1.old) }
                closestOld[n] = Array(list.prefix(2))
            }
        }
        /// The Dice of the closest unlinked old provision to `n` other than `o`, and that provision.
        func rival(_ n: Int, of o: Int) -> (dice: Double, old: Int)? { closestOld[n]?.first { $0.old != o } }
        /// Another unlinked old provision, not a neighbour of `o` (a merge), is over `rivalLead` times as close
        /// to `n` as `o` is (`dice`): `n` continues that one, and `o` only shares its common words.
        func outshone(_ n: Int, by o: Int, dice: Double) -> Bool {
            guard let r = rival(n, of: o) else { return false }
            return r.dice > rivalLead * dice && !neighbours(o, r.old)
        }
        /// Next to each other among the top-level provisions.
        func adjacent(_ a: Int, _ b: Int) -> Bool {
            guard let i = topIndex[a], let j = topIndex[b] else { return false }
            return abs(i - j) == 1
        }
        /// Next to each other once the articles with no counterpart in `partners` (old → new) are set aside (deleted
        /// articles between two that went into one new article, or the other members of a merge, do not keep them
        /// from being a merge).
        func neighbours(_ a: Int, _ b: Int, by partners: [Int: [Int]]) -> Bool {
            guard let i = topIndex[a], let j = topIndex[b], i != j else { return false }
            return (min(i, j) + 1..<max(i, j)).allSatisfy { partners[oldTop[$0]] == nil }
        }
        /// `neighbours` by the links found before this pass.
        func neighbours(_ a: Int, _ b: Int) -> Bool { neighbours(a, b, by: newPartners) }
        let newTopIndex = Dictionary(uniqueKeysWithValues: newTop.enumerated().map { ($1, $0) })
        func place(_ o: Int, _ n: Int) -> Double {
            abs(Double(topIndex[o]!) / Double(oldTop.count) - Double(newTopIndex[n]!) / Double(newTop.count))
        }
        /// The best new provision for the words `own` of old provision `o` (the whole or one of its
        /// parts), when it is clear and strong enough; `what` names it in the debug output.
        /// `clear` is false when two new provisions were about as close (an ambiguity, not an absence).
        func best(_ own: Set<String>, of o: Int, part: Int?) -> (pick: (score: Double, new: Int, rare: Int)?, clear: Bool, top: Int?) {
            guard !own.isEmpty else { return (nil, true, nil) }
            let ownWeight = own.reduce(0) { $0 + idf($1) }
            var shared: [Int: Double] = [:], rare: [Int: Int] = [:], unexplained: [Int: Double] = [:], plain = Set<Int>()
            for w in own {
                guard let list = postings[w] else { continue }
                let weight = idf(w), evidence = Self.isEvidence(w)
                for n in list {
                    shared[n, default: 0] += weight
                    if evidence { plain.insert(n) }
                    // A number (an age, an amount) is no term: it does not count as a rare shared word.
                    if frequency[w]! == 2, w.unicodeScalars.contains(where: { $0.properties.isAlphabetic }) { rare[n, default: 0] += 1 }
                    // Words of a taken provision that none of its old sources holds.
                    if let sources = oldPartners[n], !sources.contains(where: { oldWords[$0]?.contains(w) ?? false }) {
                        unexplained[n, default: 0] += weight
                    }
                }
            }
            let (low, high) = bracket(o)
            var scored: [(score: Double, n: Int, share: Double, dice: Double, rare: Int, between: Bool, taken: Bool)] = []
            // A provision sharing only words of stock clauses (构成犯罪的，依法追究刑事责任) is no candidate.
            for (n, total) in shared where plain.contains(n) {
                let taken = oldPartners[n] != nil
                // Into a provision already linked, only the words its sources do not explain count.
                let w = taken ? unexplained[n] ?? 0 : total
                let share = w / ownWeight, dice = 2 * w / (ownWeight + newWeight[n]!)
                let r = rare[n] ?? 0, between = n > low && n < high
                let score = (share + dice) / 2 + rareBonus * Double(min(r, 3)) + (between ? placeBonus : 0) - placePenalty * place(o, n)
                scored.append((score, n, share, dice, r, between, taken))
            }
            scored.sort { ($0.score, -$0.n) > ($1.score, -$1.n) }
            if let labels = debugLabels {
                let line = scored.prefix(4).map { c in
                    String(format: "%@ %.2f s%.2f d%.2f r%d%@%@ v%.2f %@", labels.new[c.n], c.score, c.share, c.dice, c.rare,
                           c.between ? " in" : "", c.taken ? " taken" : "", rival(c.n, of: o)?.dice ?? 0,
                           rival(c.n, of: o).map { labels.old[$0.old] } ?? "-")
                }.joined(separator: " | ")
                let slots = newTop.filter { $0 > low && $0 < high }.count
                FileHandle.standardError.write("rewritten? \(labels.old[o])\(part.map { " part \($0 + 1)" } ?? "") (\(own.count) words, \(slots) slots): \(line)\n".data(using: .utf8)!)
            }
            // Only a clear best: several provisions about as close say the words are common ones.
            let runnerUp = scored.count > 1 ? scored[1].score : -1
            guard let c = scored.first else { return (nil, true, nil) }
            guard c.score >= runnerUp + margin else { return (nil, false, c.n) }
            // A provision taken by the old one's neighbour is a merge of neighbours.
            let besideTaker = (oldPartners[c.n] ?? []).contains { adjacent(o, $0) }
            let accepted = c.taken
                ? c.share >= takenShare && c.score >= takenScore
                    && (c.rare >= rareWords || besideTaker || c.score >= runnerUp + takenLead)
                : c.share >= share && c.dice >= minimumDice
                    && (c.between || c.rare >= rareWords ? c.score >= minimumScore : part == nil && c.score >= minimumScoreAway)
                    && !(part == nil && outshone(c.n, by: o, dice: c.dice))
            return (accepted ? (c.score, c.n, c.rare) : nil, true, c.n)
        }
        // Proposals: the whole provision's, or else those of its parts (paragraphs, items), each part
        // on its own, so an article rewritten into several new ones (a split) is not removed.
        var proposals: [(score: Double, old: Int, new: Int, part: Int)] = []
        var nearest: [Int: Int] = [:]   // old provision → the new one closest to its whole
        for o in candidates {
            let whole = best(oldWords[o] ?? [], of: o, part: nil)
            nearest[o] = whole.top
            if let b = whole.pick {
                proposals.append((b.score, o, b.new, -1))
                continue
            }
            // Parts only when the whole is weak everywhere; when it is close to two provisions, a part
            // would only pick one of them by chance.
            let parts = (oldParts[o] ?? []).map { Set(self.words($0).map { renames[$0] ?? $0 }) }
            guard whole.clear, parts.count > 1 else { continue }
            for (k, words) in parts.enumerated() where words.count >= minimumPartWords {
                if let b = best(words, of: o, part: k).pick { proposals.append((b.score, o, b.new, k)) }
            }
        }
        // A paragraph or item of a linked article that its counterparts do not hold, carried into another
        // article in other words: with two words found only in it and there.
        for (o, texts) in carriedParts.sorted(by: { $0.key < $1.key }) {
            let partners = newPartners[o] ?? []
            // Kept word for word in its one counterpart: nothing was carried out.
            if partners.count == 1, oldWhole[o] == newWhole[partners[0]] { continue }
            let kept = partners.reduce(into: Set<String>()) { $0.formUnion(newWords[$1] ?? []) }
            for (k, text) in texts.enumerated() {
                let words = Set(self.words(text).map { renames[$0] ?? $0 })
                guard words.count >= minimumPartWords else { continue }
                let weight = words.reduce(0) { $0 + idf($1) }
                let held = words.intersection(kept).reduce(0) { $0 + idf($1) }
                guard held < carriedHeld * weight else { continue }
                if let b = best(words, of: o, part: k).pick, b.rare >= rareWords, !partners.contains(b.new) {
                    proposals.append((b.score, o, b.new, k))
                }
            }
        }
        // The entry-into-force article (本法自…起施行) continues the old one, whatever the dates.
        let oldEffective = candidates.filter { Self.isEntryIntoForce(oldWhole[$0]) }
        let newEffective = newTop.filter { Self.isEntryIntoForce(newWhole[$0]) }
        if oldEffective.count == 1, newEffective.count == 1, oldPartners[newEffective[0]] == nil,
           !proposals.contains(where: { $0.old == oldEffective[0] }) {
            proposals.append((1, oldEffective[0], newEffective[0], -1))
        }
        // Best first, each old provision (or part) once, the parts of one provision to different new
        // ones; a new provision once in this pass, unless the old provision stands next to the one that
        // took it and the pair is strong (a merge).
        proposals.sort { ($0.score, -$0.old, -$0.new, -$0.part) > ($1.score, -$1.old, -$1.new, -$1.part) }
        struct Part: Hashable { var old: Int; var index: Int }
        var usedOld = Set<Int>(), usedPart = Set<Part>(), takenBy: [Int: [Int]] = [:]
        var result: [Pair] = []
        for p in proposals where !usedOld.contains(p.old) && !usedPart.contains(Part(old: p.old, index: p.part)) {
            if result.contains(Pair(old: p.old, new: p.new)) { continue }
            if let takers = takenBy[p.new],
               !(p.score >= takenScore && (takers.contains { neighbours(p.old, $0) }
                    || (oldPartners[p.new] ?? []).contains { adjacent(p.old, $0) })) { continue }
            if p.part < 0 { usedOld.insert(p.old) } else { usedPart.insert(Part(old: p.old, index: p.part)) }
            takenBy[p.new, default: []].append(p.old)
            result.append(Pair(old: p.old, new: p.new))
        }
        // An article alone in its slot: its neighbours' counterparts stand one new article apart and that
        // article is free, so the new one took its place (an article rewritten, not one deleted and another
        // added), provided it is of all new articles the closest to the old one's words (so they share a word
        // that is neither common to the whole document nor one of a stock clause).
        var partnersOf: [Int: [Int]] = [:], linkedNew = Set<Int>()
        for e in edges.union(result) { partnersOf[e.old, default: []].append(e.new); linkedNew.insert(e.new) }
        for o in candidates where partnersOf[o] == nil {
            let k = topIndex[o]!
            guard k > 0, k + 1 < oldTop.count, let before = partnersOf[oldTop[k - 1]], let after = partnersOf[oldTop[k + 1]],
                  before.count == 1, after.count == 1, let i = newTopIndex[before[0]], let j = newTopIndex[after[0]], j == i + 2
            else { continue }
            let n = newTop[i + 1]
            guard !linkedNew.contains(n), nearest[o] == n else { continue }
            if debugLabels != nil {
                FileHandle.standardError.write("alone in its slot: \(debugLabels!.old[o]) → \(debugLabels!.new[n])\n".data(using: .utf8)!)
            }
            result.append(Pair(old: o, new: n))
            linkedNew.insert(n)
        }
        // Last, where the content of an article still unlinked went, part against part: each of its paragraphs
        // and items against every paragraph and item of the new version, so a half rewritten into a paragraph
        // of a long new article is not drowned in that article's other words.
        for e in result { partnersOf[e.old, default: []].append(e.new) }
        var stillUnlinked = candidates.filter { partnersOf[$0] == nil }
        let calibrate = ProcessInfo.processInfo.environment["ZHENGCE_DIFF_DEBUG"] == "parts"
        if calibrate { stillUnlinked = oldTop }
        if partPass && !stillUnlinked.isEmpty && !newParts.isEmpty {
            let found = partLinks(stillUnlinked, oldWhole: oldWhole, oldParts: oldParts, newTop: newTop, newParts: newParts,
                                  oldTop: oldTop, renames: renames, frequency: frequency, idf: idf, stop: stop,
                                  linked: Set(partnersOf.keys),
                                  mergeOf: { o, other, n in (partnersOf[other] ?? []).contains(n) && neighbours(o, other) },
                                  debugLabels: calibrate ? debugLabels : nil)
            for e in found where partnersOf[e.old] == nil || !calibrate { result.append(e) }
        }
        // Rounds: each round's links narrow the places of the articles still left, up to a few rounds.
        var round = 0
        // Leads are read against every article left at the start, so a later round's smaller field does not make
        // a pair look clearer than it is.
        let takenAtFirst = Set(edges.map(\.new)).union(result.map(\.new))
        let freeAtFirst = newTop.filter { !takenAtFirst.contains($0) }
        let linkedAtFirst = Set(edges.map(\.old)).union(result.map(\.old))
        let leftAtFirst = candidates.filter { !linkedAtFirst.contains($0) }
        while leftoverPass && round < leftoverRounds {
            round += 1
            partnersOf = [:]
            for e in edges.union(result) { partnersOf[e.old, default: []].append(e.new) }
            let taken = Set(edges.map(\.new)).union(result.map(\.new))
            let free = newTop.filter { !taken.contains($0) }
            let freeSorted = free.sorted()
            // For each old article, the counterpart of its nearest linked neighbour before and after (one sweep each way).
            var lows = [Int](repeating: -1, count: oldTop.count), highs = [Int](repeating: Int.max, count: oldTop.count)
            for k in oldTop.indices.dropFirst() {
                lows[k] = partnersOf[oldTop[k - 1]]?.max() ?? lows[k - 1]
            }
            for k in oldTop.indices.reversed().dropFirst() {
                highs[k] = partnersOf[oldTop[k + 1]]?.min() ?? highs[k + 1]
            }
            /// The free new articles between the counterparts of the old article's nearest linked neighbours: how many,
            /// and whether `n` is one of them (binary search over the free articles, so no pass over all of them).
            func slot(_ o: Int, _ n: Int) -> (count: Int, holds: Bool) {
                let low = lows[topIndex[o]!], high = highs[topIndex[o]!]
                func firstAbove(_ x: Int) -> Int { Self.countAtMost(freeSorted, x) }
                let count = high == Int.max ? freeSorted.count - firstAbove(low) : firstAbove(high - 1) - firstAbove(low)
                return (count, n > low && n < high)
            }
            let linkedNow = partnersOf
            let found = leftoverLinks(leftAtFirst, pairable: Set(leftAtFirst.filter { partnersOf[$0] == nil }), free: freeAtFirst,
                                      available: Set(free), slot: slot, adjacent: adjacent, together: { neighbours($0, $1, by: linkedNow) },
                                      oldWords: oldWords, newWords: newWords, newWeight: newWeight, postings: postings, idf: idf,
                                      debugLabels: debugLabels)
            if found.isEmpty { break }
            result += found
        }
        if takenPartPass {
            var linkedOld: [Int: [Int]] = [:], sourcesOf: [Int: [Int]] = [:]
            for e in edges.union(result) { linkedOld[e.old, default: []].append(e.new); sourcesOf[e.new, default: []].append(e.old) }
            let left = candidates.filter { linkedOld[$0] == nil }
            if !left.isEmpty {
                result += takenPartLinks(left, oldWords: oldWords, newTop: newTop, newParts: newParts, sourcesOf: sourcesOf,
                                         frequency: frequency, idf: idf, stop: stop, debugLabels: debugLabels)
            }
        }
        // The clause lines (`ZHENGCE_DIFF_DEBUG=clauses`): what clause-level coverage would see; it links nothing (seventeenth round).
        if ProcessInfo.processInfo.environment["ZHENGCE_DIFF_DEBUG"] == "clauses", let labels = debugLabels {
            var linkedNow = Set(edges.map(\.old)), taken = Set<Int>()
            for e in edges.union(result) {
                linkedNow.insert(e.old)
                let count = Self.countAtMost(newTop, e.new)
                if count > 0 { taken.insert(newTop[count - 1]) }
            }
            traceClauses(candidates.filter { !linkedNow.contains($0) }, oldWhole: oldWhole, newWhole: newWhole, oldTop: oldTop,
                         newTop: newTop, renames: renames, frequency: frequency, taken: taken, labels: labels)
        }
        // The gap lines (`ZHENGCE_DIFF_DEBUG=gap`): what a rule by order alone would see; it links nothing (fourteenth round).
        if ProcessInfo.processInfo.environment["ZHENGCE_DIFF_DEBUG"] == "gap", let labels = debugLabels {
            traceGaps(oldTop: oldTop, newTop: newTop, links: edges.union(result), oldWords: oldWords, newWords: newWords,
                      newWeight: newWeight, frequency: frequency, idf: idf, stop: stop, labels: labels)
        }
        var linkedAtEnd = Set(edges.map(\.old))
        for e in result { linkedAtEnd.insert(e.old) }
        let hedges = nearestCandidates(candidates.filter { !linkedAtEnd.contains($0) }, newTop: newTop, links: edges.union(result),
                                        oldWords: oldWords, newWords: newWords, newWeight: newWeight, postings: postings, idf: idf,
                                        debugLabels: debugLabels)
        return Found(links: result, nearest: hedges)
    }

    /// What the rewritten pass found: its links, and for the old articles it left unlinked their nearest new article
    /// when that one passes the floors of `nearestCandidates` (a hedge for the reader, not a link).
    struct Found {
        var links: [Pair]
        var nearest: [Int: Nearest]
    }

    /// The nearest new article of an old article no pass could link: shown to the reader as "no confident counterpart;
    /// nearest …", never counted as a pair.
    struct Nearest: Hashable, Sendable {
        /// The new top-level unit.
        var new: Int
        /// Weighted Dice of the two articles' content words (the ranking figure).
        var dice: Double
        /// Weight of the old article's words the new one holds, over the weight of the old article's words.
        var share: Double
        /// Shared words outside the stock clauses (in at most `stopShare` of the articles).
        var evidence: Int
        /// The Dice of the next new article.
        var second: Double
        /// The new article is the counterpart of another old article already.
        var taken: Bool
    }

    /// For each old article in `olds`, its nearest free new article (one no link reaches, itself or a unit beneath it) by
    /// weighted Dice of the content words, kept when the Dice is at least `nearestDice` and the two share `nearestEvidence`
    /// words outside the stock clauses. A hedge, not a link: the nearest is the labelled counterpart in fewer than half
    /// of the cases (fifteenth round), but an article shown with one survives more often than not, while one without is
    /// mostly truly deleted. Taken new articles are left out: a deleted article of an amendment is close to the article
    /// that kept its subject (北京市实施《水法》办法 2019 → 2022: the deleted 法律责任 articles to the kept ones), so the nearest of
    /// all articles would hedge most deletions. `ZHENGCE_DIFF_DEBUG=nearest` prints one line per old article (kept or
    /// not) with the nearest of all new articles and the nearest free one. Work: the postings of the unlinked articles'
    /// words.
    func nearestCandidates(_ olds: [Int], newTop: [Int], links: Set<Pair>, oldWords: [Int: Set<String>], newWords: [Int: Set<String>],
                           newWeight: [Int: Double], postings: [String: [Int]], idf: (String) -> Double,
                           debugLabels: (old: [String], new: [String])?) -> [Int: Nearest] {
        guard !olds.isEmpty, !newTop.isEmpty else { return [:] }
        let sortedTop = newTop.sorted()
        /// The top-level new article holding unit `x` (the last one starting at or before it).
        func topOf(_ x: Int) -> Int? {
            let count = Self.countAtMost(sortedTop, x)
            return count == 0 ? nil : sortedTop[count - 1]
        }
        var taken = Set<Int>()
        for e in links { if let t = topOf(e.new) { taken.insert(t) } }
        let trace = ProcessInfo.processInfo.environment["ZHENGCE_DIFF_DEBUG"] == "nearest" ? debugLabels : nil
        var out: [Int: Nearest] = [:]
        for o in olds {
            let own = oldWords[o] ?? []
            let weight = own.reduce(0) { $0 + idf($1) }
            guard weight > 0 else { continue }
            let (shared, evidence) = Self.sharedWords(own, postings: postings, idf: idf)
            func rank(_ keep: (Int) -> Bool) -> Nearest? {
                let ranked = shared.filter { keep($0.key) && (evidence[$0.key] ?? 0) > 0 }
                    .map { (n: $0.key, dice: 2 * $0.value / (weight + newWeight[$0.key]!), share: $0.value / weight) }
                    .sorted { ($0.dice, -$0.n) > ($1.dice, -$1.n) }
                guard let first = ranked.first else { return nil }
                return Nearest(new: first.n, dice: first.dice, share: first.share, evidence: evidence[first.n] ?? 0,
                               second: ranked.count > 1 ? ranked[1].dice : 0, taken: taken.contains(first.n))
            }
            let free = rank { !taken.contains($0) }
            if let free, free.dice >= nearestDice, free.evidence >= nearestEvidence { out[o] = free }
            if let labels = trace {
                let best = rank { _ in true }
                func describe(_ b: Nearest?) -> String {
                    guard let b else { return "-\t0\t0\t0\t0" }
                    return String(format: "%@\t%.3f\t%.3f\t%d\t%.3f", labels.new[b.new], b.dice, b.share, b.evidence, b.second)
                }
                let line = "nearest\t\(labels.old[o])\t\(describe(best))\t\(best.map { $0.taken ? "taken" : "free" } ?? "-")\t"
                    + "\(describe(free))\t\(out[o] == nil ? "-" : "kept")\n"
                FileHandle.standardError.write(line.data(using: .utf8)!)
            }
        }
        return out
    }

    /// Lowest weighted Dice for a nearest free new article to be shown (`nearestCandidates`). With 0.10 and two shared
    /// words, on the seventeen labelled revisions (Benchmarks/diff.md, fifteenth round): 17 of the 26 surviving articles
    /// left unlinked are shown with a nearest article (7 of them the right one), and 7 of the 54 truly removed ones.
    var nearestDice = 0.10
    /// Shared words outside the stock clauses it needs.
    var nearestEvidence = 2

    /// Prints the gaps a rule by order would read (`ZHENGCE_DIFF_DEBUG=gap`), and links nothing: between two consecutive
    /// linked old articles whose counterparts stand in order, the unlinked old articles between them and the free new
    /// articles between their counterparts (a new article is taken when any link reaches it or a unit beneath it), paired
    /// in order. One tab-separated line per pair: `gap`, old article, new article, old articles in the gap, free new
    /// articles there, all new articles there, shared words outside the stock clauses in at most `stopShare` of the
    /// articles, weighted Dice of the wholes. Such a rule was simulated on these lines in the fourteenth round
    /// (Benchmarks/diff.md): as many old as new articles in a gap is rare in a full revision, and where it happens the
    /// pair is as often wrong as right at every floor, so no pass reads them.
    func traceGaps(oldTop: [Int], newTop: [Int], links: Set<Pair>, oldWords: [Int: Set<String>], newWords: [Int: Set<String>],
                   newWeight: [Int: Double], frequency: [String: Int], idf: (String) -> Double, stop: Int,
                   labels: (old: [String], new: [String])) {
        guard !newTop.isEmpty else { return }
        var partnersOf: [Int: [Int]] = [:]
        for e in links { partnersOf[e.old, default: []].append(e.new) }
        /// The position in `newTop` of the top-level new article holding unit `x` (the last one starting at or before it).
        func topOf(_ x: Int) -> Int? {
            let count = Self.countAtMost(newTop, x)
            return count == 0 ? nil : count - 1
        }
        var touched = Set<Int>()
        for e in links { if let t = topOf(e.new) { touched.insert(t) } }
        let linkedOld = oldTop.indices.filter { partnersOf[oldTop[$0]] != nil }
        for (a, b) in zip(linkedOld, linkedOld.dropFirst()) where b > a + 1 {
            guard let low = partnersOf[oldTop[a]]!.compactMap(topOf).max(), let high = partnersOf[oldTop[b]]!.compactMap(topOf).min(),
                  low < high else { continue }
            let olds = (a + 1..<b).map { oldTop[$0] }
            let between = Array(low + 1..<high)
            let free = between.filter { !touched.contains($0) }
            for (o, t) in zip(olds, free) {
                let n = newTop[t]
                let shared = (oldWords[o] ?? []).intersection(newWords[n] ?? [])
                let evidence = shared.filter { Self.isEvidence($0) && (frequency[$0] ?? 0) <= stop }.count
                let ownWeight = (oldWords[o] ?? []).reduce(0) { $0 + idf($1) }
                let dice = 2 * shared.reduce(0) { $0 + idf($1) } / max(ownWeight + (newWeight[n] ?? 0), 1e-9)
                let line = String(format: "gap\t%@\t%@\t%d\t%d\t%d\t%d\t%.3f\n", labels.old[o], labels.new[n], olds.count, free.count,
                                  between.count, evidence, dice)
                FileHandle.standardError.write(line.data(using: .utf8)!)
            }
        }
    }

    /// Floors of the clause rule the clause trace simulates (ClauseCoverage.swift; no pass reads them): lowest weighted Dice of
    /// a clause match, set where the labelled revisions' right and wrong matches were read apart best (0.25; seventeenth round).
    var clauseDice = 0.25
    /// Shared words outside the stock clauses (and in at most `stopShare` of the articles) a clause needs to count, and a match needs.
    var clauseEvidence = 2
    /// A clause match's Dice over that of the nearest clause of another new article.
    var clauseLead = 1.3
    /// Share of an article's counted clause weight the matched clauses into one new article must hold to name it.
    var clauseCoverage = 0.4
    /// A clause whose text recurs in this many articles (of both versions) is a stock formula.
    var clauseRecurs = 3

    /// Run the taken-part pass (`takenPartLinks`).
    var takenPartPass = true
    /// The sources of the taken new article may hold at most this share of the weight of the part the old article explains.
    var takenPartExplained = 0.4
    /// The old article must hold at least this share of that part's weight.
    var takenPartCovered = 0.3
    /// Its weighted Dice with that part must be this many times its Dice with the nearest part of any other new article.
    var takenPartLead = 1.3
    /// Shared words outside the stock clauses the pair needs.
    var takenPartEvidence = 3

    /// The taken-part pass, for old articles still unlinked at the end: an article merged into a new article that is
    /// already the counterpart of another old article (its neighbour or not: 废旧金属收购业治安管理办法 old 第六条, 注销、
    /// 变更手续, became the second paragraph of new 第四条, the counterpart of old 第四条). The whole new article holds too
    /// much its source explains for the old one's words to show, so the new article is read paragraph by paragraph (and
    /// item by item): the old article's nearest part of all new parts (weighted Dice over its content words) links it to
    /// that part's article when the article is taken, its sources hold under `takenPartExplained` of the part's weight
    /// (the part is not theirs), the old article holds `takenPartCovered` of it, leads the nearest part of every other
    /// new article by `takenPartLead`, and shares `takenPartEvidence` words outside the stock clauses with it. Work: the
    /// postings of the parts' words that are in few articles, for the unlinked articles only.
    func takenPartLinks(_ olds: [Int], oldWords: [Int: Set<String>], newTop: [Int], newParts: [Int: [String]],
                        sourcesOf: [Int: [Int]], frequency: [String: Int], idf: (String) -> Double, stop: Int,
                        debugLabels: (old: [String], new: [String])?) -> [Pair] {
        var partArticle: [Int] = [], partWords: [Set<String>] = [], partWeight: [Double] = [], partIndex: [Int] = []
        var postings: [String: [Int]] = [:]
        for n in newTop {
            for (k, text) in (newParts[n] ?? []).enumerated() {
                // The lead-in of a list (任何单位和个人不得实施下列行为：) says nothing until its items: no part to explain.
                guard !text.hasSuffix("："), !text.hasSuffix(":") else { continue }
                let words = self.words(text).filter { frequency[$0] != nil }
                guard words.count >= minimumPartWords else { continue }
                let id = partArticle.count
                partArticle.append(n); partIndex.append(k); partWords.append(words)
                partWeight.append(words.reduce(0) { $0 + idf($1) })
                for w in words where frequency[w]! <= stop { postings[w, default: []].append(id) }
            }
        }
        var result: [Pair] = []
        for o in olds {
            let own = oldWords[o] ?? []
            let ownWeight = own.reduce(0) { $0 + idf($1) }
            guard ownWeight > 0 else { continue }
            var shared: [Int: Double] = [:]
            for w in own { for id in postings[w] ?? [] { shared[id, default: 0] += idf(w) } }
            let ranked = shared.map { (dice: 2 * $0.value / (ownWeight + partWeight[$0.key]), id: $0.key) }
                .sorted { ($0.dice, -$0.id) > ($1.dice, -$1.id) }
            guard let top = ranked.first else { continue }
            let n = partArticle[top.id]
            let sources = (sourcesOf[n] ?? []).filter { $0 != o }
            guard !sources.isEmpty else { continue }
            let words = partWords[top.id], weight = partWeight[top.id]
            let second = ranked.first { partArticle[$0.id] != n }?.dice ?? 0
            let explained = sources.map { s in words.intersection(oldWords[s] ?? []).reduce(0) { $0 + idf($1) } / weight }.max() ?? 0
            let held = words.intersection(own)
            let covered = held.reduce(0) { $0 + idf($1) } / weight
            let evidence = held.filter(Self.isEvidence).count
            let accepted = explained < takenPartExplained && covered >= takenPartCovered && top.dice >= takenPartLead * second
                && evidence >= takenPartEvidence
            if let labels = debugLabels {
                let line = String(format: "taken part\t%@\t%@\t%d\t%.3f\t%.3f\t%.3f\t%.3f\t%d\t%@\n", labels.old[o], labels.new[n],
                                  partIndex[top.id] + 1, top.dice, second, explained, covered, evidence, accepted ? "accepted" : "-")
                FileHandle.standardError.write(line.data(using: .utf8)!)
            }
            if accepted { result.append(Pair(old: o, new: n)) }
        }
        return result
    }

    /// Run the leftover pass (`leftoverLinks`).
    var leftoverPass = true
    /// At most this many rounds of it.
    var leftoverRounds = 3
    /// Lowest weighted Dice of a leftover pair (whole against whole).
    var leftoverDice = 0.15
    /// Each must lead: the pair's Dice this many times the old article's Dice with any other free new
    /// article, and the new article's with any other unlinked old article.
    var leftoverLead = 1.25
    /// The new article must stand between the counterparts of the old one's nearest linked neighbours, among
    /// at most this many free new articles there.
    var leftoverSlots = 6
    /// Shared words outside the stock clauses a leftover pair needs.
    var leftoverEvidence = 3
    /// Link a group of neighbouring leftover old articles to the one free new article each of them goes to clearly,
    /// wherever that article stands (`leftoverLinks`).
    var leftoverGroupPass = true
    /// Each member of such a group leads its next free new article by this factor (its weighted Dice).
    var leftoverGroupLead = 1.75

    /// The leftover pass: what no other pass could link, old articles still unlinked against new articles still
    /// free (no old article links to them), whole against whole by content words weighted by their inverse
    /// frequency (renamed terms under their new name). A pair links when each is the other's nearest among the
    /// leftovers by a clear lead, with `leftoverDice` and `leftoverEvidence` shared words outside the stock clauses.
    /// Among leftovers only, so nothing already linked is contested: an article rewritten in new vocabulary whose
    /// successor was left over too.
    ///
    /// A pair away from its place is not taken alone (most such pairs share only the subject's words), but a **group** is:
    /// two or more old articles, neighbours once the unlinked articles between them are set aside (`together`), each with
    /// `leftoverDice`, `leftoverEvidence` shared words and a lead of `leftoverGroupLead` over its next free new article, all
    /// nearest to the same free new article, which no other leftover old article comes near (the members' lowest Dice
    /// `leftoverLead` times that of any other), link to it as a merge wherever it stands. Two neighbours finding the same
    /// article on their own is evidence one article's words are not: a run of articles condensed into one article of
    /// another chapter (上海市科学技术进步条例 2010 old 第三十一、三十四条, 科普规划 and 青少年科普, → new 第五条 of the 总则;
    /// 海洋环境保护法 2017 old 第二十一、二十二条, 海洋自然保护区, → new 第三十四条, 自然保护地). Work: the postings of the
    /// unlinked articles' words.
    func leftoverLinks(_ olds: [Int], pairable: Set<Int>, free: [Int], available: Set<Int>, slot: (Int, Int) -> (count: Int, holds: Bool), adjacent: (Int, Int) -> Bool,
                       together: (Int, Int) -> Bool = { _, _ in false }, oldWords: [Int: Set<String>], newWords: [Int: Set<String>],
                       newWeight: [Int: Double], postings: [String: [Int]], idf: (String) -> Double,
                       debugLabels: (old: [String], new: [String])?) -> [Pair] {
        guard !olds.isEmpty, !free.isEmpty else { return [] }
        let freeSet = Set(free)
        var dice: [Int: [Int: Double]] = [:], evidence: [Int: [Int: Int]] = [:]
        var byNew: [Int: [(dice: Double, old: Int)]] = [:]
        for o in olds {
            let own = oldWords[o] ?? []
            let weight = own.reduce(0) { $0 + idf($1) }
            guard weight > 0 else { continue }
            let (shared, count) = Self.sharedWords(own, postings: postings, idf: idf, among: freeSet.contains)
            for (n, x) in shared {
                let d = 2 * x / (weight + newWeight[n]!)
                dice[o, default: [:]][n] = d
                byNew[n, default: []].append((d, o))
            }
            evidence[o] = count
        }
        // Each old article's nearest leftover, the next one's Dice and the shared words outside the stock clauses.
        var nearest: [Int: (n: Int, dice: Double, second: Double, evidence: Int)] = [:]
        for o in olds {
            guard let row = dice[o] else { continue }
            let ranked = row.sorted { ($0.value, -$0.key) > ($1.value, -$1.key) }
            let n = ranked[0].key
            nearest[o] = (n, ranked[0].value, ranked.count > 1 ? ranked[1].value : 0, evidence[o]?[n] ?? 0)
        }
        /// Clear on the old article's side: the new one is its nearest with the floors and the lead.
        func clear(_ o: Int) -> Bool {
            guard let b = nearest[o] else { return false }
            return b.dice >= leftoverDice && b.dice >= leftoverLead * b.second && b.evidence >= leftoverEvidence
        }
        var result: [Pair] = []
        var columns: [Int: [(dice: Double, old: Int)]] = [:]
        for o in olds where pairable.contains(o) {
            guard let b = nearest[o] else { continue }
            let n = b.n
            if columns[n] == nil { columns[n] = byNew[n]!.sorted { ($0.dice, -$0.old) > ($1.dice, -$1.old) } }
            let column = columns[n]!
            // An unlinked old neighbour that goes clearly to the same new article is no rival: the two were merged.
            func partner(_ x: Int) -> Bool { adjacent(o, x) && nearest[x]?.n == n && clear(x) }
            let mutual = column[0].old == o || partner(column[0].old)
            let backSecond = column.first { $0.old != o && !partner($0.old) }?.dice ?? 0
            let inSlot = slot(o, n)
            let accepted = available.contains(n) && mutual && inSlot.holds && inSlot.count <= leftoverSlots && clear(o)
                && b.dice >= leftoverLead * backSecond
            if let labels = debugLabels {
                let line = String(format: "leftover\t%@\t%@\t%.3f\t%.3f\t%.3f\t%d\t%@\t%@\t%@\t%d\n", labels.old[o], labels.new[n], b.dice,
                                  b.second, backSecond, b.evidence, mutual ? "mutual" : "-", accepted ? "accepted" : "-",
                                  inSlot.holds ? "in" : "away", inSlot.count)
                FileHandle.standardError.write(line.data(using: .utf8)!)
            }
            if accepted { result.append(Pair(old: o, new: n)) }
        }
        /// Groups of neighbouring old articles each going clearly to one free new article (see above).
        func groupLinks() -> [Pair] {
            let linked = Set(result.map(\.old))
            var members: [Int: [Int]] = [:]
            for o in olds where pairable.contains(o) && !linked.contains(o) {
                guard let b = nearest[o], available.contains(b.n), b.dice >= leftoverDice, b.evidence >= leftoverEvidence,
                      b.dice >= leftoverGroupLead * b.second else { continue }
                members[b.n, default: []].append(o)
            }
            var found: [Pair] = []
            for n in members.keys.sorted() {
                // Runs of neighbours among the members (in the order of the old text).
                var runs: [[Int]] = []
                for o in members[n]!.sorted() {
                    if let last = runs.last?.last, together(last, o) { runs[runs.count - 1].append(o) } else { runs.append([o]) }
                }
                for run in runs where run.count > 1 {
                    let group = Set(run)
                    let lowest = run.map { nearest[$0]!.dice }.min()!
                    let other = byNew[n]!.filter { !group.contains($0.old) }.map(\.dice).max() ?? 0
                    let accepted = lowest >= leftoverLead * other
                    if let labels = debugLabels {
                        let line = String(format: "leftover group\t%@\t%@\t%.3f\t%.3f\t%@\n", labels.new[n],
                                          run.map { labels.old[$0] }.joined(separator: ","), lowest, other, accepted ? "accepted" : "-")
                        FileHandle.standardError.write(line.data(using: .utf8)!)
                    }
                    if accepted { found += run.map { Pair(old: $0, new: n) } }
                }
            }
            return found
        }
        if leftoverGroupPass { result += groupLinks() }
        return result
    }

    /// Lowest weighted Dice between an old part and a new part (paragraph or item) for the part pass. The
    /// part-pass values were set on the labelled revisions of ten laws (Benchmarks/diff-labels: the nearest
    /// new part of every part of every old article, printed by `ZHENGCE_DIFF_DEBUG=parts`): with them 444
    /// part pairs, none against the labels; a lead of 1.3 both ways lets in one wrong pair, 1.5 one way one.
    /// Checked on unseen revisions, a lead one way with two shared words also paired an item of two words
    /// (未满…最低工作年限) with another article's lead sentence, and two definitions of the same form (本法所称…公司，
    /// 是指…): hence the lead both ways and three words (the labelled pairs pass either way).
    var partDice = 0.18
    /// Each must be the other's clear nearest: the new part's Dice this many times that of the nearest part
    /// of any other new article, and the old part's this many times that of the nearest part of any other
    /// old article to the new part.
    var partLead = 1.5
    /// Run the part pass (`partLinks`) for the articles still unlinked at the end.
    var partPass = true
    /// Shared words outside the stock clauses a part pair needs.
    var partEvidence = 3

    /// The part pass: for each old article in `olds`, each part (paragraph, item; the whole when it has none)
    /// of `minimumPartWords` content words or more is compared with every part of every new article by
    /// content words weighted by their inverse frequency over the articles (renamed terms read under their
    /// new name: a word few articles use weighs much). A part links its article to the new article holding
    /// its nearest new part when the two are each other's clear nearest (of all parts of all old articles,
    /// that new part is closest to this one), their weighted Dice is ≥ `partDice` and `partLead` times that
    /// of the nearest part of any other new article and of the nearest part of any other old article to the
    /// new part, and they share `partEvidence` words outside the stock clauses; parts into several articles make a split. Work: the postings of each part's words that
    /// are in few articles, for the parts of unlinked articles and their nearest new parts only.
    func partLinks(_ olds: [Int], oldWhole: [String], oldParts: [Int: [String]], newTop: [Int], newParts: [Int: [String]],
                   oldTop: [Int], renames: [String: String], frequency: [String: Int], idf: (String) -> Double, stop: Int,
                   linked: Set<Int>, mergeOf: (Int, Int, Int) -> Bool = { _, _, _ in false },
                   debugLabels: (old: [String], new: [String])?) -> [Pair] {
        /// The parts of one version: article, index, words, weight, and the postings of their words.
        struct Side {
            var article: [Int] = [], index: [Int] = [], words: [Set<String>] = [], weight: [Double] = []
            var postings: [String: [Int]] = [:]
        }
        func side(_ articles: [Int], _ texts: (Int) -> [String], rename: Bool) -> Side {
            var out = Side()
            for a in articles {
                for (j, text) in texts(a).enumerated() {
                    let words = Set(self.words(text).map { rename ? renames[$0] ?? $0 : $0 }).filter { frequency[$0] != nil }
                    guard words.count >= 2 else { continue }
                    let id = out.article.count
                    out.article.append(a); out.index.append(j); out.words.append(words)
                    out.weight.append(words.reduce(0) { $0 + idf($1) })
                    for w in words where frequency[w]! <= stop { out.postings[w, default: []].append(id) }
                }
            }
            return out
        }
        func oldTexts(_ o: Int) -> [String] { (oldParts[o] ?? []).isEmpty ? [oldWhole[o]] : oldParts[o]! }
        let newSide = side(newTop, { newParts[$0] ?? [] }, rename: false), oldSide = side(oldTop, oldTexts, rename: true)
        /// The parts of `other` sharing words with `words` (weight `weight`), most similar first (weighted Dice),
        /// with the count of shared words outside the stock clauses.
        func ranked(_ words: Set<String>, _ weight: Double, in other: Side) -> [(dice: Double, id: Int, evidence: Int, share: Double)] {
            var shared: [Int: Double] = [:], evidence: [Int: Int] = [:]
            for w in words {
                guard let list = other.postings[w] else { continue }
                let x = idf(w), counts = Self.isEvidence(w)
                for id in list {
                    shared[id, default: 0] += x
                    if counts { evidence[id, default: 0] += 1 }
                }
            }
            return shared.map { (2 * $0.value / (weight + other.weight[$0.key]), $0.key, evidence[$0.key] ?? 0, $0.value / weight) }
                .sorted { ($0.dice, -$0.id) > ($1.dice, -$1.id) }
        }
        var result: [Pair] = []
        let wanted = Set(olds)
        for p in oldSide.article.indices where wanted.contains(oldSide.article[p]) {
            let o = oldSide.article[p], words = oldSide.words[p]
            guard words.count >= minimumPartWords else { continue }
            let scored = ranked(words, oldSide.weight[p], in: newSide)
            guard let top = scored.first else { continue }
            let second = scored.first { newSide.article[$0.id] != newSide.article[top.id] }?.dice ?? 0
            // Mutual: of all the old parts, this one is the nearest to that new part.
            // A part of an old neighbour that already went into the same new article is no rival: the two old
            // articles were merged into it (deleted articles between them set aside) — unless that part is far the
            // closer (over `partLead` times), when the new part is the neighbour's own.
            let n = newSide.article[top.id]
            let back = ranked(newSide.words[top.id], newSide.weight[top.id], in: oldSide)
                .filter { oldSide.article[$0.id] == o || !mergeOf(o, oldSide.article[$0.id], n) || $0.dice > partLead * top.dice }
            let mutual = back.first?.id == p
            let backSecond = back.first { oldSide.article[$0.id] != o }?.dice ?? 0
            let accepted = top.dice >= partDice && top.dice >= partLead * second && top.dice >= partLead * backSecond
                && top.evidence >= partEvidence && mutual
            if let labels = debugLabels {
                let line = String(format: "part\t%@\t%d\t%@\t%d\t%.3f\t%.3f\t%.3f\t%d\t%@\t%@\t%@\t%.3f\n", labels.old[o],
                                  oldSide.index[p] + 1, labels.new[newSide.article[top.id]], newSide.index[top.id] + 1, top.dice,
                                  top.share, second, top.evidence, linked.contains(o) ? "linked" : "unlinked",
                                  accepted ? "accepted" : "-", mutual ? "mutual" : "-", backSecond)
                FileHandle.standardError.write(line.data(using: .utf8)!)
            }
            if accepted, !result.contains(Pair(old: o, new: n)) { result.append(Pair(old: o, new: n)) }
        }
        return result
    }
}
