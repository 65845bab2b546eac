import Foundation
import Testing
@testable import ZhengceDocument

/// Readers: wraps and page breaks, Markdown, HTML, encodings, labels.
@Suite struct ReaderTests {
    func parse(_ text: String, path: String = "x.txt") throws -> PolicyDocument {
        try DocumentParser().parse(data: Data(text.utf8), path: path)
    }

    @Test func pageBreakInsideANameIsRejoined() throws {
        let d = try parse("""
            一、加强领导

            （一）健全机制。请各地区、各有关部门结合实际抓好落实，主动会同国

            务院办公厅有关司局建立协调机制，并报送工作进展情况和有关的数据。

            （二）强化考核。定期通报。
            """)
        #expect(d.text.contains("主动会同国务院办公厅有关司局"))
        #expect(d.measures.map(\.title) == ["健全机制", "强化考核"])
    }

    @Test func titleIsNotGluedToTheFirstBodySentence() throws {
        let d = try parse("""
            测试省跨境电商高质量发展行动方案（2024—2026年）（征求意见稿）

            为推动跨境电商高质量发展，制定本方案。

            一、主要目标

            到2026年，全省跨境电商交易规模超过800亿元。
            """)
        #expect(d.title == "测试省跨境电商高质量发展行动方案（2024—2026年）")
        #expect(d.status == .draft)
        #expect(d.text.contains("为推动跨境电商高质量发展，制定本方案。"))
        // A title without a document-type ending, followed by a sentence.
        let e = try parse("测试市外贸稳规模优结构三年行动\n\n为稳住外贸基本盘，结合本市实际，制定以下措施。\n\n一、拓展市场\n\n（一）支持参展。\n")
        #expect(e.title == "测试市外贸稳规模优结构三年行动")
    }

    @Test func attachmentLineInsideTheArticlesDoesNotEndALaw() throws {
        let d = try parse("""
            测试省海外仓管理办法

            第一条 为规范海外仓建设，制定本办法。

            第二条 申请认定的企业应当向省商务厅提交申请表，格式见：

            附件：申请表

            第三条 省商务厅负责海外仓的认定和管理，省财政厅配合做好资金保障。

            第四条 本办法自发布之日起施行。

            附件一：申请表格式

            一、企业名称

            二、海外仓地址
            """)
        #expect(d.provisions.map(\.label) == ["第一条", "第二条", "第三条", "第四条"])
        #expect(!d.provisions.contains { $0.text.contains("海外仓地址") })
        #expect(MetadataExtractor.isAttachmentLine("附件3"))
        #expect(!MetadataExtractor.isAttachmentLine("附件三所列全国性法律增减的决定"))
    }

    @Test func sentenceEndKeepsTheParagraphBreak() throws {
        let d = try parse("一、总则\n\n（一）第一段结束于句号，这里是一个比较长的句子用来测试段落。\n\n第二段开始，这是真正的新段落，不能接在上一段后面。\n")
        #expect(d.text.contains("段落。\n第二段开始"))
    }

    @Test func anIndentStartsAParagraph() throws {
        let d = try parse("示例通知\n\n\u{3000}\u{3000}各地要高度重视，切实加强组织领导，确保各项任务落到实处并按时报送有关情况\n\u{3000}\u{3000}请各单位于每年年底前报送工作总结，逾期\n不报的予以通报。\n")
        #expect(d.text.contains("报送有关情况\n请各单位"))
        #expect(d.text.contains("逾期不报的予以通报"))
    }

    @Test func fixedWidthWrapsAreJoinedEvenAfterAFullStop() throws {
        let d = try parse("""
            一、加强监管。

            对跨境电子商务进出口商品实施集中申报、集中查验、集中放行等便利措施。加强质
            量安全监管。进一步完善跨境电子商务进出境货物、物品管理模式，优化通关流程。
            研究跨境电子商务出口商品简化归类的可行性，完善跨境电子商务统计制度和方法。
            """)
        #expect(d.text.contains("加强质量安全监管。进一步完善"))
        #expect(d.text.contains("优化通关流程。研究跨境"))
    }

