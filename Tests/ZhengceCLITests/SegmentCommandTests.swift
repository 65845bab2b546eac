import Foundation
import TestSupport
import Testing

@Suite struct SegmentCommandTests {
    @Test func segmentsTextInSighanFormat() throws {
        let result = try runZhengce(["segment", "支持跨境电商企业按规定将出口货物在境外发生的费用与出口货款轧差结算"])
        #expect(result.status == 0)
        #expect(result.stdout == "支持 跨境电商 企业 按规定 将 出口 货物 在 境外 发生 的 费用 与 出口 货款 轧差结算\n")
    }

    @Test func keepsOneOutputLinePerInputLine() throws {
        let result = try runZhengce(["segment", "-"], input: "海关总署牵头\n\n商务部 配合\n")
        #expect(result.status == 0)
        #expect(result.stdout == "海关总署 牵头\n\n商务部 配合\n")
    }

    @Test func jsonGivesUTF16Offsets() throws {
        let result = try runZhengce(["segment", "--format", "json", "商务部\u{3000}𠀀支持"])
        #expect(result.status == 0)
        let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let tokens = json?["tokens"] as? [[String: Any]] ?? []
        #expect(tokens.map { $0["text"] as? String } == ["商务部", "𠀀", "支持"])
        #expect(tokens.map { $0["start"] as? Int } == [0, 4, 6])
        #expect(tokens.map { $0["end"] as? Int } == [3, 6, 8])
    }

    @Test func readsGBKFiles() throws {
        let result = try runZhengce(["segment", "--file", Fixtures.file("gbk-notice.txt").path])
        #expect(result.status == 0)
        #expect(result.stdout.split(separator: "\n").first == "国务院办公厅 关于 加快 发展 外贸 新业态新模式 的 意见")
    }

    @Test func badInputFailsWithOneLine() throws {
        let missing = try runZhengce(["segment", "--file", "/nonexistent/policy.txt"])
        #expect(missing.status == 2)
        #expect(missing.stderr == "zhengce: cannot read /nonexistent/policy.txt: no such readable file\n")
        let empty = try runZhengce(["segment", "-"], input: "")
        #expect(empty.status == 2)
        #expect(empty.stderr.contains("empty"))
        let usage = try runZhengce(["segment"])
        #expect(usage.status == 64)
    }

    @Test func addsUserLexiconsAndSwitchesStyle() throws {
        let plain = try runZhengce(["segment", "推进跨境云仓联盟建设"])
        #expect(plain.stdout == "推进 跨境 云仓 联盟 建设\n")
        let withLexicon = try runZhengce(["segment", "--lexicon", Fixtures.file("segment/lexicon.txt").path, "推进跨境云仓联盟建设"])
        #expect(withLexicon.stdout == "推进 跨境云仓联盟 建设\n")
        let treebank = try runZhengce(["segment", "--style", "treebank", "--file", "-"], input: "2024年6月8日位于上海")
        #expect(treebank.stdout == "2024 年 6 月 8 日 位 于 上海\n")
        let missing = try runZhengce(["segment", "--lexicon", "/nonexistent/lexicon.txt", "海关"])
        #expect(missing.status == 2)
        #expect(missing.stderr == "zhengce: cannot read lexicon /nonexistent/lexicon.txt\n")
    }

    @Test func icuEngineIsAvailableForBenchmarks() throws {
        let result = try runZhengce(["segment", "--engine", "icu", "海关总署 AEO"])
        #expect(result.status == 0)
        #expect(result.stdout.hasSuffix(" AEO\n"))
    }
}
