import Foundation
import Testing
import ZhengceDocument
@testable import ZhengceLineage

/// Direction from hierarchy and calendar, versions of one law, repeals, and citation context,
/// on small documents whose headers are copied from the law corpus (lawrefbook).
@Suite struct DirectionTests {
    static let shared = "建设单位应当依法办理施工许可手续，并对施工现场的扬尘污染防治负总责，采取覆盖、洒水、围挡等措施。"

    static func law(_ id: String, title: String, header: String, date: String, level: DocumentLevel? = .national,
                    region: String? = nil, cites: [(title: String?, number: String?)] = [], text: String = shared) -> PolicyDocument {
        DocumentBuilder.prefixing(header, to: DocumentBuilder.make(
            id: id, title: title, date: date, level: level, region: region, cites: cites,
            measures: [("第一条", text), ("第二条", "本地区的其他具体规定由各地结合实际情况另行作出安排并报备案。")]))
    }

    @Test func ranksComeFromTheLegislativeHeader() {
        let law = DirectionTests.law("a", title: "中华人民共和国个人所得税法", header: "2018年8月31日第十三届全国人民代表大会常务委员会第五次会议通过", date: "2018-08-31")
        let regulation = DirectionTests.law("b", title: "不动产登记暂行条例", header: "2014年11月24日 中华人民共和国国务院令第656号公布", date: "2014-11-24", level: nil)
        let rule = DirectionTests.law("c", title: "公安机关办理刑事案件程序规定", header: "2020年7月20日 公安部令第159号公布", date: "2020-07-20", level: nil)
        let local = DirectionTests.law("d", title: "丽水市传统村落保护条例", header: "2019年5月28日 丽水市第四届人民代表大会常务委员会第十六次会议通过", date: "2019-08-01", level: .municipal, region: "丽水市")
        #expect(LegalRank.of(law) == .law)
        #expect(LegalRank.of(regulation) == .administrativeRegulation)
        #expect(LegalRank.of(rule) == .departmental)
        #expect(LegalRank.of(local) == .municipal)
        #expect(DocumentFacts(regulation).orderNumbers == ["国务院令第656号"])
    }

    /// lawrefbook files some State Council regulations and ministry rules with no level and no header (未成年人网络保护条例,
    /// 2023: the title, then 第一章). A title naming no place and ending as legislation does makes it national: a 条例 an
    /// administrative regulation, a 规定 or 办法 departmental; a local title, or a title that is no legislation, stays unranked.
    @Test func aHeaderlessNationalTitleIsRankedByItsSuffix() {
        func bare(_ title: String) -> PolicyDocument {
            DocumentBuilder.make(id: title, title: title, date: "2023-10-16", level: nil, measures: [("第一条", "为了规范某项工作，制定本条例。")])
        }
        #expect(LegalRank.of(bare("未成年人网络保护条例")) == .administrativeRegulation)
        #expect(LegalRank.of(bare("城市公共交通条例")) == .administrativeRegulation)
        #expect(LegalRank.of(bare("道路交通事故处理程序规定")) == .departmental)
        #expect(DocumentFacts(bare("道路交通事故处理程序规定")).legislation)
        #expect(!DocumentFacts(bare("人体损伤程度鉴定标准")).legislation)
        #expect(LegalRank.of(bare("宁波市献血条例")) == nil)
        #expect(LegalRank.of(bare("广西壮族自治区消防条例")) == nil)
        #expect(LegalRank.of(bare("人体损伤程度鉴定标准")) == nil)
        #expect(LegalRank.namesPlace("北京市安全生产条例") && !LegalRank.namesPlace("市场主体登记管理条例"))
    }

