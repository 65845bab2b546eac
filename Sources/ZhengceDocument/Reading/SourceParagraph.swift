/// One paragraph of a document's reading text, as produced by a reader.
struct SourceParagraph: Equatable {
    /// The cleaned text (markup removed, wraps rejoined, outer spaces trimmed).
    var text: String
    /// True when the markup made it a heading (Markdown `#`, HTML `<h1>`…).
    var isHeading: Bool = false
    /// UTF-16 offset in `text` where a bold lead (`**3. 实施…。**`) ends, if the paragraph starts with one.
    var boldLeadEnd: Int?
}

/// What a reader got out of a file.
struct ReadResult {
    /// "text", "markdown" or "html".
    var format: String
    /// The paragraphs in order.
    var paragraphs: [SourceParagraph]
    /// YAML front matter fields (title, date …), when the file had some.
    var frontMatter: [String: String] = [:]
    /// Number of leading paragraphs that are a header block closed by `<!-- INFO END -->`.
    var infoParagraphs: Int?
}
