import Foundation
import ZhengceText

/// Aligns the units of two versions by content, label and title together.
///
/// 1. A sparse similarity matrix from shared character bigrams (an inverted index, so only
///    pairs sharing text are scored).
/// 2. The order-preserving backbone: the maximum-weight chain of pairs increasing on both sides
///    (weighted longest increasing subsequence with a Fenwick tree), where a pair weighs its
///    content similarity plus small bonuses for an equal label and an equal title. An insertion or
///    deletion therefore shifts the labels of everything after it without breaking the chain.
/// 3. Moves: strong pairs left out of the backbone, best first.
/// 4. Splits and merges: a leftover unit whose bigrams are mostly contained in a neighbour's
///    counterpart, when the parts joined match that counterpart better than one part alone.
public struct ProvisionAligner: Sendable {
    /// Lowest similarity for a backbone pair.
    public var backboneThreshold: Double = 0.45
    /// Lowest similarity for a backbone pair with the same label or title.
    public var labelledThreshold: Double = 0.3
    /// Lowest similarity for a pair outside the backbone (a move).
    public var moveThreshold: Double = 0.55
    /// Lowest share of a part's bigrams that its whole must contain (splits and merges).
    public var containmentThreshold: Double = 0.75
    /// Lowest share of what a unit adds to the parts of a split or merge (its bigrams the other parts
    /// lack) that the whole must contain: a unit whose own text went elsewhere and which shares with the
    /// whole only what its neighbour already brought (a law's name, the subject) is no part of it.
    public var ownContribution: Double = 0.3
    /// Candidates kept per unit (the most similar ones), bounding the work on repetitive texts.
    public var candidateLimit: Int = 12
    /// Match sentences beneath the units (splits into paragraphs of other units, merges, items).
    public var fragmentPass = true
    /// Within the fragment pass, link a linked unit to one more new unit that holds one of its sentences
    /// nearly whole (`FragmentMatcher.heldWhole`): a sentence carried into a longer one of another article.
    public var heldSentencePass = true
    /// Link articles still unlinked by their content words and place (rewritten provisions).
    public var rewrittenPass = true
    /// Within the rewritten pass, look for the parts of articles still unlinked in the parts of the new text.
    public var partPass = true
    /// Re-pair an article paired by place when a free new article holds it nearly whole (`repairContainment`
    /// of its bigrams, `repairLead` more than its partner holds, and no less similar).
    public var repairPass = true
    /// Lowest share of the old article's bigrams the free new article must hold for a re-pair.
    public var repairContainment = 0.9
    /// How much more of the old article the free new article must hold than its partner does.
    public var repairLead = 0.15
    /// Report a removed article that has a nearest new article by words above a low floor as `uncertain`, with that
    /// article (`RewrittenMatcher.nearestCandidates`): not a link, a hedge for the reader.
    public var nearestPass = true
    /// Run the leftover pass (`RewrittenMatcher.leftoverLinks`: mutual nearest among what is left, in place).
    public var leftoverPass = true
    /// Within the leftover pass, link neighbouring old articles that go clearly to one free new article away from their
    /// place (`RewrittenMatcher.leftoverGroupPass`: a run of articles merged into one article of another chapter).
    public var leftoverGroupPass = true
    /// Run the taken-part pass (`RewrittenMatcher.takenPartLinks`: an article still unlinked merged into a paragraph
    /// of a new article another old article already continues).
    public var takenPartPass = true
    /// Share of the old articles that must be linked by shared text before the rewritten pass runs
    /// (`sameTextFloor` when the two versions are known to be of one text).
    public var rewrittenFloor = 0.25
    /// The two versions are of one text (`DocumentDiffer` sets it when their titles are the same): a
    /// revision rewritten throughout may keep the text of few articles (上海市科学技术进步条例 2010 → 2024:
    /// 7 of 49), and the rewritten pass runs from `sameTextFloor` on.
    public var sameText = false
    /// Share of the old articles linked by shared text the rewritten pass needs between versions of one
    /// title: two unrelated texts under one generic title share no article and stay all added/removed.
    public var sameTextFloor = 0.1
    /// Cuts provisions into words for the rewritten pass (the bundled `Segmenter.shared` unless told).
    public var segmenter: Segmenter = .shared