    /// 未成年人网络保护条例 (2023-10-16, filed with no header) 第二十九条 restates 未成年人保护法 (consolidated 2024-04-26;
    /// adopted 1991, revised 2020) 第八十条 (停止传输、删除、屏蔽、断开链接…向网信、公安等部门报告), and its purpose article
    /// cites that law. Unranked, the regulation was a peer of the law and the link `related` (from the law, whose stored
    /// date is later); ranked an administrative regulation, it derives from the law it cites.
    @Test func aHeaderlessRegulationDerivesFromTheLawItCites() {
        let regulation = DocumentBuilder.make(
            id: "minors-online", title: "未成年人网络保护条例", date: "2023-10-16", level: nil, cites: [("中华人民共和国未成年人保护法", nil)],
            measures: [("第一条", "为了营造有利于未成年人身心健康的网络环境，保障未成年人合法权益，根据《中华人民共和国未成年人保护法》、《中华人民共和国网络安全法》、《中华人民共和国个人信息保护法》等法律，制定本条例。"),
                       ("第二十九条", "网络产品和服务提供者应当加强对用户发布信息的管理，采取有效措施防止制作、复制、发布、传播违反本条例第二十二条、第二十四条、第二十五条、第二十六条第一款、第二十七条规定的信息，发现违反上述条款规定的信息的，应当立即停止传输相关信息，采取删除、屏蔽、断开链接等处置措施，防止信息扩散，保存有关记录，向网信、公安等部门报告，并对制作、复制、发布、传播上述信息的用户采取警示、限制功能、暂停服务、关闭账号等处置措施。网络产品和服务提供者发现用户发布、传播本条例第二十三条第一款规定的信息未予显著提示的，应当作出提示或者通知用户予以提示；未作出提示的，不得传输该信息。")])
        let law = DocumentBuilder.prefixing("1991年9月4日 第七届全国人民代表大会常务委员会第二十一次会议通过\n2020年10月17日 第十三届全国人民代表大会常务委员会第二十二次会议第二次修订",
            to: DocumentBuilder.make(id: "minors-law", title: "中华人民共和国未成年人保护法", date: "2024-04-26", measures: [
                ("第八十条", "网络服务提供者发现用户发布、传播可能影响未成年人身心健康的信息且未作显著提示的，应当作出提示或者通知用户予以提示；未作出提示的，不得传输相关信息。网络服务提供者发现用户发布、传播含有危害未成年人身心健康内容的信息的，应当立即停止传输相关信息，采取删除、屏蔽、断开链接等处置措施，保存有关记录，并向网信、公安等部门报告。网络服务提供者发现用户利用其网络服务对未成年人实施违法犯罪行为的，应当立即停止向该用户提供网络服务，保存有关记录，并向公安机关报告。")]))
        #expect(DocumentFacts(regulation).rank == .administrativeRegulation)
        let links = LineageAnalyzer().analyze([regulation, law]).graph.measureLinks.filter { $0.to.label == "第八十条" || $0.from.label == "第八十条" }
        #expect(links.map(\.type) == [.derives])
        #expect(links.first?.from.document == "minors-online")
        #expect(links.first?.from.label == "第二十九条")
    }

    /// lawrefbook files Ningbo's regulation under Zhejiang (level provincial, region 浙江省); its header says a
    /// city adopted it and the province approved it. It cites Zhejiang's 办法, whose stored date is that of a
    /// later amendment: it derives from it, not the other way round. Beijing's own regulation stays provincial.
    @Test func aCityRegulationFiledUnderItsProvinceIsMunicipal() {
        let ningbo = DirectionTests.law("nb", title: "宁波市献血条例",
                                        header: "1999年5月28日 宁波市第十一届人民代表大会常务委员会第十次会议通过\n1999年9月3日 浙江省第九届人民代表大会常务委员会第十五次会议批准",
                                        date: "2020-05-15", level: .provincial, region: "浙江省",
                                        cites: [("浙江省实施〈中华人民共和国献血法〉办法", nil)])
        let zhejiang = DirectionTests.law("zj", title: "浙江省实施《中华人民共和国献血法》办法",
                                          header: "2001年11月2日 浙江省第九届人民代表大会常务委员会第二十九次会议通过",
                                          date: "2020-11-27", level: .provincial, region: "浙江省")
        let beijing = DirectionTests.law("bj", title: "北京市献血条例", header: "2021年11月26日 北京市第十五届人民代表大会常务委员会通过",
                                         date: "2021-11-26", level: .provincial, region: "北京市")
        #expect(LegalRank.of(ningbo) == .municipal)
        #expect(LegalRank.of(zhejiang) == .provincial)
        #expect(LegalRank.of(beijing) == .provincial)
        let analysis = LineageAnalyzer().analyze([ningbo, zhejiang])
        let links = analysis.graph.measureLinks.filter { Set([$0.from.document, $0.to.document]) == ["nb", "zj"] && $0.from.label == "第一条" }
        #expect(links.map(\.type) == [.derives])
        #expect(links.first?.from.document == "nb")
    }

