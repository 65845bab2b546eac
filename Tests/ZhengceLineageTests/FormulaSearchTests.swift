import Foundation
import Testing
import TestSupport
import ZhengceDocument
@testable import ZhengceLineage

/// The formula and organisational-title tests search UTF-16 units instead of calling Foundation: on every
/// measure of the seeds and the real fixtures, and on cases built around each word, they decide as
/// Foundation's `contains` does.
@Suite struct FormulaSearchTests {
    /// The tests as they were written with Foundation (the reference).
    static func referenceIsFormula(_ units: [UInt16]) -> Bool {
        let text = String(decoding: units, as: UTF16.self)
        let n = units.count
        if n < 150, referencePurpose(text) || text.contains("特制定") || text.contains("制定此") { return true }
        if n < 90, text.contains("起施行") || text.contains("起实施") || text.contains("施行日期") || text.contains("同时废止") { return true }
        if n < 70, text.contains("从其规定") || text.contains("负责解释") || text.contains("参照本") || text.contains("参照执行") { return true }
        if n < 400, text.hasPrefix("本"), text.contains("起施行") || text.contains("起实施") { return true }
        if n < 130, text.contains("玩忽职守"), text.contains("处分") || text.contains("刑事责任") { return true }
        return false
    }

    /// 制定本 not followed by a jurisdiction or a body (制定本辖区的…, 制定本单位的…).
    static func referencePurpose(_ text: String) -> Bool {
        var rest = text[...]
        while let found = rest.range(of: "制定本") {
            rest = rest[found.upperBound...]
            if !FormulaArticle.ownScopes.contains(where: { rest.hasPrefix($0) }) { return true }
        }
        return false
    }

    static func referenceIsOrganisational(_ title: String) -> Bool {
        FormulaArticle.organisationalTitles.contains { title.contains($0) }
    }

    func documents() throws -> [PolicyDocument] {
        let parser = DocumentParser()
        var folders = [Fixtures.corpus, Fixtures.repositoryRoot.appendingPathComponent("Tests/Fixtures/real")]
        folders = folders.filter { FileManager.default.fileExists(atPath: $0.path) }
        var result: [PolicyDocument] = []
        for folder in folders {
            for name in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
            where ["txt", "md", "html"].contains((name as NSString).pathExtension) && name != "README.md" {
                let url = folder.appendingPathComponent(name)
                if let document = try? parser.parse(data: Data(contentsOf: url), path: url.path) { result.append(document) }
            }
        }
        return result
    }

    @Test func searchDecidesAsFoundationDoes() throws {
        var measures = 0, formulas = 0
        for document in try documents() {
            for measure in document.measures {
                let units = MeasureContent(measure: measure, in: document).units
                #expect(FormulaArticle.isFormula(units) == FormulaSearchTests.referenceIsFormula(units), "\(document.id) \(measure.id)")
                #expect(FormulaArticle.isOrganisational(measure.title) == FormulaSearchTests.referenceIsOrganisational(measure.title))
                measures += 1
                if FormulaArticle.isFormula(units) { formulas += 1 }
            }
        }
        #expect(measures > 200 && formulas > 0, "\(measures) measures, \(formulas) formulas")
        let built = ["本办法自2020年1月1日起施行。", "为了规范管理，根据有关法律，制定本条例。", "法律、法规已有规定的，从其规定。",
                     "违反本条例规定，玩忽职守的，依法给予处分。", "施行", "本", "", "各有关部门参照执行。", "起施",
                     "乡镇人民政府制定本辖区的实施方案。", "制定本", "制定本级", "制定本单位的预案，制定本办法。", "制定本市"]
        for text in built {
            let units = MeasureContent(text: text).units
            #expect(FormulaArticle.isFormula(units) == FormulaSearchTests.referenceIsFormula(units), "\(text)")
        }
        for title in ["加强组织领导", "组织", "完善协调机制建设", "", "联席会议制度", "成员"] {
            #expect(FormulaArticle.isOrganisational(title) == FormulaSearchTests.referenceIsOrganisational(title), "\(title)")
        }
        #expect(UTF16Search.contains(Array("abc".utf16), []) && !UTF16Search.contains([], Array("a".utf16)))
    }
}
