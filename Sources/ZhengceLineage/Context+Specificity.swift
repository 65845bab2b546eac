import ZhengceDocument

extension Context {

    /// Specificity of the evidence (issue 15, fifteenth round): is what two linked articles share their own?
    /// A `derives` link rests on the passages the child article shares with the parent article. When every piece of
    /// them — every 4-character window of Han characters (numerals folded) found in both — also appears in another
    /// article of the parent text or in another article of the child text, the two articles share a template or an
    /// item of a list that recurs through their texts (the same fine, the same 由…主管部门责令改正, the same list of
    /// licences), not a provision of their own: nothing says this article took up that one. Such a link is withheld
    /// (`withholdUnspecific`; counted in `statistics.unspecificWithheld`). A link whose articles share fewer than
    /// `minimumSharedWindows` windows (less than one passage of six characters, the shortest the aligner counts: a
    /// paraphrase scored on words, 发放养殖证 for 核发养殖证 beside a common 渔业部门) is left as it is: the rule says nothing
    /// about it.
    ///
    /// Measured before building (`scripts/lineage-specificity.py` on main ac945be's law output, halves A / B of the
    /// labelled samples by seed group): `derives` precision 0.74 → 0.81 on half A and 0.78 → 0.85 on half B, chain
    /// take-ups 224 → 217 of 280, seeds take-ups 20 of 26 kept. Not for `related` (its precision does not move on both
    /// halves). Applied to `parallel` links too since the twenty-fifth round (`withholdUnspecificParallel`): on the labelled
    /// rows it withholds one wrong link and no right one (parallel 34/38 → 34/37); of 24 withheld links drawn on the law
    /// corpus and read, 14 were wrong (peers' penalty templates for different acts, a shared definition or deadline), 10
    /// right. The lead-clause rule simulated beside it (who acts and on what) moves neither type on both halves
    /// without losing tens of chain take-ups: not built.
    ///
    /// Reads each measure's text between its offsets (`MeasureContent`, what `LineageAnalyzer.reading` keeps) and the
    /// measures of the two documents of each link only, so an incremental analysis withholds what a full one does.
    /// Runs last, after the internal cross-references (whose image it would otherwise change): the simulation read the
    /// links that step leaves.
    mutating func withholdUnspecific() {
        guard options.withholdUnspecific else { return }
        struct Candidate { var link: Int; var child: Int; var childMeasure: Int; var parent: Int; var parentMeasure: Int }
        var candidates: [Candidate] = []
        // A purpose or misconduct article paired by the formula pass shares the words of its kind by design (保护和合理利用
        // 水土资源 runs through a soil law's articles): the pass has its own test, and this one does not apply to it.
        // A `parallel` link (peers of one rank in two jurisdictions) is read the same way (`withholdUnspecificParallel`):
        // two cities' penalty articles for different acts share the fine template of both texts, not a provision.
        for (n, item) in links.enumerated() where !item.key.document
            && (item.link.type == .derives || (options.withholdUnspecificParallel && item.link.type == .parallel))
            && item.link.evidence?.method != Context.formulaMethod {
            guard let x = position[item.key.from], let y = position[item.key.to],
                  item.key.fromMeasure >= 0, item.key.fromMeasure < measureCounts[x],
                  item.key.toMeasure >= 0, item.key.toMeasure < measureCounts[y] else { continue }
            candidates.append(Candidate(link: n, child: x, childMeasure: item.key.fromMeasure, parent: y,
                                        parentMeasure: item.key.toMeasure))
        }
        // By parent document: the shared windows no other article of the parent holds. With the dominance test on, the
        // same pass counts what the child article shares with each article of the parent (`dominates(shared:other:)`).
        let dominance = options.unspecificDominance > 0
        var own = [[UInt64]](repeating: [], count: candidates.count)
        var shares = [Bool](repeating: false, count: candidates.count)
        var shared = [Int](repeating: 0, count: candidates.count), other = [Int](repeating: 0, count: candidates.count)
        let byParent = Dictionary(grouping: candidates.indices, by: { candidates[$0].parent })
        for parent in byParent.keys.sorted() {
            let grams = documentWindows(parent)
            let postings = Context.postings(grams)
            for c in byParent[parent] ?? [] {
                let item = candidates[c]
                let childForm = form(item.child)
                let child = Context.windows(MeasureContent(measure: childForm.measures[item.childMeasure], in: childForm))
                let common = child.intersection(grams[item.parentMeasure])
                shares[c] = common.count >= Context.minimumSharedWindows
                own[c] = common.filter { postings[$0]?.count == 1 }
                if dominance, shares[c], links[item.link].link.type == .derives {
                    let counts = Context.overlapCounts(child, postings: postings, measures: grams.count)
                    shared[c] = counts[item.parentMeasure]
                    other[c] = Context.largest(counts, except: item.parentMeasure)
                }
            }
        }
        // By child document: of those, the ones no other article of the child holds either — unless they dominate.
        var withheld = Set<Int>()
        var dominant = 0
        let byChild = Dictionary(grouping: candidates.indices.filter { shares[$0] }, by: { candidates[$0].child })
        for child in byChild.keys.sorted() {
            let grams = documentWindows(child)
            let counts = Context.articleCounts(grams)
            var postings: [UInt64: [Int32]]? = nil
            for c in byChild[child] ?? [] where !own[c].contains(where: { counts[$0] == 1 }) {
                let item = candidates[c]
                if dominance, links[item.link].link.type == .derives {
                    if postings == nil { postings = Context.postings(grams) }
                    let parentForm = form(item.parent)
                    let parentArticle = Context.windows(MeasureContent(measure: parentForm.measures[item.parentMeasure], in: parentForm))
                    let counts = Context.overlapCounts(parentArticle, postings: postings ?? [:], measures: grams.count)
                    if dominates(shared: shared[c], other: max(other[c], Context.largest(counts, except: item.childMeasure))) {
                        dominant += 1
                        continue
                    }
                }
                withheld.insert(item.link)
            }
        }
        if dominance { statistics.unspecificDominantKept = dominant }
        let parallel = withheld.filter { links[$0].link.type == .parallel }.count
        removeLinks(at: withheld)
        statistics.unspecificWithheld = withheld.count - parallel
        statistics.unspecificParallelWithheld = parallel
    }

