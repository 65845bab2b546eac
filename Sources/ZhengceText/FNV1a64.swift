/// The FNV-1a 64-bit hash, fed UTF-8 bytes: the same in every process and on every platform (unlike
/// `Hasher`), for values that are stored or published (link IRIs, export fingerprints, the store's link ends).
public struct FNV1a64: Sendable {
    public private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    public init() {}

    public mutating func add(_ byte: UInt8) {
        value ^= UInt64(byte)
        value = value &* 0x0000_0100_0000_01B3
    }

    public mutating func add(_ text: String) {
        var text = text
        text.withUTF8 { bytes in for byte in bytes { add(byte) } }
    }

    /// The hash of `text`'s UTF-8 bytes.
    public static func hash(_ text: String) -> UInt64 {
        var hash = FNV1a64()
        hash.add(text)
        return hash.value
    }
}
