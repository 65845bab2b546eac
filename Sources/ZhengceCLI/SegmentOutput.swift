import Foundation
import ZhengceText

/// Where `zhengce segment` writes text.
protocol SegmentSink {
    /// Appends UTF-16 text.
    mutating func write(utf16: [UInt16])
}

/// Buffered standard output; a closed pipe (`| head`) ends the process quietly.
struct StandardOutput: SegmentSink {
    private var buffer: [UInt8] = []

    mutating func write(utf16: [UInt16]) {
        buffer.append(contentsOf: String(decoding: utf16, as: UTF16.self).utf8)
        if buffer.count >= 1 << 16 { flush() }
    }

    /// Appends a string.
    mutating func write(_ string: String) {
        buffer.append(contentsOf: string.utf8)
        if buffer.count >= 1 << 16 { flush() }
    }

    /// Writes out what is buffered.
    mutating func flush() {
        guard !buffer.isEmpty else { return }
        let complete = buffer.withUnsafeBytes { raw -> Bool in
            var offset = 0
            while offset < raw.count {
                let n = Foundation.write(1, raw.baseAddress! + offset, raw.count - offset)
                if n < 0 && errno == EINTR { continue }
                if n <= 0 { return false }
                offset += n
            }
            return true
        }
        buffer.removeAll(keepingCapacity: true)
        if !complete { exit(0) }
    }
}

/// Discards output, counting bytes (for benchmarks).
struct CountingSink: SegmentSink {
    var units = 0
    mutating func write(utf16: [UInt16]) { units += utf16.count }
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