    /// Makes an aligner with the default thresholds.
    public init() {}

    struct Candidate {
        var old: Int
        var new: Int
        var similarity: Double
        var oldInNew: Double
        var newInOld: Double
    }

    /// Aligns `old` and `new` (units in document order).
    /// - Complexity: about O(P log P) for P candidate pairs, plus the bigram postings.
    public func align(old: [DiffUnit], new: [DiffUnit]) -> Alignment {
        let oldKeys = old.map(\.key), newKeys = new.map(\.key)
        // Units are compared with everything beneath them (an article with its items), so an article
        // whose lead sentence was rewritten still finds the one that kept its items.
        let oldWhole = DiffUnit.wholeKeys(old), newWhole = DiffUnit.wholeKeys(new)
        let oldShingles = oldWhole.map(Shingles.init), newShingles = newWhole.map(Shingles.init)
        // Headings are aligned apart, by title and by the provisions they hold (alignHeadings).
        let candidates = scoreCandidates(oldKeys: oldWhole, newKeys: newWhole, oldShingles: oldShingles, newShingles: newShingles)
            .filter { !old[$0.old].isHeading && !new[$0.new].isHeading }
        let labelOld = old.map { ComparisonKey.make($0.label) }, labelNew = new.map { ComparisonKey.make($0.label) }
        let titleOld = old.map { ComparisonKey.make($0.title) }, titleNew = new.map { ComparisonKey.make($0.title) }
        func sameLabel(_ c: Candidate) -> Bool { labelOld[c.old] == labelNew[c.new] }
        func sameTitle(_ c: Candidate) -> Bool { !titleOld[c.old].isEmpty && titleOld[c.old] == titleNew[c.new] }

        // Backbone.
        let eligible = candidates.filter {
            $0.similarity >= backboneThreshold || ($0.similarity >= labelledThreshold && (sameLabel($0) || sameTitle($0)))
        }
        let weights = eligible.map { c in
            c.similarity + (sameLabel(c) ? 0.1 : 0) + (sameTitle(c) ? 0.1 : 0) + (c.similarity == 1 ? 0.2 : 0)
        }
        let chain = Self.heaviestChain(eligible.map { ($0.old, $0.new) }, weights: weights, newCount: new.count)
        var oldPartner = [Int?](repeating: nil, count: old.count), newPartner = [Int?](repeating: nil, count: new.count)
        var links: [Alignment.Link] = []
        var pairIndex: [Int: Int] = [:]  // old unit → index in links of its pair
        for k in chain {
            let c = eligible[k]
            oldPartner[c.old] = c.new; newPartner[c.new] = c.old
            pairIndex[c.old] = links.count
            links.append(.pair(old: c.old, new: c.new, inOrder: true))
        }

        // Moves.
        for c in candidates.sorted(by: { ($0.similarity, -$0.old, -$0.new) > ($1.similarity, -$1.old, -$1.new) })
        where c.similarity >= moveThreshold && oldPartner[c.old] == nil && newPartner[c.new] == nil {
            oldPartner[c.old] = c.new; newPartner[c.new] = c.old
            pairIndex[c.old] = links.count
            links.append(.pair(old: c.old, new: c.new, inOrder: false))
        }

        // Re-pairs: an article the backbone paired by its place, while a free new article holds it nearly
        // whole (危害食品安全刑事案件 解释 old 第十条 → new 第十二条, which shares its list of 包装材料、容器; the
        // article is new 第十五条's first paragraph word for word). `ZHENGCE_DIFF_DEBUG=repair` prints every
        // article closer to a free new article than to its partner, with the figures read here.
        if repairPass {
            let trace = ProcessInfo.processInfo.environment["ZHENGCE_DIFF_DEBUG"] == "repair"
            func isArticle(_ units: [DiffUnit], _ u: Int) -> Bool {
                !units[u].isHeading && units[u].label != DiffUnit.preambleLabel && (units[u].parent.map { units[$0].isHeading } ?? true)
            }
            var current: [Int: Candidate] = [:]   // old article → the candidate of its pair
            var closest: [Int: [(old: Int, similarity: Double)]] = [:]   // free new article → its two most similar old units
            for c in candidates {
                if oldPartner[c.old] == c.new { current[c.old] = c }
                if newPartner[c.new] == nil {
                    var list = closest[c.new] ?? []
                    list.append((c.old, c.similarity)); list.sort { ($0.similarity, -$0.old) > ($1.similarity, -$1.old) }
                    closest[c.new] = Array(list.prefix(2))
                }
            }
            let ordered = candidates.filter { newPartner[$0.new] == nil && isArticle(old, $0.old) && isArticle(new, $0.new) }
                .sorted { ($0.oldInNew, $0.similarity, -$0.old, -$0.new) > ($1.oldInNew, $1.similarity, -$1.old, -$1.new) }
            for c in ordered where newPartner[c.new] == nil {
                guard let now = current[c.old], oldPartner[c.old] == now.new, c.similarity > now.similarity || c.oldInNew > now.oldInNew
                else { continue }
                let rival = closest[c.new]?.first { $0.old != c.old }?.similarity ?? 0
                if trace {
                    let line = "repair\t\(old[c.old].label)\t\(new[now.new].label)\t\(new[c.new].label)\t"
                        + String(format: "dice %.2f → %.2f\tcontained %.2f → %.2f\trival %.2f\n", now.similarity, c.similarity, now.oldInNew, c.oldInNew, rival)
                    FileHandle.standardError.write(line.data(using: .utf8)!)
                }
                guard c.oldInNew >= repairContainment, c.oldInNew >= now.oldInNew + repairLead,
                      c.similarity >= now.similarity, rival < c.similarity, let at = pairIndex[c.old] else { continue }
                newPartner[now.new] = nil
                oldPartner[c.old] = c.new; newPartner[c.new] = c.old
                links[at] = .pair(old: c.old, new: c.new, inOrder: false)
                current[c.old] = c
            }
        }

        // Splits and merges.
        var byNew: [Int: [Candidate]] = [:], byOld: [Int: [Candidate]] = [:]
        for c in candidates { byNew[c.new, default: []].append(c); byOld[c.old, default: []].append(c) }
        var splitParts: [Int: [Int]] = [:]   // old → new parts
        var mergeParts: [Int: [Int]] = [:]   // new → old parts
        for n in new.indices where newPartner[n] == nil {
            for c in (byNew[n] ?? []).sorted(by: { $0.newInOld > $1.newInOld }) where c.newInOld >= containmentThreshold {
                let o = c.old
                if let partner = oldPartner[o], mergeParts[partner] == nil {
                    let parts = (splitParts[o] ?? [partner])
                    guard let first = parts.min(), let last = parts.max(), n == first - 1 || n == last + 1 else { continue }
                    let joined = parts.reduce(newShingles[n]) { $0.union(newShingles[$1]) }
                    let before = parts.reduce(Shingles(codes: [])) { $0.union(newShingles[$1]) }
                    guard oldShingles[o].dice(joined) > oldShingles[o].dice(before),
                          newShingles[n].subtracting(before).containment(in: oldShingles[o]) >= ownContribution else { continue }
                    splitParts[o] = (parts + [n]).sorted()
                    newPartner[n] = o
                    break
                } else if oldPartner[o] == nil {
                    // Both parts unmatched so far: look for a neighbour that is also part of o.
                    for m in [n + 1, n - 1] where m >= 0 && m < new.count && newPartner[m] == nil {
                        guard newShingles[m].containment(in: oldShingles[o]) >= containmentThreshold else { continue }
                        let joined = newShingles[n].union(newShingles[m])
                        guard oldShingles[o].dice(joined) >= backboneThreshold else { continue }
                        splitParts[o] = [min(n, m), max(n, m)]
                        oldPartner[o] = min(n, m); newPartner[n] = o; newPartner[m] = o
                        break
                    }
                    if newPartner[n] != nil { break }
                }
            }
        }
        for o in old.indices where oldPartner[o] == nil {
            for c in (byOld[o] ?? []).sorted(by: { $0.oldInNew > $1.oldInNew }) where c.oldInNew >= containmentThreshold {
                let n = c.new
                if let partner = newPartner[n], splitParts[partner] == nil {
                    let parts = (mergeParts[n] ?? [partner])
                    guard let first = parts.min(), let last = parts.max(), o == first - 1 || o == last + 1 else { continue }
                    let joined = parts.reduce(oldShingles[o]) { $0.union(oldShingles[$1]) }
                    let before = parts.reduce(Shingles(codes: [])) { $0.union(oldShingles[$1]) }
                    guard newShingles[n].dice(joined) > newShingles[n].dice(before),
                          oldShingles[o].subtracting(before).containment(in: newShingles[n]) >= ownContribution else { continue }
                    mergeParts[n] = (parts + [o]).sorted()
                    oldPartner[o] = n
                    break
                } else if newPartner[n] == nil {
                    for m in [o + 1, o - 1] where m >= 0 && m < old.count && oldPartner[m] == nil {
                        guard oldShingles[m].containment(in: newShingles[n]) >= containmentThreshold else { continue }
                        let joined = oldShingles[o].union(oldShingles[m])
                        guard newShingles[n].dice(joined) >= backboneThreshold else { continue }
                        mergeParts[n] = [min(o, m), max(o, m)]
                        newPartner[n] = min(o, m); oldPartner[o] = n; oldPartner[m] = n
                        break
                    }
                    if oldPartner[o] != nil { break }
                }
            }
        }
        // Replace pairs absorbed into splits and merges.
        var absorbedOld = Set<Int>(), absorbedNew = Set<Int>()
        for (o, parts) in splitParts { absorbedOld.insert(o); links.append(.split(old: o, new: parts)) }
        for (n, parts) in mergeParts { absorbedNew.insert(n); links.append(.merge(old: parts, new: n)) }
        links.removeAll { link in
            if case .pair(let o, let n, _) = link { return absorbedOld.contains(o) || absorbedNew.contains(n) }
            return false
        }
        let beneath = beneathUnits(links, old: old, new: new, oldKeys: oldKeys, newKeys: newKeys)
        links = beneath.links
        links += alignHeadings(links, old: old, new: new)
        links.sort { Self.order($0) < Self.order($1) }
        var linkedOld = Set<Int>(), linkedNew = Set<Int>()
        for (o, n) in Alignment(links: links, removed: [], added: []).pairs { linkedOld.insert(o); linkedNew.insert(n) }
        let removed = old.indices.filter { !linkedOld.contains($0) }
        let added = new.indices.filter { !linkedNew.contains($0) }
        var nearest: [Int: Alignment.Nearest] = [:]
        if nearestPass {
            for o in removed { if let c = beneath.nearest[o] { nearest[o] = Alignment.Nearest(new: c.new, share: c.share, dice: c.dice) } }
        }
        return Alignment(links: links, removed: removed, added: added, nearest: nearest)
    }

