import Testing
import ZhengceDepartments
import ZhengceDocument

/// Resolving whole documents in place, and the corpus census built on it.
@Suite struct DocumentResolutionTests {
    let resolver: DepartmentResolver

    init() throws { resolver = try DepartmentResolver.bundled() }

    @Test func fillsCanonicalDepartmentsInPlace() {
        var document = DocumentFixtures.sichuan
        let report = resolver.resolve(&document)
        let departments = document.measures.map { $0.responsible.map(\.department) }
        #expect(departments[0] == ["四川省商务厅", "四川省经济和信息化厅"])
        #expect(departments[1] == ["四川省商务厅", "四川省经济和信息化厅", "四川省经济合作局", "四川省市场监督管理局"])
        #expect(departments[2] == ["国家税务总局四川省税务局", "成都海关"])
        #expect(departments[3] == ["四川省商务厅", "四川省教育厅", nil])
        // Names as written are kept.
        #expect(document.measures[3].responsible[2].name == "四川外贸创新发展职教集团")
        #expect(report.context == DepartmentContext(level: .provincial, region: "四川省"))
        #expect(report.measures["sichuan/16"]?.map(\.name) == ["国家税务总局四川省税务局", "成都海关"])
    }

    @Test func reportsUnresolvedNamesOnce() {
        let report = resolver.departments(of: DocumentFixtures.sichuan)
        #expect(report.unresolved.map(\.written) == ["四川外贸创新发展职教集团"])
        #expect(report.unresolved.first?.status == .unknown)
        #expect(report.problems.map(\.kind) == ["unknown-department"])
        #expect(report.problems.first?.name == "四川外贸创新发展职教集团")
        #expect(report.problems.first?.offset == 2102)   // measure 21, third name
    }

    @Test func ambiguousNameIsAProblemWithCandidates() {
        let document = DocumentFixtures.document("unplaced", measures: [DocumentFixtures.measure("unplaced", 1, "t", ["商务厅"])])
        let problems = resolver.departments(of: document).problems
        #expect(problems.map(\.kind) == ["ambiguous-department"])
        #expect(problems.first?.message.contains("any of 27 (云南省商务厅") == true)
    }

    @Test func infersTheRegionFromTheIssuers() {
        var document = DocumentFixtures.shanghai
        let report = resolver.resolve(&document)
        #expect(report.context.region == "上海市")
        #expect(report.issuers.map(\.name) == ["上海市商务委员会", "上海海关", "国家税务总局上海市税务局"])
        #expect(document.measures[0].responsible.map(\.department) == ["上海市商务委员会", "上海市财政局", "中国出口信用保险公司上海分公司"])
        #expect(document.measures[2].responsible.map(\.department) == ["国家税务总局上海市税务局", "上海海关", "上海市商务委员会"])
        #expect(report.unresolved.isEmpty)
    }

    @Test func marksCollectivePlaceholders() {
        var document = DocumentFixtures.national
        resolver.resolve(&document)
        let last = document.measures[2].responsible
        #expect(last.map(\.department) == ["商务部", "各地方人民政府", "各有关单位"])
        #expect(last.map(\.collective) == [false, true, true])
    }

    @Test func censusCountsLedAndJoinedPerDocument() throws {
        let census = DepartmentCensus(documents: [DocumentFixtures.national, DocumentFixtures.shanghai, DocumentFixtures.sichuan],
                                      resolver: resolver)
        let usage = census.usage()
        let commerce = try #require(usage.first { $0.name == "商务部" })
        #expect(commerce.led == 2)
        #expect(commerce.joined == 1)
        #expect(commerce.level == .central)
        #expect(commerce.documents.map(\.document) == ["national"])
        let sichuanCommerce = try #require(usage.first { $0.name == "四川省商务厅" })
        #expect(sichuanCommerce.led == 3)
        #expect(sichuanCommerce.joined == 0)
        #expect(sichuanCommerce.aliasesSeen == ["商务厅"])
        #expect(sichuanCommerce.counterpart == "商务部")
        let shanghaiCommerce = try #require(usage.first { $0.name == "上海市商务委员会" })
        #expect(shanghaiCommerce.issued == 1)
        #expect(shanghaiCommerce.led == 1)
        #expect(shanghaiCommerce.joined == 1)
        #expect(shanghaiCommerce.aliasesSeen == ["上海市商务委员会", "市商务委"])
        let customs = try #require(usage.first { $0.name == "上海海关" })
        #expect(customs.aliasesSeen == ["上海海关", "中华人民共和国上海海关"])
        let unknown = try #require(usage.last)
        #expect(unknown.name == "四川外贸创新发展职教集团")
        #expect(unknown.status == .unknown)
        // Central entries come first.
        #expect(usage.first?.level == .central)
    }

    @Test func measuresOfCommerceWithCounterpartsSpanTheThreeLevels() {
        let census = DepartmentCensus(documents: [DocumentFixtures.national, DocumentFixtures.shanghai, DocumentFixtures.sichuan],
                                      resolver: resolver)
        let names = Set(resolver.registry.relatedDepartments(of: "商务部", includingCounterparts: true).map(\.name))
        let groups = census.measures(of: names)
        #expect(groups.map(\.document) == ["national", "shanghai", "sichuan"])
        #expect(groups[0].measures.map(\.measure) == ["national/5", "national/17", "national/25"])
        #expect(groups[0].measures.map(\.role) == [.lead, .participant, .lead])
        #expect(groups[1].measures.map(\.department) == ["上海市商务委员会", "上海市商务委员会"])
        #expect(groups[1].measures.map(\.measure) == ["shanghai/1", "shanghai/13"])
        #expect(groups[2].measures.map(\.measure) == ["sichuan/1", "sichuan/2", "sichuan/21"])
        #expect(Set(groups[2].measures.map(\.written)) == ["商务厅"])
    }
}
