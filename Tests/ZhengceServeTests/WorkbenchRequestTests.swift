import Foundation
import Testing
@testable import ZhengceServe

/// The pieces a request goes through before any page: URL decoding, JSON negotiation, escaping, uploads.
@Suite struct WorkbenchRequestTests {
    @Test func pathAndQueryAreDecoded() throws {
        let r = try #require(WorkbenchRequest(target: "/documents/%E5%95%86%E8%B4%B8%E5%8F%91%E3%80%942024%E3%80%95125%E5%8F%B7?q=%E6%B5%B7%E5%A4%96%E4%BB%93+%E5%85%AC%E5%85%B1&dept=a&dept=b&format=json"))
        #expect(r.segments == ["documents", "商贸发〔2024〕125号"])
        #expect(r.value("q") == "海外仓 公共")
        #expect(r.values("dept") == ["a", "b"])
        #expect(r.wantsJSON)
        #expect(WorkbenchRequest(target: "/documents/%E5%ZZ") == nil)
        #expect(try #require(WorkbenchRequest(target: "/", accept: "application/json")).wantsJSON)
        #expect(try !#require(WorkbenchRequest(target: "/", accept: "text/html,*/*;q=0.8")).wantsJSON)
    }

    @Test func escapeAndMarks() {
        #expect(HTML.escape("<img src=x onerror=\"a('1')\">&") == "&lt;img src=x onerror=&quot;a(&#39;1&#39;)&quot;&gt;&amp;")
        // UTF-16 ranges: 海外仓 at 2..<5 in "建设海外仓<b>".
        #expect(HTML.marked("建设海外仓<b>", [2..<5]) == "建设<mark>海外仓</mark>&lt;b&gt;")
        #expect(HTML.urlComponent("a/b 〔") == "a%2Fb%20%E3%80%94")
    }

    @Test func multipartUploadsAreSplit() throws {
        let body = "--XyZ\r\nContent-Disposition: form-data; name=\"old\"; filename=\"a.txt\"\r\nContent-Type: text/plain\r\n\r\n第一条　甲。\r\n--XyZ\r\nContent-Disposition: form-data; name=\"new\"; filename=\"b.txt\"\r\n\r\n第一条　乙。\r\n--XyZ--\r\n"
        let form = try #require(Multipart(body: Data(body.utf8), contentType: "multipart/form-data; boundary=XyZ"))
        #expect(form.parts.map(\.name) == ["old", "new"])
        #expect(form.part("old")?.filename == "a.txt")
        #expect(form.part("new").map { String(decoding: $0.data, as: UTF8.self) } == "第一条　乙。")
        #expect(Multipart(body: Data(body.utf8), contentType: "text/plain") == nil)
    }
}