    @Test func markdownNumberingDecidesTheLevelNotTheHeadingMarks() throws {
        let d = try parse("""
            # 示例行动方案

            ## 一、重点任务

            #### （一）培育主体

            **1. 引育企业。**支持企业发展。（市商务委）

            2. **扶持平台。**支持平台发展。（市商务委、市财政局）

            ## **（二）优化服务**

            3. 优化监管。加强监管。（上海海关）
            """, path: "plan.md")
        #expect(d.source.format == "markdown")
        #expect(d.title == "示例行动方案")
        #expect(d.measures.map { $0.path.joined() } == ["一、（一）1.", "一、（一）2.", "一、（二）3."])
        #expect(d.measures.map(\.title) == ["引育企业", "扶持平台", "优化监管"])
        #expect(!d.text.contains("**"))
    }

    @Test func docNumberBesideTheSigner() throws {
        let d = try parse("示例部文件\n\n示发〔2024〕3号　　　签发人：张三\n\n示例部关于示例工作的意见\n\n各有关单位：\n\n一、加强领导。要加强领导。\n")
        #expect(d.docNumber == "示发〔2024〕3号")
        #expect(d.title == "示例部关于示例工作的意见")
        #expect(d.issuers == ["示例部"])
    }

    /// Joint signatures keep their bodies apart (the gap is read before names are folded); a notice that
    /// forwards another body's text is issued by the forwarding body; a web page's character reference is no name.
    @Test func jointSignaturesAndForwardingNotices() throws {
        let joint = try parse("示例部、示例委关于示例工作的通知\n示发〔1996〕5号\n各有关单位：\n一、加强领导。要加强领导。\n示例部　示例委\n一九九六年六月二十九日\n")
        #expect(joint.issuers == ["示例部", "示例委"])
        let spaced = try parse("关于示例工作的通知\n各有关单位：\n一、加强领导。要加强领导。\n示 例 部　　示例委员会办公厅\n2024年3月1日\n")
        #expect(spaced.issuers == ["示例部", "示例委员会办公厅"])
        let forwarded = try parse("示例部办公厅转发示例委\n关于示例工作请示的通知\n示办发〔1996〕32号\n各有关单位：\n示例委《关于示例工作的请示》已经批准，现转发给你们。\n示例部办公厅         &sp;\n一九九六年七月十七日\n")
        #expect(forwarded.issuers == ["示例部办公厅"])
        #expect(MetadataExtractor.names(inLine: "国　务　院") == ["国务院"])
        #expect(MetadataExtractor.names(inLine: "示 例 部　示例委、示例局") == ["示例部", "示例委", "示例局"])
        #expect(MetadataExtractor.names(inLine: "示例部&nbsp;示例委 &#12288;") == ["示例部&nbsp;示例委"])
        #expect(MetadataExtractor.names(inLine: "示例部 &nbsp; 示例委") == ["示例部", "示例委"])
    }

