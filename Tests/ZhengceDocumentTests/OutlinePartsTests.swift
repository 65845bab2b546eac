import Foundation
import Testing
@testable import ZhengceDocument

/// What comes before and after a text's own provisions: a table of contents (目录) that lists the chapters first, a
/// second text published in the same notice, an annex after 附：. Each text is an excerpt of a real document (named).
@Suite struct OutlinePartsTests {
    static func parse(_ text: String, _ path: String) throws -> PolicyDocument {
        try DocumentParser().parse(data: Data(text.utf8), path: path)
    }

    /// lawrefbook DLC/北京地方法规/…/北京市献血条例(2021-11-26).md, chapters 1–2 and 6 (the table lists all six).
    static let contentsLines = """
        # 北京市献血条例

        2021年11月26日 北京市第十五届人民代表大会常务委员会第三十五次会议通过

        <!-- INFO END -->

        ## 第一章 总 则

        ## 第二章 献血服务与激励

        ## 第三章 法律责任

        ## 第一章 总 则

        第一条 为了规范和推动献血工作，保证医疗临床用血需要和安全，根据《中华人民共和国献血法》等法律、行政法规，结合本市实际，制定本条例。

        第二条 在本市行政区域内开展献血、采供血、临床用血及相关管理活动，适用本条例。

        ## 第二章 献血服务与激励

        第三条 市卫生健康部门应当会同有关部门制定献血服务规范。

        ## 第三章 法律责任

        第四条 违反本条例规定的，由卫生健康部门责令改正。
        """

    @Test func aTableOfContentsMakesNoProvisions() throws {
        let document = try Self.parse(Self.contentsLines, "献血条例.md")
        #expect(document.provisions.filter { $0.scheme == .chapter }.count == 3)
        #expect(document.measures.map(\.id) == ["献血条例/1.1", "献血条例/1.2", "献血条例/2.3", "献血条例/3.4"])
        #expect(document.measures.map { $0.path.first } == ["第一章", "第一章", "第二章", "第三章"])
        #expect(!document.warnings.contains { $0.kind == "numbering-repeat" })
    }

    /// lawrefbook DLC/重庆地方法规/…/重庆市各级人民代表大会常务委员会人事任免工作条例(2022-06-10).md: the table on one line.
    @Test func aTableOfContentsOnOneLine() throws {
        let text = """
            # 重庆市各级人民代表大会常务委员会人事任免工作条例

            <!-- INFO END -->

            ## 第一章 总则 第二章 任免范围 第三章 附则

            ## 第一章 总 则

            第一条 为了保障本市各级人民代表大会常务委员会行使任免权，根据有关法律，结合本市实际，制定本条例。

            ## 第二章 任免范围

            第二条 人大常委会依照下列规定任免本级国家权力机关的人员。

            ## 第三章 附 则

            第三条 本条例自公布之日起施行。
            """
        let document = try Self.parse(text, "任免条例.md")
        #expect(document.measures.map(\.id) == ["任免条例/1.1", "任免条例/2.2", "任免条例/3.3"])
        #expect(!document.warnings.contains { $0.kind == "numbering-repeat" })
    }

    /// Heading lines that open the text's own parts (编, 章, 节 before the first article) are no table.
    @Test func headingsBeforeTheFirstArticleAreNoTable() throws {
        let text = """
            中华人民共和国民法典
            第一编 总则
            第一章 基本规定
            第一节 一般规定
            第一条 为了保护民事主体的合法权益，制定本法。
            第二条 民法调整平等主体之间的人身关系和财产关系。
            第二章 自然人
            第三条 自然人的民事权利能力一律平等。
            """
        let document = try Self.parse(text, "民法典.txt")
        #expect(document.measures.map(\.id) == ["民法典/1.1.1.1", "民法典/1.1.1.2", "民法典/1.2.3"])
        #expect(document.provisions.filter { $0.scheme == .chapter }.count == 2)
    }

