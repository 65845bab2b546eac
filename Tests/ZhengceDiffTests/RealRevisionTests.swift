import Foundation
import Testing
import TestSupport
import ZhengceDocument
@testable import ZhengceDiff

/// A real amendment: 对外贸易法 as amended in 2016 and in 2022 (LawRefBook/Laws, see
/// Tests/Fixtures/diff/real/README.md), parsed by the real parser. The 2022 amendment deletes the old
/// 第九条 (备案登记), renumbers the 61 articles after it, and updates the cross-references that point
/// past it; nothing else changes apart from `:` becoming `：` and `<>` becoming `〈〉`.
@Suite struct RealRevisionTests {
    static let old2016 = parse("foreign-trade-law-2016-11-07.md")
    static let new2022 = parse("foreign-trade-law-2022-12-30.md")

    static func parse(_ name: String) -> PolicyDocument {
        // A missing or unreadable fixture fails the tests below through their expectations.
        (try? DocumentParser().parse(fileAt: Fixtures.file("diff/real/" + name))) ?? PolicyDocument(
            id: name, source: SourceInfo(path: name, format: "text", encoding: "UTF-8", bytes: 0, sha256: ""), text: "")
    }

    static let forward = DocumentDiffer().diff(old: old2016, new: new2022)
    static let backward = DocumentDiffer().diff(old: new2022, new: old2016)

    static func change(_ diff: DocumentDiff, old label: String) -> ProvisionChange? {
        diff.changes.first { $0.old?.label == label && $0.old?.path.count == 2 }
    }

    static func pairs(_ diff: DocumentDiff, _ kind: ChangeKind) -> [String] {
        diff.changes.filter { $0.kind == kind }.map { "\($0.old?.label ?? "-")→\($0.new?.label ?? "-")" }
    }

    /// Old text from equal + delete runs, new text from equal + insert runs.
    static func sides(_ runs: [TextRun]) -> (old: String, new: String) {
        (runs.filter { $0.op != .insert }.map(\.text).joined(), runs.filter { $0.op != .delete }.map(\.text).joined())
    }

    @Test func fixturesParseIntoChaptersAndArticles() {
        func articles(_ d: PolicyDocument) -> [Provision] { d.provisions.filter { $0.scheme == .article } }
        #expect(articles(Self.old2016).count == 70)
        #expect(articles(Self.new2022).count == 69)
        #expect(Self.old2016.provisions.filter { $0.scheme == .chapter }.count == 11)
    }

    @Test func oldArticleNineIsRemoved() throws {
        #expect(Self.forward.summary.removed == 1)
        #expect(Self.forward.summary.added == 0)
        let removed = try #require(Self.forward.changes.first { $0.kind == .removed })
        #expect(removed.old?.label == "第九条")
        #expect(removed.old?.path == ["第二章", "第九条"])
        #expect(removed.text.count == 1 && removed.text[0].op == .delete)
        #expect(removed.text[0].text.hasPrefix("从事货物进出口或者技术进出口的对外贸易经营者"))
        #expect(removed.text[0].text.contains("海关不予办理进出口货物的报关验放手续"))
    }

    @Test func articlesAfterTheDeletionAreRenumberedNotModified() {
        let renumbered = Self.pairs(Self.forward, .renumbered)
        // Old 第十条…第七十条 is 61 articles; five had a cross-reference rewritten (第十八、二十八、
        // 六十、六十三、六十四条), so 56 keep their text. 第十六条 differs only by `:` → `：`.
        // 第三十七条 keeps its lead sentence but its item （六） changed: modified, not renumbered.
        #expect(renumbered.count == 55)
        #expect(Self.pairs(Self.forward, .modified).contains("第三十七条→第三十六条"))
        for pair in ["第十条→第九条", "第十一条→第十条", "第十三条→第十二条", "第十六条→第十五条", "第十七条→第十六条",
                     "第二十六条→第二十五条", "第三十四条→第三十三条", "第五十九条→第五十八条",
                     "第六十一条→第六十条", "第七十条→第六十九条"] {
            #expect(renumbered.contains(pair), "\(pair)")
        }
        for changed in ["第十八条", "第二十八条", "第六十条", "第六十三条", "第六十四条"] {
            #expect(!renumbered.contains { $0.hasPrefix(changed + "→") }, "\(changed)")
        }
        #expect(Self.forward.summary.moved == 0 && Self.forward.summary.split == 0 && Self.forward.summary.merged == 0)
        // 第一条…第八条 stand before the deletion and keep label and text.
        #expect(Self.change(Self.forward, old: "第一条") == nil)
        #expect(Self.change(Self.forward, old: "第八条") == nil)
        #expect(Self.forward.summary.unchanged >= 8 + 11)
    }

