import Testing
@testable import ZhengceDiff

@Suite struct WordDiffTests {
    static func side(_ runs: [TextRun], _ keep: TextOperation) -> String {
        runs.filter { $0.op == .equal || $0.op == keep }.map(\.text).joined()
    }

    @Test(arguments: [
        ("到2025年，培育10家跨境电商龙头企业，建设一批海外仓。", "到2027年，培育20家跨境电商龙头企业，建设一批公共海外仓。"),
        ("商务部牵头，海关总署、税务总局配合。", "海关总署牵头，商务部、税务总局按职责分工负责。"),
        ("对外贸易经营者应当办理备案登记。", "对外贸易经营者应当依法办理备案登记；但是，法律另有规定的除外。"),
        ("", "新增的条文。"),
        ("删去的条文。", ""),
    ])
    func runsRebuildBothTexts(_ old: String, _ new: String) {
        let runs = WordDiff.runs(old: old, new: new)
        #expect(Self.side(runs, .delete) == old)
        #expect(Self.side(runs, .insert) == new)
    }

    @Test func changedNumberIsOneReplacementAmidEqualText() {
        let runs = WordDiff.runs(old: "到2025年，培育10家跨境电商龙头企业。", new: "到2025年，培育20家跨境电商龙头企业。")
        let changes = runs.filter { $0.op != .equal }
        #expect(changes.count == 2)
        #expect(changes.first?.op == .delete)
        #expect(changes.first?.text.contains("10") == true)
        #expect(changes.last?.text.contains("20") == true)
        #expect(runs.first?.op == .equal)
        #expect(runs.last == TextRun(op: .equal, text: "家跨境电商龙头企业。") || runs.last?.text.hasSuffix("龙头企业。") == true)
    }

    @Test func widthAndPunctuationVariantsAreNotChanges() {
        let runs = WordDiff.runs(old: "到２０２５年，财政部、商务部负责。", new: "到2025年，财政部,商务部负责。")
        #expect(runs.allSatisfy { $0.op == .equal })
    }

    @Test func insertedClauseIsOneInsertRun() {
        let runs = WordDiff.runs(old: "对外贸易经营者应当办理备案登记。", new: "对外贸易经营者应当依法办理备案登记。")
        #expect(runs.filter { $0.op == .insert }.map(\.text) == ["依法"])
        #expect(runs.filter { $0.op == .delete }.isEmpty)
    }

    @Test func shiftedMatchReadsAsOneReplacementButAlignedWordsStay() {
        // "第十六条" kept between an insertion and a deletion is a match out of place.
        let shifted = WordDiff.runs(old: "依照本法第十六条和第十七条的规定", new: "依照本法第十五条和第十六条的规定")
        #expect(shifted == [TextRun(op: .equal, text: "依照本法"), TextRun(op: .delete, text: "第十六条和第十七条"),
                            TextRun(op: .insert, text: "第十五条和第十六条"), TextRun(op: .equal, text: "的规定")])
        // "以上" between two replacements stays visible.
        let aligned = WordDiff.runs(old: "处以一万元以上五万元以下罚款。", new: "处以二万元以上十万元以下罚款。")
        #expect(aligned.filter { $0.op == .equal }.map(\.text).contains("以上"))
        #expect(aligned.filter { $0.op == .delete }.map(\.text) == ["一万元", "五万元"])
    }
}