    /// A regulation whose header names the orders that promulgated and revised it: the latest order is its
    /// number and names its issuer (a joint order two); a law's 主席令 names no issuing body.
    @Test func headerOrdersGiveNumberAndIssuers() throws {
        let revised = try parse("# 示例专营办法\n\n1996年5月27日 中华人民共和国国务院令第197号发布\n\n2017年12月26日 中华人民共和国国务院令第696号修订\n\n<!-- INFO END -->\n\n第一条 为了加强示例管理，制定本办法。\n\n第二条 本办法自发布之日起施行。\n", path: "x.md")
        #expect(revised.docNumber == "国务院令第696号")
        #expect(revised.issuers == ["国务院"])
        #expect(revised.level == .national)
        #expect(revised.history.map(\.number) == ["国务院令第197号", "国务院令第696号"])
        let joint = try parse("# 示例人员条例\n\n2022年12月10日 国务院、中华人民共和国中央军事委员会令第757号公布\n\n<!-- INFO END -->\n\n第一条 为了示例，制定本条例。\n", path: "y.md")
        #expect(joint.issuers == ["国务院", "中华人民共和国中央军事委员会"])
        let law = try parse("# 中华人民共和国示例法\n\n2019年4月23日 第十三届全国人民代表大会常务委员会第十次会议通过\n\n2019年4月23日 中华人民共和国主席令第29号公布\n\n<!-- INFO END -->\n\n第一条 为了示例，制定本法。\n", path: "z.md")
        #expect(law.issuers == ["全国人民代表大会常务委员会"])
        #expect(RegionTable.classify(issuer: "国家市场监督管理总局")?.0 == .national)
        #expect(RegionTable.classify(issuer: "国家市场监督管理总局")?.1 == nil)
        // 政务院 (1949–1954, the State Council before 国务院) issued regulations still in force (全国年节及纪念日放假办法).
        #expect(RegionTable.classify(issuer: "政务院")?.0 == .national)
        // A word with 市 after a province is no city (lawrefbook's 上海市技术市场条例 was read as a city 技术市).
        #expect(RegionTable.classify(issuer: "上海市技术市场条例")?.0 == .provincial)
        // The four municipalities hold no cities (上海市授予荣誉市民称号规定 is no city 授予荣誉市); their districts count.
        #expect(RegionTable.classify(issuer: "上海市授予荣誉市民称号规定").map { [$0.0.rawValue, $0.1 ?? ""] } == ["provincial", "上海市"])
        #expect(RegionTable.classify(issuer: "上海市浦东新区人民政府")?.0 == .county)
        #expect(RegionTable.classify(issuer: "上海市技术市场条例")?.1 == "上海市")
        #expect(RegionTable.classify(issuer: "四川省成都市商务局")?.1 == "成都市")
        #expect(RegionTable.classify(issuer: "浙江省杭州市民用建筑节能条例")?.1 == "杭州市")
        #expect(RegionTable.classify(issuer: "浙江省杭州市政府")?.1 == "杭州市")
        // Nor is an area named 区 a county: 上海市历史文化风貌区和优秀历史建筑保护条例; 浦东新区 still is one.
        #expect(RegionTable.classify(issuer: "上海市历史文化风貌区和优秀历史建筑保护条例")?.0 == .provincial)
        #expect(RegionTable.classify(issuer: "上海市浦东新区人民政府")?.0 == .county)
        #expect(RegionTable.classify(issuer: "上海市金山区人民政府")?.1 == "金山区")
    }

    @Test func markdownBulletsDoNotHideLabels() throws {
        let d = try parse("# 示例方案\n\n- 一、加强领导。要加强领导。\n- 二、强化保障。要强化保障。\n", path: "b.md")
        #expect(d.measures.map(\.label) == ["一、", "二、"])
    }

    @Test func formatIsDetectedFromContentNotExtension() throws {
        let html = try parse("<html><body><p>示例部关于示例的意见</p><p>一、加强领导。要加强领导。</p></body></html>", path: "page.txt")
        #expect(html.source.format == "html")
        #expect(html.measures.count == 1)
        let md = try parse("# 标题的意见\n\n## 一、总体\n\n**（一）加强领导。**内容。\n", path: "doc.txt")
        #expect(md.source.format == "markdown")
    }

    @Test func utf16WithByteOrderMark() throws {
        var data = Data([0xFF, 0xFE])
        let text = "示例部关于示例工作的意见\n\n一、加强领导。要加强领导。（示例部牵头，财政部配合）\n"
        for unit in text.utf16 { data.append(UInt8(unit & 0xFF)); data.append(UInt8(unit >> 8)) }
        let d = try DocumentParser().parse(data: data, path: "u16.txt")
        #expect(d.source.encoding == "UTF-16LE")
        #expect(names(d.measures[0]) == ["示例部", "财政部"])
    }

    @Test(arguments: [
        ("一、总体要求", NumberingScheme.chineseComma, 1), ("（十二）加强", .chineseParen, 12), ("(三) 总体", .chineseParen, 3),
        ("1. 加快", .arabicDot, 1), ("12、推进", .arabicDot, 12), ("3．完善", .arabicDot, 3), ("（1）引育", .arabicParen, 1),
        ("②优化", .circled, 2), ("第二十三条　国家", .article, 23), ("第一章 总则", .chapter, 1), ("第三节 监管", .section, 3),
        ("第一编 总则", .part, 1), ("第二部分 主要任务", .part, 2), ("三．强化保障", .chineseComma, 3), ("⑵ 扶持", .arabicParen, 2),
    ])
    func labelsAreRecognised(text: String, scheme: NumberingScheme, number: Int) {
        let label = NumberingLabel.detect(UnitText(text))
        #expect(label?.scheme == scheme)
        #expect(label?.number == number)
    }

