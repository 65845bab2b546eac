import Testing
@testable import ZhengceDiff

@Suite struct ComparisonKeyTests {
    @Test(arguments: [
        ("到２０２５年，培育１０家企业", "到2025年，培育10家企业"),
        ("财政部、商务部", "财政部,商务部"),
        ("主要目标：到2025年", "主要目标︰到2025年"),
        ("二〇二五年", "二○二五年"),
        ("２０２５年", "2025年"),
        ("（一）加强监管", "(一)加强监管"),
        ("《关于修改<中华人民共和国对外贸易法>的决定》", "《关于修改〈中华人民共和国对外贸易法〉的决定》"),
        ("支持企业建设海外\n仓", "支持企业建设 海外仓"),
        ("国务院\u{3000}办公厅", "国务院办公厅"),
        ("2024—2027年", "2024-2027年"),
    ])
    func variantsFoldToOneKey(_ a: String, _ b: String) {
        #expect(ComparisonKey.make(a) == ComparisonKey.make(b))
    }

    @Test(arguments: [
        ("到2025年培育10家企业", "到2025年培育20家企业"),
        ("商务部牵头", "海关总署牵头"),
        ("应当备案", "不予备案"),
    ])
    func realChangesStayApart(_ a: String, _ b: String) {
        #expect(ComparisonKey.make(a) != ComparisonKey.make(b))
    }
}