    /// Pairs of headings (编, 章, 节): by title (Dice of the keys) plus the share of the provisions
    /// beneath the old heading whose counterparts lie beneath the new one, a small bonus for the same
    /// level; best first, each heading once, when the title or the provisions mostly agree.
    func alignHeadings(_ links: [Alignment.Link], old: [DiffUnit], new: [DiffUnit]) -> [Alignment.Link] {
        let oldHeadings = old.indices.filter { old[$0].isHeading }, newHeadings = new.indices.filter { new[$0].isHeading }
        guard !oldHeadings.isEmpty && !newHeadings.isEmpty else { return [] }
        func ancestors(_ units: [DiffUnit]) -> [[Int]] {
            units.indices.map { u in
                var out: [Int] = [], p = units[u].parent
                while let q = p { if units[q].isHeading { out.append(q) }; p = units[q].parent }
                return out
            }
        }
        let oldAncestors = ancestors(old), newAncestors = ancestors(new)
        var held: [Int: Int] = [:], heldNew: [Int: Int] = [:], votes: [FragmentMatcher.Pair: Int] = [:]
        for u in old.indices where !old[u].isHeading { for h in oldAncestors[u] { held[h, default: 0] += 1 } }
        for u in new.indices where !new[u].isHeading { for h in newAncestors[u] { heldNew[h, default: 0] += 1 } }
        for (o, n) in Alignment(links: links, removed: [], added: []).pairs where !old[o].isHeading && !new[n].isHeading {
            for ho in oldAncestors[o] { for hn in newAncestors[n] { votes[.init(old: ho, new: hn), default: 0] += 1 } }
        }
        func level(_ u: DiffUnit) -> Character? { u.label.last }
        var scored: [(score: Double, old: Int, new: Int)] = []
        for ho in oldHeadings {
            let a = Shingles(old[ho].key)
            for hn in newHeadings {
                let title = old[ho].key == new[hn].key ? 1 : a.dice(Shingles(new[hn].key))
                let share = Double(votes[.init(old: ho, new: hn)] ?? 0) / Double(max(held[ho] ?? 0, heldNew[hn] ?? 0, 1))
                guard title >= 0.5 || share >= 0.5 else { continue }
                scored.append((title + share + (level(old[ho]) == level(new[hn]) ? 0.1 : 0), ho, hn))
            }
        }
        scored.sort { ($0.score, -$0.old, -$0.new) > ($1.score, -$1.old, -$1.new) }
        var usedOld = Set<Int>(), usedNew = Set<Int>(), result: [Alignment.Link] = []
        for c in scored where !usedOld.contains(c.old) && !usedNew.contains(c.new) {
            usedOld.insert(c.old); usedNew.insert(c.new)
            result.append(.pair(old: c.old, new: c.new, inOrder: true))
        }
        return result
    }

