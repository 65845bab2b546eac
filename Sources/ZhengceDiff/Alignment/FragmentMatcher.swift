import Foundation

/// The pass beneath the provision: sentences of units left without a counterpart (or carried out
/// of their counterpart) are matched against sentences of every unit on the other side, so an
/// article dissolved into two new ones, into a paragraph of another, or into list items is linked
/// to them instead of being reported removed.
///
/// Fragments are the sentences of a unit's comparison key (cut after 。！？, and after ； once a
/// sentence is long). Two fragments are compared by their character bigrams weighted by rarity
/// (inverse fragment frequency over both versions), so words every article repeats count little.
/// Candidates come from an inverted index of bigrams; identical fragments are scored once; each
/// fragment keeps its best few candidates, so the work stays near-linear on repetitive texts.
struct FragmentMatcher {
    /// Lowest weighted Dice for a fragment of an unmatched unit to count as surviving.
    var floor = 0.5
    /// Lowest weighted Dice for a sentence carried out of a matched unit into another one.
    var strong = 0.62
    /// Lowest share of a fragment's weight the other fragment must contain (with `containedDice`).
    var contained = 0.8
    /// Lowest weighted Dice when one fragment is mostly contained in the other.
    var containedDice = 0.35
    /// Fragments lighter than this (a few common characters) never link units.
    var minimumWeight = 18.0
    /// Lowest weighted share of an unmatched unit found in one unit of the other version.
    var wholeContainment = 0.6
    /// Lowest weighted share when the unit stands next to one already linked to the same target.
    var neighbourContainment = 0.4
    /// A sentence carried out of a linked old unit that matches no sentence on the other side may still
    /// stand nearly whole inside one other new unit (a short sentence taken into a longer one: 科学技术普及法
    /// 2002 → 2024 old 第二十条's 国家加强农村的科普工作 opens a sentence of new 第五条, the rest of the article
    /// going to new 第二十六条): that unit must hold this weighted share of its bigrams…
    var heldWhole = 0.75
    /// …this much more than any other unit of the new version and than the old unit's own counterparts, and
    /// no other old unit may hold the sentence within this margin of it either (a sentence shared by two old
    /// units, or a clause every article repeats, says nothing about one of them). Old units already linked
    /// only: tried on unlinked ones too, it linked nothing new on 88 lawrefbook revisions and took a new
    /// article from the rewritten pass's merge of neighbours (BENCHMARKS.md, tenth round).
    var heldLead = 0.2
    /// Run the held-whole rule (`heldWhole`, `heldLead`).
    var heldPass = true
    /// Best candidates kept per fragment.
    var candidateLimit = 6
    /// Bigrams in more fragments than this do not propose candidates (they still weigh in scores).
    var stopFrequency = 64

    struct Fragment {
        var unit: Int
        var codes: [UInt32]
        var weight: Double
    }

    /// The sentences of `key` (a comparison key), each at least a few characters long.
    static func sentences(_ key: String) -> [String] {
        var out: [String] = []
        var current = ""
        for ch in key {
            current.append(ch)
            if ch == "。" || ch == "！" || ch == "？" || (ch == "；" && current.count >= 40) {
                out.append(current); current = ""
            }
        }
        if !current.isEmpty { out.append(current) }
        // A tail too short to stand alone joins the sentence before it.
        var merged: [String] = []
        for s in out {
            if s.count < 6, !merged.isEmpty { merged[merged.count - 1] += s } else { merged.append(s) }
        }
        return merged
    }

