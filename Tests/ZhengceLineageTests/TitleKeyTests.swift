import Testing
import TestSupport
import ZhengceDocument
@testable import ZhengceLineage

@Suite struct TitleKeyTests {
    @Test func citedTitleWithoutIssuerMatchesFullTitle() {
        let cited = TitleKey("关于加快发展外贸新业态新模式的意见")
        let full = TitleKey("国务院办公厅关于加快发展外贸新业态新模式的意见")
        #expect(full.prefix == "国务院办公厅")
        #expect(full.core == "关于加快发展外贸新业态新模式的意见")
        #expect(cited.matches(full))
    }

    @Test func differentIssuersDoNotMatch() {
        #expect(!TitleKey("上海市人民政府关于推动外贸稳规模优结构的意见").matches(TitleKey("四川省人民政府关于推动外贸稳规模优结构的意见")))
    }
}

/// The index of external titles finds the same title as reading them all in order.
@Suite struct ExternalTitleIndexTests {
    @Test func findsWhatAScanFinds() throws {
        var documents: [PolicyDocument] = SeedCorpus.documents
        for folder in ["real", "documents"] {
            documents += (try? Corpus(folder: Fixtures.file(folder)).load().documents) ?? []
        }
        var titles: [String] = documents.flatMap { (d: PolicyDocument) -> [String] in d.citations.compactMap { $0.title } }
        titles += documents.compactMap { $0.title }
        // Variants: with the country prefix, issuer prefixes, a version note, an ending of a long title.
        for t in Array(titles.prefix(200)) {
            titles += ["中华人民共和国" + t, "国务院关于" + t, t + "（2019年修订）", String(t.suffix(9))]
        }
        #expect(titles.count > 250)
        var index = ExternalTitleIndex()
        var scanned: [(key: TitleKey, id: String)] = []
        var found = 0
        for (n, title) in titles.enumerated() {
            let key = TitleKey(title)
            let expected = scanned.first(where: { key.matches($0.key) })?.id
            #expect(index.first(matching: key) == expected, "\(title)")
            if expected != nil { found += 1 }
            // Every other title joins the index, as externals do.
            if n % 2 == 0 {
                index.append(key, id: "e\(n)")
                scanned.append((key, "e\(n)"))
            }
        }
        #expect(found > 50)
    }
}