    /// Adds the links the fragment pass finds beneath the units and regroups all links: an old unit
    /// linked to several new ones is a split, several old units linked only to one new unit a merge.
    func beneathUnits(_ links: [Alignment.Link], old: [DiffUnit], new: [DiffUnit], oldKeys: [String], newKeys: [String])
        -> (links: [Alignment.Link], nearest: [Int: RewrittenMatcher.Nearest]) {
        guard fragmentPass else { return (links, [:]) }
        var edges = Set<FragmentMatcher.Pair>()
        var backbone: [Int: Int] = [:]   // old → new of the order-preserving pairs
        for link in links {
            if case .pair(let o, let n, true) = link { backbone[o] = n }
        }
        for (o, n) in Alignment(links: links, removed: [], added: []).pairs { edges.insert(.init(old: o, new: n)) }
        var oldPartners = [[Int]](repeating: [], count: old.count), newPartners = [[Int]](repeating: [], count: new.count)
        for e in edges { oldPartners[e.old].append(e.new); newPartners[e.new].append(e.old) }
        var fragments = FragmentMatcher()
        fragments.heldPass = heldSentencePass
        let extra = fragments.extraLinks(oldKeys: oldKeys, newKeys: newKeys, oldPartners: oldPartners, newPartners: newPartners,
                                                 skipOld: old.map(\.isHeading), skipNew: new.map(\.isHeading))
        for e in extra { edges.insert(.init(old: e.old, new: e.new)) }
        let found = rewrittenLinks(old: old, new: new, edges: edges)
        let rewritten = found.links
        guard !extra.isEmpty || !rewritten.isEmpty else { return (links, found.nearest) }
        edges.formUnion(rewritten)
        var original: [FragmentMatcher.Pair: Bool] = [:]   // pair → in order
        for link in links { if case .pair(let o, let n, let inOrder) = link { original[.init(old: o, new: n)] = inOrder } }
        var newsOf: [Int: [Int]] = [:], oldsOf: [Int: [Int]] = [:]
        for e in edges { newsOf[e.old, default: []].append(e.new); oldsOf[e.new, default: []].append(e.old) }
        /// A new pair is in order when it falls between the backbone pairs around it.
        let backboneOlds = backbone.keys.sorted()
        func inOrder(_ o: Int, _ n: Int) -> Bool {
            var lo = 0, hi = backboneOlds.count
            while lo < hi { let mid = (lo + hi) / 2; if backboneOlds[mid] < o { lo = mid + 1 } else { hi = mid } }
            let before = lo > 0 ? backbone[backboneOlds[lo - 1]] : nil
            let after = lo < backboneOlds.count ? backbone[backboneOlds[lo]] : nil
            return (before.map { $0 < n } ?? true) && (after.map { n < $0 } ?? true)
        }
        var result: [Alignment.Link] = []
        for o in newsOf.keys.sorted() where newsOf[o]!.count > 1 {
            result.append(.split(old: o, new: newsOf[o]!.sorted()))
        }
        for n in oldsOf.keys.sorted() {
            let single = oldsOf[n]!.filter { newsOf[$0]!.count == 1 }.sorted()
            if single.count > 1 {
                result.append(.merge(old: single, new: n))
            } else if let o = single.first {
                let e = FragmentMatcher.Pair(old: o, new: n)
                result.append(.pair(old: o, new: n, inOrder: original[e] ?? inOrder(o, n)))
            }
        }
        return (result, found.nearest)
    }

