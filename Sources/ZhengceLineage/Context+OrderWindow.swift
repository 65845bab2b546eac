import Foundation
import ZhengceDocument

/// The order of an implementing pair of legislation (issue 15, eighteenth round). A provincial or municipal text that
/// implements a law mostly follows the law's order, so its articles linked to the parent after classification (verbatim
/// take-ups) form, once the few out of order are left aside, a sequence that rises in both texts: the anchors. A child
/// article between two anchors most likely takes from the parent articles between the anchors' parent articles: its
/// window. Positions are indices into the pair's rows (`rowsOf`), which follow document order.
struct PairOrder {
    /// Anchors as (child position, parent position), in child order, parent positions never decreasing.
    let anchors: [(child: Int, parent: Int)]

    /// `links`: the derives links of the pair as (child position, parent position, score). Each child position keeps
    /// its best-scoring link; the anchors are the longest chain of those whose parent positions never decrease (ties:
    /// the larger sum of scores, then the earlier parent positions).
    init(links: [(child: Int, parent: Int, score: Double)]) {
        var best: [Int: (parent: Int, score: Double)] = [:]
        for link in links {
            if let held = best[link.child], (held.score, -held.parent) >= (link.score, -link.parent) { continue }
            best[link.child] = (link.parent, link.score)
        }
        let items = best.keys.sorted().map { (child: $0, parent: best[$0]!.parent, score: best[$0]!.score) }
        guard !items.isEmpty else { anchors = []; return }
        // Longest non-decreasing chain by parent position (a pair has at most a few hundred linked articles).
        var length = [Int](repeating: 1, count: items.count), total = items.map(\.score), previous = [Int](repeating: -1, count: items.count)
        for k in items.indices {
            for m in 0..<k where items[m].parent <= items[k].parent {
                if (length[m] + 1, total[m] + items[k].score) > (length[k], total[k]) {
                    length[k] = length[m] + 1; total[k] = total[m] + items[k].score; previous[k] = m
                }
            }
        }
        var end = 0
        for k in items.indices where (length[k], total[k]) > (length[end], total[end]) { end = k }
        var chain: [(child: Int, parent: Int)] = []
        var k = end
        while k >= 0 { chain.append((items[k].child, items[k].parent)); k = previous[k] }
        anchors = chain.reversed()
    }

    /// The window of a child position that is not an anchor: the parent positions from the parent position of the
    /// nearest anchor before it to that of the nearest anchor after it; nil without an anchor on both sides.
    func window(_ child: Int) -> (range: ClosedRange<Int>, segment: Int)? {
        guard let after = anchors.firstIndex(where: { $0.child >= child }), after > 0, anchors[after].child != child else { return nil }
        return (anchors[after - 1].parent...anchors[after].parent, after)
    }
}

extension Context {
    /// The derives measure links held now, by document pair (child document << 32 | parent document): child measure,
    /// parent measure and score. The anchors of `PairOrder` are taken from them.
    func derivesByPair() -> [UInt64: [(child: Int, parent: Int, score: Double)]] {
        var result: [UInt64: [(child: Int, parent: Int, score: Double)]] = [:]
        for item in links where !item.key.document && item.link.type == .derives {
            guard let x = position[item.key.from], let y = position[item.key.to] else { continue }
            result[UInt64(x) << 32 | UInt64(y), default: []].append((item.key.fromMeasure, item.key.toMeasure, item.key.score))
        }
        return result
    }

    /// The order of the pair (child document `c`, parent `p`) from its derives links (`derivesByPair`), in row positions.
    func pairOrder(child c: Int, parent p: Int, index: MeasureIndex, rowsOf: [[Int]],
                   derives: [UInt64: [(child: Int, parent: Int, score: Double)]]) -> PairOrder {
        var childPosition: [Int: Int] = [:], parentPosition: [Int: Int] = [:]
        for (k, row) in rowsOf[c].enumerated() { childPosition[Int(index.measureOf[row])] = k }
        for (k, row) in rowsOf[p].enumerated() { parentPosition[Int(index.measureOf[row])] = k }
        let held = derives[UInt64(c) << 32 | UInt64(p)] ?? []
        return PairOrder(links: held.compactMap { link in
            guard let i = childPosition[link.child], let j = parentPosition[link.parent] else { return nil }
            return (i, j, link.score)
        })
    }
}