    /// govcn 国办发〔2018〕124号: two regulations in one notice. The second one's title and preamble belong to neither
    /// the first one's last provision nor its closing note.
    @Test func aSecondTextStartsAfterItsTitle() throws {
        let text = """
            国务院办公厅关于印发文化体制改革中经营性文化事业单位转制为企业和进一步支持文化企业发展两个规定的通知
            国办发〔2018〕124号
            各省、自治区、直辖市人民政府，国务院各部委、各直属机构：
            中央宣传部会同有关部门制定的两个规定已经国务院同意，现印发给你们，请认真贯彻执行。
            国务院办公厅
            2018年12月18日
            （此件公开发布）
            文化体制改革中经营性文化事业单位转制为企业的规定
            为进一步深化文化体制改革，继续推进国有经营性文化事业单位转企改制，特制定以下规定：
            一、关于公司制股份制改革
            （一）经营性文化事业单位转制为企业，要依法登记为有限责任公司或股份有限公司。
            二、关于党的建设
            （二）经营性文化事业单位在转制过程中，要按照党章和有关党内法规，做好党组织设置工作。
            （三）转制企业要认真学习贯彻习近平新时代中国特色社会主义思想，坚持正确政治方向，站稳政治立场。
            中央所属转制文化企业的认定，由中央宣传部会同财政部、税务总局确定并发布名单。
            进一步支持文化企业发展的规定
            为进一步深化文化体制改革，促进文化企业发展，特制定以下规定：
            一、关于财政税收
            （一）中央财政和地方财政应通过文化产业发展专项资金等现有资金渠道，支持文化企业发展。
            二、关于投资和融资
            （二）鼓励国有文化产业投资基金作为文化产业的战略投资者。
            """
        let document = try Self.parse(text, "两个规定.txt")
        #expect(document.measures.count == 5)
        let last = try #require(document.measures.first { $0.label == "（三）" })
        #expect(last.text == "转制企业要认真学习贯彻习近平新时代中国特色社会主义思想，坚持正确政治方向，站稳政治立场。")
        #expect(last.responsible.isEmpty)
        #expect(!document.measures.contains { $0.text.contains("进一步支持文化企业发展的规定") || $0.text.contains("特制定以下规定") })
        let second = try #require(document.measures.first { $0.text.hasPrefix("中央财政和地方财政") })
        #expect(second.path == ["一、", "（一）"])
        #expect(!document.warnings.contains { $0.kind == "numbering-repeat" })
    }

    /// A restart with no title between is still reported.
    @Test func aRestartWithoutTitleIsReported() throws {
        let text = """
            关于测试的通知
            一、扩大开放
            （一）商务部牵头推进。
            二、重点任务
            （二）财政部负责保障。
            一、重点任务
            （三）海关总署负责通关。
            """
        let document = try Self.parse(text, "重复.txt")
        #expect(document.warnings.contains { $0.kind == "numbering-repeat" })
        #expect(document.measures.count == 3)
    }

    /// lawrefbook 经济法/车船税法(2019-04-23).md: the annexed table after 附： is not part of the last article.
    @Test func anAnnexAfterFuIsNotTheLastArticle() throws {
        let text = """
            # 中华人民共和国车船税法

            <!-- INFO END -->

            第一条 在中华人民共和国境内属于本法所附《车船税税目税额表》规定的车辆、船舶的所有人或者管理人，为车船税的纳税人。

            第二条 本法自2012年1月1日起施行。

            附：

            车船税税目税额表

            一、乘用车按发动机汽缸容量分档

            二、商用客车每辆
            """
        let document = try Self.parse(text, "车船税法.md")
        #expect(document.measures.map(\.label) == ["第一条", "第二条"])
        #expect(document.measures.last?.text == "本法自2012年1月1日起施行。")
    }