    @Test(arguments: ["2024年6月8日", "2.5%的增速", "2024-2027年", "10%以上", "一带一路", "一批企业", "三年行动", "第三方平台"])
    func numbersInSentencesAreNotLabels(text: String) {
        #expect(NumberingLabel.detect(UnitText(text)) == nil)
    }

    @Test(arguments: [("2024年6月8日", "2024-06-08"), ("二〇二四年六月八日", "2024-06-08"), ("2021-07-02", "2021-07-02"),
                      ("二〇二三年十二月三十一日", "2023-12-31"), ("2023年7月10日印发", "2023-07-10")])
    func standaloneDates(text: String, iso: String) {
        #expect(DateParser.standalone(text) == iso)
    }

    @Test func spacedNamesAreFoldedAndSplit() {
        #expect(MetadataExtractor.names(inLine: "商 务 部") == ["商务部"])
        #expect(MetadataExtractor.names(inLine: "上海市商务委员会 上海海关") == ["上海市商务委员会", "上海海关"])
        #expect(OrganizationName.fold("海 关 总 署") == "海关总署")
    }

    @Test(arguments: [("上海市商务委员会", DocumentLevel.provincial, "上海市" as String?), ("四川省人民政府办公厅", .provincial, "四川省"),
                      ("成都市商务局", .municipal, "成都市"), ("国务院办公厅", .national, nil), ("商务部", .national, nil),
                      ("浦东新区人民政府", .county, "浦东新区"), ("中华人民共和国上海海关", .provincial, "上海市")])
    func levelAndRegionOfIssuers(name: String, level: DocumentLevel, region: String?) {
        let c = RegionTable.classify(issuer: name)
        #expect(c?.0 == level)
        #expect(c?.1 == region)
    }

    @Test func localHeadersNameTheirCongressShortAndWithoutTheirPlace() throws {
        // lawrefbook's 宁波市人民调解条例: 市十四届人大常委会 adopted it, and its 公告 number begins with the city's name (宁波…
        // is no 宁 of 宁夏): the issuer is 宁波市人民代表大会常务委员会, the text municipal.
        let ningbo = try parse("# 宁波市示例条例\n\n2014年12月26日 市十四届人大常委会第二十次会议通过\n\n2015年3月27日 省十二届人大常委会第十八次会议批准\n\n2015年4月13日 宁波市人民代表大会常务委员会公告第13号公布\n\n<!-- INFO END -->\n\n第一条 为了示例，制定本条例。\n", path: "n.md")
        #expect(ningbo.issuers == ["宁波市人民代表大会常务委员会"])
        #expect(ningbo.level == .municipal && ningbo.region == "宁波市")
        let session = try parse("# 宁波市示例保护条例\n\n2015年2月8日 市十四届人大五次会议通过\n\n<!-- INFO END -->\n\n第一条 为了示例，制定本条例。\n", path: "s.md")
        #expect(session.issuers == ["宁波市人民代表大会"])
        let county = try parse("# 彭水苗族土家族自治县示例条例\n\n2011年5月10日 彭水苗族土家族自治县第十五届人民代表大会第八次会议通过\n\n2011年7月29日 重庆市第三届人民代表大会常务委员会第二十五次会议批准\n\n<!-- INFO END -->\n\n第一条 为了示例，制定本条例。\n", path: "c.md")
        #expect(county.issuers == ["彭水苗族土家族自治县人民代表大会"])
        // A year written into a meeting's name (国家互联网信息办公室2021年第20次室务会议), a revision's verb after the body.
        let office = try parse("# 示例管理规定\n\n2021年11月16日 国家互联网信息办公室2021年第20次室务会议审议通过\n\n<!-- INFO END -->\n\n第一条 为了示例，制定本规定。\n", path: "o.md")
        #expect(office.issuers == ["国家互联网信息办公室"])
        let revised = try parse("# 中华人民共和国示例条例\n\n1951年2月26日 政务院公布\n\n1953年1月2日 政务院修正公布\n\n<!-- INFO END -->\n\n第一条 为了示例，制定本条例。\n", path: "r.md")
        #expect(revised.issuers == ["政务院"])
        #expect(RegionTable.classify(docNumberPrefix: "宁波市人民代表大会常务委员会公告").map { $0.1 } == "宁波市")
        #expect(RegionTable.classify(docNumberPrefix: "宁政发").map { $0.1 } == "宁夏回族自治区")
    }

