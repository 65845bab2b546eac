import Foundation
import Testing
import TestSupport

/// The `depts` and `dept` commands, run as the built binary over the seed corpus.
@Suite struct CommandTests {
    func zhengce(_ arguments: String...) throws -> CommandOutput {
        try runZhengce(arguments)
    }

    @Test func deptWithCounterpartsAsJSON() throws {
        let run = try zhengce("dept", "商务部", "--with-counterparts", "--format", "json", "--corpus", Fixtures.corpus.path)
        #expect(run.status == 0, "\(run.stderr)")
        struct Output: Decodable {
            struct Group: Decodable { struct Row: Decodable { var department: String }; var document: String; var measures: [Row] }
            var documents: [Group]
        }
        let output = try JSONDecoder().decode(Output.self, from: Data(run.stdout.utf8))
        let departments = Set(output.documents.flatMap { $0.measures.map(\.department) })
        #expect(departments == ["商务部", "上海市商务委员会", "四川省商务厅"])
        #expect(output.documents.count == 3)
    }

    @Test func ambiguousShortNameIsAUsageError() throws {
        let run = try zhengce("dept", "商务厅", "--corpus", Fixtures.corpus.path)
        #expect(run.status == 64)
        #expect(run.stderr.contains("--region"))
        let regional = try zhengce("dept", "商务厅", "--region", "四川省", "--corpus", Fixtures.corpus.path)
        #expect(regional.status == 0)
        #expect(regional.stdout.contains("四川省商务厅"))
    }

    @Test func unknownNameSuggests() throws {
        let run = try zhengce("dept", "商务部们", "--corpus", Fixtures.corpus.path)
        #expect(run.status == 1)
        #expect(run.stderr.contains("did you mean 商务部?"))
        #expect(run.stdout.isEmpty)
    }

    @Test func deptsListsEveryCommerceBodyAndNoUnresolvedName() throws {
        let run = try zhengce("depts", "--corpus", Fixtures.corpus.path)
        #expect(run.status == 0, "\(run.stderr)")
        for name in ["商务部", "上海市商务委员会", "四川省商务厅", "成都海关", "国家外汇管理局上海市分局"] {
            #expect(run.stdout.contains("\n" + name + " "), "\(name) missing")
        }
        #expect(!run.stdout.contains("unresolved names"))
    }

    @Test func badCorpusRegistryIsARuntimeError() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dept-bad-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "一、测试\n（一）测试。（责任单位：商务厅）\n".write(to: folder.appendingPathComponent("plan.txt"), atomically: true, encoding: .utf8)
        try "departments: [ {name: 商务部".write(to: folder.appendingPathComponent("departments.yaml"), atomically: true, encoding: .utf8)
        let run = try zhengce("depts", "--corpus", folder.path)
        #expect(run.status == 2)
        #expect(run.stderr.contains("departments.yaml"))
        #expect(run.stderr.split(separator: "\n").count == 1)
    }
}
