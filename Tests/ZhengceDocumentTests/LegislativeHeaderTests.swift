import Foundation
import Testing
import TestSupport
import ZhengceText
@testable import ZhengceDocument

/// Legislative headers of laws and regulations delivered as plain text (one paragraph per line, no
/// Markdown): real texts under Tests/Fixtures/real/ (made from lawrefbook by scripts/law-to-plain, cut
/// after the first articles); every expected value read from the header lines by hand.
@Suite struct LegislativeHeaderTests {
    static let folder = Fixtures.repositoryRoot.appendingPathComponent("Tests/Fixtures/real")

    static func parse(_ name: String) throws -> PolicyDocument {
        try DocumentParser().parse(fileAt: folder.appendingPathComponent(name), relativePath: name)
    }

    static func plain(_ text: String) -> PolicyDocument {
        DocumentParser().parse(text: text, format: "text", id: "x",
                               source: SourceInfo(path: "x.txt", format: "text", encoding: "UTF-8", bytes: 0, sha256: ""))
    }

    @Test func aTextWithoutHeaderTakesTheDateItsFileIsNamedBy() throws {
        // lawrefbook DLC/上海地方法规/地方性法规/上海/上海市产品质量条例(2012-04-19).md: printed without its legislative
        // header (title, then the first chapter); the version's date is in the file's name only.
        let text = "# 上海市产品质量条例\n\n<!-- INFO END -->\n\n## 第一章　总则\n\n第一条 为了明确产品质量责任，加强对产品质量的监督管理，提高产品质量水平，保护消费者的合法权益，维护社会经济秩序，根据《中华人民共和国产品质量法》和其他法律、行政法规的规定，结合本市实际情况，制定本条例。\n\n第二条 在本市行政区域内从事产品生产、销售及相关活动和对产品质量实施监督，应当遵守本条例。\n"
        let d = try DocumentParser().parse(data: Data(text.utf8), path: "上海/上海市产品质量条例(2012-04-19).md")
        #expect(d.title == "上海市产品质量条例")
        #expect(d.date == "2012-04-19" && d.dateBasis == "file name" && d.provenance["date"] == .fileName)
        #expect(d.warnings.contains { $0.kind == "no-date" })  // the text itself still states none
        // A date the text states wins over the file's name.
        let dated = try DocumentParser().parse(data: Data("示例通知\n\n一、做好工作。\n\n示例市人民政府\n2020年3月5日\n".utf8), path: "示例通知(2012-04-19).txt")
        #expect(dated.date == "2020-03-05" && dated.provenance["date"] != .fileName)
        // No name date, two of them, a day that does not exist, or digits running on: nothing.
        #expect(CalendarDate.inFileName("dir/报告_2024-03-01.txt") == "2024-03-01")
        #expect(CalendarDate.inFileName("2024-03-01 to 2024-04-01.txt") == nil)
        #expect(CalendarDate.inFileName("条例(2021-02-30).md") == nil)
        #expect(CalendarDate.inFileName("12024-03-01.txt") == nil && CalendarDate.inFileName("2024-03-011.txt") == nil)
        #expect(CalendarDate.inFileName("2024-03-01/条例.md") == nil)
    }

    @Test func aRegulationRevisedByADecisionKeepsItsPromulgatorAsIssuer() {
        // lawrefbook 行政法规/中央储备粮管理条例(2016-02-06).md and 旅馆业治安管理办法(2020-11-29).md: the latest version was made
        // by a decision, which names no order of its own; the order or body that promulgated the text is its issuer.
        let reserve = Self.plain("中央储备粮管理条例\n2003年8月15日 中华人民共和国国务院令第388号公布\n2011年1月8日 《国务院关于废止和修改部分行政法规的决定》第一次修订\n第一章 总则\n第一条 为了加强对中央储备粮的管理，制定本条例。\n")
        #expect(reserve.issuers == ["国务院"] && reserve.level == .national && reserve.date == "2011-01-08")
        let hotels = Self.plain("旅馆业治安管理办法\n1987年9月23日 国务院批准\n1987年11月10日 公安部发布\n2011年1月8日 《国务院关于废止和修改部分行政法规的决定》第一次修订\n第一条 为了保障旅馆业的正常经营和旅客的生命财物安全，维护社会治安，制定本办法。\n")
        #expect(hotels.issuers == ["公安部"] && hotels.level == .national)
    }

