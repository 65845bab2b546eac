import Testing
import ZhengceDepartments
import ZhengceDocument

/// Context rules, spacing, prefixes, ambiguity and unknown names.
@Suite struct ResolverTests {
    let resolver: DepartmentResolver

    init() throws { resolver = try DepartmentResolver.bundled() }

    @Test(arguments: [
        // The same short name means different bodies in different documents.
        ("商务厅", "四川省", "四川省商务厅"), ("商务厅", "广东省", "广东省商务厅"),
        ("市商务委", "上海市", "上海市商务委员会"), ("市商务委", "重庆市", "重庆市商务委员会"),
        ("市商务局", "成都市", "成都市商务局"), ("省商务厅", "成都市", "四川省商务厅"),
        ("发展改革委", "四川省", "四川省发展和改革委员会"), ("发展改革委", "成都市", "成都市发展和改革委员会"),
        ("省市场监管局", "四川省", "四川省市场监督管理局"), ("市市场监管局", "上海市", "上海市市场监督管理局"),
        ("自治区商务厅", "广西壮族自治区", "广西壮族自治区商务厅"),
        ("省税务局", "广东省", "国家税务总局广东省税务局"), ("市税务局", "成都市", "国家税务总局成都市税务局"),
        ("省外汇管理局", "浙江省", "国家外汇管理局浙江省分局"), ("外汇局四川省分局", "四川省", "国家外汇管理局四川省分局"),
        ("商务部", "四川省", "商务部"), ("人民银行", "上海市", "中国人民银行"),
        ("中华人民共和国商务部", "四川省", "商务部"), ("中华人民共和国成都海关", "四川省", "成都海关"),
        ("商　务　厅", "四川省", "四川省商务厅"), ("（商务厅）", "四川省", "四川省商务厅"),
        ("商务厅（牵头）", "四川省", "四川省商务厅"), ("各市(州)人民政府", "四川省", "各市（州）人民政府"),
    ])
    func resolvesInContext(_ written: String, _ region: String, _ expected: String) throws {
        let registryRegion = try #require(resolver.registry.region(named: region))
        let context = DepartmentContext(level: registryRegion.level, region: registryRegion.name, province: registryRegion.province)
        let resolution = resolver.resolve(written, in: context)
        #expect(resolution.department?.name == expected, "\(written) in \(region): \(resolution.status) \(resolution.candidates)")
    }

    @Test func shortLocalNameInACentralDocumentIsAmbiguousNotDropped() {
        let resolution = resolver.resolve("商务厅", in: .central)
        #expect(resolution.status == .ambiguous)
        #expect(resolution.department == nil)
        #expect(resolution.name == "商务厅")
        #expect(resolution.candidates.contains("四川省商务厅"))
        #expect(resolution.candidates.contains("广东省商务厅"))
        #expect(!resolution.candidates.contains("上海市商务委员会"))
    }

    @Test func cityDepartmentInAProvincialDocumentIsAmbiguous() {
        let resolution = resolver.resolve("市商务局", in: DepartmentContext(level: .provincial, region: "四川省"))
        #expect(resolution.status == .ambiguous)
        #expect(resolution.candidates.contains("成都市商务局"))
        #expect(resolution.candidates.contains("绵阳市商务局"))
        #expect(!resolution.candidates.contains("广州市商务局"))
    }

    @Test(arguments: [
        ("商务部们", "商务部"),
        ("商务部牵头负责", "商务部"),
        ("国家发展改革委员会", "国家发展和改革委员会"),
        ("国家市场监督管理局", "国家市场监督管理总局"),
        ("海关总暑", "海关总署"),
    ])
    func unknownNameGetsASuggestion(_ written: String, _ suggestion: String) {
        let resolution = resolver.resolve(written, in: .central)
        #expect(resolution.status == .unknown)
        #expect(resolution.department == nil)
        #expect(resolution.written == written)
        #expect(resolution.suggestion == suggestion)
    }

