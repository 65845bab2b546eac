import Testing
@testable import ZhengceLineage

/// The order of an implementing pair (issue 15, eighteenth round): the anchors are the longest chain of the child
/// articles' best links whose parent articles never go back, and a child article between two anchors has the parent
/// articles between theirs as its window.
@Suite struct PairOrderTests {
    /// Child positions 0–7, parent positions 0–7. Child 2's only link goes back (parent 1 after child 1's parent 2),
    /// child 4 has two links (its best, 0.6, to parent 5), children 3, 5 and 7 have none.
    static let order = PairOrder(links: [
        (0, 0, 0.9), (1, 2, 0.5), (2, 1, 0.3), (4, 3, 0.4), (4, 5, 0.6), (6, 7, 0.7),
    ])

    @Test func anchorsAreTheLongestRisingChainOfBestLinks() {
        // Chains of four: 0→0, 1→2, 4→5, 6→7 (scores 2.7) and 0→0, 2→1, 4→5, 6→7 (2.5): the larger sum wins; child 4's
        // weaker link (→3) is not its best and does not count.
        #expect(Self.order.anchors.map { [$0.child, $0.parent] } == [[0, 0], [1, 2], [4, 5], [6, 7]])
    }

    @Test func aChildBetweenTwoAnchorsHasTheirParentsSpan() {
        #expect(Self.order.window(2)?.range == 2...5)
        #expect(Self.order.window(3)?.range == 2...5)
        #expect(Self.order.window(3)?.segment == Self.order.window(2)?.segment)
        #expect(Self.order.window(5)?.range == 5...7)
        #expect(Self.order.window(5)?.segment != Self.order.window(3)?.segment)
    }

    @Test func anchorsAndChildrenOutsideTheAnchorsHaveNoWindow() {
        for child in [0, 1, 4, 6, 7, 8] { #expect(Self.order.window(child) == nil) }
        #expect(PairOrder(links: []).anchors.isEmpty)
        #expect(PairOrder(links: []).window(0) == nil)
    }
}
