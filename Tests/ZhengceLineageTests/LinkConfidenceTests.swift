import Foundation
import Testing
@testable import ZhengceLineage

/// Link confidence (issue 15, twentieth round): a `derives` / `related` measure link is `high` when its documents are
/// joined by a citation and its parent article is taken up the same way elsewhere (a linked sibling) or it scores at
/// least 0.5; every other link is `low`. A graph made by hand, named after the labelled 献血法 → 浙江 → 宁波 chain of the law
/// corpus (lawrefbook), with scores set on either side of the rule's bounds: the confidence reads nothing but the graph.
@Suite struct LinkConfidenceTests {
    static let law = "行政法--献血法(1997-12-29)"
    static let zhejiang = "DLC--浙江地方法规--地方性法规--浙江--浙江省实施《献血法》办法(2020-11-27)"
    static let ningbo = "DLC--浙江地方法规--地方性法规--浙江--宁波市献血条例(2018-11-29)"

    static func end(_ document: String, _ article: String? = nil) -> LinkEnd {
        LinkEnd(document: document, measure: article.map { document + "/" + $0 }, label: article.map { "第\($0)条" })
    }

    static func link(_ type: LinkType, _ from: String, _ fromArticle: String?, _ to: String, _ toArticle: String?,
                     _ score: Double? = nil) -> LineageLink {
        LineageLink(type: type, from: end(from, fromArticle), to: end(to, toArticle), score: score, inferred: type != .cites)
    }

    /// 浙江 cites 献血法 and 宁波 cites both; 献血法 第八条 is taken up by 浙江 第十二条 and 宁波 第九条, which are linked to each
    /// other; 浙江 第十三条 takes up 第八条 too but no other text's taker of 第八条 is linked to it; 宁波 第二条 takes up
    /// 献血法 第二条 strongly; an uncited text's link with a linked sibling stays low.
    static let graph = LineageGraph(documents: [], links: [
        link(.cites, zhejiang, nil, law, nil),
        link(.cites, ningbo, nil, law, nil),
        link(.cites, ningbo, nil, zhejiang, nil),
        link(.derives, zhejiang, "12", law, "8", 0.352),
        link(.derives, zhejiang, "13", law, "8", 0.298),
        link(.derives, ningbo, "9", law, "8", 0.276),
        link(.derives, ningbo, "9", zhejiang, "12", 0.412),
        link(.derives, ningbo, "2", law, "2", 0.5004),
        link(.derives, ningbo, "3", law, "2", 0.4996),
        link(.related, "uncited", "1", law, "8", 0.61),
        link(.parallel, "uncited", "1", zhejiang, "12", 0.45),
    ])

    @Test func aCitedLinkWithALinkedSiblingOrAStrongScoreIsHigh() throws {
        let confidence = LinkConfidence(graph: LinkConfidenceTests.graph)
        func level(_ from: String, _ fromArticle: String, _ to: String, _ toArticle: String) -> LinkConfidence.Level? {
            let found = LinkConfidenceTests.graph.links.first {
                $0.from.measure == from + "/" + fromArticle && $0.to.measure == to + "/" + toArticle
            }
            return found.flatMap(confidence.level(of:))
        }
        let (z, n, l) = (LinkConfidenceTests.zhejiang, LinkConfidenceTests.ningbo, LinkConfidenceTests.law)
        // 宁波 第九条, which takes up 第八条 too, is linked to 浙江 第十二条: a linked sibling in a cited pair.
        #expect(level(z, "12", l, "8") == .high)
        #expect(confidence.signals(of: LinkConfidenceTests.graph.links[3]) == LinkConfidence.Signals(cited: true, sibling: true, strong: false))
        #expect(level(n, "9", l, "8") == .high)
        // 浙江 第十三条: siblings (宁波 第九条) but none linked to it; cited, 0.298.
        #expect(level(z, "13", l, "8") == .low)
        // No other text takes up 浙江 第十二条: cited, 0.412.
        #expect(level(n, "9", z, "12") == .low)
        // Strong from 0.5 at three decimals: 0.5004 is 0.500, 0.4996 is 0.500 too, both high.
        #expect(level(n, "2", l, "2") == .high)
        #expect(level(n, "3", l, "2") == .high)
        // Not cited: low, whatever the sibling (浙江 第十二条 takes up 第八条 and is linked to it) and the score.
        #expect(confidence.signals(of: LinkConfidenceTests.graph.links[9])?.sibling == true)
        #expect(level("uncited", "1", l, "8") == .low)
        // Citations and parallel links have none.
        #expect(confidence.level(of: LinkConfidenceTests.graph.links[0]) == nil)
        #expect(confidence.level(of: LinkConfidenceTests.graph.links[10]) == nil)
    }

    @Test func theConfidentGraphKeepsEveryOtherLink() {
        let confidence = LinkConfidence(graph: LinkConfidenceTests.graph)
        let kept = confidence.keeping(LinkConfidenceTests.graph)
        #expect(kept.links.count == LinkConfidenceTests.graph.links.count - 3)
        #expect(kept.links.filter { $0.type == .cites || $0.type == .parallel }.count == 4)
        #expect(kept.links.allSatisfy { confidence.level(of: $0) != .low })
        #expect(confidence.keeping(LinkConfidenceTests.graph, atLeast: .low) == LinkConfidenceTests.graph)
    }

    @Test func theRatedJSONIsTheGraphsWithAConfidencePerLink() throws {
        let confidence = LinkConfidence(graph: LinkConfidenceTests.graph)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data = try encoder.encode(LinkConfidence.RatedGraph(graph: LinkConfidenceTests.graph, confidence: confidence))
        // Read back as a graph: the same links (the confidence is a key beside the link's own).
        #expect(try JSONDecoder().decode(LineageGraph.self, from: data) == LinkConfidenceTests.graph)
        let links = try #require((try JSONSerialization.jsonObject(with: data) as? [String: Any])?["links"] as? [[String: Any]])
        #expect(links.map { $0["confidence"] as? String } == [nil, nil, nil, "high", "low", "high", "low", "high", "high", "low", nil])
        #expect(Set(links[3].keys) == ["confidence", "from", "inferred", "score", "to", "type"])
    }
}
