import Foundation
import Testing
import ZhengceDocument
@testable import ZhengceLineage

/// Measure `version` links join consecutive versions of a text only (`Context+VersionChain`): three texts of
/// one law (headers as the law corpus writes them), the same articles in each.
@Suite struct VersionChainTests {
    static let title = "中华人民共和国对外贸易法"
    static let header = "1994年5月12日 第八届全国人民代表大会常务委员会第七次会议通过"

    static func version(_ id: String, date: String, amended: String) -> PolicyDocument {
        DirectionTests.law(id, title: title, header: header + "\n" + amended, date: date)
    }

    /// Pairs of documents (later, earlier) joined by measure links of type version, and by document links.
    static func pairs(_ analysis: LineageAnalysis) -> (measures: Set<[String]>, documents: Set<[String]>) {
        let version = analysis.graph.links.filter { $0.type == .version }
        return (Set(version.filter { $0.from.measure != nil }.map { [$0.from.document, $0.to.document] }),
                Set(version.filter { $0.from.measure == nil }.map { [$0.from.document, $0.to.document] }))
    }

    @Test func articlesFollowTheChainOfVersions() {
        let v2004 = VersionChainTests.version("v2004", date: "2004-04-06", amended: "2004年4月6日 第十届全国人民代表大会常务委员会第八次会议修订")
        let v2016 = VersionChainTests.version("v2016", date: "2016-11-07", amended: "2016年11月7日 第十二届全国人民代表大会常务委员会第二十四次会议修正")
        let v2022 = VersionChainTests.version("v2022", date: "2022-12-30", amended: "2022年12月30日 第十三届全国人民代表大会常务委员会第三十八次会议修正")
        let (measures, documents) = VersionChainTests.pairs(LineageAnalyzer().analyze([v2022, v2004, v2016]))
        #expect(measures == [["v2016", "v2004"], ["v2022", "v2016"]])
        // The documents stay versions of one another, all three pairs.
        #expect(documents == [["v2016", "v2004"], ["v2022", "v2016"], ["v2022", "v2004"]])
    }

    @Test func versionsWithNothingDatedBetweenThemStayPaired() {
        // Two texts of the same date: neither lies between the first and the last.
        let first = VersionChainTests.version("a", date: "2004-04-06", amended: "2004年4月6日 第十届全国人民代表大会常务委员会第八次会议修订")
        let twin = VersionChainTests.version("b", date: "2004-04-06", amended: "2004年4月6日 第十届全国人民代表大会常务委员会第八次会议修订")
        let last = VersionChainTests.version("c", date: "2016-11-07", amended: "2016年11月7日 第十二届全国人民代表大会常务委员会第二十四次会议修正")
        let (measures, _) = VersionChainTests.pairs(LineageAnalyzer().analyze([first, twin, last]))
        #expect(measures.count == 3, "\(measures)")
        #expect(measures.contains(["c", "a"]) && measures.contains(["c", "b"]))
    }

    @Test func versionMatesAreFoundByMetadata() {
        let v2004 = VersionChainTests.version("v2004", date: "2004-04-06", amended: "")
        let v2016 = VersionChainTests.version("v2016", date: "2016-11-07", amended: "")
        let other = DirectionTests.law("other", title: "中华人民共和国海关法", header: VersionChainTests.header, date: "2017-11-04")
        #expect(LineageAnalyzer.versionMates(of: ["v2016"], in: [v2004, v2016, other]) == ["v2004"])
        #expect(LineageAnalyzer.versionMates(of: ["other"], in: [v2004, v2016, other]).isEmpty)
    }
}