    @Test func unknownNameSuggestionPrefersTheDocumentRegion() {
        let resolution = resolver.resolve("省商务局", in: DepartmentContext(level: .provincial, region: "四川省"))
        #expect(resolution.status == .unknown)
        #expect(resolution.suggestion == "四川省商务厅")
    }

    @Test func farFetchedNameHasNoSuggestion() {
        let resolution = resolver.resolve("四川外贸创新发展职教集团", in: DepartmentContext(level: .provincial, region: "四川省"))
        #expect(resolution.status == .unknown)
        #expect(resolution.suggestion == nil)
    }

    @Test(arguments: ["", "   ", "、"])
    func emptyNameIsUnknown(_ written: String) {
        #expect(resolver.resolve(written, in: .central).status == .unknown)
    }
}

/// Departments of cities and counties the registry does not list, resolved by rule.
@Suite struct UnlistedLocalDepartmentTests {
    let resolver: DepartmentResolver

    init() throws { resolver = try DepartmentResolver.bundled() }

    @Test(arguments: [
        ("眉山市商务局", "眉山市商务局", DepartmentLevel.municipal, "商务部"),
        ("眉山市市场监管局", "眉山市市场监督管理局", .municipal, "国家市场监督管理总局"),
        ("凉山州发展改革委", "凉山州发展和改革委员会", .municipal, "国家发展和改革委员会"),
        ("郫都区商务局", "郫都区商务局", .county, "商务部"),
        ("双流区税务局", "国家税务总局双流区税务局", .county, "国家税务总局"),
    ])
    func resolvesByRule(_ written: String, _ canonical: String, _ level: DepartmentLevel, _ central: String) throws {
        let resolution = resolver.resolve(written, in: DepartmentContext(level: .provincial, region: "四川省"))
        #expect(resolution.status == .resolved)
        #expect(resolution.department?.name == canonical)
        #expect(resolution.department?.level == level)
        #expect(resolution.department?.central == central)
    }

    /// Words before a level that name no place (所在区、县…, a body 或者 another, 自治县 alone) make no department by rule.
    @Test(arguments: ["所在区、县人民代表大会常务委员会", "主席团或者市人民代表大会常务委员会", "自治县人民代表大会常务委员会", "同级区商务局"])
    func relativeWordsAreNotPlaces(_ written: String) {
        #expect(resolver.resolve(written, in: DepartmentContext(level: .municipal, region: "郑州市", province: "河南省")).department?.source.hasPrefix("rule:local") != true)
    }

    @Test(arguments: ["各区商务局", "本市商务局", "自治区商务局"])
    func placeholdersAreNotPlaces(_ written: String) {
        #expect(resolver.resolve(written, in: DepartmentContext(level: .provincial, region: "四川省")).department?.source.hasPrefix("rule:") != true)
    }
}

/// Input a parser may hand over on odd documents.
@Suite struct ResolverEdgeCaseTests {
    let resolver: DepartmentResolver

    init() throws { resolver = try DepartmentResolver.bundled() }

    @Test func veryLongNameIsUnknownWithoutSuggestion() {
        let name = String(repeating: "商务部", count: 5_000)
        let resolution = resolver.resolve(name, in: .central)
        #expect(resolution.status == .unknown)
        #expect(resolution.suggestion == nil)
        #expect(resolution.written == name)
    }

    @Test(arguments: ["𠀀𠀁部", "\u{0}\u{1}", "🙂商务部", "ＡＢＣ局"])
    func oddCharactersAreKeptAsWritten(_ name: String) {
        let resolution = resolver.resolve(name, in: .central)
        #expect(resolution.status == .unknown)
        #expect(resolution.written == name)
    }

