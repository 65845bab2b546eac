import Testing

// Replaced by the module's real tests when it lands.
@Test func ZhengceDiffPlaceholder() { #expect(Bool(true)) }
