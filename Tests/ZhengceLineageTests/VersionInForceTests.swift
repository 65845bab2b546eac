import Foundation
import Testing
import ZhengceDocument
@testable import ZhengceLineage

/// Links into several versions of one text keep the version in force at the linking text's date
/// (`Context.keepVersionsInForce`): three texts of one law with the same article, a provincial regulation
/// citing the law and restating the article.
@Suite struct VersionInForceTests {
    static let versions = [
        VersionChainTests.version("v2004", date: "2004-04-06", amended: "2004年4月6日 第十届全国人民代表大会常务委员会第八次会议修订"),
        VersionChainTests.version("v2016", date: "2016-11-07", amended: "2016年11月7日 第十二届全国人民代表大会常务委员会第二十四次会议修正"),
        VersionChainTests.version("v2022", date: "2022-12-30", amended: "2022年12月30日 第十三届全国人民代表大会常务委员会第三十八次会议修正"),
    ]

    static func province(_ date: String) -> PolicyDocument {
        DirectionTests.law("province", title: "浙江省实施《中华人民共和国对外贸易法》办法",
                           header: "\(date.prefix(4))年\(Int(date.dropFirst(5).prefix(2))!)月\(Int(date.suffix(2))!)日 浙江省人民代表大会常务委员会通过",
                           date: date, level: .provincial, region: "浙江省",
                           cites: [(VersionChainTests.title, nil)])
    }

    /// The versions of the law the province's links of `type` reach: (measure links, document links).
    static func reached(_ analysis: LineageAnalysis, _ type: LinkType) -> (measures: Set<String>, documents: Set<String>) {
        let links = analysis.graph.links.filter { $0.type == type && $0.from.document == "province" }
        return (Set(links.filter { $0.from.measure != nil }.map(\.to.document)),
                Set(links.filter { $0.from.measure == nil }.map(\.to.document)))
    }

    @Test func aLaterTextKeepsTheVersionInForceAtItsDate() {
        let analysis = LineageAnalyzer().analyze(VersionInForceTests.versions + [VersionInForceTests.province("2019-03-01")])
        let (measures, documents) = VersionInForceTests.reached(analysis, .derives)
        #expect(measures == ["v2016"])
        #expect(documents.isSubset(of: ["v2016"]))
        #expect(analysis.statistics.versionsOutOfForceDropped > 0)
    }

    @Test func anEarlierTextKeepsTheFirstVersion() {
        let analysis = LineageAnalyzer().analyze(VersionInForceTests.versions + [VersionInForceTests.province("2010-06-01")])
        #expect(VersionInForceTests.reached(analysis, .derives).measures == ["v2004"])
    }

    @Test func withTheRuleOffEveryVersionStaysLinked() {
        var options = LineageOptions()
        options.versionInForce = false
        let analysis = LineageAnalyzer(options: options).analyze(VersionInForceTests.versions + [VersionInForceTests.province("2019-03-01")])
        #expect(VersionInForceTests.reached(analysis, .derives).measures.count > 1)
        #expect(analysis.statistics.versionsOutOfForceDropped == 0)
    }
}