    @Test func fullWidthLatinFolds() {
        // 中国（上海）自由贸易试验区 written with ASCII parentheses and an ideographic space.
        let resolution = resolver.resolve("中国(上海)自由贸易试验区　管理委员会", in: DepartmentContext(level: .provincial, region: "上海市"))
        #expect(resolution.department?.name == "中国（上海）自由贸易试验区管理委员会")
    }
}

/// Departments named by their function, as laws and regulations name them.
@Suite struct FunctionalNameTests {
    let resolver: DepartmentResolver

    init() throws { resolver = try DepartmentResolver.bundled() }

    static let guangdong = DepartmentContext(level: .provincial, region: "广东省")
    static let guangzhou = DepartmentContext(level: .municipal, region: "广州市", province: "广东省")

    @Test(arguments: [
        ("省人民政府生态环境主管部门", guangdong, "广东省生态环境厅"),
        ("省人民政府价格主管部门", guangdong, "广东省发展和改革委员会"),
        ("省人民政府司法行政部门", guangdong, "广东省司法厅"),
        ("省市场监管部门", guangdong, "广东省市场监督管理局"),
        ("省商务主管部门", guangdong, "广东省商务厅"),
        ("市卫生健康行政主管部门", guangzhou, "广州市卫生健康委员会"),
        ("市医疗保障行政管理部门", guangzhou, "广州市医疗保障局"),
        ("省人民政府商务主管部门", guangzhou, "广东省商务厅"),
        ("国务院商务主管部门", guangdong, "商务部"),
        ("国务院生态环境主管部门", DepartmentContext.central, "生态环境部"),
        // Functions as older laws name them, and bodies named …主管机构.
        ("省人民政府文物行政部门", guangdong, "广东省文物局"),
        ("国务院文物行政主管部门", DepartmentContext.central, "国家文物局"),
        ("省渔业行政主管部门", guangdong, "广东省农业农村厅"),
        ("市城乡规划主管部门", guangzhou, "广州市自然资源和规划局"),
        ("国务院地质矿产主管部门", DepartmentContext.central, "自然资源部"),
        ("国务院标准化行政主管部门", DepartmentContext.central, "国家市场监督管理总局"),
        ("省气象主管机构", guangdong, "广东省气象局"),
        ("市公安机关交通管理部门", guangzhou, "广州市公安局"),
    ])
    func resolvesToTheDepartmentOfThePlace(_ written: String, _ context: DepartmentContext, _ expected: String) {
        let resolution = resolver.resolve(written, in: context)
        #expect(resolution.department?.name == expected, "\(written): \(resolution.status)")
    }

    @Test(arguments: [
        ("县级以上人民政府生态环境主管部门", "生态环境部"),
        ("县级以上人民政府市场监督管理部门", "国家市场监督管理总局"),
        ("商务主管部门", "商务部"),
        ("公安机关", "公安部"),
        ("税务机关", "国家税务总局"),
        ("综合行政执法部门", "住房和城乡建设部"),
        ("县级以上人民政府城市管理主管部门", "住房和城乡建设部"),
        ("县级以上人民政府住房城乡建设等主管部门", "住房和城乡建设部"),
    ])
    func levelGenericNamesAreCollectivesWithTheirCentralDepartment(_ written: String, _ central: String) throws {
        let department = try #require(resolver.resolve(written, in: Self.guangdong).department)
        #expect(department.isCollective)
        #expect(department.central == central)
        #expect(department.name == written)
    }

    @Test func departmentsConcernedAreTheCollectivePlaceholder() {
        #expect(resolver.resolve("县级以上人民政府有关部门", in: Self.guangdong).department?.name == "各有关部门")
        #expect(resolver.resolve("本级人民政府有关部门", in: Self.guangdong).department?.name == "各有关部门")
    }

