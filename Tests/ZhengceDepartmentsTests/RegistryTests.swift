import Testing
import ZhengceDepartments

/// The bundled registry: coverage by rule, counterparts, parents and reform history.
@Suite struct RegistryTests {
    let registry: DepartmentRegistry

    init() throws { registry = try DepartmentRegistry.bundled() }

    @Test func hasThirtyOneProvincialRegions() {
        let provincial = registry.regions.filter { $0.kind != .city }
        #expect(provincial.count == 31)
        #expect(registry.region(named: "四川")?.name == "四川省")
        #expect(registry.region(named: "成都市")?.province == "四川省")
        #expect(registry.region(named: "广西")?.name == "广西壮族自治区")
    }

    @Test func everyRegionHasCommerceFinanceMarketTaxAndPostalBodies() {
        for region in registry.regions where region.kind != .city {
            let local = registry.departments.filter { $0.region == region.name && !$0.isHistorical }
            for central in ["商务部", "财政部", "国家发展和改革委员会", "国家市场监督管理总局"] {
                #expect(local.contains { $0.counterpart == central }, "\(region.name) has no counterpart of \(central)")
            }
            for parent in ["国家税务总局", "国家外汇管理局", "中国人民银行", "国家邮政局", "海关总署"] {
                #expect(local.contains { $0.parent == parent }, "\(region.name) has no branch of \(parent)")
            }
        }
    }

    @Test func customsDistricts() {
        let customs = registry.departments.filter { $0.parent == "海关总署" && $0.name.hasSuffix("海关") }
        #expect(customs.count == 42)
        #expect(Set(customs.map(\.level)) == [.provincial])
    }

    @Test func municipalCommerceNamesFollowTheRegion() {
        #expect(registry.department(named: "上海市商务委员会")?.counterpart == "商务部")
        #expect(registry.department(named: "重庆市商务委员会")?.counterpart == "商务部")
        #expect(registry.department(named: "北京市商务局")?.counterpart == "商务部")
        #expect(registry.department(named: "成都市商务局")?.level == .municipal)
        #expect(registry.department(named: "成都市商务局")?.region == "成都市")
        #expect(registry.department(named: "北京市商务委员会") == nil)
    }

    @Test(arguments: [
        ("四川省商务厅", "商务部"), ("上海市商务委员会", "商务部"), ("四川省市场监督管理局", "国家市场监督管理总局"),
        ("四川省发展和改革委员会", "国家发展和改革委员会"), ("四川省财政厅", "财政部"), ("上海市财政局", "财政部"),
        ("四川省经济和信息化厅", "工业和信息化部"), ("上海市药品监督管理局", "国家药品监督管理局"),
    ])
    func counterpart(_ local: String, _ central: String) {
        #expect(registry.department(named: local)?.counterpart == central)
        #expect(registry.department(named: local)?.central == central)
    }

    @Test(arguments: [
        ("成都海关", "海关总署"), ("上海海关", "海关总署"), ("国家外汇管理局上海市分局", "国家外汇管理局"),
        ("国家外汇管理局四川省分局", "国家外汇管理局"), ("国家税务总局四川省税务局", "国家税务总局"),
        ("国家税务总局上海市税务局", "国家税务总局"), ("中国人民银行上海分行", "中国人民银行"),
        ("中国人民银行四川省分行", "中国人民银行"), ("中国出口信用保险公司四川分公司", "中国出口信用保险公司"),
        ("四川省邮政管理局", "国家邮政局"), ("中国人民银行绵阳市分行", "中国人民银行"), ("国家外汇管理局深圳市分局", "国家外汇管理局"), ("中国铁路成都局集团有限公司", "中国国家铁路集团有限公司"),
    ])
    func parent(_ branch: String, _ head: String) {
        let department = registry.department(named: branch)
        #expect(department?.parent == head)
        #expect(department?.kind == .branch)
    }

