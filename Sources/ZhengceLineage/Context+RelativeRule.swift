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
        let position = Dictionary(documents.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
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