    /// lawrefbook 司法解释/关于审理非法行医刑事案件具体应用法律若干问题的解释(2016-12-16).md: a decision amending an
    /// interpretation, then after 附： the interpretation as amended — its articles are kept.
    @Test func articlesAfterFuAreKept() throws {
        let text = """
            # 关于审理非法行医刑事案件具体应用法律若干问题的解释

            <!-- INFO END -->

            为了依法惩处非法行医犯罪，根据刑法有关规定，现决定对《解释》作如下修改：

            一、删除《解释》第一条第二项。

            二、在《解释》第五条中增加一款。

            附：

            关于审理非法行医刑事案件具体应用法律若干问题的解释

            第一条 具有下列情形之一的，应认定为刑法第三百三十六条第一款规定的“未取得医生执业资格的人非法行医”。

            第二条 本解释自公布之日起施行。
            """
        let document = try Self.parse(text, "非法行医.md")
        #expect(document.measures.filter { $0.label.hasPrefix("第") }.count == 2)
    }

    /// govcn-2018-2019/国办发_2019_4号.txt (excerpt): an 意见 numbered itself whose attachment, after the signature, is a
    /// numbered table of indicators. The body is the 意见's own; the table is not read as its provisions.
    @Test func aNumberedTextKeepsItsBodyBeforeANumberedAttachment() throws {
        let text = """
            国务院办公厅关于加强
            三级公立医院绩效考核工作的意见
            国办发〔2019〕4号
            各省、自治区、直辖市人民政府，国务院各部委、各直属机构：
            为进一步深化公立医院改革，推进现代医院管理制度建设，经国务院同意，现就加强三级公立医院绩效考核工作提出以下意见。
            一、支撑体系
            （一）提高病案首页质量。三级公立医院要加强以电子病历为核心的医院信息化建设。
            （二）统一编码和术语集。2019年3月底前，国家卫生健康委推行全国统一的疾病分类编码、手术操作编码和医学名词术语集。
            二、考核程序
            （一）医院自查自评。各三级公立医院对照绩效考核指标体系，完成对上一年度医院绩效情况的分析评估。
            附件：三级公立医院绩效考核指标
            国务院办公厅
            2019年1月16日
            （此件公开发布）
            附件
            三级公立医院绩效考核指标
            一、医疗质量
            （一）功能定位
            1.门诊人次数与出院人次数比
            2.下转患者人次数（门急诊、住院）
            """
        let document = try Self.parse(text, "国办发_2019_4号.txt")
        #expect(document.measures.map(\.title) == ["提高病案首页质量", "统一编码和术语集", "医院自查自评"])
        #expect(document.measures[1].responsible.map(\.name) == ["国家卫生健康委"])
        #expect(document.date == "2019-01-16" && document.issuers == ["国务院办公厅"])
    }

    /// govcn-2018-2019/国函_2006_132号.txt (excerpt): a reply numbered itself, its attachments listed as 附件1. … 2. …
    /// The list ends the body: its second item is no provision.
    @Test func attachmentsListedWithNumbersEndTheBody() throws {
        let text = """
            国务院关于授权香港特别行政区实施管辖的深圳湾口岸港方口岸区范围和土地使用期限的批复
            国函〔2006〕132号
            广东省人民政府、香港特别行政区政府：
            依照2006年10月31日第十届全国人民代表大会常务委员会第二十四次会议通过的决定，现就有关问题批复如下：
            一、深圳湾口岸港方口岸区范围包括港方查验区和与之相连接的深圳湾公路大桥部分桥面。
            二、深圳湾口岸港方口岸区的土地使用权，由香港特别行政区政府以租赁方式取得。
            附件1.深圳湾口岸港方口岸区的查验区界址点坐标
            2.深圳湾公路大桥部分桥面界址点坐标
            国务院
            二〇〇六年十二月三十日
            附件1.
            深圳湾口岸港方口岸区的
            查验区界址点坐标
            """
        let document = try Self.parse(text, "国函_2006_132号.txt")
        #expect(document.measures.map(\.label) == ["一、", "二、"])
        #expect(document.measures.last?.text.hasSuffix("以租赁方式取得。") == true)
    }
}