    /// Peers restating one article fill a measure's retrieval candidates (one here); the law the provincial
    /// text says it implements is still scored against it, and the take-up found.
    @Test func theImplementedLawIsScoredWhenPeersCrowdTheCandidates() {
        let province = "报纸、广播、电视、网络等新闻媒介应当开展献血的社会公益性宣传，普及献血的科学知识，定期刊播公益广告。"
        let national = DirectionTests.law("a-law", title: "中华人民共和国献血法", header: "1997年12月29日 第八届全国人民代表大会常务委员会第二十九次会议通过",
                                          date: "1997-12-29", text: "新闻媒介应当开展献血的社会公益性宣传，普及献血的科学知识。")
        let zhejiang = DirectionTests.law("zj", title: "浙江省实施《中华人民共和国献血法》办法", header: "2001年浙江省人民代表大会常务委员会通过",
                                          date: "2013-09-27", level: .provincial, region: "浙江省", cites: [("中华人民共和国献血法", nil)], text: province)
        let peers = ["山东省", "河南省"].map { region in
            DirectionTests.law("b-" + region, title: region + "献血条例", header: "2010年\(region)人民代表大会常务委员会通过", date: "2010-01-01",
                               level: .provincial, region: region, text: province)
        }
        let others = ["城市绿化管理", "燃气安全管理", "物业服务管理", "养犬行为管理", "湿地资源保护", "文物古迹保护"].enumerated().map { k, subject in
            DirectionTests.law("c\(k)", title: "上海市\(subject)条例", header: "2015年上海市人民代表大会常务委员会通过", date: "2015-01-01",
                               level: .provincial, region: "上海市", text: "\(subject)工作实行属地负责，具体事项由区人民政府\(k)号文件规定。")
        }
        let analysis = LineageAnalyzer(options: LineageOptions(candidates: 1)).analyze([national, zhejiang] + peers + others)
        let links = analysis.graph.measureLinks.filter { $0.from.document == "zj" && $0.to.document == "a-law" && $0.from.label == "第一条" }
        #expect(links.map(\.type) == [.derives])
        #expect(links.first?.to.label == "第一条")
        #expect(analysis.statistics.citedPairsScored > 0)
    }

    @Test func peersInDifferentRegionsAreParallelAndHigherLaterIsNotASource() {
        let zhejiang = DirectionTests.law("zj", title: "浙江省扬尘污染防治条例", header: "2020年浙江省人民代表大会常务委员会通过", date: "2020-05-01", level: .provincial, region: "浙江省")
        let chongqing = DirectionTests.law("cq", title: "重庆市扬尘污染防治条例", header: "2018年重庆市人民代表大会常务委员会通过", date: "2018-03-01", level: .provincial, region: "重庆市")
        let national = DirectionTests.law("n", title: "中华人民共和国大气污染防治法", header: "2021年全国人民代表大会常务委员会通过", date: "2021-01-01")
        let analysis = LineageAnalyzer().analyze([zhejiang, chongqing, national])
        let measureLinks = analysis.graph.measureLinks.filter { $0.from.label == "第一条" }
        let peers = measureLinks.filter { Set([$0.from.document, $0.to.document]) == ["zj", "cq"] }
        #expect(peers.map(\.type) == [.parallel])
        #expect(peers.first?.from.document == "zj")
        // The national law is later than both: a provincial text cannot have taken it from the future.
        let upward = measureLinks.filter { $0.to.document == "n" || $0.from.document == "n" }
        #expect(!upward.isEmpty)
        #expect(upward.allSatisfy { $0.type == .related })
        #expect(!analysis.graph.links.contains { $0.type == .derives })
    }

