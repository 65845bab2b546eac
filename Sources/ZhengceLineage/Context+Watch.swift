import Foundation
import ZhengceDocument

/// A debugging aid: why a child article is or is not linked to a parent article. With
/// `ZHENGCE_LINEAGE_WATCH=FILE` (lines `child measure<TAB>parent measure`, each named as the tsv output names a
/// measure: document id, `/`, measure id; `|` separates acceptable parents) the analysis prints to stderr, at each step,
/// what it holds for each pair: `watch<TAB>step<TAB>child<TAB>parent<TAB>what`. Read by scripts/lineage-missed.py.
/// Without the variable nothing is computed.
enum LineageWatch {
    static let pairs: [(child: String, parents: [String])] = {
        guard let path = ProcessInfo.processInfo.environment["ZHENGCE_LINEAGE_WATCH"],
              let text = try? String(contentsOfFile: path, encoding: .utf8) else { return [] }
        return text.split(separator: "\n").compactMap { line in
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard cells.count >= 2 else { return nil }
            return (cells[0], cells[1].split(separator: "|").map(String.init))
        }
    }()

    static var on: Bool { !pairs.isEmpty }

    static func say(_ step: String, _ child: String, _ parent: String, _ what: String) {
        FileHandle.standardError.write(Data("watch\t\(step)\t\(child)\t\(parent)\t\(what)\n".utf8))
    }
}

extension Context {
    /// The measure row of each watched measure (by measure id); a measure with no row (a container, a
    /// formula or organisational article, or not in the corpus) is missing.
    func watchedRows(_ index: MeasureIndex) -> [String: Int] {
        var wanted = Set<String>()
        for pair in LineageWatch.pairs { wanted.insert(pair.child); wanted.formUnion(pair.parents) }
        var rows: [String: Int] = [:]
        for row in 0..<index.count {
            let name = form(Int(index.documentOf[row])).measures[Int(index.measureOf[row])].id
            if wanted.contains(name) { rows[name] = row }
        }
        return rows
    }

    /// Each watched child/parent pair both of whose measures are rows: their rows and documents.
    func watchedRowPairs(_ index: MeasureIndex) -> [(child: String, parent: String, childRow: Int, parentRow: Int, childDocument: Int, parentDocument: Int)] {
        let rows = watchedRows(index)
        return LineageWatch.pairs.flatMap { pair in
            pair.parents.compactMap { parent in
                guard let a = rows[pair.child], let b = rows[parent] else { return nil }
                return (pair.child, parent, a, b, Int(index.documentOf[a]), Int(index.documentOf[b]))
            }
        }
    }

    /// Retrieval and scoring: is the pair among the alignments, and what does it score in full.
    func watchAlignments(_ step: String, _ alignments: [MeasureAlignment], index: MeasureIndex, aligner: MeasureAligner) {
        guard LineageWatch.on else { return }
        let rows = watchedRows(index)
        var found: [UInt64: Double] = [:]
        for alignment in alignments { found[UInt64(alignment.a) << 32 | UInt64(alignment.b)] = alignment.score }
        for pair in LineageWatch.pairs {
            for parent in pair.parents {
                guard let a = rows[pair.child] else { LineageWatch.say(step, pair.child, parent, "child no row"); continue }
                guard let b = rows[parent] else { LineageWatch.say(step, pair.child, parent, "parent no row"); continue }
                let x = Int(index.documentOf[a]), y = Int(index.documentOf[b])
                let key = UInt64(min(a, b)) << 32 | UInt64(max(a, b))
                let cited = linkedByCitation(x, y), implementing = implements[x]?.contains(y) ?? false
                if let score = found[key] {
                    LineageWatch.say(step, pair.child, parent, String(format: "aligned %.3f cited %d implements %d", score, cited ? 1 : 0, implementing ? 1 : 0))
                } else {
                    let full = aligner.score(min(a, b), max(a, b), in: index)
                    LineageWatch.say(step, pair.child, parent, String(format: "absent full %.3f cosine %.3f cited %d implements %d",
                                                                      full.score, index.cosine(a, b), cited ? 1 : 0, implementing ? 1 : 0))
                }
            }
        }
    }

    /// After classification: why an aligned pair has no measure link (the filters of `classify` as far as they can
    /// be told from the pair alone).
    func watchClassify(_ index: MeasureIndex) {
        guard LineageWatch.on else { return }
        for (child, parent, a, b, x, y) in watchedRowPairs(index) {
            let (type, later, _) = relation(x, y)
            let related = documentsRelated(x, y, verbatimMeasures: 0)
            LineageWatch.say("classify", child, parent,
                             "relation \(type) later-is-child \(later == x ? 1 : 0) kinds \(ArticleKind.of(index.units[a])) \(ArticleKind.of(index.units[b])) legislation \(facts[x].legislation ? 1 : 0)\(facts[y].legislation ? 1 : 0) documentsRelated(no verbatim) \(related ? 1 : 0) textPredates \(textPredates(x, y) ? 1 : 0)")
        }
    }

