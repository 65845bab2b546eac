import Testing

// Replaced by the module's real tests when it lands.
@Test func ZhengceCLIPlaceholder() { #expect(Bool(true)) }