    /// Links for top-level old provisions (articles) still unlinked, by their content words
    /// (`RewrittenMatcher`): a provision rewritten in other words is not reported removed.
    func rewrittenLinks(old: [DiffUnit], new: [DiffUnit], edges: Set<FragmentMatcher.Pair>) -> RewrittenMatcher.Found {
        let none = RewrittenMatcher.Found(links: [], nearest: [:])
        guard rewrittenPass else { return none }
        func top(_ units: [DiffUnit]) -> [Int] {
            units.indices.filter { u in
                !units[u].isHeading && units[u].label != DiffUnit.preambleLabel
                    && (units[u].parent.map { units[$0].isHeading } ?? true)
            }
        }
        let oldTop = top(old), newTop = top(new)
        let linked = Set(edges.map(\.old))
        let candidates = oldTop.filter { !linked.contains($0) }
        // Only between versions of one text: when most articles found no counterpart by shared text, the
        // documents are different ones and common words would pair unrelated articles.
        guard Double(oldTop.count - candidates.count) >= (sameText ? sameTextFloor : rewrittenFloor) * Double(oldTop.count)
        else { return none }
        // The parts of each article: the paragraphs of its own text, then its items with what is beneath them.
        let oldWhole = DiffUnit.wholeKeys(old), newWhole = DiffUnit.wholeKeys(new)
        func partsOf(_ units: [DiffUnit], _ whole: [String]) -> (Int) -> [String] {
            var children: [Int: [Int]] = [:]
            for u in units.indices { if let p = units[u].parent { children[p, default: []].append(u) } }
            return { u in
                units[u].content.split(separator: "\n").map { ComparisonKey.make(String($0)) }.filter { !$0.isEmpty }
                    + (children[u] ?? []).map { whole[$0] }
            }
        }
        let parts = partsOf(old, oldWhole), newPartsOf = partsOf(new, newWhole)
        var candidateParts: [Int: [String]] = [:], carried: [Int: [String]] = [:], newParts: [Int: [String]] = [:]
        for o in oldTop { candidateParts[o] = parts(o) }
        for n in newTop { newParts[n] = newPartsOf(n) }
        var partnersOf: [Int: [Int]] = [:]
        for e in edges { partnersOf[e.old, default: []].append(e.new) }
        for o in oldTop where linked.contains(o) {
            let list = parts(o)
            // Parts kept word for word in a counterpart were not carried anywhere.
            let moved = list.filter { part in !(partnersOf[o] ?? []).contains { newWhole[$0].contains(part) } }
            if list.count > 1 && !moved.isEmpty { carried[o] = moved }
        }
        guard !candidates.isEmpty || !carried.isEmpty else { return none }
        let debug = ProcessInfo.processInfo.environment["ZHENGCE_DIFF_DEBUG"] != nil
        var matcher = RewrittenMatcher()
        matcher.segmenter = segmenter
        matcher.partPass = partPass
        matcher.leftoverPass = leftoverPass
        matcher.leftoverGroupPass = leftoverGroupPass
        matcher.takenPartPass = takenPartPass
        return matcher.links(oldWhole: oldWhole, newWhole: newWhole, candidates: candidates,
                                        oldTop: oldTop, newTop: newTop, edges: edges, oldParts: candidateParts, carriedParts: carried,
                                        newParts: newParts,
                                        debugLabels: debug ? (old.map(\.label), new.map(\.label)) : nil)
    }