    /// Inside an implementing pair of legislation: what the in-pair paraphrase pass sees for the watched pair.
    func watchLegislationParaphrase(index: MeasureIndex, words: WordIndex, rowsOf: [[Int]], sourced: Set<UInt64>) {
        guard LineageWatch.on else { return }
        let derives = derivesByPair()
        for (child, parent, a, b, c, p) in watchedRowPairs(index) {
            guard facts[c].legislation && facts[p].legislation else {
                watchPlanParaphrase(child, parent, a, b, c, p, index: index, words: words, rowsOf: rowsOf, sourced: sourced)
                continue
            }
            watchOrder(child, parent, a, b, c, p, index: index, words: words, rowsOf: rowsOf, sourced: sourced, derives: derives)
            let childRows = rowsOf[c], parentRows = rowsOf[p]
            let support = childRows.reduce(0) { $0 + (sourced.contains(UInt64($1) << 32 | UInt64(p)) ? 1 : 0) }
            let pairWords = PairWords(childRows, parentRows, words: words)
            guard let i = childRows.firstIndex(of: a), let j = parentRows.firstIndex(of: b) else { continue }
            let childKind = ArticleKind.of(index.units[a])
            var ranked: [(Double, Int)] = []
            for (k, row) in parentRows.enumerated() where ArticleKind.of(index.units[row]) == childKind {
                ranked.append((pairWords.cosine(child: i, parent: k), k))
            }
            ranked.sort { $0.0 > $1.0 }
            let value = ArticleKind.of(index.units[b]) == childKind ? pairWords.cosine(child: i, parent: j) : -1
            let rank = (ranked.firstIndex { $0.1 == j } ?? -1) + 1
            // Is the child the parent article's best among the open child articles?
            var columnBest = -1, columnValue = 0.0
            let parentKind = ArticleKind.of(index.units[b])
            for (k, row) in childRows.enumerated() where !sourced.contains(UInt64(row) << 32 | UInt64(p)) && ArticleKind.of(index.units[row]) == parentKind {
                let v = pairWords.cosine(child: k, parent: j)
                if v > columnValue { columnValue = v; columnBest = k }
            }
            let top = ranked.first.map { String(format: "%.3f %@", $0.0, form(p).measures[Int(index.measureOf[parentRows[$0.1]])].id) } ?? "-"
            let second = ranked.count > 1 ? String(format: "%.3f", ranked[1].0) : "-"
            let implementing = implements[c]?.contains(p) ?? false
            // Scope articles, which the pass leaves out with `scopeWithScopeOnly` (the figures above do not).
            let childScope = formulaArticles(c).first(where: { $0.kind == .scope })?.measure == Int(index.measureOf[a])
            let parentScope = formulaArticles(p).first(where: { $0.kind == .scope })?.measure == Int(index.measureOf[b])
            LineageWatch.say("pairwords", child, parent,
                             String(format: "implements %d support %d of %d/%d cosine %.3f rank %d best %@ second %@ columnBestIsChild %d sourced %d scope %d%d",
                                    implementing ? 1 : 0, support, childRows.count, parentRows.count, value, rank, top, second,
                                    columnBest == i ? 1 : 0, sourced.contains(UInt64(a) << 32 | UInt64(p)) ? 1 : 0,
                                    childScope ? 1 : 0, parentScope ? 1 : 0))
        }
    }

    /// Outside legislation: what the corpus-weighted paraphrase pass (`alignParaphrases`) sees for the watched pair —
    /// the word cosine, its rank among the parent's measures, the best and the runner-up, whether the child is the parent
    /// measure's best, the words shared.
    func watchPlanParaphrase(_ child: String, _ parent: String, _ a: Int, _ b: Int, _ c: Int, _ p: Int, index: MeasureIndex,
                             words: WordIndex, rowsOf: [[Int]], sourced: Set<UInt64>) {
        let implementing = implements[c]?.contains(p) ?? false
        var ranked = rowsOf[p].map { (words.cosine(a, $0), $0) }
        ranked.sort { ($0.0, -$0.1) > ($1.0, -$1.1) }
        let rank = (ranked.firstIndex { $0.1 == b } ?? -1) + 1
        let value = words.cosine(a, b)
        let columnBest = rowsOf[c].max { (words.cosine($0, b), -$0) < (words.cosine($1, b), -$1) }
        let top = ranked.first.map { String(format: "%.3f %@", $0.0, form(p).measures[Int(index.measureOf[$0.1])].id) } ?? "-"
        let second = ranked.count > 1 ? String(format: "%.3f", ranked[1].0) : "-"
        LineageWatch.say("paraphrase", child, parent,
                         String(format: "implements %d cosine %.3f rank %d of %d best %@ second %@ columnBestIsChild %d sourced %d shared [%@]",
                                implementing ? 1 : 0, value, rank, ranked.count, top, second, columnBest == a ? 1 : 0,
                                sourced.contains(UInt64(a) << 32 | UInt64(p)) ? 1 : 0, words.shared(a, b).joined(separator: " ")))
    }

