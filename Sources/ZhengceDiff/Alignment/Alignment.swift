/// Which old units correspond to which new units.
public struct Alignment: Sendable, Hashable {
    /// One correspondence.
    public enum Link: Sendable, Hashable {
        /// One old unit to one new unit; `inOrder` when it belongs to the order-preserving backbone.
        case pair(old: Int, new: Int, inOrder: Bool)
        /// One old unit to several consecutive new units.
        case split(old: Int, new: [Int])
        /// Several consecutive old units to one new unit.
        case merge(old: [Int], new: Int)
    }

    /// The correspondences, in no particular order.
    public var links: [Link]
    /// Old units with no counterpart, ascending.
    public var removed: [Int]
    /// New units with no counterpart, ascending.
    public var added: [Int]

    /// Every (old, new) unit pair the links imply (a split or merge gives one pair per part).
    public var pairs: [(old: Int, new: Int)] {
        links.flatMap { link -> [(old: Int, new: Int)] in
            switch link {
            case .pair(let o, let n, _): return [(o, n)]
            case .split(let o, let ns): return ns.map { (o, $0) }
            case .merge(let os, let n): return os.map { ($0, n) }
            }
        }
    }
}
