import Foundation

/// Why a file could not be read as text.
public enum TextDecodingError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The input has no bytes at all.
    case empty
    /// The input looks like binary data (NUL bytes or control characters), not text.
    case binary
    /// No supported encoding decodes the input without errors.
    case undecodable(tried: [String])
    /// The input is text in an encoding zhengce does not read (Japanese, Korean, Western), as detected.
    case unsupported(charset: String)

    public var description: String {
        switch self {
        case .empty: return "the file is empty"
        case .binary: return "the file looks binary (NUL or control bytes), not text"
        case .undecodable(let tried):
            // One encoding tried means the file declared it (a byte-order mark): say so rather than list one.
            if tried.count == 1, let declared = tried.first, declared.hasSuffix(" (BOM)") {
                let name = declared.dropLast(" (BOM)".count)
                return "the file starts with a \(name) byte-order mark but is not valid \(name) text"
            }
            return "the file is not valid text in any of \(tried.joined(separator: ", "))"
        case .unsupported(let charset):
            return "the file looks like \(charset) text, which zhengce does not read (convert it to UTF-8, GB18030 or Big5)"
        }
    }
}

/// Text decoded from bytes, with the encoding that was used.
public struct DecodedText: Sendable, Equatable {
    /// The decoded text, byte-order mark removed.
    public let text: String
    /// The encoding name: "UTF-8", "UTF-16LE", "UTF-16BE", "GB18030" or "Big5".
    public let encoding: String
}

/// Decodes policy files found in the wild: UTF-8 (with or without BOM), UTF-16 with a
/// BOM, GB18030/GBK (the usual legacy encoding of Chinese government sites) and Big5
/// (Traditional script); Japanese, Korean and Western legacy encodings are refused by name.
public enum TextDecoder {
    /// Decodes `data`, trying UTF-8 first, then a BOM-declared UTF-16, then the legacy encodings
    /// (see `legacy(_:)`).
    public static func decode(_ data: Data) throws -> DecodedText {
        try decode([UInt8](data))
    }

    /// Decodes raw `bytes`; see `decode(_: Data)`.
    public static func decode(_ bytes: [UInt8]) throws -> DecodedText {
        guard !bytes.isEmpty else { throw TextDecodingError.empty }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return try utf8(Array(bytes.dropFirst(3)))
        }
        for (bom, charset) in [([UInt8](arrayLiteral: 0xFF, 0xFE), "UTF-16LE"), ([0xFE, 0xFF], "UTF-16BE")] where bytes.starts(with: bom) {
            // A broken UTF-16 file (odd length, lone surrogate) is undecodable, not an ICU error.
            guard let text = try? convertToString(Array(bytes.dropFirst(2)), charset: charset) else {
                throw TextDecodingError.undecodable(tried: ["\(charset) (BOM)"])
            }
            return DecodedText(text: text, encoding: charset)
        }
        if looksBinary(bytes) { throw TextDecodingError.binary }
        if let text = String(validatingUTF8Bytes: bytes) {
            if let escape = iso2022(bytes) { throw TextDecodingError.unsupported(charset: escape) }
            return DecodedText(text: text, encoding: "UTF-8")
        }
        return try legacy(bytes)
    }

    /// Bytes that are not UTF-8. GB18030 decodes almost any byte string, so its result is trusted
    /// only when it is plausible: at least 90 % of the two-byte characters fall in the GB2312 block
    /// (both bytes 0xA1 or more, as in ordinary Chinese text) and there is no run of kana. Otherwise
    /// ICU's detector decides: Big5 is decoded as Big5, a Japanese, Korean or Western encoding is
    /// refused with its name.
    static func legacy(_ bytes: [UInt8]) throws -> DecodedText {
        let gb = try? convertToString(bytes, charset: "GB18030")
        let detected = try? detectCharset(bytes)
        if let gb, gb2312Share(bytes) >= 0.9 {
            if kanaCount(gb) >= 4 { throw TextDecodingError.unsupported(charset: detected?.name == "EUC-JP" ? "EUC-JP" : "Japanese") }
            if let detected, detected.name == "EUC-KR", detected.confidence >= 70 {
                throw TextDecodingError.unsupported(charset: "EUC-KR")
            }
            return DecodedText(text: gb, encoding: "GB18030")
        }
        switch detected?.name {
        case "Big5"?:
            if let text = try? convertToString(bytes, charset: "Big5") { return DecodedText(text: text, encoding: "Big5") }
        case let name? where name != "GB18030" && !name.hasPrefix("UTF"):
            throw TextDecodingError.unsupported(charset: name)
        default:
            break
        }
        if let gb { return DecodedText(text: gb, encoding: "GB18030") }
        throw TextDecodingError.undecodable(tried: ["UTF-8", "UTF-16 (BOM)", "GB18030", "Big5"])
    }

    /// The share of two-byte characters with both bytes in 0xA1–0xFE (the GB2312 block); 1 when there are none.
    static func gb2312Share(_ bytes: [UInt8]) -> Double {
        var pairs = 0
        var inBlock = 0
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            guard b >= 0x81, i + 1 < bytes.count else { i += 1; continue }
            let next = bytes[i + 1]
            if next >= 0x30 && next <= 0x39 { i += 4; continue }   // a GB18030 four-byte sequence
            pairs += 1
            if b >= 0xA1 && next >= 0xA1 { inBlock += 1 }
            i += 2
        }
        return pairs == 0 ? 1 : Double(inBlock) / Double(pairs)
    }

    /// Hiragana and katakana in `text` (Chinese policy texts have none; EUC-JP read as GB2312 has many).
    static func kanaCount(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + ((0x3041...0x30FA).contains($1.value) ? 1 : 0) }
    }

    /// The ISO-2022 encoding announced by an escape sequence in 7-bit text, if any.
    static func iso2022(_ bytes: [UInt8]) -> String? {
        guard let escape = bytes.firstIndex(of: 0x1B), escape + 2 < bytes.count else { return nil }
        switch (bytes[escape + 1], bytes[escape + 2]) {
        case (0x24, 0x42), (0x24, 0x40), (0x28, 0x4A): return "ISO-2022-JP"
        case (0x24, 0x29): return bytes[escape + 3 < bytes.count ? escape + 3 : escape] == 0x43 ? "ISO-2022-KR" : "ISO-2022-CN"
        case (0x24, 0x41): return "ISO-2022-CN"
        default: return nil
        }
    }

    private static func utf8(_ bytes: [UInt8]) throws -> DecodedText {
        guard let text = String(validatingUTF8Bytes: bytes) else {
            throw TextDecodingError.undecodable(tried: ["UTF-8 (BOM)"])
        }
        return DecodedText(text: text, encoding: "UTF-8")
    }

    /// True when the first 8 KiB hold a NUL byte or more than 10% C0 control bytes
    /// other than tab, line feed, carriage return and form feed.
    static func looksBinary(_ bytes: [UInt8]) -> Bool {
        let sample = bytes.prefix(8192)
        var controls = 0
        for byte in sample {
            if byte == 0 { return true }
            if byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D && byte != 0x0C { controls += 1 }
        }
        return controls * 10 > sample.count
    }
}

extension String {
    /// Decodes `bytes` as UTF-8, or nil when they are not valid UTF-8.
    init?(validatingUTF8Bytes bytes: [UInt8]) {
        guard let text = String(validating: bytes, as: UTF8.self) else { return nil }
        self = text
    }
}