    /// lawrefbook files many city regulations under their province (level provincial, region 河南省). Two of them are
    /// peers of two cities, `parallel`, not texts of one jurisdiction (`related`): 开封市城市绿化条例 第四十一条 and 安阳市
    /// 城市绿化条例 第三十七条 (3) impose the same fines for occupying green land (round eight's sample, seed 818, read
    /// as parallel; the tool said related). Headers and the shared clause from the law files.
    @Test func cityRegulationsFiledUnderOneProvinceAreParallel() {
        let fine = "擅自占用城市绿地的，责令恢复绿地原状，并处以每平方米一千元以上五千元以下罚款；临时占用城市绿地期满后，未按照规定期限恢复绿地的，从逾期之日起，处以每日每平方米五十元以上一百元以下罚款。"
        let kaifeng = DirectionTests.law("kf", title: "开封市城市绿化条例",
                                         header: "2017年8月25日 开封市第十四届人民代表大会常务委员会第二十四次会议通过\n2017年9月29日 河南省第十二届人民代表大会常务委员会第三十一次会议批准",
                                         date: "2019-01-21", level: .provincial, region: "河南省", text: "违反本条例第二十九条规定，" + fine)
        let anyang = DirectionTests.law("ay", title: "安阳市城市绿化条例",
                                        header: "2017年8月31日 安阳市第十三届人民代表大会常务委员会第三十次会议通过\n2018年3月31日 河南省第十三届人民代表大会常务委员会第二次会议批准",
                                        date: "2019-01-07", level: .provincial, region: "河南省", text: "违反本条例第二十六条规定，" + fine)
        let henan = DirectionTests.law("hn", title: "河南省城市绿化条例", header: "2010年河南省人民代表大会常务委员会通过",
                                       date: "2010-01-01", level: .provincial, region: "河南省", text: "违反本条例第二十条规定，" + fine)
        #expect(DocumentFacts(kaifeng).city == "开封市")
        #expect(DocumentFacts(henan).city == nil)
        #expect(!DocumentFacts.sameJurisdiction(kaifeng, DocumentFacts(kaifeng), anyang, DocumentFacts(anyang)))
        #expect(DocumentFacts.sameJurisdiction(kaifeng, DocumentFacts(kaifeng), kaifeng, DocumentFacts(kaifeng)))
        let links = LineageAnalyzer().analyze([kaifeng, anyang, henan]).graph.measureLinks.filter { $0.from.label == "第一条" }
        func link(_ a: String, _ b: String) -> [LinkType] { links.filter { Set([$0.from.document, $0.to.document]) == [a, b] }.map(\.type) }
        #expect(link("kf", "ay") == [.parallel])
        // The province's own text stays the cities' source.
        #expect(link("kf", "hn") == [.derives])
        #expect(link("ay", "hn") == [.derives])
    }

    /// Two cities' regulations on different subjects that share a clause share a template, not a policy.
    @Test func peersOnDifferentSubjectsAreNotParallel() {
        let nursery = DirectionTests.law("gz", title: "广州市幼儿园条例", header: "2021年广州市人民代表大会常务委员会通过", date: "2021-04-09", level: .municipal, region: "广州市")
        let market = DirectionTests.law("nb", title: "宁波市商品交易市场管理条例", header: "2019年宁波市人民代表大会常务委员会通过", date: "2019-06-01", level: .municipal, region: "宁波市")
        let greening = DirectionTests.law("ny", title: "南阳市城市绿化条例", header: "2019年南阳市人民代表大会常务委员会通过", date: "2019-01-14", level: .municipal, region: "南阳市")
        let greening2 = DirectionTests.law("pds", title: "平顶山市城市绿化条例", header: "2018年平顶山市人民代表大会常务委员会通过", date: "2018-11-01", level: .municipal, region: "平顶山市")
        let links = LineageAnalyzer().analyze([nursery, market, greening, greening2]).graph.measureLinks.filter { $0.from.label == "第一条" }
        #expect(links.map { Set([$0.from.document, $0.to.document]) } == [["ny", "pds"]])
        #expect(links.first?.type == .parallel)
    }

