import Testing
@testable import ZhengceLineage

/// `Context.removeLinks(at:)` removes in place: the links left keep their order, whichever positions go.
@Suite struct RemoveLinksTests {
    static func context(_ count: Int) -> Context {
        var context = Context(documents: [], options: LineageOptions())
        for n in 0..<count {
            let link = LineageLink(type: .derives, from: LinkEnd(document: "c\(n)"), to: LinkEnd(document: "p"), score: 0.5, inferred: true)
            context.links.append((LinkSortKey(document: false, type: .derives, from: "c\(n)", fromMeasure: n, score: 0.5, to: "p"), link))
        }
        return context
    }

    @Test(arguments: [Set<Int>(), [0], [9], [0, 9], [1, 2, 3, 7], Set(0..<10), [4, 5]])
    func theRestKeepTheirOrder(remove: Set<Int>) {
        var context = RemoveLinksTests.context(10)
        context.removeLinks(at: remove)
        let expected = (0..<10).filter { !remove.contains($0) }
        #expect(context.links.map(\.key.fromMeasure) == expected)
        #expect(context.links.map(\.link.from.document) == expected.map { "c\($0)" })
    }

    @Test func noLinks() {
        var context = RemoveLinksTests.context(0)
        context.removeLinks(at: [])
        context.removeLinks(at: [3])
        #expect(context.links.isEmpty)
    }
}
