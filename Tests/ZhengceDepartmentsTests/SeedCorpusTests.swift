import Testing
import TestSupport
import ZhengceDepartments
import ZhengceDocument

/// End to end over the five seed documents: parse the corpus, resolve every department.
@Suite struct SeedCorpusTests {
    /// The seed corpus, parsed and resolved once for the suite.
    static let shared: Result<DepartmentCensus, Error> = Result {
        let result = try Corpus(folder: Fixtures.corpus).load()
        return DepartmentCensus(documents: result.documents, resolver: try DepartmentResolver.forCorpus(at: Fixtures.corpus))
    }

    let census: DepartmentCensus

    init() throws { census = try Self.shared.get() }

    private func id(_ prefix: String) -> String? { census.documents.first { $0.id.hasPrefix(prefix) }?.id }

    @Test func commerceWithCounterpartsSpansNationalShanghaiAndSichuan() throws {
        let groups = census.measures(relatedTo: "商务部", includingCounterparts: true)
        let byDocument = Dictionary(uniqueKeysWithValues: groups.map { ($0.document, $0) })
        let national = try #require(id("guobanfa-2021-24").flatMap { byDocument[$0] })
        let shanghai = try #require(id("hushangmaofa-2023-183").flatMap { byDocument[$0] })
        let sichuan = try #require(id("sichuan-2024").flatMap { byDocument[$0] })
        #expect(Set(national.measures.map(\.department)) == ["商务部"])
        #expect(Set(shanghai.measures.map(\.department)) == ["上海市商务委员会"])
        #expect(Set(sichuan.measures.map(\.department)) == ["四川省商务厅"])
        // From reading the documents: 商务部 is named in 21 of the 2021 opinion's measures ((四)–(二十五)
        // except (十九)), 市商务委 in 15 of Shanghai's 18 tasks, 商务厅 in 17 of Sichuan's 21 tasks.
        #expect(national.measures.count == 21)
        #expect(shanghai.measures.count == 15)
        #expect(sichuan.measures.count == 17)
        let first = try #require(national.measures.first)
        #expect(first.title.hasPrefix("推广数字智能技术应用"))
        #expect(first.role == .lead)
        #expect(first.roleInferred == false)
        #expect(national.measures.filter { $0.role == .participant }.count == 2)   // (十七), (十八)
        #expect(sichuan.measures.map(\.written).allSatisfy { $0 == "商务厅" })
        #expect(shanghai.measures.map(\.written).allSatisfy { $0 == "市商务委" })
    }

    @Test func withoutCounterpartsOnlyTheMinistry() {
        let groups = census.measures(relatedTo: "商务部", includingCounterparts: false)
        #expect(Set(groups.flatMap { $0.measures.map(\.department) }) == ["商务部"])
    }

    @Test func localCommerceWithCounterpartsBringsInTheMinistry() {
        let groups = census.measures(relatedTo: "四川省商务厅", includingCounterparts: true)
        #expect(Set(groups.flatMap { $0.measures.map(\.department) }) == ["商务部", "四川省商务厅"])
    }

    @Test func everySeedDepartmentResolves() {
        let unresolved = census.reports.flatMap { report in report.unresolved.map { "\(report.document): \($0.written)" } }
        #expect(unresolved.isEmpty, "\(unresolved)")
    }

    @Test func seedContextsAreTheDocumentsRegions() {
        let contexts = Dictionary(uniqueKeysWithValues: census.reports.map { ($0.document, $0.context) })
        #expect(id("sichuan-2024").flatMap { contexts[$0] }?.region == "四川省")
        #expect(id("hushangmaofa-2023-183").flatMap { contexts[$0] }?.region == "上海市")
        #expect(id("guobanfa-2021-24").flatMap { contexts[$0] }?.isCentral == true)
    }

    @Test func customsAndTaxInTheSichuanPlan() throws {
        let usage = census.usage()
        let chengdu = try #require(usage.first { $0.name == "成都海关" })
        #expect(chengdu.parent == "海关总署")
        #expect(chengdu.region == "四川省")
        #expect(chengdu.led + chengdu.joined == 6)   // tasks 3, 12, 13, 15, 16, 17
        #expect(chengdu.led == 1)                     // 17: 成都海关 listed first
        let tax = try #require(usage.first { $0.name == "国家税务总局四川省税务局" })
        #expect(tax.aliasesSeen == ["省税务局"])
        #expect(tax.led + tax.joined == 2)            // tasks 15, 16
    }
}