    /// A provincial regulation restating a clause of a judicial interpretation did not implement it.
    @Test func judicialInterpretationsAreNeitherImplementedLocallyNorImplementRegulations() {
        let court = DirectionTests.law("spc", title: "最高人民法院关于审理商品房买卖合同纠纷案件适用法律若干问题的解释",
                                       header: "2003年3月24日最高人民法院审判委员会第1267次会议通过", date: "2020-12-29")
        let province = DirectionTests.law("sd", title: "山东省商品房销售条例", header: "2021年山东省人民代表大会常务委员会通过",
                                          date: "2021-12-03", level: .provincial, region: "山东省")
        // A rule of the same subject (商品房): between legislation of unrelated subjects one shared clause links nothing.
        let regulation = DirectionTests.law("reg", title: "商品房销售管理办法", header: "2001年4月4日 建设部令第88号发布",
                                            date: "2001-04-04", level: nil)
        #expect(DocumentFacts(court).judicial && !DocumentFacts(province).judicial)
        let links = LineageAnalyzer().analyze([court, province, regulation]).graph.measureLinks.filter { $0.from.label == "第一条" }
        let withCourt = links.filter { $0.from.document == "spc" || $0.to.document == "spc" }
        #expect(withCourt.count == 2)
        #expect(withCourt.allSatisfy { $0.type == .related })
        // Between the departmental rule and the province the hierarchy still gives derives.
        #expect(links.contains { $0.type == .derives && $0.from.document == "sd" && $0.to.document == "reg" })
    }

    @Test func aTitleSubjectLeavesOutTheJurisdictionAndTheWordsOfEveryTitle() {
        #expect(TitleSubject.pairs("南阳市城市绿化条例") == ["城市", "市绿", "绿化"])
        #expect(TitleSubject.pairs("浙江省宁波市文明行为促进条例") == ["文明", "明行", "行为"])
        #expect(TitleSubject.pairs("宁波市商品交易市场管理条例") == ["商品", "品交", "交易", "易市", "市场"])
        #expect(TitleSubject.shared("河南省消防条例", "广东省实施《中华人民共和国消防法》办法"))
        #expect(!TitleSubject.shared("广州市幼儿园条例", "浙江省学前教育条例"))
        #expect(TitleSubject.pairs("浙江省技术市场条例") == ["技术", "术市", "市场"])
        #expect(!TitleSubject.shared("深圳经济特区人工智能产业促进条例", "珠海经济特区科技创新促进条例"))
    }

    /// 北京市实施《工会法》办法 (2015) restates 工会法, whose consolidated text is dated 2021: it cites the
    /// law, so the law existed (in an earlier version): derives, not related.
    @Test func aLowerTextCitingALaterVersionDerivesFromIt() {
        let law = DirectionTests.law("gonghui", title: "中华人民共和国工会法", header: "2021年12月24日全国人民代表大会常务委员会修正", date: "2021-12-24")
        let beijing = DirectionTests.law("bj", title: "北京市实施《中华人民共和国工会法》办法", header: "2015年北京市人民代表大会常务委员会通过",
                                         date: "2015-11-27", level: .provincial, region: "北京市", cites: [("中华人民共和国工会法", nil)])
        let analysis = LineageAnalyzer().analyze([law, beijing])
        let link = analysis.graph.measureLinks.first { $0.from.document == "bj" && $0.from.label == "第一条" }
        #expect(link?.type == .derives)
        #expect(link?.to.document == "gonghui")
        #expect(link?.evidence?.direction?.contains("later version") == true)
    }

    @Test(arguments: ["本解释自2024年3月20日起施行。《最高人民法院关于适用〈全国人民代表大会常务委员会关于惩治虚开、伪造和非法出售增值税专用发票犯罪的决定〉的若干问题的解释》同时废止。",
                      "环境保护主管部门工作人员滥用职权、玩忽职守、徇私舞弊的，由其所在单位或者上级主管机关给予行政处分；构成犯罪的，依法追究刑事责任。",
                      "为了规范不动产登记行为，根据《中华人民共和国物权法》等法律，制定本条例。"])
    func formulaArticlesAreNotEvidence(text: String) {
        #expect(FormulaArticle.isFormula(MeasureContent(text: text).units))
    }

    @Test func substantiveArticlesAreNotFormulas() {
        #expect(!FormulaArticle.isFormula(MeasureContent(text: "登记参加选举的村民名单，应当在选举日的二十日前由村民选举委员会公布。").units))
    }