    /// Dominance of the shared passages (issue 15, twenty-seventh round): a `derives` link the specificity test would
    /// withhold is kept when its two articles share at least `unspecificDominance` times as many 4-character windows
    /// (`shared`) as the child article shares with any other article of the parent, and as the parent article shares with
    /// any other article of the child (the larger of the two, `other`). Every piece of what they share recurs elsewhere,
    /// but no other article holds as much of it: a near-verbatim restatement of an article that has siblings in the same
    /// words (安全利用类和严格管控类农用地地块 … 采取相应的风险管控措施，并定期向…报告 beside the same sentence for 建设用地),
    /// not a template or a list item, which other articles hold as fully. Counted in `statistics.unspecificDominantKept`.
    func dominates(shared: Int, other: Int) -> Bool {
        Double(shared) >= options.unspecificDominance * Double(max(other, 1))
    }

    /// The largest of `counts` outside index `except` (0 when there is none).
    static func largest(_ counts: [Int], except: Int) -> Int {
        var best = 0
        for (i, n) in counts.enumerated() where i != except && n > best { best = n }
        return best
    }

    /// For each window, the measures that hold it.
    static func postings(_ windows: [Set<UInt64>]) -> [UInt64: [Int32]] {
        var result: [UInt64: [Int32]] = [:]
        for (m, set) in windows.enumerated() { for w in set { result[w, default: []].append(Int32(m)) } }
        return result
    }

    /// How many of `windows` each measure holds (by the postings of its document).
    static func overlapCounts(_ windows: Set<UInt64>, postings: [UInt64: [Int32]], measures: Int) -> [Int] {
        var counts = [Int](repeating: 0, count: measures)
        for w in windows { for m in postings[w] ?? [] { counts[Int(m)] += 1 } }
        return counts
    }

    /// Fewer shared windows than this (one passage of six characters has three) say nothing about specificity.
    static let minimumSharedWindows = 3

    /// The windows of each measure of document `d`.
    func documentWindows(_ d: Int) -> [Set<UInt64>] {
        let document = form(d)
        return document.measures.map { Context.windows(MeasureContent(measure: $0, in: document)) }
    }

    /// How many of the measures hold each window.
    static func articleCounts(_ windows: [Set<UInt64>]) -> [UInt64: Int] {
        var counts: [UInt64: Int] = [:]
        for set in windows { for w in set { counts[w, default: 0] += 1 } }
        return counts
    }

    /// Chinese numerals, folded to one unit in the windows (第三十条 and 第四十条 share their template).
    static let numeralUnits: Set<UInt16> = Set("一二三四五六七八九十百千零〇两".utf16)

    /// The 4-unit windows of the Han characters of a measure's content (numerals folded to `#`; letters, digits and
    /// other scripts dropped), each packed into one integer.
    static func windows(_ content: MeasureContent) -> Set<UInt64> {
        var units: [UInt16] = []
        units.reserveCapacity(content.units.count)
        for u in content.units {
            if numeralUnits.contains(u) { units.append(0x23) } else if u >= 0x4E00 && u <= 0x9FFF { units.append(u) }
        }
        guard units.count >= 4 else { return [] }
        var out = Set<UInt64>(minimumCapacity: units.count)
        for i in 0...(units.count - 4) {
            out.insert(UInt64(units[i]) << 48 | UInt64(units[i + 1]) << 32 | UInt64(units[i + 2]) << 16 | UInt64(units[i + 3]))
        }
        return out
    }
}