    /// The order of the pair (`PairOrder`) as the order rule sees the watched pair: the child's window between its
    /// anchors, whether the watched parent article lies in it, and the in-pair word ranking inside the window.
    func watchOrder(_ child: String, _ parent: String, _ a: Int, _ b: Int, _ c: Int, _ p: Int, index: MeasureIndex, words: WordIndex,
                    rowsOf: [[Int]], sourced: Set<UInt64>, derives: [UInt64: [(child: Int, parent: Int, score: Double)]]) {
        let childRows = rowsOf[c], parentRows = rowsOf[p]
        guard let i = childRows.firstIndex(of: a), let j = parentRows.firstIndex(of: b) else { return }
        let order = pairOrder(child: c, parent: p, index: index, rowsOf: rowsOf, derives: derives)
        guard let (range, segment) = order.window(i) else {
            let anchor = order.anchors.contains { $0.child == i }
            LineageWatch.say("order", child, parent, "anchors \(order.anchors.count) no window\(anchor ? " (an anchor)" : "")")
            return
        }
        let pairWords = PairWords(childRows, parentRows, words: words)
        let kind = ArticleKind.of(index.units[a])
        var ranked: [(Double, Int)] = []
        for k in range where k < parentRows.count && ArticleKind.of(index.units[parentRows[k]]) == kind {
            ranked.append((pairWords.cosine(child: i, parent: k), k))
        }
        ranked.sort { ($0.0, -$0.1) > ($1.0, -$1.1) }
        let rank = (ranked.firstIndex { $0.1 == j } ?? -1) + 1
        let top = ranked.first.map { String(format: "%.3f %@", $0.0, form(p).measures[Int(index.measureOf[parentRows[$0.1]])].id) } ?? "-"
        let second = ranked.count > 1 ? String(format: "%.3f", ranked[1].0) : "-"
        // Open child articles of the same segment that rank the watched parent article higher.
        let value = rank > 0 ? ranked[rank - 1].0 : 0
        let rivals = childRows.indices.filter { k in
            k != i && !sourced.contains(UInt64(childRows[k]) << 32 | UInt64(p)) && order.window(k)?.segment == segment
                && ArticleKind.of(index.units[childRows[k]]) == ArticleKind.of(index.units[b]) && pairWords.cosine(child: k, parent: j) > value
        }.count
        LineageWatch.say("order", child, parent,
                         String(format: "anchors %d window %d-%d width %d parentIn %d rank %d cosine %.3f best %@ second %@ rivals %d",
                                order.anchors.count, range.lowerBound + 1, range.upperBound + 1, range.count, range.contains(j) ? 1 : 0,
                                rank, value, top, second, rivals))
    }

    /// The links the analysis holds now from the watched child measure into each watched parent's document.
    func watchLinks(_ step: String) {
        guard LineageWatch.on else { return }
        var from: [String: [String]] = [:]
        for item in links where !item.key.document {
            guard let child = item.link.from.measure, let parent = item.link.to.measure else { continue }
            from[child, default: []].append("\(item.link.type) \(parent) \(item.key.score)")
        }
        for pair in LineageWatch.pairs {
            let held = from[pair.child] ?? []
            for parent in pair.parents {
                let document = String(parent[..<(parent.lastIndex(of: "/") ?? parent.endIndex)])
                let exact = held.filter { $0.split(separator: " ")[1] == parent }
                let sameDocument = held.filter { $0.split(separator: " ")[1].hasPrefix(document + "/") && $0.split(separator: " ")[1] != parent }
                LineageWatch.say(step, pair.child, parent,
                                 "exact [\(exact.joined(separator: "; "))] other articles [\(sameDocument.joined(separator: "; "))] elsewhere \(held.count - exact.count - sameDocument.count)")
            }
        }
    }
}
