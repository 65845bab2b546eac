import Testing
import TestSupport
@testable import ZhengceDocument

/// Random text made of the pieces the target grammar reads (numerals, units, cues, dashes, years,
/// punctuation) must never crash it, and every target's span must hold its phrase.
@Suite struct TargetRandomInputTests {
    static let pieces = ["1", "2", "0", "5", ".", "，", "。", "；", "、", "—", "-", "到", "至", "年", "月", "日", "底", "前", "起",
                         "内", "以上", "以下", "左右", "不超过", "不少于", "达到", "为", "按", "每", "每年", "个", "个月", "家",
                         "%", "万元", "亿", "次", "岁", "的", "了", "以", "对", "具有", "两", "三", "十", "百", "千", "点", "成",
                         "分之", "百分之", "一半", "“", "”", "《", "》", "（", "）", "2025", "2019", "第", "等", "共", "建设",
                         "培育", "罚款", "是指", " ", "\n", "零", "〇", "１", "２"]

    @Test(arguments: [1, 2, 3, 4, 5, 6, 7, 8] as [UInt64])
    func randomTextNeverCrashesAndSpansHoldTheirPhrases(seed: UInt64) {
        var rng = SplitMix64(seed: seed)
        for _ in 0..<300 {
            let count = Int(rng.next() % 60)
            let s = (0..<count).map { _ in Self.pieces[Int(rng.next() % UInt64(Self.pieces.count))] }.joined()
            let text = UnitText(s)
            let extractor = TargetExtractor(text: text, issuedYear: rng.next() % 2 == 0 ? 2020 : nil)
            for t in extractor.extract(0..<text.count) {
                #expect(text.string(t.start..<t.end) == t.phrase, "\(s)")
                #expect(t.start >= 0 && t.end <= text.count && t.start < t.end)
            }
        }
    }
}