    @Test func rewrittenCrossReferencesAreModifiedWordByWord() throws {
        let modified = Self.pairs(Self.forward, .modified)
        for pair in ["第十八条→第十七条", "第二十八条→第二十七条", "第六十条→第五十九条", "第六十三条→第六十二条",
                     "第六十四条→第六十三条", "（六）→（六）"] {
            #expect(modified.contains(pair), "\(pair)")
        }
        // 第六十条: "违反本法第十一条规定" became "违反本法第十条规定": one word out, one word in.
        let sixty = try #require(Self.change(Self.forward, old: "第六十条"))
        #expect(sixty.kind == .modified)
        #expect(sixty.new?.label == "第五十九条")
        #expect(sixty.text.filter { $0.op == .delete }.map(\.text) == ["第十一条"])
        #expect(sixty.text.filter { $0.op == .insert }.map(\.text) == ["第十条"])
        #expect(sixty.similarity > 0.9 && sixty.similarity < 1)
        // 第六十四条: "第六十一条至第六十三条" became "第六十条至第六十二条".
        let sixtyFour = try #require(Self.change(Self.forward, old: "第六十四条"))
        let (before, after) = Self.sides(sixtyFour.text)
        #expect(before.contains("依照本法第六十一条至第六十三条规定被禁止"))
        #expect(after.contains("依照本法第六十条至第六十二条规定被禁止"))
        #expect(!sixtyFour.text.contains { $0.op != .equal && $0.text.contains("外汇") })
        // 第十八条 (two paragraphs): both read back exactly, with the new references.
        let eighteen = try #require(Self.change(Self.forward, old: "第十八条"))
        let (old18, new18) = Self.sides(eighteen.text)
        #expect(old18.contains("依照本法第十六条和第十七条的规定") && old18.contains("可以在本法第十六条和第十七条规定的范围内"))
        #expect(new18.contains("依照本法第十五条和第十六条的规定") && new18.contains("可以在本法第十五条和第十六条规定的范围内"))
        // Each paragraph reads as one replacement, not as "第十六条" kept between two half-changes.
        #expect(eighteen.text.filter { $0.op == .delete }.map(\.text) == ["第十六条和第十七条", "第十六条和第十七条"])
        #expect(eighteen.text.filter { $0.op == .insert }.map(\.text) == ["第十五条和第十六条", "第十五条和第十六条"])
        #expect(Self.forward.metadata.contains { $0.field == "date" && $0.old == "2016-11-07" && $0.new == "2022-12-30" })
        #expect(!Self.forward.metadata.contains { $0.field == "title" })
    }

    @Test func swappedVersionsGiveTheMirrorDiff() throws {
        let b = Self.backward.summary, f = Self.forward.summary
        #expect(b.added == 1 && b.removed == 0)
        #expect(b.renumbered == f.renumbered && b.modified == f.modified && b.unchanged == f.unchanged)
        let added = try #require(Self.backward.changes.first { $0.kind == .added })
        #expect(added.new?.label == "第九条")
        #expect(added.new?.path == ["第二章", "第九条"])
        #expect(added.text.count == 1 && added.text[0].op == .insert)
        let renumbered = Self.pairs(Self.backward, .renumbered)
        #expect(renumbered.contains("第九条→第十条"))
        #expect(renumbered.contains("第六十九条→第七十条"))
        let mirrored = Set(Self.pairs(Self.forward, .renumbered).map { $0.split(separator: "→").reversed().joined(separator: "→") })
        #expect(Set(renumbered) == mirrored)
        let sixty = try #require(Self.backward.changes.first { $0.old?.label == "第五十九条" && $0.kind == .modified })
        #expect(sixty.new?.label == "第六十条")
        #expect(sixty.text.filter { $0.op == .delete }.map(\.text) == ["第十条"])
        #expect(sixty.text.filter { $0.op == .insert }.map(\.text) == ["第十一条"])
    }
}

