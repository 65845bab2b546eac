/// A word found by the segmenter: its text and its UTF-16 range in the input.
public struct Token: Sendable, Hashable, Codable {
    /// The word as it appears in the input.
    public let text: String
    /// UTF-16 offset of the first unit of the word in the input.
    public let start: Int
    /// UTF-16 offset one past the last unit of the word.
    public let end: Int

    /// Makes a token.
    public init(text: String, start: Int, end: Int) {
        self.text = text
        self.start = start
        self.end = end
    }
}
