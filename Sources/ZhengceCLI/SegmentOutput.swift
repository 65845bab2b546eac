import Foundation
import ZhengceText

/// Where `zhengce segment` writes text.
protocol SegmentSink {
    /// Appends UTF-16 text.
    mutating func write(utf16: UnsafeBufferPointer<UInt16>)
    /// Appends a space.
    mutating func writeSpace()
    /// Appends a line feed.
    mutating func writeNewline()
}

/// Buffered standard output for `segment` (UTF-16 tokens straight to UTF-8), written through `Console`.
struct StandardOutput: SegmentSink {
    private var buffer: [UInt8] = []

    /// Appends UTF-16 text as UTF-8 (a lone surrogate becomes U+FFFD).
    mutating func write(utf16: UnsafeBufferPointer<UInt16>) {
        var i = 0
        while i < utf16.count {
            let u = UInt32(utf16[i])
            if u < 0x80 {
                buffer.append(UInt8(u))
            } else if u < 0x800 {
                buffer.append(UInt8(0xC0 | u >> 6)); buffer.append(UInt8(0x80 | u & 0x3F))
            } else if u & 0xFC00 == 0xD800, i + 1 < utf16.count, utf16[i + 1] & 0xFC00 == 0xDC00 {
                let scalar = 0x10000 + ((u & 0x3FF) << 10) + UInt32(utf16[i + 1] & 0x3FF)
                buffer.append(UInt8(0xF0 | scalar >> 18)); buffer.append(UInt8(0x80 | scalar >> 12 & 0x3F))
                buffer.append(UInt8(0x80 | scalar >> 6 & 0x3F)); buffer.append(UInt8(0x80 | scalar & 0x3F))
                i += 1
            } else {
                let v = u & 0xF800 == 0xD800 ? 0xFFFD : u
                buffer.append(UInt8(0xE0 | v >> 12)); buffer.append(UInt8(0x80 | v >> 6 & 0x3F)); buffer.append(UInt8(0x80 | v & 0x3F))
            }
            i += 1
        }
    }

    mutating func writeSpace() { buffer.append(0x20) }

    mutating func writeNewline() {
        buffer.append(0x0A)
        if buffer.count >= 1 << 16 { flush() }
    }

    /// Appends a string.
    mutating func write(_ string: String) {
        buffer.append(contentsOf: string.utf8)
        if buffer.count >= 1 << 16 { flush() }
    }

    /// Hands what is buffered to `Console` (which reports a failed write and ends quietly on a closed pipe).
    mutating func flush() {
        guard !buffer.isEmpty else { return }
        buffer.withUnsafeBytes { Console.write(bytes: $0) }
        buffer.removeAll(keepingCapacity: true)
        Console.flush()
    }
}

/// The JSON form of `zhengce segment --format json`.
enum SegmentJSON {
    private struct Document: Encodable {
        let encoding: String
        let tokens: [Token]
    }

    /// `{"encoding": …, "tokens": [{"end": …, "start": …, "text": …}]}` with sorted keys.
    static func render(encoding: String, tokens: [Token]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(Document(encoding: encoding, tokens: tokens))) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}
