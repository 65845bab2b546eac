import Foundation
import Testing
@testable import ZhengceDocument

/// What `zhengce show DOC [LABEL]` accepts.
@Suite struct LookupTests {
    let documents = SeedCorpus.loaded.documents

    @Test(arguments: ["guobanfa-2021-24-new-forms-of-foreign-trade", "国办发[2021]24号", "国办发（2021）24号",
                      "guobanfa-2021-24-new-forms-of-foreign-trade.html", "Corpus/guobanfa-2021-24-new-forms-of-foreign-trade.html",
                      "加快发展外贸新业态新模式"])
    func documentByIdNumberPathOrTitle(query: String) throws {
        let d = try DocumentLookup.document(query, in: documents).get()
        #expect(d.id == "guobanfa-2021-24-new-forms-of-foreign-trade")
    }

    @Test func ambiguousAndUnknownDocuments() {
        guard case .failure(.ambiguousDocument(_, let ids)) = DocumentLookup.document("跨境电商", in: documents) else {
            Issue.record("expected ambiguity"); return
        }
        #expect(ids.count >= 2)
        guard case .failure(.noDocument) = DocumentLookup.document("不存在的文件", in: documents) else { Issue.record("expected none"); return }
    }

    @Test(arguments: ["二.（七）.21", "2.7.21", "（七）.21", "21", "二/（七）/21"])
    func provisionPaths(label: String) throws {
        let p = try DocumentLookup.provision(label, in: SeedCorpus.sichuanDraft).get()
        #expect(p.id == "sichuan-2024-cross-border-ecommerce-action-plan-draft/2.7.21")
    }

    @Test func printedLabelsWinOverNumbers() throws {
        let d = SeedCorpus.sichuanDraft
        #expect(try DocumentLookup.provision("3", in: d).get().label == "3.")
        #expect(try DocumentLookup.provision("三", in: d).get().label == "三、")
        guard case .failure(.ambiguousProvision) = DocumentLookup.provision("（三）", in: d) else {
            Issue.record("（三） appears under 二、 and 三、"); return
        }
    }
}

/// The model round-trips through JSON, and JSON written before `targets` existed still decodes.
@Suite struct ModelCodingTests {
    @Test func documentRoundTripsAndOldJSONDecodes() throws {
        let d = SeedCorpus.sichuanDraft
        let data = try JSONEncoder().encode(d)
        let back = try JSONDecoder().decode(PolicyDocument.self, from: data)
        #expect(back == d)
        var object = try JSONSerialization.jsonObject(with: data) as! [String: Any]
        object.removeValue(forKey: "targets")
        let old = try JSONDecoder().decode(PolicyDocument.self, from: try JSONSerialization.data(withJSONObject: object))
        #expect(old.targets.isEmpty && old.measures == d.measures)
    }
}