    @Test(arguments: [
        ("中国银行保险监督管理委员会", "国家金融监督管理总局", "2023"),
        ("中国银行业监督管理委员会", "中国银行保险监督管理委员会", "2018"),
        ("国家质量监督检验检疫总局", "海关总署", "2018"),
        ("国家质量监督检验检疫总局", "国家市场监督管理总局", "2018"),
        ("国家工商行政管理总局", "国家市场监督管理总局", "2018"),
        ("四川出入境检验检疫局", "成都海关", "2018"),
        ("中国银行保险监督管理委员会上海监管局", "国家金融监督管理总局上海监管局", "2023"),
        ("四川省国家税务局", "国家税务总局四川省税务局", "2018"),
        ("国家乡村振兴局", "农业农村部", "2023"),
        ("中国人民银行成都分行", "中国人民银行四川省分行", "2023"),
        ("中国人民银行绵阳市中心支行", "中国人民银行绵阳市分行", "2023"),
        // Bodies that older laws name (药品管理法 1984, 教师法 1993, 军队药品管理办法 2004).
        ("卫生部", "国家卫生和计划生育委员会", "2013"),
        ("国家教育委员会", "教育部", "1998"),
        ("对外经济贸易部", "对外贸易经济合作部", "1993"),
        ("中国人民解放军总后勤部", "中央军事委员会后勤保障部", "2016"),
    ])
    func succession(_ old: String, _ new: String, _ year: String) {
        let successor = registry.department(named: old)?.successors.first { $0.name == new }
        #expect(successor?.date?.hasPrefix(year) == true)
        #expect(registry.department(named: old)?.isHistorical == true)
        // Links are symmetric.
        #expect(registry.department(named: new)?.predecessors.contains { $0.name == old } == true)
    }

    @Test func relatedDepartmentsOfCommerceIncludeEveryLocalCommerceBody() {
        let related = registry.relatedDepartments(of: "商务部", includingCounterparts: true).map(\.name)
        for name in ["商务部", "四川省商务厅", "上海市商务委员会", "北京市商务局", "成都市商务局", "广西壮族自治区商务厅", "对外贸易经济合作部"] {
            #expect(related.contains(name), "\(name) missing")
        }
        #expect(!related.contains("四川省财政厅"))
        #expect(related.first == "商务部")
        #expect(registry.relatedDepartments(of: "商务部", includingCounterparts: false, includingPredecessors: false).map(\.name) == ["商务部"])
    }

    /// Predecessors are followed back through whole successions only: 海关总署 took inspection and quarantine from
    /// 国家质量监督检验检疫总局, not the quality bodies that had gone into it (国家质量技术监督局 ← 国家技术监督局).
    @Test func predecessorsStopAtABodyThatPassedOnSomeDutiesOnly() {
        let customs = registry.relatedDepartments(of: "海关总署", includingCounterparts: false).map(\.name)
        #expect(customs.contains("国家质量监督检验检疫总局"))
        #expect(!customs.contains("国家质量技术监督局") && !customs.contains("国家技术监督局"))
        // A whole succession is followed back: 对外贸易部 → 对外经济贸易部 → 对外贸易经济合作部 → 商务部.
        let commerce = registry.relatedDepartments(of: "商务部", includingCounterparts: false).map(\.name)
        #expect(commerce.contains("对外贸易部") && commerce.contains("对外经济贸易部"))
    }

    @Test func relatedDepartmentsOfALocalBodyIncludeItsCentralDepartment() {
        let related = registry.relatedDepartments(of: "成都海关", includingCounterparts: true, includingPredecessors: false).map(\.name)
        #expect(related == ["海关总署", "成都海关"])
        let commerce = registry.relatedDepartments(of: "四川省商务厅", includingCounterparts: true, includingPredecessors: false).map(\.name)
        #expect(commerce == ["商务部", "四川省商务厅"])
    }

    @Test func financialRegulatorSuccessionIsFollowedByRelatedDepartments() {
        let related = registry.relatedDepartments(of: "国家金融监督管理总局", includingCounterparts: false).map(\.name)
        #expect(related.contains("中国银行保险监督管理委员会"))
        #expect(related.contains("中国银行业监督管理委员会"))
    }

    @Test func canonicalNamesAreUnique() {
        let names = registry.departments.map(\.name)
        #expect(Set(names).count == names.count)
    }

    @Test func everyEntryResolvesToItselfInItsOwnContext() throws {
        let resolver = DepartmentResolver(registry: registry)
        var failures: [String] = []
        for department in registry.departments where !department.isCollective {
            let region = department.region.flatMap(registry.region(named:))
            let context = DepartmentContext(level: department.level, region: region?.name, province: region?.province)
            let resolution = resolver.resolve(department.name, in: context)
            if resolution.department?.name != department.name { failures.append(department.name) }
        }
        #expect(failures.isEmpty, "\(failures.prefix(10))")
    }
}
