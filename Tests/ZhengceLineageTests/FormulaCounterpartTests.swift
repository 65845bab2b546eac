import Foundation
import Testing
import ZhengceDocument
@testable import ZhengceLineage

/// A misconduct article short enough to be a formula (left out of alignment) and its counterpart listing the acts it
/// punishes (too long to be one): the formula take-up pairs them (issue 15, seventh round). Texts from lawrefbook:
/// `DLC/山东地方法规/地方性法规/山东/济南市气象灾害防御条例(2014-11-27).md` 第三十条 and `…/山东省气象灾害防御条例(2018-01-23).md` 第二十九条.
@Suite struct FormulaCounterpartTests {
    static let cityMisconduct = "气象主管机构、有关部门及其工作人员违反本条例规定，在气象灾害防御工作中滥用职权、玩忽职守、徇私舞弊的，由其上级机关或者监察机关责令改正；情节严重的，对直接负责的主管人员和其他直接责任人员依法给予处分；构成犯罪的，依法追究刑事责任。"
    static let provinceMisconduct = "气象主管机构和其他有关部门及其工作人员有下列行为之一的，对直接负责的主管人员和其他直接责任人员依法给予行政处分；构成犯罪的，依法追究刑事责任：（一）未按照气象灾害防御方案或者气象灾害应急预案的要求采取必要措施、履行有关职责的；（二）不及时提供防御气象灾害所需的气象和水情、旱情、灾情等信息，造成严重后果的；（三）因玩忽职守导致重大漏报、错报气象灾害信息的；（四）其他玩忽职守、滥用职权、徇私舞弊的行为。"
    static let shared = "任何单位和个人不得侵占、损毁或者擅自移动气象灾害防御设施。"

    @Test func aShortMisconductFormulaMatchesALongListArticle() {
        #expect(FormulaArticle.isFormula(MeasureContent(text: FormulaCounterpartTests.cityMisconduct).units))
        #expect(!FormulaArticle.isFormula(MeasureContent(text: FormulaCounterpartTests.provinceMisconduct).units))
        let province = DocumentBuilder.prefixing(CalendarTests.shandong, to: DocumentBuilder.make(
            id: "sd", title: "山东省气象灾害防御条例", date: "2018-01-23", level: .provincial, region: "山东省",
            measures: [("第一条", FormulaCounterpartTests.shared), ("第二条", FormulaCounterpartTests.provinceMisconduct)]))
        let city = DocumentBuilder.prefixing("2014年9月23日 济南市第十五届人民代表大会常务委员会第十六次会议通过\n2014年11月27日 山东省第十二届人民代表大会常务委员会第十一次会议批准",
                                             to: DocumentBuilder.make(
            id: "jn", title: "济南市气象灾害防御条例", date: "2014-11-27", level: .municipal, region: "济南市",
            cites: [("山东省气象灾害防御条例", nil)],
            measures: [("第一条", FormulaCounterpartTests.shared), ("第二条", FormulaCounterpartTests.cityMisconduct)]))
        let links = LineageAnalyzer().analyze([province, city]).graph.measureLinks
            .filter { $0.from.document == "jn" && $0.to.document == "sd" && $0.from.label == "第二条" }
        #expect(links.map(\.type) == [.derives])
        #expect(links.first?.to.label == "第二条")
        #expect(links.first?.evidence?.method == "formula-correspondence")
        // Turned off, nothing pairs them: alignment leaves the formula out.
        var off = LineageOptions(); off.formulaShare = 0
        #expect(LineageAnalyzer(options: off).analyze([province, city]).graph.measureLinks
            .filter { $0.from.document == "jn" && $0.from.label == "第二条" }.isEmpty)
    }
}