    private static func order(_ link: Alignment.Link) -> (Int, Int) {
        switch link {
        case .pair(let o, let n, _): return (n, o)
        case .split(let o, let ns): return (ns.first ?? 0, o)
        case .merge(let os, let n): return (n, os.first ?? 0)
        }
    }

    /// Scores every pair that shares at least one bigram; keeps those similar enough or where one
    /// side mostly contains the other. Identical keys are scored once: a group of units with the same
    /// text pairs each of its units only with the few units of the other group nearest in relative
    /// position, so thousands of identical provisions stay linear in time and memory.
    func scoreCandidates(oldKeys: [String], newKeys: [String], oldShingles: [Shingles], newShingles: [Shingles]) -> [Candidate] {
        func groups(_ keys: [String]) -> [[Int]] {
            var index: [String: Int] = [:], out: [[Int]] = []
            for (u, key) in keys.enumerated() {
                if let g = index[key] { out[g].append(u) } else { index[key] = out.count; out.append([u]) }
            }
            return out
        }
        let oldGroups = groups(oldKeys), newGroups = groups(newKeys)
        var postings: [UInt32: [Int32]] = [:]
        for (g, members) in oldGroups.enumerated() { for code in oldShingles[members[0]].codes { postings[code, default: []].append(Int32(g)) } }
        var emptyOld: Int?
        for (g, members) in oldGroups.enumerated() where oldShingles[members[0]].count == 0 { emptyOld = g }
        var counts = [Int32](repeating: 0, count: oldGroups.count)
        var touched: [Int] = []
        var result: [Candidate] = []
        let oldCount = Double(max(oldKeys.count, 1)), newCount = Double(max(newKeys.count, 1))
        /// Pairs the units of two groups: each unit of the larger group with the `fanout` units of the
        /// other nearest in relative position (every pair when both groups are small).
        func expand(_ go: Int, _ gn: Int, _ similarity: Double, _ oldInNew: Double, _ newInOld: Double) {
            let olds = oldGroups[go], news = newGroups[gn]
            if olds.count * news.count <= 16 {
                for o in olds { for n in news { result.append(Candidate(old: o, new: n, similarity: similarity, oldInNew: oldInNew, newInOld: newInOld)) } }
                return
            }
            let fanout = 2
            func nearest(_ position: Double, in list: [Int], count: Double) -> ArraySlice<Int> {
                var lo = 0, hi = list.count
                while lo < hi { let mid = (lo + hi) / 2; if Double(list[mid]) / count < position { lo = mid + 1 } else { hi = mid } }
                return list[max(0, lo - fanout)..<min(list.count, lo + fanout)]
            }
            var seen = Set<Int>()
            for n in news {
                for o in nearest(Double(n) / newCount, in: olds, count: oldCount) where seen.insert(o &* 1_000_003 &+ n).inserted {
                    result.append(Candidate(old: o, new: n, similarity: similarity, oldInNew: oldInNew, newInOld: newInOld))
                }
            }
            for o in olds {
                for n in nearest(Double(o) / oldCount, in: news, count: newCount) where seen.insert(o &* 1_000_003 &+ n).inserted {
                    result.append(Candidate(old: o, new: n, similarity: similarity, oldInNew: oldInNew, newInOld: newInOld))
                }
            }
        }
        for (gn, members) in newGroups.enumerated() {
            let s = newShingles[members[0]]
            touched.removeAll(keepingCapacity: true)
            for code in s.codes {
                guard let list = postings[code] else { continue }
                for g in list {
                    if counts[Int(g)] == 0 { touched.append(Int(g)) }
                    counts[Int(g)] += 1
                }
            }
            for go in touched {
                let shared = Double(counts[go])
                counts[go] = 0
                let a = Double(oldShingles[oldGroups[go][0]].count), b = Double(s.count)
                let exactMatch = oldKeys[oldGroups[go][0]] == newKeys[members[0]]
                let dice = exactMatch ? 1 : min(2 * shared / (a + b), 0.999)
                let oldInNew = shared / a, newInOld = shared / b
                if dice >= 0.2 || (min(a, b) >= 4 && max(oldInNew, newInOld) >= 0.6) {
                    expand(go, gn, dice, oldInNew, newInOld)
                }
            }
            // Empty keys only match empty keys.
            if s.count == 0, let go = emptyOld { expand(go, gn, 1, 1, 1) }
        }
        return Self.keepStrongest(result, oldCount: oldKeys.count, newCount: newKeys.count, limit: candidateLimit)
    }

