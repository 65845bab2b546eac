import Testing
import ZhengceExport

@Suite struct JSONValueTests {
    @Test func stringsAreEscapedOnlyWhereJSONNeedsIt() {
        let value = JSONValue.string("“川字号”\"\\/\n\t\u{01}\u{2028}𠀀")
        #expect(value.serialized() == "\"“川字号”\\\"\\\\/\\n\\t\\u0001\\u2028𠀀\"")
    }

    @Test func keysAreSortedAndLayoutIsFixed() {
        let value = JSONValue.object(["b": .array([.int(1), .double(2.5)]), "a": .null, "中": .bool(true), "c": .object([:])])
        #expect(value.serialized(.compact) == "{\"a\":null,\"b\":[1,2.5],\"c\":{},\"中\":true}")
        #expect(value.serialized() == "{\n  \"a\": null,\n  \"b\": [\n    1,\n    2.5\n  ],\n  \"c\": {},\n  \"中\": true\n}")
    }

    @Test(arguments: [(1600.0, "1600"), (0.4167, "0.4167"), (-3.0, "-3"), (1e300, "1e+300"), (Double.nan, "null")])
    func doublesAreWrittenShortest(value: Double, text: String) {
        #expect(JSONValue.double(value).serialized() == text)
    }

    @Test func parseRoundTripsAndRejectsMalformedText() throws {
        let value = JSONValue.object(["s": .string("“川”\u{2028}\u{01}\\\"𠀀"), "n": .array([.int(-2), .double(0.5), .null, .bool(false)])])
        #expect(try JSONValue(parsing: value.serialized()) == value)
        #expect(try JSONValue(parsing: "\"\\ud840\\udc00\"") == .string("𠀀"))
        for bad in ["", "{", "[1,]", "{\"a\":1,\"a\":2}", "\"\\ud840\"", "01x", "nul", "[1] 2", "\"\u{01}\""] {
            #expect(throws: JSONParseError.self) { try JSONValue(parsing: bad) }
        }
    }
}
