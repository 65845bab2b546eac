import Testing
@testable import ZhengceDocument

/// Metadata, reading text, citations and targets of the seeds, read from the documents.
@Suite struct SeedMetadataTests {
    @Test func mofcom2024Metadata() {
        let d = SeedCorpus.mofcom2024
        #expect(d.title == "商务部等9部门 关于拓展跨境电商出口推进海外仓建设的意见")
        #expect(d.docNumber == "商贸发〔2024〕125号")  // printed 商贸发[2024]125号
        #expect(d.issuers == ["商务部", "国家发展改革委", "财政部", "交通运输部", "中国人民银行", "海关总署", "税务总局", "金融监管总局", "国家网信办"])
        #expect(d.date == "2024-06-08")
        #expect(d.type == "意见")
        #expect(d.level == .national && d.region == nil)
        #expect(d.status == .final)
        #expect(d.source.format == "text" && d.source.encoding == "UTF-8")
        #expect(d.provenance["title"] == .text && d.provenance["docNumber"] == .text && d.provenance["date"] == .text)
        #expect(d.provenance["region"] == .missing)
    }

    @Test func sichuanDraftMetadata() {
        let d = SeedCorpus.sichuanDraft
        #expect(d.title == "关于推动跨境电商高质量发展助力外贸稳规模优结构行动方案（2024-2027年）")
        #expect(d.status == .draft)
        #expect(d.period == PlanPeriod(start: 2024, end: 2027))
        #expect(d.type == "行动方案")
        #expect(d.docNumber == nil && d.date == nil && d.issuers.isEmpty)
        #expect(d.provenance["docNumber"] == .missing && d.provenance["date"] == .missing)
        // Level and region come from corpus.yaml.
        #expect(d.level == .provincial && d.region == "四川省")
        #expect(d.provenance["region"] == .corpus)
        #expect(d.warnings.map(\.kind) == ["no-doc-number", "no-date"])
    }

    @Test func guobanfa2015MetadataFromCorpusFile() {
        let d = SeedCorpus.guobanfa2015
        #expect(d.title == "国务院办公厅关于促进跨境电子商务健康快速发展的指导意见")
        #expect(d.provenance["title"] == .corpus)
        #expect(d.docNumber == "国办发〔2015〕46号" && d.provenance["docNumber"] == .corpus)
        #expect(d.date == "2015-06-16")
        #expect(d.type == "指导意见")
        #expect(d.level == .national)
        // The web page's abstract (内容概要) is dropped: the text starts with the body.
        #expect(d.text.hasPrefix("近年来，我国跨境电子商务快速发展"))
        #expect(!d.text.contains("内容概要"))
    }

    @Test func guobanfa2021MetadataFromHTML() {
        let d = SeedCorpus.guobanfa2021
        // The front matter's title is a news headline; the document's title is in the page.
        #expect(d.title == "国务院办公厅关于加快发展外贸新业态新模式的意见")
        #expect(d.docNumber == "国办发〔2021〕24号")
        #expect(d.issuers == ["国务院办公厅"])
        #expect(d.date == "2021-07-02")
        #expect(d.publishedDate == "2021-07-09")
        #expect(d.source.format == "html")
        #expect(d.level == .national)
        // Tags, the stock-quote span, QR block and 责任编辑 are gone.
        #expect(d.text.contains("建立线上线下融合、境内境外联动的营销体系"))
        #expect(!d.text.contains("<") && !d.text.contains("责任编辑") && !d.text.contains("新浪财经") && !d.text.contains("appendQr"))
        #expect(d.text.hasSuffix("2021年7月2日"))
    }

    @Test func shanghaiNoticePublishingAPlan() {
        let d = SeedCorpus.shanghai2023
        #expect(d.title == "上海市推进跨境电商高质量发展行动方案（2023-2025年）")
        // Four title lines; the line breaks fall between names and inside 国家外汇管理局上海|市分局.
        #expect(d.noticeTitle == "上海市商务委员会 上海海关 上海市税务局 中国人民银行上海分行 国家外汇管理局上海市分局关于印发《上海市推进跨境电商高质量发展行动方案（2023-2025年）》的通知")
        #expect(d.docNumber == "沪商贸发〔2023〕183号")
        #expect(d.issuers == ["上海市商务委员会", "中华人民共和国上海海关", "国家税务总局上海市税务局", "中国人民银行上海分行", "国家外汇管理局上海市分局"])
        #expect(d.date == "2023-07-10")
        #expect(d.type == "行动方案")
        #expect(d.period == PlanPeriod(start: 2023, end: 2025))
        #expect(d.level == .provincial && d.region == "上海市")
        #expect(d.source.format == "markdown")
    }

