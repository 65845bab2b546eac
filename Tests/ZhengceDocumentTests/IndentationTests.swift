import Foundation
import Testing
@testable import ZhengceDocument

/// Outline in any indentation and numbering style (issue 14): a provincial 指导意见 shaped like the real
/// ones, its lines indented with ASCII spaces, U+3000, tabs or NBSP, its items numbered 1. / 1、 / （1） / 1）,
/// closing paragraphs opened by 一是/二是 or 第一，/第二，.
@Suite struct IndentationTests {
    static let lines = [
        "广东省人民政府办公厅关于促进外贸稳定发展的指导意见", "粤府办〔2023〕9号", "各地级以上市人民政府，省政府各部门：",
        "为促进外贸稳定发展，提出如下意见。", "一、总体要求", "（一）指导思想。坚持稳中求进工作总基调。", "二、重点任务",
        "（二）支持企业开拓市场。", "1.支持企业参加境外展会。（省商务厅牵头，省财政厅配合）",
        "2.加大出口信用保险支持。（省商务厅、中国信保广东分公司负责）", "（三）优化通关环境。",
        "1.压缩通关时间。（海关总署广东分署牵头）", "2.推广提前申报。（海关总署广东分署、省商务厅负责）", "三、保障措施",
        "一是加强组织领导。各地要建立工作机制。（省商务厅牵头）", "二是强化督促落实。（省政府督查室负责）",
        "广东省人民政府办公厅", "2023年3月1日",
    ]

    static func parse(_ text: String) -> PolicyDocument {
        DocumentParser().parse(text: text, format: "text", id: "x",
                               source: SourceInfo(path: "x.txt", format: "text", encoding: "UTF-8", bytes: 0, sha256: ""))
    }

    @Test(arguments: ["  ", "\u{3000}\u{3000}", "\t", "\u{00A0}\u{00A0}", " \u{3000}\t"])
    func indentedLinesKeepTheirOutline(indent: String) {
        let text = Self.lines.enumerated().map { $0.offset > 2 ? indent + $0.element : $0.element }.joined(separator: "\n")
        let d = Self.parse(text)
        #expect(d.measures.count == 6)
        #expect(d.measures.map(\.label) == ["1.", "2.", "1.", "2.", "一是", "二是"])
        #expect(d.measures[0].responsible.map(\.name) == ["省商务厅", "省财政厅"])
        #expect(d.docNumber == "粤府办〔2023〕9号" && d.level == .provincial)
    }

    @Test(arguments: [("1、", "2、"), ("（1）", "（2）"), ("1）", "2）")])
    func itemNumberingStyles(first: String, second: String) {
        let text = Self.lines.map { $0.replacingOccurrences(of: "1.", with: first).replacingOccurrences(of: "2.", with: second) }
            .joined(separator: "\n")
        let d = Self.parse(text)
        #expect(d.measures.count == 6)
        #expect(d.measures.prefix(4).map(\.label) == [first, second, first, second])
        #expect(!d.warnings.contains { $0.kind == "unbalanced-brackets" })
    }

    @Test func ordinalParagraphs() {
        let text = Self.lines.map { $0.replacingOccurrences(of: "一是", with: "第一，").replacingOccurrences(of: "二是", with: "第二，") }
            .joined(separator: "\n")
        let d = Self.parse(text)
        #expect(d.measures.suffix(2).map(\.label) == ["第一，", "第二，"])
        #expect(d.measures.last?.responsible.map(\.name) == ["省政府督查室"])
    }

    @Test func indentedFixtureHasMeasures() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/documents/guangdong-measures-indented.txt")
        let d = try DocumentParser().parse(fileAt: url)
        #expect(d.measures.count > 0)
    }
}