    @Test func regulationPromulgatedByAnOrder() throws {
        // 2019年10月8日 国务院第66次常务会议通过 / 2019年10月22日 中华人民共和国国务院令第722号公布 / 2020年1月1日 施行
        let d = try Self.parse("law-optimizing-business-environment-2019.txt")
        #expect(d.title == "优化营商环境条例")
        #expect(d.docNumber == "国务院令第722号")
        #expect(d.date == "2019-10-22" && d.dateBasis == "promulgated")
        #expect(d.adoptedDate == "2019-10-08" && d.promulgatedDate == "2019-10-22" && d.effectiveDate == "2020-01-01")
        #expect(d.adoptingBody == "国务院第66次常务会议")
        #expect(d.issuers == ["国务院"] && d.level == .national)
        #expect(d.history.map(\.kind) == [.adopted, .promulgated, .effective])
        #expect(d.measures.first?.label == "第一条")
    }

    @Test func nationalLawTitleIsNotGluedToItsHeader() throws {
        let d = try Self.parse("law-ecommerce-law-2018.txt")
        #expect(d.title == "中华人民共和国电子商务法")
        #expect(d.date == "2018-08-31" && d.dateBasis == "adopted")
        #expect(d.adoptingBody == "第十三届全国人民代表大会常务委员会第五次会议")
        #expect(d.issuers == ["全国人民代表大会常务委员会"] && d.level == .national)
        // The same header written without a space after the date, as pages copy it.
        let glued = Self.plain("中华人民共和国电子商务法\n2018年8月31日第十三届全国人民代表大会常务委员会第五次会议通过\n第一章　总　则\n第一条　为了保障电子商务各方主体的合法权益，制定本法。\n第二条　中华人民共和国境内的电子商务活动，适用本法。")
        #expect(glued.title == "中华人民共和国电子商务法")
        #expect(glued.date == "2018-08-31")
        #expect(glued.measures.count == 2)
    }

    @Test func amendedLawIsDatedByItsLatestAmendment() throws {
        let d = try Self.parse("law-legislation-law-2023.txt")
        #expect(d.title == "中华人民共和国立法法")
        #expect(d.history.map(\.date) == ["2000-03-15", "2015-03-15", "2023-03-13"])
        #expect(d.amendments.map(\.kind) == [.amended, .amended])
        #expect(d.date == "2023-03-13" && d.dateBasis == "amended")
        #expect(d.adoptedDate == "2000-03-15")
        #expect(d.adoptingBody == "第十四届全国人民代表大会第一次会议")
    }

    @Test func localRegulationsHaveTheirCongressAndLevel() throws {
        let shanghai = try Self.parse("law-shanghai-business-environment-2020.txt")
        #expect(shanghai.adoptingBody == "上海市第十五届人民代表大会常务委员会第二十次会议")
        #expect(shanghai.level == .provincial && shanghai.region == "上海市" && shanghai.date == "2020-04-10")
        // A special economic zone is its city, not a county.
        let shenzhen = try Self.parse("law-shenzhen-sez-foreign-investment-2022.txt")
        #expect(shenzhen.level == .municipal && shenzhen.region == "深圳市")
        #expect(shenzhen.adoptingBody == "深圳市第七届人民代表大会常务委员会第十一次会议")
        // A city's regulation approved by the province: adopted by the city, dated by the approval.
        let chaozhou = try Self.parse("law-chaozhou-she-culture-2021.txt")
        #expect(chaozhou.history.map(\.kind) == [.adopted, .approved])
        #expect(chaozhou.date == "2021-03-18" && chaozhou.dateBasis == "approved")
        #expect(chaozhou.adoptingBody == "潮州市第十五届人民代表大会常务委员会第三十五次会议")
        #expect(chaozhou.level == .municipal && chaozhou.region == "潮州市")
    }

