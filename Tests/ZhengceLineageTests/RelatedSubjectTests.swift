import Foundation
import Testing
import ZhengceDocument
@testable import ZhengceLineage

/// A `related` link needs a relation of subject (issue 15, eighth round): a citation, versions, or a specific word
/// of both titles. Read on round seven's random sample of the law corpus (seed 718), 5 of the 9 wrong `related`
/// links joined texts on different subjects through a shared template passage (问责清单 of 安阳市大气污染防治条例
/// and 河南省水污染防治条例, 外国人适用 of 行政复议法 and 行政处罚法, 价值认定 of two judicial interpretations).
@Suite struct RelatedSubjectTests {
    /// The accountability list shared by 安阳市大气污染防治条例 (第四十九条) and 河南省水污染防治条例 (第六十八条), cut to
    /// its common part (lawrefbook).
    static let accountability = "县级以上人民政府生态环境主管部门和其他负有监督管理职责的部门及其工作人员，有下列行为之一的，对直接负责的主管人员和其他直接责任人员依法给予处分：（一）未依法作出行政许可决定的；（二）对发现或者接到举报的违法行为不依法查处的；（三）篡改、伪造或者指使篡改、伪造监测数据的；（四）其他滥用职权、玩忽职守、徇私舞弊的行为。"

    static func regulation(_ id: String, _ title: String, date: String) -> PolicyDocument {
        DocumentBuilder.make(id: id, title: title, date: date, level: .provincial, region: "河南省",
                             measures: [("第一条", accountability),
                                        ("第二条", "本条例所称\(title.dropFirst(3).dropLast(2))工作，由县级以上人民政府统一领导。")])
    }

    /// Five provincial regulations: three on pollution (大气, 水, 土壤 污染防治), two on censuses (人口, 农业 普查 in
    /// this small stand-in corpus, a subject of two titles). With a floor of two titles, 污染 and 防治 (three titles)
    /// are words of a family of titles; 普查 names one subject.
    static let corpus = [
        regulation("air", "河南省大气污染防治条例", date: "2017-12-01"),
        regulation("water", "河南省水污染防治条例", date: "2019-06-05"),
        regulation("soil", "河南省土壤污染防治条例", date: "2021-07-30"),
        regulation("people", "河南省人口普查条例", date: "2010-05-24"),
        regulation("farm", "河南省农业普查条例", date: "2006-08-23"),
    ]

    @Test func specificWordsAreThoseOfFewTitles() {
        let subjects = RelatedSubjectTests.corpus.map { TitleSubject.pairs($0.title ?? "") }
        let specific = TitleSubject.specific(subjects, share: 0, floor: 2)
        #expect(subjects[0].isSuperset(of: ["大气", "污染", "防治"]))
        #expect(specific[0] == ["大气", "气污"])
        #expect(specific[1] == ["水污"])
        #expect(specific[3] == ["人口", "口普", "普查"])
        #expect(specific[4] == ["农业", "业普", "普查"])
        // A share of the corpus raises the limit: one title in two keeps every pair held by two titles.
        #expect(TitleSubject.specific(subjects, share: 0.6, floor: 0)[0].contains("污染"))
    }

    @Test func aSharedTemplateOnDifferentSubjectsIsNotRelated() {
        var options = LineageOptions()
        options.specificTitleFloor = 2
        options.specificTitleShare = 0
        let links = LineageAnalyzer(options: options).analyze(RelatedSubjectTests.corpus).graph.measureLinks
        func linked(_ a: String, _ b: String) -> [LineageLink] {
            links.filter { Set([$0.from.document, $0.to.document]) == Set([a, b]) && $0.from.label == "第一条" }
        }
        // 大气 and 水污染防治 share 污染防治 only: no link; 人口 and 农业普查 share 普查: related.
        #expect(linked("air", "water").isEmpty)
        #expect(linked("water", "soil").isEmpty)
        #expect(linked("people", "farm").map(\.type) == [.related])
        // With every pair specific (the floor above the corpus size), the template alone links the pollution texts.
        options.specificTitleFloor = 10
        let loose = LineageAnalyzer(options: options).analyze(RelatedSubjectTests.corpus).graph.measureLinks
        #expect(loose.contains { Set([$0.from.document, $0.to.document]) == ["air", "water"] && $0.type == .related })
    }

    @Test func aCitationRelatesTextsOnDifferentSubjects() {
        var options = LineageOptions()
        options.specificTitleFloor = 2
        options.specificTitleShare = 0
        var corpus = RelatedSubjectTests.corpus
        corpus[1] = DocumentBuilder.make(id: "water", title: "河南省水污染防治条例", date: "2019-06-05", level: .provincial,
                                         region: "河南省", cites: [("河南省大气污染防治条例", nil)],
                                         measures: [("第一条", RelatedSubjectTests.accountability)])
        let links = LineageAnalyzer(options: options).analyze(corpus).graph.measureLinks
        #expect(links.contains { $0.from.document == "water" && $0.to.document == "air" })
    }
}