    /// The three autonomous regions whose full names hold a people's name (广西壮族自治区, 宁夏回族自治区, 新疆维吾尔自治区): a
    /// body written with the full name is the region's, not a county 壮族自治区; a city after it is the city.
    @Test(arguments: [("广西壮族自治区人民政府", DocumentLevel.provincial, "广西壮族自治区"),
                      ("宁夏回族自治区商务厅", .provincial, "宁夏回族自治区"),
                      ("新疆维吾尔自治区第十三届人民代表大会常务委员会", .provincial, "新疆维吾尔自治区"),
                      ("国家税务总局广西壮族自治区税务局", .provincial, "广西壮族自治区"),
                      ("广西壮族自治区南宁市人民政府", .municipal, "南宁市"),
                      ("广西南宁市商务局", .municipal, "南宁市")])
    func autonomousRegionsNamedInFull(_ issuer: String, _ level: DocumentLevel, _ place: String) {
        let read = RegionTable.classify(issuer: issuer)
        #expect(read?.0 == level && read?.1 == place, "\(issuer): \(String(describing: read))")
    }

    @Test func aCityRegulationAmendedWithTheProvincesApprovalIsTheCitys() throws {
        // lawrefbook's 宁波市/东营市/威海市… regulations: the province approves (批准) the city congress's decision that amends
        // the text; the city's standing committee made the change and is the issuer, the text stays municipal.
        let city = try parse("# 东营市示例保护条例\n\n2016年12月23日 东营市第八届人民代表大会常务委员会第二次会议通过\n\n2017年3月30日 山东省第十二届人民代表大会常务委员会第二十七次会议批准\n\n2020年9月25日山东省第十三届人民代表大会常务委员会第二十三次会议批准的《东营市人民代表大会常务委员会关于修改<东营市示例保护条例>的决定》修正\n\n<!-- INFO END -->\n\n第一条 为了示例，制定本条例。\n", path: "d.md")
        #expect(city.issuers == ["东营市人民代表大会常务委员会"])
        #expect(city.level == .municipal && city.region == "东营市")
        // The approval of a revision (批准修订), or of a decision whose title names no author: the city's adoption counts.
        let revised = try parse("# 淄博市示例规定\n\n2006年5月17日 淄博市第十二届人民代表大会常务委员会第二十四次会议通过\n\n2006年7月28日 山东省第十届人民代表大会常务委员会第二十二次会议批准\n\n2014年10月29日 淄博市第十四届人民代表大会常务委员会第二十三次会议通过修订\n\n2014年11月27日 山东省第十二届人民代表大会常务委员会第十一次会议批准修订\n\n<!-- INFO END -->\n\n第一条 为了示例，制定本规定。\n", path: "z.md")
        #expect(revised.issuers == ["淄博市人民代表大会常务委员会"])
        #expect(revised.level == .municipal)
        let unnamed = try parse("# 郑州市示例条例\n\n2018年10月26日 郑州市第十五届人民代表大会常务委员会第一次会议通过\n\n2018年11月29日 河南省第十三届人民代表大会常务委员会第七次会议批准的《关于修改〈郑州市示例条例〉的决定》修正\n\n<!-- INFO END -->\n\n第一条 为了示例，制定本条例。\n", path: "u.md")
        #expect(unnamed.issuers == ["郑州市人民代表大会常务委员会"])
        // A regulation the State Council approved and ministries issued jointly: the issuing bodies, each one.
        let joint = try parse("# 中华人民共和国示例实施细则\n\n1986年12月3日 国务院批准\n\n1986年12月26日 公安部、外交部、交通部发布\n\n1994年7月13日 国务院批准第一次修订\n\n1994年7月15日 公安部、外交部、交通部发布\n\n<!-- INFO END -->\n\n第一条 为了示例，制定本细则。\n", path: "j.md")
        #expect(joint.issuers == ["公安部", "外交部", "交通部"])
        // A province's own amendment names its own meeting (no approval): the province stays the issuer.
        let province = try parse("# 山东省示例条例\n\n2010年7月30日 山东省第十一届人民代表大会常务委员会第十八次会议通过\n\n2020年11月27日 山东省第十三届人民代表大会常务委员会第二十四次会议《关于修改〈山东省示例条例〉等六件地方性法规的决定》修正\n\n<!-- INFO END -->\n\n第一条 为了示例，制定本条例。\n", path: "p.md")
        #expect(province.issuers == ["山东省人民代表大会常务委员会"])
        #expect(province.level == .provincial)
    }

