extension JSONValue {
    /// How to lay out serialised JSON.
    public enum Layout: Sendable {
        /// Two-space indentation, one member per line, "key": value.
        case pretty
        /// No whitespace at all (one line; for NDJSON).
        case compact
    }

    /// The JSON text: keys sorted by Unicode scalars, non-ASCII written as is, "/" not escaped,
    /// integral doubles below 2^53 written without a fraction. Same value, same bytes.
    public func serialized(_ layout: Layout = .pretty) -> String {
        var out = ""
        write(into: &out, layout: layout, indent: 0)
        return out
    }

    private func write(into out: inout String, layout: Layout, indent: Int) {
        switch self {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .int(let i): out += String(i)
        case .double(let d): out += JSONValue.format(d)
        case .string(let s): JSONValue.writeString(s, into: &out)
        case .array(let elements):
            if elements.isEmpty { out += "[]"; return }
            out += "["
            for (i, element) in elements.enumerated() {
                if i > 0 { out += "," }
                if layout == .pretty { out += "\n" + String(repeating: "  ", count: indent + 1) }
                element.write(into: &out, layout: layout, indent: indent + 1)
            }
            if layout == .pretty { out += "\n" + String(repeating: "  ", count: indent) }
            out += "]"
        case .object(let members):
            if members.isEmpty { out += "{}"; return }
            out += "{"
            let keys = members.keys.sorted { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }
            for (i, key) in keys.enumerated() {
                if i > 0 { out += "," }
                if layout == .pretty { out += "\n" + String(repeating: "  ", count: indent + 1) }
                JSONValue.writeString(key, into: &out)
                out += layout == .pretty ? ": " : ":"
                members[key]!.write(into: &out, layout: layout, indent: indent + 1)
            }
            if layout == .pretty { out += "\n" + String(repeating: "  ", count: indent) }
            out += "}"
        }
    }

    /// Formats a double: integral values without a fraction, others in Swift's shortest
    /// round-trip form; NaN and infinities (not JSON) as null.
    static func format(_ d: Double) -> String {
        guard d.isFinite else { return "null" }
        if d == d.rounded(), abs(d) < 9_007_199_254_740_992 { return String(Int64(d)) }
        return "\(d)"
    }

    private static func writeString(_ s: String, into out: inout String) {
        out += "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            default:
                if scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029 {
                    let hex = String(scalar.value, radix: 16, uppercase: false)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }
}
