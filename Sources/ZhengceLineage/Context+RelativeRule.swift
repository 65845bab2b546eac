import Foundation

extension Context {

    /// The relative rule inside a document pair: a measure that takes from several measures of one other
    /// document keeps only those scoring at least `runnerUpRatio` times its best there. A local article
    /// restating a national one shares its legal vocabulary with the national article's neighbours too
    /// (浙江条例 40 水下爆破 ← 渔业法 35, and 0.21 ← 32 洄游通道; 0.27 ← 41 beside 0.35 ← 42 for a penalty), so a far
    /// runner-up is the neighbour, not a second source. Measure links of every type but `version` (which pairs
    /// each measure once already).
    mutating func dropRunnersUp() {
        guard options.runnerUpRatio > 0 else { return }
        struct Group: Hashable { var from: String; var fromMeasure: Int; var to: String }
        var best: [Group: Double] = [:]
        for item in links where !item.key.document && item.link.type != .version && item.link.type != .cites {
            let group = Group(from: item.key.from, fromMeasure: item.key.fromMeasure, to: item.key.to)
            best[group] = max(best[group] ?? 0, item.key.score)
        }
        var dropped = 0
        links.removeAll { item in
            guard !item.key.document, item.link.type != .version, item.link.type != .cites,
                  let top = best[Group(from: item.key.from, fromMeasure: item.key.fromMeasure, to: item.key.to)] else { return false }
            if item.key.score < options.runnerUpRatio * top { dropped += 1; return true }
            return false
        }
        statistics.runnersUpDropped = dropped
    }
}

extension Context {
    /// True when `child` cites `parent` or another version of it. A citation resolves to one version (the one in
    /// force at the citing text's date); the consolidated texts of the others carry what the child took too:
    /// 济宁市制定地方性法规条例 (2016) cites 立法法 and restates its articles, which the 2023 text of 立法法 still has —
    /// that pair is `derives` like the pair with the cited 2015 text, not `related`.
    func citesSomeVersion(_ child: Int, _ parent: Int) -> Bool {
        guard let cited = cites[child] else { return false }
        return cited.contains(parent) || !cited.isDisjoint(with: versions[parent])
    }
}

extension Context {
    /// The chapter rule between two pieces of legislation (`ChapterPlan.offChapter`): a measure `derives` link below
    /// `chapterScore` from a child article to a parent article of another chapter than the counterpart of its own,
    /// where the parent article's chapter has a counterpart of its own in the child, is dropped. Runs last, on every
    /// measure link (verbatim, word alignment, formula), so an incremental analysis drops what a full one does.
    mutating func dropOffChapter() {
        guard options.chapterScore > 0 else { return }
        var dropped = 0
        links.removeAll { item in
            guard !item.key.document, item.link.type == .derives, item.key.score < options.chapterScore,
                  let x = position[item.key.from], let y = position[item.key.to],
                  facts[x].legislation, facts[y].legislation,
                  ChapterPlan.offChapter(child: chapters[x], item.key.fromMeasure, parent: chapters[y], item.key.toMeasure)
            else { return false }
            dropped += 1
            return true
        }
        statistics.offChapterDropped = dropped
    }
}

extension Context {
    /// The order rule inside a document pair: a child article linked to several articles of one parent keeps, among
    /// them, those in the order of its neighbours' sources. The neighbours are the nearest child articles before and
    /// after it with a `derives` link into the same parent (their best link each); the window is the span of those
    /// two parent articles, one article either side. When one of the child article's parent articles is inside the
    /// window, its links below `orderScore` to articles outside it are dropped: the source lies where its neighbours'
    /// do, the other is a far article sharing a list or a formula (浙江省教育督导条例 第十三条 责任督学职权, between
    /// 第十二条 ← 第十三条 and 第十五条 ← 第十一条: ← 教育督导条例 第十三条 责任区经常性督导 0.241 kept, ← 第十四条 督导次数
    /// 0.237 dropped; 北京市实施《农民专业合作社法》办法 第十八条 会计核算, between ← 第三十七条 and ← 第四十四条: ← 第三十九条
    /// kept, ← 第四十九条 清算组 0.212 dropped). A child article with one link is left alone: local texts regroup
    /// articles, and an out-of-order single source is as often right as wrong (law corpus labels, eleventh round).
    /// Runs last, on every derives measure link (0: off).
    mutating func dropOutOfOrderSiblings() {
        guard options.orderScore > 0 else { return }
        // Ordinal of each measure among its document's non-container measures (articles), made on demand.
        var ordinals: [Int: [Int]] = [:]
        func ordinal(_ document: Int, _ measure: Int) -> Int {
            if ordinals[document] == nil {
                let measures = form(document).measures
                let containers = Context.containers(measures)
                var next = 0
                ordinals[document] = measures.indices.map { m in
                    defer { if !containers.contains(m) { next += 1 } }
                    return next
                }
            }
            let table = ordinals[document]!
            return measure < table.count ? table[measure] : measure
        }
        struct Pair: Hashable { var from: Int; var to: Int }
        struct Entry { var child: Int; var parent: Int; var score: Double; var item: Int }
        var groups: [Pair: [Entry]] = [:]
        for (n, item) in links.enumerated() where !item.key.document && item.link.type == .derives {
            guard let x = position[item.key.from], let y = position[item.key.to] else { continue }
            groups[Pair(from: x, to: y), default: []].append(
                Entry(child: ordinal(x, item.key.fromMeasure), parent: ordinal(y, item.key.toMeasure), score: item.key.score, item: n))
        }
        var drop = Set<Int>()
        for (_, entries) in groups where entries.count >= 3 {
            let byChild = Dictionary(grouping: entries, by: \.child)
            guard byChild.values.contains(where: { $0.count >= 2 }) else { continue }
            let windows = Context.neighbourWindows(byChild.mapValues { own in own.min { ($1.score, $0.parent) < ($0.score, $1.parent) }!.parent })
            for child in byChild.keys.sorted() {
                guard let own = byChild[child], own.count >= 2, let window = windows[child] else { continue }
                guard own.contains(where: { window.contains($0.parent) }) else { continue }
                for entry in own where entry.score < options.orderScore && !window.contains(entry.parent) { drop.insert(entry.item) }
            }
        }
        guard !drop.isEmpty else { return }
        removeLinks(at: drop)
        statistics.outOfOrderDropped = drop.count
    }

    /// The window of each child article's neighbours' sources, by child article ordinal, from the best parent article
    /// of each linked child article (`best`): the span of the best parent articles of the nearest child articles before
    /// and after it, one article wider either side. A child article with no neighbour has none. Shared by the order
    /// rule (`dropOutOfOrderSiblings`) and the choice of a parent article inside a pair (`choosePairArticles`).
    static func neighbourWindows(_ best: [Int: Int]) -> [Int: ClosedRange<Int>] {
        let children = best.keys.sorted()
        var windows: [Int: ClosedRange<Int>] = [:]
        for (k, child) in children.enumerated() {
            var neighbours: [Int] = []
            if k > 0 { neighbours.append(best[children[k - 1]]!) }
            if k + 1 < children.count { neighbours.append(best[children[k + 1]]!) }
            guard let low = neighbours.min(), let high = neighbours.max() else { continue }
            windows[child] = (low - 1)...(high + 1)
        }
        return windows
    }
}
