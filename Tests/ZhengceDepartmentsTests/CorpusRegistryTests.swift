import Foundation
import Testing
import TestSupport
import ZhengceDepartments

/// A corpus folder's departments.yaml extends and overrides the bundled registry.
@Suite struct CorpusRegistryTests {
    let folder = Fixtures.file("departments/corpus")

    @Test func addsDepartmentsAliasesCitiesAndOverridesTemplates() throws {
        let registry = try DepartmentRegistry.load(corpus: folder)
        let resolver = DepartmentResolver(registry: registry)
        let sichuan = DepartmentContext(level: .provincial, region: "四川省")
        #expect(resolver.resolve("四川外贸创新发展职教集团", in: sichuan).department?.region == "四川省")
        #expect(resolver.resolve("职教集团", in: sichuan).department?.name == "四川外贸创新发展职教集团")
        // An explicit entry replaces the bundled one: the new alias resolves.
        #expect(resolver.resolve("商务部门", in: .central).department?.name == "商务部")
        // A replaced template applies to every region.
        #expect(resolver.resolve("商厅", in: sichuan).department?.name == "四川省商务厅")
        #expect(resolver.resolve("商厅", in: DepartmentContext(level: .provincial, region: "广东省")).department?.name == "广东省商务厅")
        // A new city gets every city-level rule.
        #expect(registry.department(named: "眉山市商务局")?.counterpart == "商务部")
        #expect(registry.department(named: "眉山市财政局")?.region == "眉山市")
        #expect(registry.region(named: "眉山")?.province == "四川省")
        // Removed entries are gone.
        #expect(registry.department(named: "中国投资有限责任公司") == nil)
    }

    @Test func withoutAFileTheBundledRegistryIsUsed() throws {
        let registry = try DepartmentRegistry.load(corpus: Fixtures.corpus)
        #expect(registry.department(named: "四川外贸创新发展职教集团") == nil)
        #expect(registry.departments.count == (try DepartmentRegistry.bundled()).departments.count)
    }

    @Test func danglingReferenceIsAnError() throws {
        let text = try String(contentsOf: Fixtures.file("departments/dangling.yaml"), encoding: .utf8)
        #expect(throws: DepartmentError.danglingReference(entry: "某局", field: "counterpart", target: "不存在的部")) {
            _ = try DepartmentRegistry(yaml: [("dangling.yaml", text)])
        }
    }

    @Test func badKindNamesTheFileAndPlace() throws {
        let text = try String(contentsOf: Fixtures.file("departments/badkind.yaml"), encoding: .utf8)
        do {
            _ = try DepartmentRegistry(yaml: [("badkind.yaml", text)])
            Issue.record("expected an error")
        } catch let error as DepartmentError {
            #expect(error.description.contains("badkind.yaml"))
            #expect(error.description.contains("departments"))
        }
    }

    @Test func malformedYAMLIsAnError() {
        #expect(throws: DepartmentError.self) {
            _ = try DepartmentRegistry(yaml: [("broken.yaml", "departments: [ {name: 商务部")])
        }
    }
}