    /// Functions as laws of the law corpus name them (民用航空法, 专利法, 防震减灾法, 对外贸易法, 船员条例 …).
    @Test(arguments: [
        ("国务院民用航空主管部门", "中国民用航空局"), ("国务院专利行政部门", "国家知识产权局"), ("国务院地震工作主管部门", "中国地震局"),
        ("国务院对外贸易主管部门", "商务部"), ("国务院外经贸主管部门", "商务部"), ("国务院投资主管部门", "国家发展和改革委员会"),
        ("国务院城市建设行政主管部门", "住房和城乡建设部"), ("国务院认证认可监督管理部门", "国家市场监督管理总局"),
        ("国务院退役军人工作主管部门", "退役军人事务部"), ("国家保密行政管理部门", "国家保密局"), ("国家档案行政管理部门", "国家档案局"),
        ("国务院中医药主管部门", "国家中医药管理局"), ("国务院文化行政部门", "文化和旅游部"),
    ])
    func centralFunctionsOfOlderAndSectoralLaws(_ written: String, _ expected: String) {
        #expect(resolver.resolve(written, in: DepartmentContext.central).department?.name == expected)
    }

    /// Governments named by levels or by where something is, before a function: a collective answering to the
    /// central department; bodies concerned named by no function: the collective placeholder.
    @Test(arguments: [
        ("上级人民政府城乡规划主管部门", "自然资源部"), ("城市、县人民政府城乡规划主管部门", "自然资源部"),
        ("省、自治区、直辖市人民政府司法行政部门", "司法部"), ("省级以上人民政府农业农村主管部门", "农业农村部"),
        ("政府价格主管部门", "国家发展和改革委员会"), ("市区饮用水水源所在地县（区）水行政主管部门", "水利部"),
        ("城市绿化行政主管部门", "住房和城乡建设部"), ("海事管理机构", "交通运输部"),
        ("县级以上人民政府统计机构", "国家统计局"), ("消防救援机构", "国家消防救援局"), ("社会保险经办机构", "人力资源和社会保障部"),
        ("出入境检验检疫机构", "海关总署"), ("流域管理机构", "水利部"), ("道路运输管理机构", "交通运输部"), ("动物卫生监督机构", "农业农村部"),
        ("国家安全机关", "国家安全部"), ("行政监察机关", "国家监察委员会"),
    ])
    func levelsBeforeAFunctionAreCollective(_ written: String, _ central: String) throws {
        let department = try #require(resolver.resolve(written, in: DepartmentContext.central).department, "\(written)")
        #expect(department.isCollective)
        #expect(department.central == central)
    }

    @Test(arguments: ["国务院其他有关部门", "人民政府有关部门", "有关管理部门", "其他负有安全生产监督管理职责的部门", "其他有关机关"])
    func bodiesConcernedByNoFunction(_ written: String) {
        #expect(resolver.resolve(written, in: Self.guangdong).department?.name == "各有关部门")
    }

    @Test(arguments: ["有关县级以上地方人民政府", "相关区人民政府", "湿地所在地县（区）人民政府", "户籍所在地的乡（镇）人民政府"])
    func governmentsByLevelOrPlaceOfSomething(_ written: String) {
        #expect(resolver.resolve(written, in: Self.guangdong).department?.name == "各地方人民政府")
    }

    /// The regulators of 证券法, 保险法, 银行业监督管理法 and 企业国有资产法, named …监督管理机构: the central body, or a
    /// collective answering to it when no level is named.
    @Test func regulatorsNamedAsInstitutions() throws {
        #expect(resolver.resolve("国务院证券监督管理机构", in: .central).department?.name == "中国证券监督管理委员会")
        #expect(resolver.resolve("国务院期货监督管理机构", in: .central).department?.name == "中国证券监督管理委员会")
        #expect(resolver.resolve("国务院银行业监督管理机构", in: .central).department?.name == "国家金融监督管理总局")
        #expect(resolver.resolve("国务院保险监督管理机构", in: .central).department?.name == "国家金融监督管理总局")
        #expect(resolver.resolve("国务院国有资产监督管理机构", in: .central).department?.name == "国务院国有资产监督管理委员会")
        let collective = try #require(resolver.resolve("国有资产监督管理机构", in: Self.guangdong).department)
        #expect(collective.isCollective && collective.central == "国务院国有资产监督管理委员会")
        // Institutions of a sector stay unknown beside them.
        #expect(resolver.resolve("保险机构", in: .central).status == .unknown)
    }

