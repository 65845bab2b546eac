import Foundation

/// Why a file could not be read as text.
public enum TextDecodingError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The input has no bytes at all.
    case empty
    /// The input looks like binary data (NUL bytes or control characters), not text.
    case binary
    /// No supported encoding decodes the input without errors.
    case undecodable(tried: [String])

    public var description: String {
        switch self {
        case .empty: return "the file is empty"
        case .binary: return "the file looks binary (NUL or control bytes), not text"
        case .undecodable(let tried): return "the file is not valid text in any of \(tried.joined(separator: ", "))"
        }
    }
}

/// Text decoded from bytes, with the encoding that was used.
public struct DecodedText: Sendable, Equatable {
    /// The decoded text, byte-order mark removed.
    public let text: String
    /// The encoding name: "UTF-8", "UTF-16LE", "UTF-16BE" or "GB18030".
    public let encoding: String
}

/// Decodes policy files found in the wild: UTF-8 (with or without BOM), UTF-16 with a
/// BOM, and GB18030/GBK (the usual legacy encoding of Chinese government sites).
public enum TextDecoder {
    /// Decodes `data`, trying UTF-8 first, then a BOM-declared UTF-16, then GB18030.
    public static func decode(_ data: Data) throws -> DecodedText {
        try decode([UInt8](data))
    }

    /// Decodes raw `bytes`; see `decode(_: Data)`.
    public static func decode(_ bytes: [UInt8]) throws -> DecodedText {
        guard !bytes.isEmpty else { throw TextDecodingError.empty }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return try utf8(Array(bytes.dropFirst(3)))
        }
        if bytes.starts(with: [0xFF, 0xFE]) {
            return DecodedText(text: try convertToString(Array(bytes.dropFirst(2)), charset: "UTF-16LE"), encoding: "UTF-16LE")
        }
        if bytes.starts(with: [0xFE, 0xFF]) {
            return DecodedText(text: try convertToString(Array(bytes.dropFirst(2)), charset: "UTF-16BE"), encoding: "UTF-16BE")
        }
        if looksBinary(bytes) { throw TextDecodingError.binary }
        if let text = String(validatingUTF8Bytes: bytes) {
            return DecodedText(text: text, encoding: "UTF-8")
        }
        if let text = try? convertToString(bytes, charset: "GB18030") {
            return DecodedText(text: text, encoding: "GB18030")
        }
        throw TextDecodingError.undecodable(tried: ["UTF-8", "UTF-16 (BOM)", "GB18030"])
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