    /// Keeps a pair when it is among the `limit` most similar for its old or for its new unit, or
    /// among the few that contain the most of either side (the same rule both ways, so swapping the
    /// versions keeps the same pairs). Ties go to the pair closer in relative position.
    static func keepStrongest(_ all: [Candidate], oldCount: Int, newCount: Int, limit: Int) -> [Candidate] {
        guard all.count > limit * max(oldCount, newCount, 1) / 2 else { return all }
        func distance(_ c: Candidate) -> Double {
            abs(Double(c.old) / Double(max(oldCount, 1)) - Double(c.new) / Double(max(newCount, 1)))
        }
        let similarity = all.map(\.similarity), containment = all.map { max($0.oldInNew, $0.newInOld) }
        let closeness = all.map { -distance($0) }
        var keep = [Bool](repeating: false, count: all.count)
        var byOld = [[Int]](repeating: [], count: oldCount), byNew = [[Int]](repeating: [], count: newCount)
        for (k, c) in all.enumerated() { byOld[c.old].append(k); byNew[c.new].append(k) }
        /// Marks the `count` best of `group` by (primary, closeness), keeping a small sorted buffer.
        func markBest(_ group: [Int], _ primary: [Double], _ count: Int) {
            var best: [Int] = []
            best.reserveCapacity(count + 1)
            for k in group {
                let score = (primary[k], closeness[k])
                if best.count == count, let last = best.last, (primary[last], closeness[last]) >= score { continue }
                var at = best.count
                while at > 0 && (primary[best[at - 1]], closeness[best[at - 1]]) < score { at -= 1 }
                best.insert(k, at: at)
                if best.count > count { best.removeLast() }
            }
            for k in best { keep[k] = true }
        }
        for group in byOld + byNew where !group.isEmpty {
            markBest(group, similarity, limit)
            markBest(group, containment, 4)
        }
        return all.indices.filter { keep[$0] }.map { all[$0] }
    }

