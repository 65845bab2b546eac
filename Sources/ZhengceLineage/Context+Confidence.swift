import Foundation
import ZhengceDocument

extension Context {

    /// Confidence (issue 15, thirteenth round): measure links the analysis cannot stand behind are withheld rather than
    /// reported half right. Read against every labelled sample row and every labelled take-up of the chains
    /// (`scripts/lineage-confidence.py`), precision hardly moves with the link's score, kind or method inside the pairs
    /// that implement a higher text — there the wrong links (an article of the right parent, not the right article) score
    /// as the right take-ups do — but two kinds of link are wrong more often than right, and both have a reason:
    ///
    /// - **A `related` link whose child measure also links to another measure of the same document**
    ///   (`withholdAmbiguousRelated`). The runner-up ratio keeps only links within 0.8 of the measure's best there, so
    ///   the measure matches several articles of the other text about equally: what they share is a template or a
    ///   list (处罚 and 复议 clauses, 修改决定 formulas, 证据 lists), not one provision. Labelled: such `related` links
    ///   right 3 of 14; the others 41 of 61. A `derives` link is kept in that case: an implementing article often
    ///   takes from two articles of its parent (chains: 9 take-ups would be lost).
    /// - **A `derives` link between two pieces of national legislation of one rank** (`withholdPeerDerives`): two
    ///   laws, two administrative regulations, two departmental rules or judicial interpretations. No hierarchy says
    ///   which took from which; the analysis calls the later one `derives` only because it cites the earlier (peers
    ///   that do not cite each other are `related` already), and a peer is cited for a procedure or a definition, not
    ///   taken up (证券法 ← 证券投资基金法, 道路交通事故处理程序规定 ← 公安机关办理行政案件程序规定, a 修改决定 of
    ///   twenty-seven interpretations ← each interpretation). Labelled: right 3 of 12. No chain take-up is between
    ///   peers. An implementing text or a successor of the other is no peer (`nationalPeers`).
    ///
    /// Runs after every rule that makes or drops links but the choice of the version in force (`keepVersionsInForce`,
    /// which then chooses among the links kept), on every measure link, so an incremental analysis withholds what a
    /// full one does (the links of a measure into one document are all in the changed pair). Document links inferred
    /// before stay as they are.
    mutating func withholdUnsure() {
        guard options.withholdAmbiguousRelated || options.withholdPeerDerives || options.withholdOutsideSources else { return }
        struct Target: Hashable { var from: String; var fromMeasure: Int; var to: String }
        var linksInto: [Target: Int] = [:]
        if options.withholdAmbiguousRelated {
            for item in links where !item.key.document && (item.link.type == .derives || item.link.type == .related) {
                linksInto[Target(from: item.key.from, fromMeasure: item.key.fromMeasure, to: item.key.to), default: 0] += 1
            }
        }
        var ambiguous = 0, peers = 0, outside = 0
        var withheld = Set<Int>()
        for (n, item) in links.enumerated() where !item.key.document {
            if item.link.type == .related, options.withholdAmbiguousRelated,
               (linksInto[Target(from: item.key.from, fromMeasure: item.key.fromMeasure, to: item.key.to)] ?? 0) >= 2 {
                ambiguous += 1
                withheld.insert(n)
            } else if item.link.type == .derives, options.withholdPeerDerives,
                      let x = position[item.key.from], let y = position[item.key.to], nationalPeers(x, y) {
                peers += 1
                withheld.insert(n)
            } else if item.link.type == .derives, options.withholdOutsideSources,
                      let x = position[item.key.from], let y = position[item.key.to], outsideCitedSources(child: x, parent: y) {
                outside += 1
                withheld.insert(n)
            }
        }
        removeLinks(at: withheld)
        statistics.ambiguousRelatedWithheld = ambiguous
        statistics.peerDerivesWithheld = peers
        statistics.outsideSourcesWithheld = outside
    }

    /// True when `child` names its sources — it cites documents of the corpus — and `parent` is neither one of them nor
    /// of their kin: not cited by the child (nor citing it), not named in the child's title, no version of a cited text,
    /// citing none of them (a province's text implementing the law a city's text cites), cited by none of them. What
    /// such a child shares with such a parent is what two texts on
    /// neighbouring subjects share — a procedure modelled on another body's (河南省人民代表大会议事规则 ← 全国人民代表大会组织法),
    /// a list or template of the trade (期货交易管理条例 ← 证券投资基金法, 刑事诉讼法解释 ← 民事诉讼法), a sentence of a
    /// third text both restate (济南市文物保护规定 ← 历史文化名城名镇名村保护条例, both after 文物保护法) — not a take-up.
    /// A child that cites nothing of the corpus is left alone: its sources are unknown, and the calendar and the
    /// hierarchy are all there is to go by. So is a local parent: a province's text stands above a city's of that
    /// province whether the city's names it or not, and the texts a local one names are national.
    func outsideCitedSources(child: Int, parent: Int) -> Bool {
        guard let named = cites[child], !named.isEmpty else { return false }
        // A local parent stands above the child in its own jurisdiction (郑州市建筑市场管理条例 ← 河南省建筑市场管理条例), named or not.
        guard facts[parent].rank?.isNational ?? false else { return false }
        let kin = versions[parent].union([parent])
        if kin.contains(where: { linkedByCitation(child, $0) }) { return false }
        // A title naming the parent (关于适用《中华人民共和国刑事诉讼法》的解释, 实施《X》办法) cites it, in the text or not.
        let childTitle = documents[child].title ?? "", parentTitle = Context.titleCore(documents[parent])
        if parentTitle.count >= 2, childTitle.contains(parentTitle) { return false }
        var sources = Set<Int>()
        for s in named { sources.insert(s); sources.formUnion(versions[s]) }
        if !sources.isDisjoint(with: kin) { return false }
        if kin.contains(where: { !(cites[$0]?.isDisjoint(with: sources) ?? true) }) { return false }
        if sources.contains(where: { !(cites[$0]?.isDisjoint(with: kin) ?? true) }) { return false }
        return true
    }

    /// True when `x` and `y` are both national legislation of the same rank (`LegalRank`) and neither implements nor
    /// replaces the other. Not peers: a judicial interpretation and a text that is none (whatever rank its preamble
    /// suggests: `LegalRank` reads 全国人民代表大会 in 为正确适用…全国人民代表大会常务委员会…修订的《公司法》); a text whose title
    /// holds the other's (市场主体登记管理条例实施细则 ← 市场主体登记管理条例); a successor that repeals the other (噪声污染防治法,
    /// whose last article repeals 环境噪声污染防治法).
    func nationalPeers(_ x: Int, _ y: Int) -> Bool {
        guard facts[x].legislation, facts[y].legislation, let rank = facts[x].rank, rank.isNational, facts[y].rank == rank
        else { return false }
        func judicial(_ i: Int) -> Bool { DocumentFacts.judicialTitle(documents[i].title ?? "") }
        if judicial(x) != judicial(y) { return false }
        let tx = Context.titleCore(documents[x]), ty = Context.titleCore(documents[y])
        if !tx.isEmpty, !ty.isEmpty, tx.contains(ty) || ty.contains(tx) { return false }
        if (repealed[x]?.contains(y) ?? false) || (repealed[y]?.contains(x) ?? false) { return false }
        return true
    }

    /// The title without the 中华人民共和国 of a national law.
    static func titleCore(_ document: PolicyDocument) -> String {
        let title = document.title ?? ""
        return title.hasPrefix(TitleKey.stateName) ? String(title.dropFirst(TitleKey.stateName.count)) : title
    }
}