    @Test func amendmentsOfOneLawAreVersions() {
        #expect(TitleKey.versionKey("中华人民共和国刑法修正案（六）") == "刑法")
        #expect(TitleKey.versionKey("中华人民共和国刑法修正案") == "刑法")
        #expect(TitleKey.versionKey("宪法修正案（2004年）") == "宪法")
        #expect(TitleKey.versionKey("专利法实施细则(2010-01-09)") == "专利法实施细则")
        #expect(TitleKey.versionKey("全国人民代表大会常务委员会关于修改《中华人民共和国个人所得税法》的决定") == "个人所得税法")
        let four = DirectionTests.law("four", title: "中华人民共和国刑法修正案（四）", header: "2002年12月28日全国人民代表大会常务委员会通过", date: "2002-12-28")
        let six = DirectionTests.law("six", title: "中华人民共和国刑法修正案（六）", header: "2006年6月29日全国人民代表大会常务委员会通过", date: "2006-06-29")
        let analysis = LineageAnalyzer().analyze([four, six])
        let between = analysis.graph.links.filter { Set([$0.from.document, $0.to.document]) == ["four", "six"] }
        #expect(!between.isEmpty)
        #expect(between.allSatisfy { $0.type == .version })
    }

    @Test func titlesWithGluedDatesAndVersionNotesMatch() {
        #expect(TitleKey("中华人民共和国电子商务法2018年8月31日第十三届全国人民代表大会").matches(TitleKey("电子商务法")))
        #expect(TitleKey("优化营商环境条例（2019年）").full == TitleKey("优化营商环境条例").full)
        #expect(TitleKey.alternatives("国务院关于印发《全国国土规划纲要（2016—2030年）》的通知") == ["全国国土规划纲要（2016—2030年）"])
        #expect(TitleKey.alternatives("国务院关于修改《建设工程质量管理条例》的决定").isEmpty)
    }

    @Test func citationContextSaysRepealFuturePlanAbbreviationAndOrderNumber() throws {
        let text = "本条例自2020年1月1日起施行。1998年发布的《浙江省旧条例》同时废止。省人民政府将制定《浙江省新办法》。"
            + "根据《优化营商环境条例》（国务院令第722号）（以下简称《条例》），执行《条例》。"
        var document = DocumentBuilder.make(id: "x", measures: [("第一条", text)])
        let start = document.measures[0].start + "第一条".utf16.count
        func citation(_ title: String, occurrence: Int = 0) -> Citation {
            var ranges: [Range<String.Index>] = []
            var from = text.startIndex
            while let r = text.range(of: "《\(title)》", range: from..<text.endIndex) { ranges.append(r); from = r.upperBound }
            let r = ranges[occurrence]
            let a = text.utf16.distance(from: text.startIndex, to: r.lowerBound), b = text.utf16.distance(from: text.startIndex, to: r.upperBound)
            return Citation(title: title, docNumber: nil, start: start + a, end: start + b)
        }
        document.citations = [citation("浙江省旧条例"), citation("浙江省新办法"), citation("优化营商环境条例"), citation("条例", occurrence: 1)]
        let context = CitationContext(document)
        #expect(context.repeals(document.citations[0]))
        #expect(!context.repeals(document.citations[2]))
        #expect(context.isFuturePlan(document.citations[1]))
        #expect(!context.isFuturePlan(document.citations[2]))
        #expect(context.orderNumber(document.citations[2]) == "国务院令第722号")
        #expect(context.abbreviations(document.citations[2]) == ["条例"])
    }

