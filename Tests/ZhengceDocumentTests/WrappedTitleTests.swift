import Foundation
import Testing
@testable import ZhengceDocument

/// Titles as the State Council's pages set them (../shared/corpora/govcn-2018-2019): a reply to a
/// proposal wrapped over two lines (国办函〔2005〕69号), a title letter-spaced for display
/// (国办函〔2005〕57号, 国发〔1981〕88号).
@Suite struct WrappedTitleTests {
    static func parse(_ lines: [String]) -> PolicyDocument {
        DocumentParser().parse(text: lines.joined(separator: "\n"), format: "text", id: "x",
                               source: SourceInfo(path: "x.txt", format: "text", encoding: "UTF-8", bytes: 0, sha256: ""))
    }

    @Test func aReplyWrappedOverTwoLinesKeepsBothLines() {
        let d = Self.parse(["国务院办公厅对全国政协十届三次会议", "第2741号提案的答复", "国办函〔2005〕69号", "邓乃扬、韩汝琦委员：",
                            "你们提出的关于完善与发展政府网站推进政府公共服务水平的提案，现答复如下：", "一、研究制定指导性文件。",
                            "国务院办公厅", "二〇〇五年七月十四日"])
        #expect(d.title == "国务院办公厅对全国政协十届三次会议第2741号提案的答复")
        #expect(d.docNumber == "国办函〔2005〕69号")
    }

    @Test func aLetterSpacedTitleIsReadWithoutItsSpaces() {
        let d = Self.parse(["国务院办公厅关于印发", "国 家 粮 食 应 急 预 案 的 函", "国办函〔2005〕57号",
                            "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：", "《国家粮食应急预案》已经国务院同意，现印发给你们，请认真实施。",
                            "国务院办公厅", "二〇〇五年六月十一日"])
        #expect(d.title == "国务院办公厅关于印发国家粮食应急预案的函")
        // Spaces beside other scripts, and between words of several characters (joint issuers), stay.
        #expect(MetadataExtractor.normalizeTitle("关于 COVID 19 疫情 的通知") == "关于 COVID 19 疫情 的通知")
        #expect(MetadataExtractor.normalizeTitle("几 个 问 题 的 通 知") == "几个问题的通知")
    }
}