    /// Extra (old unit, new unit) links found beneath the units: `oldPartners[o]` are the new units
    /// old unit `o` is already linked to, `newPartners[n]` the old units linked to `n`; units whose
    /// flag in `skipOld`/`skipNew` is set (headings) take no part.
    func extraLinks(oldKeys: [String], newKeys: [String], oldPartners: [[Int]], newPartners: [[Int]],
                    skipOld: [Bool], skipNew: [Bool]) -> [(old: Int, new: Int)] {
        // Fragments, identical ones shared.
        var ids: [String: Int] = [:]
        var texts: [String] = []
        func fragments(_ keys: [String], _ skip: [Bool]) -> [[Int]] {
            keys.indices.map { u in
                guard !skip[u] else { return [] }
                return Self.sentences(keys[u]).map { s in
                    if let id = ids[s] { return id }
                    ids[s] = texts.count; texts.append(s); return texts.count - 1
                }
            }
        }
        let oldFragments = fragments(oldKeys, skipOld), newFragments = fragments(newKeys, skipNew)
        let codes = texts.map { Shingles($0).codes }
        // Inverse fragment frequency over distinct fragments.
        var frequency: [UInt32: Int] = [:]
        for c in codes { for code in c { frequency[code, default: 0] += 1 } }
        let total = Double(max(codes.count, 1))
        func weight(_ code: UInt32) -> Double { log(1 + total / Double(frequency[code] ?? 1)) }
        let weights = codes.map { $0.reduce(0) { $0 + weight($1) } }

        func weightedShared(_ a: Int, _ b: Int) -> Double {
            var i = 0, j = 0, sum = 0.0
            let x = codes[a], y = codes[b]
            while i < x.count && j < y.count {
                if x[i] == y[j] { sum += weight(x[i]); i += 1; j += 1 } else if x[i] < y[j] { i += 1 } else { j += 1 }
            }
            return sum
        }
        /// Weighted Dice and the shares of each fragment the other contains.
        func score(_ a: Int, _ b: Int) -> (dice: Double, aInB: Double, bInA: Double) {
            if a == b { return (1, 1, 1) }
            let shared = weightedShared(a, b)
            let wa = max(weights[a], 1e-9), wb = max(weights[b], 1e-9)
            return (2 * shared / (wa + wb), shared / wa, shared / wb)
        }
        func matches(_ s: (dice: Double, aInB: Double, bInA: Double), _ threshold: Double) -> Bool {
            s.dice >= threshold || (s.dice >= containedDice && max(s.aInB, s.bInA) >= contained)
        }

        // Where each distinct fragment occurs, per side.
        var unitsOfOld: [Int: [Int]] = [:], unitsOfNew: [Int: [Int]] = [:]
        for (u, list) in oldFragments.enumerated() { for f in Set(list) { unitsOfOld[f, default: []].append(u) } }
        for (u, list) in newFragments.enumerated() { for f in Set(list) { unitsOfNew[f, default: []].append(u) } }

        /// The best few fragments of `targets` for fragment `f`, by weighted shared bigrams.
        func candidates(_ f: Int, in postings: [UInt32: [Int]]) -> [Int] {
            var accumulated: [Int: Double] = [:]
            for code in codes[f] {
                guard let list = postings[code], list.count <= stopFrequency else { continue }
                let w = weight(code)
                for g in list { accumulated[g, default: 0] += w }
            }
            return accumulated.sorted { ($0.value, -$0.key) > ($1.value, -$1.key) }.prefix(candidateLimit).map(\.key)
        }
        func postings(_ units: [Int: [Int]]) -> [UInt32: [Int]] {
            var p: [UInt32: [Int]] = [:]
            for f in units.keys.sorted() { for code in codes[f] { p[code, default: []].append(f) } }
            return p
        }
        let newPostings = postings(unitsOfNew), oldPostings = postings(unitsOfOld)

        var links = Set<Pair>()
        /// Links unit `u` (on the side given by `fromOld`) through its fragments.
        func visit(_ u: Int, fromOld: Bool) {
            let own = fromOld ? oldFragments[u] : newFragments[u]
            let partners = fromOld ? oldPartners[u] : newPartners[u]
            let otherFragments = fromOld ? newFragments : oldFragments
            let partnerFragments = Set(partners.flatMap { otherFragments[$0] })
            let unitsOfOther = fromOld ? unitsOfNew : unitsOfOld
            let unitsOfOwn = fromOld ? unitsOfOld : unitsOfNew
            var found: [Int: Double] = [:]   // other unit → weight of own fragments surviving there
            var ownWeight = 0.0
            for f in Set(own) where weights[f] >= minimumWeight {
                ownWeight += weights[f]
                // A sentence repeated in several units of its own version says nothing about one of them.
                guard (unitsOfOwn[f]?.count ?? 0) == 1 else { continue }
                // Still in a counterpart: nothing to do.
                if partnerFragments.contains(where: { matches(score(f, $0), floor) }) { continue }
                // Nearly the same sentence in another unit of its own version (a stock clause): ambiguous.
                if candidates(f, in: fromOld ? oldPostings : newPostings).contains(where: { g in
                    g != f && (unitsOfOwn[g] ?? []) != [u] && matches(score(f, g), floor)
                }) { continue }
                let threshold = partners.isEmpty ? floor : strong
                var best: (unit: Int, dice: Double)?
                var holdersSeen = Set<Int>()
                for g in candidates(f, in: fromOld ? newPostings : oldPostings) {
                    let s = score(f, g)
                    guard matches(s, threshold), let holders = unitsOfOther[g], holders.count == 1 else { continue }
                    holdersSeen.insert(holders[0])
                    if best == nil || s.dice > best!.dice { best = (holders[0], s.dice) }
                }
                if let best, holdersSeen.count == 1 { found[best.unit, default: 0] += weights[f] }
                else if best == nil && fromOld && heldPass && !partners.isEmpty, let unit = heldBy(f, of: u, partners: partners) {
                    found[unit, default: 0] += weights[f]
                }
            }
            for (other, w) in found where partners.isEmpty ? w >= 0.25 * ownWeight || w >= 60 : true {
                links.insert(fromOld ? Pair(old: u, new: other) : Pair(old: other, new: u))
            }
            // An unmatched unit none of whose sentences survives alone may still be spread over one
            // unit of the other version: its distinctive words and most of its text found there.
            if partners.isEmpty && found.isEmpty { containedWhole(u, fromOld: fromOld) }
        }

        // Bigram sets of whole units and how many units hold each bigram (both versions).
        func unitCodes(_ fragments: [[Int]]) -> [[UInt32]] {
            fragments.map { Array(Set($0.flatMap { codes[$0] })).sorted() }
        }
        let oldUnitCodes = unitCodes(oldFragments), newUnitCodes = unitCodes(newFragments)
        var unitFrequency: [UInt32: Int] = [:]
        for list in [oldUnitCodes, newUnitCodes] { for c in list { for code in c { unitFrequency[code, default: 0] += 1 } } }
        /// Weighted share of `a` found in `b`, and the share of `a`'s distinctive bigrams (held by at
        /// most two units) found in `b` with their number.
        func containment(_ a: [UInt32], in b: [UInt32]) -> (all: Double, distinctive: Double, count: Int) {
            var i = 0, j = 0, shared = 0.0, total = 0.0, distinct = 0, distinctShared = 0
            while i < a.count {
                let w = weight(a[i]), isDistinct = unitFrequency[a[i], default: 0] <= 2
                total += w; if isDistinct { distinct += 1 }
                while j < b.count && b[j] < a[i] { j += 1 }
                if j < b.count && b[j] == a[i] { shared += w; if isDistinct { distinctShared += 1 } }
                i += 1
            }
            return (total > 0 ? shared / total : 0, distinct > 0 ? Double(distinctShared) / Double(distinct) : 0, distinct)
        }
        /// The new unit that holds old sentence `f` of old unit `u` nearly whole (`heldWhole`), leading every
        /// other new unit, the counterparts `partners` and every other old unit by `heldLead`; nil when none.
        /// Units are those of the sentences nearest to `f` by shared rare bigrams (a few per sentence).
        func heldBy(_ f: Int, of u: Int, partners: [Int]) -> Int? {
            let sentence = codes[f]
            var news = Set<Int>(), olds = Set<Int>()
            for g in candidates(f, in: newPostings) { news.formUnion(unitsOfNew[g] ?? []) }
            for g in candidates(f, in: oldPostings) { olds.formUnion(unitsOfOld[g] ?? []) }
            news.formUnion(partners); olds.remove(u)
            let held = news.filter { !skipNew[$0] }.map { ($0, containment(sentence, in: newUnitCodes[$0]).all) }
                .sorted { ($0.1, -$0.0) > ($1.1, -$1.0) }
            guard let best = held.first, best.1 >= heldWhole, !partners.contains(best.0) else { return nil }
            let second = held.count > 1 ? held[1].1 : 0
            let elsewhere = olds.filter { !skipOld[$0] }.map { containment(sentence, in: oldUnitCodes[$0]).all }.max() ?? 0
            guard best.1 - second >= heldLead, best.1 - elsewhere >= heldLead else { return nil }
            return best.0
        }
        func containedWhole(_ u: Int, fromOld: Bool) {
            let own = fromOld ? oldUnitCodes[u] : newUnitCodes[u]
            let otherCodes = fromOld ? newUnitCodes : oldUnitCodes
            let skipOther = fromOld ? skipNew : skipOld
            let unitsOfOther = fromOld ? unitsOfNew : unitsOfOld
            var targets = Set<Int>()
            for f in Set(fromOld ? oldFragments[u] : newFragments[u]) {
                for g in candidates(f, in: fromOld ? newPostings : oldPostings) { targets.formUnion(unitsOfOther[g] ?? []) }
            }
            let scored = targets.filter { !skipOther[$0] }.map { t in (t, containment(own, in: otherCodes[t])) }
                .sorted { ($0.1.all, -$0.0) > ($1.1.all, -$1.0) }
            guard let best = scored.first else { return }
            if scored.count > 1 && scored[1].1.all > best.1.all - 0.1 { return }
            // Next to a unit already linked to the target, less evidence is needed (a merge or split
            // of neighbours).
            let partnersOf = fromOld ? oldPartners : newPartners
            let besideTarget = [u - 1, u + 1].contains { $0 >= 0 && $0 < partnersOf.count && partnersOf[$0].contains(best.0) }
            let alone = best.1.all >= wholeContainment && best.1.count >= 3 && best.1.distinctive >= 0.5
            guard alone || (besideTarget && best.1.all >= neighbourContainment) else { return }
            if !alone {
                // Beside the target, what the unit adds to its neighbour there must be in the target too: a unit
                // sharing with it only what the neighbour brought (a law's name, the subject) went elsewhere.
                let ownUnits = fromOld ? oldUnitCodes : newUnitCodes
                let brought = Set([u - 1, u + 1].filter { $0 >= 0 && $0 < partnersOf.count && partnersOf[$0].contains(best.0) }
                    .flatMap { ownUnits[$0] })
                let added = own.filter { !brought.contains($0) }
                guard containment(added, in: otherCodes[best.0]).all >= ProvisionAligner().ownContribution else { return }
            }
            links.insert(fromOld ? Pair(old: u, new: best.0) : Pair(old: best.0, new: u))
        }
        for o in oldKeys.indices where !skipOld[o] { visit(o, fromOld: true) }
        for n in newKeys.indices where !skipNew[n] { visit(n, fromOld: false) }
        return links.sorted { ($0.old, $0.new) < ($1.old, $1.new) }.map { ($0.old, $0.new) }
    }

    struct Pair: Hashable { var old: Int; var new: Int }
}
