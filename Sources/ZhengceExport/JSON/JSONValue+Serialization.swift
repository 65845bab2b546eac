extension JSONValue {
    /// How to lay out serialised JSON.
    public enum Layout: Sendable {
        /// Two-space indentation, one member per line, "key": value.
        case pretty
        /// No whitespace at all (one line; for NDJSON).
        case compact
    }

    /// The JSON text: keys sorted by their UTF-8 bytes (= Unicode scalar order), non-ASCII written as is, "/" not escaped,
    /// integral doubles below 2^53 written without a fraction. Same value, same bytes.
    public func serialized(_ layout: Layout = .pretty) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(4096)
        write(into: &out, layout: layout, indent: 0)
        return String(decoding: out, as: UTF8.self)
    }

    static func newline(_ out: inout [UInt8], indent: Int) {
        out.append(0x0A)
        out.append(contentsOf: repeatElement(0x20, count: 2 * indent))
    }

    func write(into out: inout [UInt8], layout: Layout, indent: Int) {
        switch self {
        case .null: out.append(contentsOf: "null".utf8)
        case .bool(let b): out.append(contentsOf: (b ? "true" : "false").utf8)
        case .int(let i): out.append(contentsOf: String(i).utf8)
        case .double(let d): out.append(contentsOf: JSONValue.format(d).utf8)
        case .string(let s): JSONValue.writeString(s, into: &out)
        case .array(let elements):
            if elements.isEmpty { out.append(contentsOf: "[]".utf8); return }
            out.append(UInt8(ascii: "["))
            for (i, element) in elements.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                if layout == .pretty { JSONValue.newline(&out, indent: indent + 1) }
                element.write(into: &out, layout: layout, indent: indent + 1)
            }
            if layout == .pretty { JSONValue.newline(&out, indent: indent) }
            out.append(UInt8(ascii: "]"))
        case .object(let members):
            if members.isEmpty { out.append(contentsOf: "{}".utf8); return }
            out.append(UInt8(ascii: "{"))
            let keys = members.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
            for (i, key) in keys.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                if layout == .pretty { JSONValue.newline(&out, indent: indent + 1) }
                JSONValue.writeString(key, into: &out)
                out.append(UInt8(ascii: ":"))
                if layout == .pretty { out.append(0x20) }
                members[key]!.write(into: &out, layout: layout, indent: indent + 1)
            }
            if layout == .pretty { JSONValue.newline(&out, indent: indent) }
            out.append(UInt8(ascii: "}"))
        }
    }

    /// Formats a double: integral values without a fraction, others in Swift's shortest
    /// round-trip form; NaN and infinities (not JSON) as null.
    static func format(_ d: Double) -> String {
        guard d.isFinite else { return "null" }
        if d == d.rounded(), abs(d) < 9_007_199_254_740_992 { return String(Int64(d)) }
        return "\(d)"
    }

    /// Writes `s` quoted: `"` and `\\` escaped, controls as \\n \\t … or \\u00XX, U+2028 and U+2029
    /// as \\u2028 and \\u2029 (JavaScript-safe); everything else as its UTF-8 bytes.
    private static func writeString(_ s: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var text = s
        text.withUTF8 { bytes in
            // Runs of bytes that need no escape are copied at once.
            var run = 0, i = 0
            let n = bytes.count
            while i < n {
                let b = bytes[i]
                let separator = b == 0xE2 && i + 2 < n && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9)
                guard b < 0x20 || b == 0x22 || b == 0x5C || separator else { i += 1; continue }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<i]))
                switch b {
                case 0x22: out.append(contentsOf: [0x5C, 0x22])
                case 0x5C: out.append(contentsOf: [0x5C, 0x5C])
                case 0x0A: out.append(contentsOf: [0x5C, UInt8(ascii: "n")])
                case 0x0D: out.append(contentsOf: [0x5C, UInt8(ascii: "r")])
                case 0x09: out.append(contentsOf: [0x5C, UInt8(ascii: "t")])
                case 0x08: out.append(contentsOf: [0x5C, UInt8(ascii: "b")])
                case 0x0C: out.append(contentsOf: [0x5C, UInt8(ascii: "f")])
                case 0xE2:
                    out.append(contentsOf: (bytes[i + 2] == 0xA8 ? "\\u2028" : "\\u2029").utf8)
                    i += 2
                default:
                    let hex = String(b, radix: 16)
                    out.append(contentsOf: ("\\u00" + (hex.count == 1 ? "0" + hex : hex)).utf8)
                }
                i += 1
                run = i
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<n]))
        }
        out.append(UInt8(ascii: "\""))
    }
}