    /// Indices of the maximum-weight chain of pairs strictly increasing in both coordinates.
    static func heaviestChain(_ pairs: [(Int, Int)], weights: [Double], newCount: Int) -> [Int] {
        let order = pairs.indices.sorted { pairs[$0] < pairs[$1] }
        var tree = [(Double, Int)](repeating: (0, -1), count: newCount + 1)
        func query(_ j: Int) -> (Double, Int) {  // best over new indices < j
            var i = j, best: (Double, Int) = (0, -1)
            while i > 0 { if tree[i].0 > best.0 { best = tree[i] }; i -= i & -i }
            return best
        }
        func update(_ j: Int, _ value: (Double, Int)) {
            var i = j + 1
            while i <= newCount { if value.0 > tree[i].0 { tree[i] = value }; i += i & -i }
        }
        var score = [Double](repeating: 0, count: pairs.count), back = [Int](repeating: -1, count: pairs.count)
        var start = 0
        while start < order.count {
            var end = start
            while end < order.count && pairs[order[end]].0 == pairs[order[start]].0 { end += 1 }
            for k in order[start..<end] {
                let (value, from) = query(pairs[k].1)
                score[k] = value + weights[k]; back[k] = from
            }
            for k in order[start..<end] { update(pairs[k].1, (score[k], k)) }
            start = end
        }
        guard var k = score.indices.max(by: { (score[$0], -$0) < (score[$1], -$1) }) else { return [] }
        var chain: [Int] = []
        while k >= 0 { chain.append(k); k = back[k] }
        return chain.reversed()
    }
}
