import Foundation
import Testing
import ZhengceDocument
@testable import ZhengceDiff

@Suite struct DocumentDifferTests {
    /// Eight articles of a short trade law written for these tests.
    static let articles = [
        "为了扩大对外开放，发展对外贸易，维护对外贸易秩序，制定本条例。",
        "本条例适用于本市行政区域内的对外贸易以及与对外贸易有关的服务活动。",
        "市商务主管部门负责本市对外贸易工作的统筹协调，海关、税务等部门按照职责分工做好相关工作。",
        "从事货物进出口的对外贸易经营者，应当依法办理备案登记，并如实提供有关材料。",
        "鼓励企业建设海外仓，完善境外营销网络，支持跨境电子商务综合试验区发展。",
        "市人民政府设立对外贸易发展专项资金，用于支持企业开拓国际市场和品牌建设。",
        "对外贸易经营者违反本条例规定的，由有关部门依法责令改正，并可以处以罚款。",
        "本条例自公布之日起施行。",
    ]

    static func diff(_ old: TestDocument, _ new: TestDocument) -> DocumentDiff {
        DocumentDiffer().diff(old: old.build(), new: new.build())
    }

    static func kinds(_ diff: DocumentDiff) -> [ChangeKind] { diff.changes.map(\.kind) }

    @Test func aTitleFromTheTextStaysOnItsFirstLine() {
        func unit(_ text: String) -> DiffUnit {
            DiffUnit(index: 0, provision: 0, label: "第四条", path: ["第四条"], title: "", text: text, parent: nil)
        }
        #expect(ProvisionRef(unit("慈善工作坚持中国共产党的领导。\n开展慈善活动，应当遵循合法、自愿、诚信、非营利的原则。")).title
                == "慈善工作坚持中国共产党的领导。…")
        #expect(ProvisionRef(unit("本条例自公布之日起施行。")).title == "本条例自公布之日起施行。")
        let long = String(repeating: "对外贸易", count: 10)
        #expect(ProvisionRef(unit(long)).title == String(long.prefix(24)) + "…")
    }

    @Test func identicalDocumentsGiveAnEmptyDiff() {
        let d = Self.diff(.law("a", Self.articles), .law("a", Self.articles))
        #expect(d.isEmpty)
        #expect(d.changes.isEmpty)
        #expect(d.summary.unchanged == 8)
    }

    @Test func widthPunctuationAndWrapsAreNoChange() {
        var texts = Self.articles
        texts[2] = "市商务主管部门负责本市对外贸易工作的统筹协调,海关,税务等部门按照职责分工做好相关工作。"
        texts[4] = "鼓励企业建设海外仓，完善境外营销\n网络，支持跨境电子商务综合试验区发展。"
        let d = Self.diff(.law("a", Self.articles), .law("b", texts))
        #expect(d.isEmpty)
        #expect(d.summary.unchanged == 8)
    }

    @Test func deletingAnArticleRenumbersTheRestWithoutModifyingThem() {
        var texts = Self.articles
        texts.remove(at: 3)
        let d = Self.diff(.law("old", Self.articles), .law("new", texts))
        #expect(d.summary.removed == 1)
        #expect(d.summary.renumbered == 4)
        #expect(d.summary.modified == 0)
        #expect(d.summary.unchanged == 3)
        #expect(d.changes.first { $0.kind == .removed }?.old?.label == "第四条")
        let renumbered = d.changes.filter { $0.kind == .renumbered }.map { "\($0.old!.label)→\($0.new!.label)" }
        #expect(renumbered == ["第五条→第四条", "第六条→第五条", "第七条→第六条", "第八条→第七条"])
    }

    @Test func swappingOldAndNewGivesTheMirrorDiff() {
        var texts = Self.articles
        texts.insert("对外贸易经营者应当遵守出口管制法律法规，建立合规管理制度。", at: 2)
        texts[6] = "市人民政府设立对外贸易高质量发展专项资金，用于支持企业开拓国际市场。"
        let forward = Self.diff(.law("old", Self.articles), .law("new", texts))
        let backward = Self.diff(.law("new", texts), .law("old", Self.articles))
        #expect(forward.summary.added == 1 && backward.summary.removed == 1)
        #expect(forward.summary.renumbered == backward.summary.renumbered)
        #expect(forward.summary.modified == 1 && backward.summary.modified == 1)
        let f = forward.changes.map { "\($0.kind == .added ? "removed" : $0.kind == .removed ? "added" : $0.kind.rawValue) \($0.new?.label ?? "-") \($0.old?.label ?? "-")" }
        let b = backward.changes.map { "\($0.kind.rawValue) \($0.old?.label ?? "-") \($0.new?.label ?? "-")" }
        #expect(Set(f) == Set(b))
        let modified = forward.changes.first { $0.kind == .modified }!
        let mirrored = backward.changes.first { $0.kind == .modified }!
        #expect(modified.similarity == mirrored.similarity)
        #expect(modified.text.filter { $0.op == .insert }.map(\.text) == mirrored.text.filter { $0.op == .delete }.map(\.text))
    }

    @Test func movedArticleIsMovedNotDeletedAndAdded() {
        var texts = Self.articles
        let moved = texts.remove(at: 1)
        texts.insert(moved, at: 6)
        let d = Self.diff(.law("old", Self.articles), .law("new", texts))
        #expect(d.summary.added == 0 && d.summary.removed == 0)
        #expect(d.summary.moved == 1)
        #expect(d.changes.first { $0.kind == .moved }?.old?.label == "第二条")
        #expect(d.changes.first { $0.kind == .moved }?.new?.label == "第七条")
    }

    @Test func splitAndMergeAreReportedAsSuch() {
        var texts = Self.articles
        texts[3] = "从事货物进出口的对外贸易经营者，应当依法办理备案登记。"
        texts.insert("办理备案登记时，对外贸易经营者应当如实提供有关材料。", at: 4)
        let split = Self.diff(.law("old", Self.articles), .law("new", texts))
        #expect(split.summary.split == 1)
        #expect(split.summary.added == 0 && split.summary.removed == 0)
        let change = split.changes.first { $0.kind == .split }
        #expect(change?.old?.label == "第四条")
        #expect(change?.newParts?.map(\.label) == ["第四条", "第五条"])
        let merge = Self.diff(.law("new", texts), .law("old", Self.articles))
        #expect(merge.summary.merged == 1)
        #expect(merge.changes.first { $0.kind == .merged }?.oldParts?.map(\.label) == ["第四条", "第五条"])
    }

    @Test func departmentsTargetsAndMetadataChanges() {
        var old = TestDocument.law("plan-draft", Self.articles)
        old.status = .draft
        old.items[4].text = "到2025年，培育10家跨境电商龙头企业，由市商务委牵头，市财政局配合。"
        old.items[4].departments = [("市商务委", .lead), ("市财政局", .participant)]
        old.items[4].targets = [("10家", 10, "家", 2025)]
        var new = old
        new.id = "plan"
        new.status = .final
        new.docNumber = "沪府办发〔2024〕3号"
        new.items[4].text = "到2027年，培育20家跨境电商龙头企业，由市经济信息化委牵头，市商务委配合。"
        new.items[4].departments = [("市经济信息化委", .lead), ("市商务委", .participant)]
        new.items[4].targets = [("20家", 20, "家", 2027)]
        let d = Self.diff(old, new)
        #expect(d.metadata.map(\.field) == ["docNumber", "status"])
        #expect(d.metadata.last?.old == "draft" && d.metadata.last?.new == "final")
        let change = try! #require(d.changes.first { $0.kind == .modified })
        #expect(change.departments?.added == ["市经济信息化委"])
        #expect(change.departments?.removed == ["市财政局"])
        #expect(change.departments?.oldLead == ["市商务委"] && change.departments?.newLead == ["市经济信息化委"])
        #expect(change.targets.count == 1)
        #expect(change.targets.first?.oldValue == 10 && change.targets.first?.newValue == 20)
        #expect(change.targets.first?.oldYear == 2025 && change.targets.first?.newYear == 2027)
    }

    @Test func articleMovedToAnotherChapterIsMoved() {
        func doc(_ id: String, chapterOfFifth: Int) -> TestDocument {
            var items: [TestDocument.Item] = []
            var number = 0
            for (c, title) in ["总则", "促进措施"].enumerated() {
                items.append(.init(label: "第\(ChineseNumeral.format(c + 1))章", text: title, parent: nil, scheme: .chapter))
                let chapter = items.count - 1
                for (k, t) in Self.articles.enumerated() where (k == 4 ? chapterOfFifth : (k < 4 ? 0 : 1)) == c {
                    number += 1
                    items.append(.init(label: "第\(ChineseNumeral.format(number))条", text: t, parent: chapter))
                }
            }
            return TestDocument(id: id, title: "测试条例", items: items)
        }
        let d = Self.diff(doc("old", chapterOfFifth: 1), doc("new", chapterOfFifth: 0))
        #expect(d.summary.moved == 1)
        #expect(d.changes.first { $0.kind == .moved }?.old?.path == ["第二章", "第五条"])
        #expect(d.changes.first { $0.kind == .moved }?.new?.path == ["第一章", "第五条"])
        #expect(d.summary.added == 0 && d.summary.removed == 0 && d.summary.modified == 0)
    }
}

