import Foundation
import Testing
import TestSupport
import ZhengceText
@testable import ZhengceDocument

/// A seed converted to Traditional script with ICU reads like the seed: same 发文字号, units and measures.
@Suite struct TraditionalScriptTests {
    @Test(arguments: ["guobanfa-2021-24-new-forms-of-foreign-trade.html", "shangmaofa-2024-125-mofcom-cross-border-ecommerce-overseas-warehouses.txt"])
    func traditionalSeedReadsLikeTheSeed(name: String) throws {
        let url = Fixtures.corpus.appendingPathComponent(name)
        let simplifiedText = try String(contentsOf: url, encoding: .utf8)
        let traditionalText = try ICUTransliterator("Simplified-Traditional").transliterate(simplifiedText)
        #expect(traditionalText != simplifiedText && ScriptKey.isTraditional(traditionalText))
        #expect(!ScriptKey.isTraditional(simplifiedText))
        let parser = DocumentParser()
        let simplified = try parser.parse(data: Data(simplifiedText.utf8), path: name)
        let traditional = try parser.parse(data: Data(traditionalText.utf8), path: name)
        #expect(traditional.docNumber == simplified.docNumber && simplified.docNumber != nil)
        #expect(traditional.title == simplified.title)
        #expect(traditional.measures.count == simplified.measures.count && !simplified.measures.isEmpty)
        #expect(traditional.measures.map { $0.responsible.map(\.name) } == simplified.measures.map { $0.responsible.map(\.name) })
        #expect(traditional.originalText == traditionalText.replacingOccurrences(of: "\r\n", with: "\n") || traditional.originalText == traditionalText)
        #expect(simplified.originalText == nil)
    }

    @Test func traditionalNumberFindsTheDocument() throws {
        let url = Fixtures.corpus.appendingPathComponent("guobanfa-2021-24-new-forms-of-foreign-trade.html")
        let d = try DocumentParser().parse(fileAt: url)
        guard case .success(let found) = DocumentLookup.document("國辦發[2021]24號", in: [d]) else {
            Issue.record("國辦發[2021]24號 not found"); return
        }
        #expect(found.id == d.id)
        #expect(ScriptKey.simplified("海外倉") == "海外仓")
        #expect(ScriptKey.simplified("商务部") == "商务部")
    }
}