    @Test func headerClausesInOneLine() {
        let events = LegislativeHeader.events(inLine:
            "（1991年3月4日中华人民共和国国务院令第76号发布　2018年9月6日国务院第23次常务会议修订通过）")
        #expect(events.map(\.kind) == [.promulgated, .revised])
        #expect(events.map(\.date) == ["1991-03-04", "2018-09-06"])
        #expect(events[0].number == "国务院令第76号")
        #expect(events[1].body == "国务院第23次常务会议")
        let law = LegislativeHeader.events(inLine:
            "（2019年10月22日中华人民共和国国务院令第722号公布 自2020年1月1日起施行）")
        #expect(law.map(\.kind) == [.promulgated, .effective])
        #expect(law.map(\.date) == ["2019-10-22", "2020-01-01"])
        // A decision's title holds 修改 and dates that are not steps of this text.
        let amended = LegislativeHeader.events(inLine:
            "根据2009年8月27日第十一届全国人民代表大会常务委员会第十次会议《关于修改部分法律的决定》第一次修正")
        #expect(amended.map(\.kind) == [.amended] && amended[0].date == "2009-08-27")
        // The closing mark typed after the verb (山东省实施《道路交通安全法》办法, lawrefbook): still an amendment;
        // a title that only names 修正 without 的决定 stays a title.
        let misplaced = LegislativeHeader.events(inLine:
            "2012年1月13日 山东省第十一届人民代表大会常务委员会第二十八次会议《关于修改<山东省环境噪声污染防治条例>等二十五件地方性法规的决定修正》")
        #expect(misplaced.map(\.kind) == [.amended] && misplaced[0].date == "2012-01-13")
        #expect(misplaced[0].body == "山东省第十一届人民代表大会常务委员会第二十八次会议")
        #expect(LegislativeHeader.events(inLine: "2012年1月13日 《宪法修正》").isEmpty)
    }

    @Test func entryIntoForceAsShishiAndALoneDate() {
        // 最高人民法院关于内地与澳门特别行政区相互认可和执行仲裁裁决的安排 (lawrefbook): `2008年1月1日 起实施）`.
        let effective = LegislativeHeader.events(inLine: "2008年1月1日 起实施）")
        #expect(effective.map(\.kind) == [.effective] && effective[0].date == "2008-01-01")
        // 关于军民合用机场使用管理的若干暂行规定 (lawrefbook): the header is the date alone.
        let alone = LegislativeHeader.events(inLine: "1985年12月30日 ")
        #expect(alone.map(\.kind) == [.promulgated] && alone[0].date == "1985-12-30")
        #expect(LegislativeHeader.groups(["1985年12月30日 ", "第一条 为了加强管理，制定本规定。"], in: 0..<1, limit: 2) == [[0]])
    }

    @Test func aClauseCutByAWrapIsFinishedByTheNextLine() {
        // 青岛市海洋环境保护规定 (lawrefbook): an approval of an amendment, the line cut inside 关于修改, and a
        // second amendment run on after 根据 with no space.
        let lines = ["2016年1月22日 山东省第十二届人民代表大会常务委员会第十八次会议批准的2015年12月25日青岛市第十五届人民代表大会常务委员会第三十二次会议关于修",
                     "改《青岛市海洋环境保护规定》的决定第一次修正根据2018年9月7日青岛市第十六届人民代表大会常务委员会第十一次会议《关于修改〈青岛市环境噪声管理规定〉等十九件地方性法规的决定》第二次修正",
                     "第一条 为了保护海洋环境，制定本规定。"]
        let groups = LegislativeHeader.groups(lines, in: 0..<2, limit: 3)
        #expect(groups == [[0, 1]])
        let events = LegislativeHeader.events(inLine: lines[0] + lines[1])
        #expect(events.map(\.kind) == [.approved, .amended, .amended])
        #expect(events.map(\.date) == ["2016-01-22", "2015-12-25", "2018-09-07"])
    }

