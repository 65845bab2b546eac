import Testing
@testable import ZhengceLineage

/// The forms the analysis's row caches keep (`PackedContent`, `PackedWords`) read back as what was put in.
@Suite struct PackedRowCacheTests {
    @Test func contentRoundTrip() throws {
        let content = MeasureContent(measure: DocumentBuilder.seedExcerpts[0].measures[1], in: DocumentBuilder.seedExcerpts[0])
        #expect(content.units.count > 10)
        let packed = try #require(PackedContent(content))
        #expect(packed.content.units == content.units && packed.content.starts == content.starts && packed.content.ends == content.ends)
        let empty = try #require(PackedContent(MeasureContent()))
        #expect(empty.content.units.isEmpty && empty.content.starts.isEmpty && empty.content.ends.isEmpty)
    }

    /// The last offset 32 bits hold is kept; one past it is not (nothing is cached).
    @Test func contentOffsetsAtTheBoundary() throws {
        var content = MeasureContent()
        content.units = [0x6CD5, 0x5F8B]
        content.starts = [0, Int(Int32.max) - 1]
        content.ends = [1, Int(Int32.max)]
        #expect(try #require(PackedContent(content)).content.ends == [1, Int(Int32.max)])
        content.ends[1] = Int(Int32.max) + 1
        #expect(PackedContent(content) == nil)
    }

    @Test func wordsRoundTrip() throws {
        let words: [(folded: String, text: String)] = [
            ("电商", "电子商务"), ("ab", "ＡＢ"), ("𠀀字", "𠀀字"), ("", ""), ("人民政府", "人民政府"),
        ]
        let back = try #require(PackedWords(words)).words
        #expect(back.map(\.folded) == words.map(\.folded) && back.map(\.text) == words.map(\.text))
        #expect(try #require(PackedWords([])).words.isEmpty)
    }

    /// A word of 65,535 bytes is kept, one of 65,536 is not.
    @Test func wordLengthsAtTheBoundary() throws {
        let longest = String(repeating: "a", count: 65_535)
        let back = try #require(PackedWords([(longest, "法"), ("法", longest)])).words
        #expect(back.map(\.folded) == [longest, "法"] && back.map(\.text) == ["法", longest])
        #expect(PackedWords([("法", longest + "a")]) == nil)
    }
}