    @Test func centralFunctionsWithNoLocalBody() {
        // 核安全法, 放射性污染防治法, 反洗钱法, 著作权法, 密码法, 电信条例 (2000) name these bodies by function.
        #expect(resolver.resolve("国务院核安全监管部门", in: .central).department?.name == "国家核安全局")
        #expect(resolver.resolve("国务院核安全监督管理部门", in: .central).department?.name == "国家核安全局")
        #expect(resolver.resolve("国务院反洗钱行政主管部门", in: .central).department?.name == "中国人民银行")
        #expect(resolver.resolve("国务院著作权行政管理部门", in: .central).department?.name == "国家版权局")
        #expect(resolver.resolve("国家密码管理部门", in: .central).department?.name == "国家密码管理局")
        #expect(resolver.resolve("国务院信息产业主管部门", in: .central).department?.name == "信息产业部")
        // No local entry is made for them: a province's is a collective answering to the central body.
        let provincial = resolver.resolve("省著作权管理部门", in: Self.guangdong).department
        #expect(provincial?.isCollective == true && provincial?.counterpart == "国家版权局")
    }

    @Test func congressBodiesNamedShort() throws {
        // 山东省制定地方性法规条例, 杭州市立法条例: 法制委员会统一审议, 由常务委员会…, the region's own.
        let shandong = DepartmentContext(level: .provincial, region: "山东省")
        #expect(resolver.resolve("法制委员会", in: shandong).department?.name == "山东省人民代表大会法制委员会")
        #expect(resolver.resolve("常务委员会", in: shandong).department?.name == "山东省人民代表大会常务委员会")
        let hangzhou = DepartmentContext(level: .municipal, region: "杭州市", province: "浙江省")
        #expect(resolver.resolve("法制委员会", in: hangzhou).department?.name == "杭州市人民代表大会法制委员会")
        // 立法法 2015 and 2023: the national committee, renamed in 2018.
        let old = try #require(resolver.resolve("法律委员会", in: .central).department)
        #expect(old.name == "全国人民代表大会法律委员会" && old.successors.map(\.name) == ["全国人民代表大会宪法和法律委员会"])
        #expect(resolver.resolve("宪法和法律委员会", in: .central).department?.name == "全国人民代表大会宪法和法律委员会")
        // In a national law 常务委员会 may be any level's (选举法, 监督法): not resolved.
        #expect(resolver.resolve("常务委员会", in: .central).department == nil)
    }

    @Test(arguments: ["建设单位", "执法机关", "一个部门", "教育机构", "医疗卫生机构"])
    func otherPhrasesStayUnknown(_ written: String) {
        #expect(resolver.resolve(written, in: Self.guangdong).status == .unknown)
    }
}

/// People's congresses and their standing committees, which adopt local regulations, and the cities of every province.
@Suite struct CongressAndCityTests {
    let resolver: DepartmentResolver

    init() throws { resolver = try DepartmentResolver.bundled() }