    @Test func pageBreakSplitsAreRejoinedAndRealBreaksKept() {
        let mofcom = SeedCorpus.mofcom2024.text
        #expect(mofcom.contains("提升“一对一”服务能力"))
        #expect(mofcom.contains("支持物流企业结合跨境电商行业发展特点"))
        #expect(mofcom.contains("支付、物流、售后等各领域"))
        #expect(mofcom.contains("为具有真实贸易背景的跨境电商企业提供金融支持。\n鼓励优化出口信用保险承保模式"))
        let shanghai = SeedCorpus.shanghai2023.text
        #expect(shanghai.contains("和国务院办公厅《关于加快发展外贸新业态新模式的意见》"))
        #expect(shanghai.contains("推动跨境电商示范园区加大跨境电商企业"))
        #expect(shanghai.contains("跨境电商海运出口清单模式，充分释放"))
        #expect(!shanghai.contains("**") && !shanghai.contains("#"))
        let guobanfa = SeedCorpus.guobanfa2015.text
        #expect(guobanfa.contains("有利于用“互联网＋外贸”实现优进优出"))
        #expect(guobanfa.contains("充分发挥各驻外经商机构作用"))
        #expect(guobanfa.contains("优化跨境电子商务海关进出口通关作业流程。研究跨境电子商务"))
        // Signature lines stay separate paragraphs; spaced names are folded in issuers only.
        #expect(SeedCorpus.mofcom2024.text.contains("\n商 务 部\n国家发展改革委\n"))
    }

    @Test func offsetsPointIntoTheReadingText() {
        for d in SeedCorpus.loaded.documents {
            for p in d.provisions {
                #expect(slice(d.text, p.start, p.end).hasPrefix(p.label), "\(p.id)")
            }
            for m in d.measures {
                #expect(slice(d.text, m.start, m.end).hasPrefix(m.label))
                for r in m.responsible { #expect(slice(d.text, r.start, r.end) == r.name, "\(m.id) \(r.name)") }
                for t in m.targets { #expect(slice(d.text, t.start, t.end) == t.phrase) }
                for c in m.citations { #expect(slice(d.text, c.start, c.end).hasPrefix(c.title.map { "《\($0)》" } ?? "")) }
            }
            #expect(Set(d.provisions.map(\.id)).count == d.provisions.count, "ids unique in \(d.id)")
        }
    }

    @Test func sichuanCitations() {
        let c = SeedCorpus.sichuanDraft.citations
        #expect(c.map(\.title) == ["商务部等9部门关于拓展跨境电商出口推进海外仓建设的意见",
                                   "四川省人民政府办公厅关于推动外贸稳规模优结构高质量发展的实施意见",
                                   "四川省商务厅关于促进外贸业态模式平台融合发展的指导意见",
                                   "四川省海外仓高质量发展三年行动方案"])
        #expect(c.map(\.docNumber) == ["商贸发〔2024〕125号", "川办发〔2024〕27号", nil, nil])
        let m13 = SeedCorpus.sichuanDraft.measures[12]
        #expect(m13.citations.map(\.title) == ["四川省商务厅关于促进外贸业态模式平台融合发展的指导意见"])
        #expect(slice(SeedCorpus.sichuanDraft.text, c[0].start, c[0].end) == "《商务部等9部门关于拓展跨境电商出口推进海外仓建设的意见》（商贸发〔2024〕125号）")
    }

    @Test func shanghaiCitationsInNoticeAndPlan() {
        let c = SeedCorpus.shanghai2023.citations
        let once: [String?] = ["中发〔2019〕48号", "国办发〔2021〕24号", "国办发〔2023〕10号", "沪府办规〔2023〕9号"]
        // The notice and the plan's preamble cite the same four documents; the plan itself is not a citation.
        #expect(c.map(\.docNumber) == once + once)
        #expect(c[3].title == "上海市促进外贸稳规模提质量的若干政策措施")
        #expect(!c.contains { $0.title?.hasPrefix("上海市推进跨境电商高质量发展行动方案") == true })
    }

    @Test func mofcom2024BareTitleCitations() {
        let m = SeedCorpus.mofcom2024.measures[14]
        #expect(m.citations.map(\.title) == ["全面与进步跨太平洋伙伴关系协定", "数字经济伙伴关系协定"])
        #expect(m.citations.allSatisfy { $0.docNumber == nil })
    }

    @Test func targetsInTheSeeds() {
        let g = SeedCorpus.guobanfa2021.measures
        let warehouses = g[3].targets
        #expect(warehouses.count == 1)
        #expect(warehouses.first.map { ($0.year, $0.value, $0.unit, $0.comparator) } ?? (nil, 0, "", .exactly) == (2025, 100, "家", .about))
        #expect(g[6].targets.map(\.phrase) == ["10家左右"])
        let sichuan = SeedCorpus.sichuanDraft
        let goals = sichuan.targets.filter { sichuan.provisions.first?.start ?? 0 <= $0.start && $0.start < sichuan.provisions.first!.end }
        #expect(goals.map(\.phrase) == ["年均10%以上", "超过1600亿元"])
        #expect(goals.map(\.year) == [nil, 2027])
        #expect(goals.map(\.comparator) == [.atLeast, .atLeast])
        #expect(goals[1].unit == "亿元" && goals[1].value == 1600)
        let talent = sichuan.measures[20].targets
        #expect(talent.map(\.phrase) == ["2—3个", "不少于2000人次", "3—5个"])
        #expect(talent.map(\.upperValue) == [3, nil, 5])
        #expect(talent[1].comparator == .atLeast && talent[1].year == nil && talent[1].unit == "人次")
        // Years, 文号 numbers and codes such as （9610） are not targets.
        #expect(sichuan.measures[15].targets.isEmpty)
        #expect(SeedCorpus.mofcom2024.targets.isEmpty)
    }
}