@Suite struct DiffOutputTests {
    @Test func htmlEscapesDocumentText() {
        var texts = DocumentDifferTests.articles
        texts[1] = "本条例适用于<script>alert(\"x\")</script>&其他活动。"
        let d = DocumentDiffer().diff(old: TestDocument.law("a", DocumentDifferTests.articles).build(),
                                      new: TestDocument.law("b", texts).build())
        let html = DiffHTMLRenderer().render(d)
        #expect(!html.contains("<script>"))
        #expect(html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;"))
        #expect(DiffHTMLRenderer.escape("a<b>&'\"") == "a&lt;b&gt;&amp;&#39;&quot;")
    }

    @Test func renumberedProvisionCarriesItsTextAsOneEqualRun() {
        var texts = DocumentDifferTests.articles
        texts.insert("新增加的一条规定，要求建立对外贸易风险预警机制。", at: 0)
        let d = DocumentDiffer().diff(old: TestDocument.law("a", DocumentDifferTests.articles).build(),
                                      new: TestDocument.law("b", texts).build())
        let first = d.changes.first { $0.kind == .renumbered }
        #expect(first?.old?.label == "第一条" && first?.new?.label == "第二条")
        #expect(first?.text == [TextRun(op: .equal, text: DocumentDifferTests.articles[0])])
        #expect(d.summary.renumbered == 8 && d.summary.added == 1 && d.summary.unchanged == 0)
    }

    @Test func jsonIsStableAndNamesKinds() throws {
        var texts = DocumentDifferTests.articles
        texts.remove(at: 0)
        let d = DocumentDiffer().diff(old: TestDocument.law("a", DocumentDifferTests.articles).build(),
                                      new: TestDocument.law("b", texts).build())
        let once = try DiffJSON.encode(d), twice = try DiffJSON.encode(d)
        #expect(once == twice)
        let text = String(decoding: once, as: UTF8.self)
        #expect(text.contains("\"kind\" : \"removed\""))
        #expect(text.contains("\"kind\" : \"renumbered\""))
        let back = try JSONDecoder().decode(DocumentDiff.self, from: once)
        #expect(back == d)
    }
}