    /// lawrefbook 司法解释/最高人民法院、最高人民检察院关于执行《刑法》确定罪名的补充规定(2002-03-15): abbreviations given
    /// to a list of titles at once, in order; the later short citations resolve to the corpus texts they stand for.
    @Test func abbreviationsOfAListResolveInOrder() throws {
        let first = DirectionTests.law("x1", title: "中华人民共和国刑法修正案", header: "1999年12月25日第九届全国人民代表大会常务委员会第十三次会议通过", date: "1999-12-25", level: nil)
        let second = DirectionTests.law("x2", title: "中华人民共和国刑法修正案（二）", header: "2001年8月31日第九届全国人民代表大会常务委员会第二十三次会议通过", date: "2001-08-31", level: nil)
        let third = DirectionTests.law("x3", title: "中华人民共和国刑法修正案（三）", header: "2001年12月29日第九届全国人民代表大会常务委员会第二十五次会议通过", date: "2001-12-29", level: nil)
        var rule = DirectionTests.law("r", title: "最高人民法院、最高人民检察院关于执行《刑法》确定罪名的补充规定", header: "2002年3月15日公布", date: "2002-03-15", level: nil)
        let sentence = "为正确执行《中华人民共和国刑法修正案》、《中华人民共和国刑法修正案（二）》、《中华人民共和国刑法修正案（三）》"
            + "（以下分别简称为《修正案》及《修正案（二）》、《修正案（三）》），现规定如下：第一百一十四条（《修正案（三）》第一条）。"
        let base = rule.text.utf16.count
        rule.text += sentence
        var citations: [Citation] = []
        var from = sentence.startIndex
        while let open = sentence.range(of: "《", range: from..<sentence.endIndex),
              let close = sentence.range(of: "》", range: open.upperBound..<sentence.endIndex) {
            let a = sentence.utf16.distance(from: sentence.startIndex, to: open.lowerBound)
            let b = sentence.utf16.distance(from: sentence.startIndex, to: close.upperBound)
            // Every 《》 is a citation, the names inside the note too (as the extractor reads them).
            citations.append(Citation(title: String(sentence[open.upperBound..<close.lowerBound]), docNumber: nil, start: base + a, end: base + b))
            from = close.upperBound
        }
        rule.citations += citations
        let context = CitationContext(rule)
        #expect(context.abbreviations(citations[2]) == ["修正案", "修正案（二）", "修正案（三）"])
        #expect(context.abbreviations(citations[0]).isEmpty)
        let analysis = LineageAnalyzer().analyze([first, second, third, rule])
        let cited = Set(analysis.graph.documentLinks.filter { $0.type == .cites && $0.from.document == "r" }.map(\.to.document))
        #expect(cited == ["x1", "x2", "x3"])
        #expect(!analysis.graph.documents.contains { $0.id.hasPrefix("external:") })
    }

    @Test func repealsAndAbbreviationsResolveToCorpusDocuments() throws {
        let old = DirectionTests.law("old", title: "浙江省城市市容管理条例", header: "1998年浙江省人民代表大会常务委员会通过", date: "1998-01-01", level: .provincial, region: "浙江省", text: "城市市容管理的旧规定，已经不再适用于现在的城市管理实际情况。")
        let national = DirectionTests.law("ob", title: "优化营商环境条例", header: "2019年10月22日中华人民共和国国务院令第722号公布", date: "2019-10-22", level: nil)
        var new = DirectionTests.law("new", title: "浙江省优化营商环境条例", header: "2021年浙江省人民代表大会常务委员会通过", date: "2021-05-01", level: .provincial, region: "浙江省")
        let sentence = "根据《国务院令》（国务院令第722号）（以下简称《条例》），执行《条例》。《浙江省城市市容管理条例》同时废止。"
        let base = new.text.utf16.count
        new.text += sentence
        func at(_ needle: String, from: Int = 0) -> Int {
            let units = Array(sentence.utf16), n = Array(needle.utf16)
            for i in from...(units.count - n.count) where Array(units[i..<(i + n.count)]) == n { return i }
            return -1
        }
        let first = at("《国务院令》"), second = at("《条例》", from: at("执行"))
        let third = at("《浙江省城市市容管理条例》")
        new.citations += [Citation(title: "国务院令", docNumber: nil, start: base + first, end: base + first + 6),
                          Citation(title: "条例", docNumber: nil, start: base + second, end: base + second + 4),
                          Citation(title: "浙江省城市市容管理条例", docNumber: nil, start: base + third, end: base + third + 13)]
        let analysis = LineageAnalyzer().analyze([old, national, new])
        let links = analysis.graph.documentLinks
        #expect(links.contains { $0.type == .cites && $0.from.document == "new" && $0.to.document == "ob" })
        #expect(links.contains { $0.type == .repeals && $0.from.document == "new" && $0.to.document == "old" })
        #expect(!analysis.graph.documents.contains { $0.id.hasPrefix("external:") })
    }
}