    @Test(arguments: [
        ("浙江省人大常委会", DepartmentContext.none, "浙江省人民代表大会常务委员会", DepartmentLevel.provincial),
        ("省人民代表大会常务委员会", DepartmentContext(level: .provincial, region: "山东省"), "山东省人民代表大会常务委员会", .provincial),
        ("市人民代表大会", DepartmentContext(level: .municipal, region: "濮阳市", province: "河南省"), "濮阳市人民代表大会", .municipal),
        ("市人民政府", DepartmentContext(level: .municipal, region: "淄博市", province: "山东省"), "淄博市人民政府", .municipal),
        ("市水行政主管部门", DepartmentContext(level: .municipal, region: "淄博市", province: "山东省"), "淄博市水务局", .municipal),
        ("市民政局", DepartmentContext(level: .municipal, region: "淄博市", province: "山东省"), "淄博市民政局", .municipal),
        ("省人民政府", DepartmentContext(level: .municipal, region: "淄博市", province: "山东省"), "山东省人民政府", .provincial),
        ("菏泽市人大常委会", DepartmentContext.none, "菏泽市人民代表大会常务委员会", .municipal),
        ("全国人大", DepartmentContext.none, "全国人民代表大会", .central),
    ])
    func resolves(_ written: String, _ context: DepartmentContext, _ canonical: String, _ level: DepartmentLevel) {
        let resolution = resolver.resolve(written, in: context)
        #expect(resolution.status == .resolved)
        #expect(resolution.department?.name == canonical)
        #expect(resolution.department?.level == level)
    }

    /// A city known only as a place: its province is known, its departments are made when named, not listed.
    @Test func citiesKnownAsPlaces() throws {
        let registry = try DepartmentRegistry.bundled()
        #expect(registry.region(named: "淄博市")?.province == "山东省")
        #expect(registry.region(named: "攀枝花市")?.province == "四川省")
        #expect(registry.ruleRegions.contains("淄博市"))
        #expect(!registry.ruleRegions.contains("成都市"))
        #expect(!registry.departments.contains { $0.region == "淄博市" })
        let document = PolicyDocument(id: "x", title: "淄博市示例条例", level: .municipal, region: "淄博市",
                                      source: SourceInfo(path: "x.txt", format: "text", encoding: "UTF-8", bytes: 0, sha256: ""), text: "")
        let context = resolver.context(for: document)
        #expect(context.region == "淄博市" && context.province == "山东省")
        // 市场监督管理局 is no 市 + 场监督管理局.
        #expect(resolver.resolve("市场监督管理局", in: context).department?.name != "淄博市场监督管理局")
    }

    /// Governments named by level and where they are, not by place: the governments concerned.
    @Test(arguments: ["所在地的区、县人民政府", "设区的市、自治州人民政府", "县或者区人民政府", "区、县人民政府"])
    func levelGovernmentsAreCollective(_ written: String) {
        let resolution = resolver.resolve(written, in: DepartmentContext(level: .provincial, region: "上海市"))
        #expect(resolution.department?.name == "各地方人民政府")
    }

    /// Bodies named by their relation to the one acting: collectives, never unknown.
    @Test(arguments: [("上级主管部门", "上级机关"), ("其上级行政机关", "上级机关"), ("原发证部门", "原发证机关"), ("原编制机关", "原发证机关"), ("其主管部门", "主管部门"),
                      ("有关机关", "各有关部门"), ("当地人民政府", "各地方人民政府"), ("人民政府", "各地方人民政府"), ("政府", "各地方人民政府"), ("作出行政处罚决定的机关", "作出处罚决定的机关"),
                      ("有权机关", "有权机关"), ("海关", "海关"), ("人民法院", "人民法院"), ("其所在单位", "所在单位"),
                      ("所在机关", "所在单位"), ("村民委员会", "村民委员会"), ("社区居民委员会", "居民委员会"), ("上级工会", "工会")])
    func relativeBodiesAreCollective(_ written: String, _ collective: String) {
        let resolution = resolver.resolve(written, in: .central)
        #expect(resolution.department?.name == collective)
        #expect(resolution.department?.kind == .collective)
    }

    /// 监察机关 in a law: the supervisory commissions at every level, answering to 国家监察委员会.
    @Test func supervisoryOrgansAreCollective() {
        let resolution = resolver.resolve("监察机关", in: .central)
        #expect(resolution.status == .resolved)
        #expect(resolution.department?.kind == .collective)
        #expect(resolution.department?.counterpart == "国家监察委员会")
    }
}