    /// Issuers as older headers and titles write them: bodies listed one per line, an order of a body whose name
    /// starts with 中国, a title that cites another's 关于, a congress named short, a ministry with a long name.
    @Test func issuersOfOlderHeadersAndTitles() throws {
        // Bodies one per line under one date: each an issuer (the lines are not one name 国务院中央军委).
        let wrapped = try parse("# 示例管理办法\n\n1984年1月7日 国务院\n\n中央军委发布\n\n<!-- INFO END -->\n\n第一条 为了示例，制定本办法。\n", path: "w.md")
        #expect(wrapped.issuers == ["国务院", "中央军委"])
        let four = try parse("# 示例工作条例\n\n1980年12月9日 国务院批准\n\n1980年12月27日 国家经济委员会\n\n国家基本建设委员会\n\n国家档案局发布\n\n<!-- INFO END -->\n\n第一条 为了示例，制定本条例。\n", path: "f.md")
        #expect(four.issuers == ["国家经济委员会", "国家基本建设委员会", "国家档案局"])
        #expect(four.history.last?.body == "国家经济委员会、国家基本建设委员会、国家档案局")
        // A meeting wrapped after its congress stays one body.
        let meeting = try parse("# 示例法\n\n2018年8月31日第十三届全国人民代表大会\n\n常务委员会第五次会议通过\n\n<!-- INFO END -->\n\n第一条 为了示例，制定本法。\n", path: "m.md")
        #expect(meeting.issuers == ["全国人民代表大会常务委员会"])
        // The number drops 中国 (a key for citations); the issuer keeps the body's name.
        let bank = try parse("# 示例实施办法\n\n1997年6月23日 国务院批准\n\n1997年8月21日 中国人民银行令第2号发布\n\n<!-- INFO END -->\n\n第一条 为了示例，制定本办法。\n", path: "b.md")
        #expect(bank.docNumber == "人民银行令第2号")
        #expect(bank.issuers == ["中国人民银行"])
        // 关于 inside a cited title is not the issuer's.
        let cited = try parse("# 事业单位贯彻《国务院关于示例的规定》的实施办法\n\n第一条 为了示例，制定本办法。\n", path: "c.md")
        #expect(cited.issuers.isEmpty)
        let congress = try parse("# 河南省人大常委会关于示例的决议\n\n2003年5月29日 河南省第十届人民代表大会常务委员会第三次会议通过\n\n<!-- INFO END -->\n\n河南省第十届人大常委会第三次会议听取了示例报告。\n", path: "h.md")
        #expect(congress.issuers == ["河南省人民代表大会常务委员会"])
        #expect(congress.level == .provincial && congress.region == "河南省")
        #expect(RegionTable.classify(issuer: "人力资源和社会保障部")?.0 == .national)
        #expect(RegionTable.classify(issuer: "淄博市人力资源和社会保障局")?.0 == .municipal)
    }

    @Test func docNumberPrefixGivesTheProvince() {
        #expect(RegionTable.province(forDocNumberPrefix: "沪商贸发") == "上海市")
        #expect(RegionTable.province(forDocNumberPrefix: "川办发") == "四川省")
        #expect(RegionTable.province(forDocNumberPrefix: "商贸发") == nil)
    }
}
