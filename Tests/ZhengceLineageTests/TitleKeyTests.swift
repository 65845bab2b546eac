import Testing
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
