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
    /// Removed old articles that have a nearest new article by words above a low floor, though too weak or too
    /// ambiguous to be their counterpart: old unit → that new article. Not a link (`pairs` leaves them out); the
    /// diff reports these old articles `uncertain` instead of `removed`.
    public var nearest: [Int: Nearest]

    /// The nearest new article of an old article without a confident counterpart.
    public struct Nearest: Sendable, Hashable {
        /// The new unit.
        public var new: Int
        /// Weight of the old article's content words the new one holds, over the weight of all its content words.
        public var share: Double
        /// Weighted Dice of the two articles' content words.
        public var dice: Double

        /// Makes one.
        public init(new: Int, share: Double, dice: Double) { self.new = new; self.share = share; self.dice = dice }
    }

    /// Makes an alignment.
    public init(links: [Link], removed: [Int], added: [Int], nearest: [Int: Nearest] = [:]) {
        self.links = links; self.removed = removed; self.added = added; self.nearest = nearest
    }

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
