/// Percent-encoding of one IRI path segment (RFC 3987).
///
/// Kept as is: ASCII letters, digits and `-._~`, and non-ASCII characters that RFC 3987
/// allows in IRIs (ucschar: CJK, 〔〕, full-width digits …) except spaces, controls, format
/// characters and private-use code points. Everything else is written as `%XX` UTF-8 bytes,
/// uppercase. The segments "." and ".." are encoded so no resolver collapses them.
public enum IRISegment {
    /// `text` as one safe path segment; an empty text becomes "_".
    public static func encode(_ text: String) -> String {
        if text.isEmpty { return "_" }
        if text == "." { return "%2E" }
        if text == ".." { return "%2E%2E" }
        var out = ""
        for scalar in text.unicodeScalars {
            if keeps(scalar) {
                out.unicodeScalars.append(scalar)
            } else {
                for byte in String(scalar).utf8 {
                    let hex = String(byte, radix: 16, uppercase: true)
                    out += "%" + (hex.count == 1 ? "0" + hex : hex)
                }
            }
        }
        return out
    }

    /// True when `scalar` may stand unencoded in a path segment.
    static func keeps(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x80 {
            let c = Character(scalar)
            return c.isASCII && (c.isLetter || c.isNumber || "-._~".contains(c))
        }
        switch scalar.properties.generalCategory {
        case .control, .format, .privateUse, .surrogate, .unassigned, .spaceSeparator, .lineSeparator, .paragraphSeparator:
            return false
        default:
            break
        }
        // ucschar ranges of RFC 3987 (no private use, no specials block FFF0–FFFF).
        if (0xA0...0xD7FF).contains(v) || (0xF900...0xFDCF).contains(v) || (0xFDF0...0xFFEF).contains(v) { return true }
        if v >= 0x10000, v <= 0xEFFFD, (v & 0xFFFF) < 0xFFFE { return true }
        return false
    }
}
