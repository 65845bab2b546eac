import Foundation
import Testing
import ZhengceDocument
@testable import ZhengceLineage

/// Choosing among a parent's articles by chapter (issue 15, ninth round). Of the 7 wrong `derives` of round eight's
/// random sample (seed 817), 5 joined the right parent's wrong article; in 3 of them the child article's chapter has a
/// counterpart in the parent and the chosen article is outside it (广东省土地管理条例 总则 第三条 ← 土地管理法 监督检查
/// 第六十七条, the right one is 第五条 in 总则; 河南省防震减灾条例 总则 第四条 ← 法 防震减灾规划 第十四条, right: 第四条;
/// 山东省高速公路交通安全条例 交通事故救援与处理 ← 道路交通安全法实施条例 车辆和驾驶人 第十八条).
@Suite struct ChapterPlanTests {
    /// A piece of legislation with chapters: each chapter's label and heading on a line of its own (as the law files
    /// have them, `## 第一章  总 则`), then its articles, each measure's path holding the chapter's label.
    static func make(_ id: String, _ chapters: [(label: String, heading: String, articles: [(label: String, text: String)])]) -> PolicyDocument {
        var document = DocumentBuilder.make(id: id, title: id, measures: [])
        var text = "# \(id)\n\n"
        var measures: [Measure] = []
        for (c, chapter) in chapters.enumerated() {
            text += "## \(chapter.label)  \(chapter.heading)\n\n"
            for (n, article) in chapter.articles.enumerated() {
                let start = text.utf16.count
                text += article.label + " " + article.text
                measures.append(Measure(id: "\(id)/\(c + 1).\(n + 1)", provision: measures.count, label: article.label,
                                        path: [chapter.label, article.label], title: String(article.text.prefix { $0 != "。" }),
                                        text: article.text, start: start, end: text.utf16.count))
                text += "\n\n"
            }
        }
        document.text = text
        document.measures = measures
        return document
    }

    /// A national law and a provincial regulation in the shape of 土地管理法 / 广东省土地管理条例 (chapter plan and
    /// duty articles cut short; the parent's heading written with a space, as the corpus has 第一章  总 则).
    static let law = make("law", [
        ("第一章", "总 则", [("第一条", "为了加强土地管理，制定本法。"), ("第二条", "国务院自然资源主管部门统一负责全国土地的管理和监督工作。")]),
        ("第二章", "监督检查", [("第三条", "县级以上人民政府自然资源主管部门对违反土地管理法律、法规的行为进行监督检查。")]),
        ("第三章", "交通事故处理", [("第四条", "发生交通事故，应当立即停车。")]),
    ])

    static let regulation = make("regulation", [
        ("第一章", "总则", [("第一条", "根据《law》，结合本省实际，制定本条例。"),
                           ("第二条", "县级以上人民政府自然资源主管部门负责土地管理和监督工作。")]),
        ("第二章", "交通事故救援与处理", [("第三条", "发生交通事故，应当立即停车，开启危险报警闪光灯。")]),
        ("第三章", "耕地保护", [("第四条", "严格保护永久基本农田。")]),
        ("第四章", "监督检查", [("第五条", "县级以上人民政府自然资源主管部门对违反土地管理法律、法规的行为进行监督检查。")]),
    ])

    static func measure(_ document: PolicyDocument, _ label: String) -> Int {
        document.measures.firstIndex { $0.label == label && $0.path.count == 2 }!
    }

    @Test func headingsComeFromTheChapterAnArticleIsIn() {
        let plan = ChapterPlan(ChapterPlanTests.law)
        #expect(plan.headings == ["总则", "监督检查", "交通事故处理"])
        #expect(plan.heading[ChapterPlanTests.measure(ChapterPlanTests.law, "第三条")] == "监督检查")
        #expect(ChapterPlan(ChapterPlanTests.regulation).heading[ChapterPlanTests.measure(ChapterPlanTests.regulation, "第二条")] == "总则")
    }

    @Test func counterpartsHoldHalfTheChildHeadingsPairs() {
        let parent = ChapterPlan(ChapterPlanTests.law)
        #expect(ChapterPlan.counterparts(of: "总则", in: parent) == ["总则"])
        // 交通事故救援与处理: 8 pairs, 4 of them (交通 通事 事故 处理) in 交通事故处理.
        #expect(ChapterPlan.counterparts(of: "交通事故救援与处理", in: parent) == ["交通事故处理"])
        #expect(ChapterPlan.counterparts(of: "耕地保护", in: parent).isEmpty)
    }

    @Test func anArticleAcrossChaptersThatMapOntoEachOtherIsOffChapter() {
        let child = ChapterPlan(ChapterPlanTests.regulation), parent = ChapterPlan(ChapterPlanTests.law)
        let r = ChapterPlanTests.regulation, l = ChapterPlanTests.law
        func off(_ a: String, _ b: String) -> Bool {
            ChapterPlan.offChapter(child: child, ChapterPlanTests.measure(r, a), parent: parent, ChapterPlanTests.measure(l, b))
        }
        #expect(off("第二条", "第三条"))        // 总则 duties ← 监督检查, which the child has a chapter for
        #expect(!off("第二条", "第二条"))       // 总则 ← 总则
        #expect(off("第三条", "第三条"))        // 交通事故救援与处理 ← 监督检查
        #expect(!off("第三条", "第四条"))       // ← 交通事故处理, its counterpart
        #expect(!off("第四条", "第三条"))       // 耕地保护 has no counterpart in the parent: nothing said
        #expect(!off("第五条", "第二条"))       // a parent's 总则 is restated anywhere
        #expect(!off("第五条", "第三条"))       // 监督检查 ← 监督检查
        // A parent chapter with no counterpart in the child (the child folded it into another): nothing said.
        let folded = ChapterPlanTests.make("folded", [
            ("第一章", "总则", [("第一条", "根据《law》，制定本条例。")]),
            ("第二章", "交通事故救援与处理", [("第二条", "县级以上人民政府自然资源主管部门对违反土地管理法律、法规的行为进行监督检查。")]),
        ])
        #expect(!ChapterPlan.offChapter(child: ChapterPlan(folded), ChapterPlanTests.measure(folded, "第二条"),
                                        parent: parent, ChapterPlanTests.measure(l, "第三条")))
    }
}