    @Test func orderNumbersNormalise() {
        #expect(DocumentNumber.normalize("中华人民共和国国务院令第722号") == "国务院令第722号")
        #expect(DocumentNumber.normalize("中华人民共和国主席令第三十一号") == "主席令第31号")
        #expect(DocumentNumber.normalize("2017年11月22日 中华人民共和国国务院令第692号") == "国务院令第692号")
        #expect(DocumentNumber.normalize("国办发〔2021〕24号") == "国办发〔2021〕24号")
        #expect(DocumentNumber.normalize("第二十条") == nil)
    }

    @Test func orderPublishingARevisedRegulation() throws {
        // 中华人民共和国国务院令 第706号 … 2018年11月6日 / 专利代理条例 / （1991年3月4日…发布　2018年9月6日…修订通过）
        let d = try Self.parse("guolingdi-706-patent-agency-regulation.txt")
        #expect(d.title == "专利代理条例" && d.noticeTitle == "中华人民共和国国务院令第706号")
        #expect(d.docNumber == "国务院令第706号" && d.issuers == ["国务院"])
        #expect(d.date == "2018-11-06" && d.dateBasis == "promulgated" && d.effectiveDate == "2019-03-01")
        #expect(d.history.map(\.kind) == [.promulgated, .revised, .promulgated, .effective])
        #expect(d.history.first?.number == "国务院令第76号")
        #expect(d.measures.first?.label == "第一条" && d.measures.count == 32)
    }

    /// lawrefbook DLC/山东地方法规/…/青岛市禁止焚烧抛撒丧葬祭奠物品规定(2020-07-24).md: the city's congress revised it, the
    /// province's congress then approved it (the header writes 通过). A text titled by its city is the city's.
    @Test func aCityTextApprovedByItsProvinceIsTheCitys() {
        let d = Self.plain("青岛市禁止焚烧抛撒丧葬祭奠物品规定\n2020年6月10日 青岛市第十六届人民代表大会常务委员会第二十四次会议修订\n"
            + "2020年7月24日 山东省第十三届人民代表大会常务委员会第二十二次会议通过\n第一条 为了移风易俗，制定本规定。\n")
        #expect(d.adoptingBody == "青岛市第十六届人民代表大会常务委员会第二十四次会议")
        #expect(d.issuers == ["青岛市人民代表大会常务委员会"])
        #expect(d.level == .municipal && d.region == "青岛市")
        // The province's own regulation, adopted and later amended by its congress, stays the province's.
        let own = Self.plain("山东省禁止焚烧秸秆规定\n2018年1月23日 山东省第十二届人民代表大会常务委员会第三十五次会议通过\n"
            + "第一条 为了保护环境，制定本规定。\n")
        #expect(own.issuers == ["山东省人民代表大会常务委员会"] && own.level == .provincial)
        // lawrefbook …/重庆市防震减灾条例(2010-10-12).md: the revision's body is written without its place (市第三届…):
        // of no other place, so the latest step, not the 2002 adoption, made this version.
        let revised = Self.plain("重庆市防震减灾条例\n2002年6月7日 重庆市第一届人民代表大会常务委员会第四十次会议通过\n"
            + "2010年9月29日 市第三届人民代表大会常务委员会第十九次会议修订\n第一条 为了防御和减轻地震灾害，制定本条例。\n")
        #expect(revised.adoptingBody == "市第三届人民代表大会常务委员会第十九次会议")
        #expect(revised.issuers == ["重庆市人民代表大会常务委员会"])
        #expect(RegionTable.classify(issuer: "第十三届全国人民代表大会常务委员会第五次会议")?.1 == nil)
        #expect(RegionTable.classify(issuer: "广西壮族自治区第十三届人民代表大会常务委员会")?.1 == "广西壮族自治区")
    }
}
