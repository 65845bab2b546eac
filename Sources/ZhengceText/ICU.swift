internal import CICU

/// An error reported by the ICU shim, with ICU's error name.
public struct ICUError: Error, CustomStringConvertible, Sendable {
    /// What was being done, e.g. "word breaking".
    public let operation: String
    /// ICU's error name, e.g. "U_INVALID_CHAR_FOUND".
    public let name: String
    public var description: String { "ICU \(operation) failed: \(name)" }
}

/// Calls a shim function with an error buffer and turns -1 into an `ICUError`.
func withICUError<T>(_ operation: String, _ body: (UnsafeMutablePointer<CChar>, Int32) -> T?) throws -> T {
    var buffer = [CChar](repeating: 0, count: 64)
    let result = buffer.withUnsafeMutableBufferPointer { body($0.baseAddress!, Int32($0.count)) }
    guard let result else {
        throw ICUError(operation: operation, name: String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self))
    }
    return result
}

/// The ICU version the shim is linked against, e.g. "72.1".
public var icuVersion: String { String(cString: zc_icu_version()) }

/// ICU's dictionary-based word breaker, one per locale. Not thread-safe: use one per thread.
public final class ICUWordBreaker {
    private let handle: OpaquePointer

    /// Opens a breaker for `locale` ("zh" by default).
    public init(locale: String = "zh") throws {
        handle = try withICUError("word-break open") { zc_word_breaker_create(locale, $0, $1) }
    }

    deinit { zc_word_breaker_destroy(handle) }

    /// Word boundaries of `utf16` as UTF-16 offsets, 0 and the length included.
    /// - Complexity: O(n) in the length of the text.
    public func boundaries(_ utf16: [UInt16]) throws -> [Int] {
        if utf16.isEmpty { return [0] }
        var capacity = utf16.count + 1
        while true {
            var out = [Int32](repeating: 0, count: capacity)
            let count = try utf16.withUnsafeBufferPointer { text in
                try out.withUnsafeMutableBufferPointer { buffer in
                    try withICUError("word breaking") { error, errorCapacity -> Int32? in
                        let n = zc_word_breaker_boundaries(handle, text.baseAddress, Int32(text.count), buffer.baseAddress, Int32(buffer.count), error, errorCapacity)
                        return n < 0 ? nil : n
                    }
                }
            }
            if Int(count) <= capacity { return out.prefix(Int(count)).map(Int.init) }
            capacity = Int(count)
        }
    }

    /// Splits `text` into ICU words (whitespace-only pieces dropped).
    public func words(_ text: String) throws -> [String] {
        let utf16 = Array(text.utf16)
        let cuts = try boundaries(utf16)
        var result: [String] = []
        for (a, b) in zip(cuts, cuts.dropFirst()) {
            let piece = String(decoding: utf16[a..<b], as: UTF16.self)
            if !piece.allSatisfy(\.isWhitespace) { result.append(piece) }
        }
        return result
    }
}

/// Unicode normalisation forms offered by ICU.
public enum NormalizationForm: Int32, Sendable {
    case nfc = 0, nfd = 1, nfkc = 2, nfkd = 3, nfkcCasefold = 4
}

/// Normalises `text` with ICU.
public func icuNormalize(_ text: String, form: NormalizationForm) throws -> String {
    let source = Array(text.utf16)
    var capacity = max(source.count * 2, 16)
    while true {
        var out = [UInt16](repeating: 0, count: capacity)
        let needed = try source.withUnsafeBufferPointer { src in
            try out.withUnsafeMutableBufferPointer { dst in
                try withICUError("normalisation") { error, errorCapacity -> Int32? in
                    let n = zc_normalize(form.rawValue, src.baseAddress, Int32(src.count), dst.baseAddress, Int32(dst.count), error, errorCapacity)
                    return n < 0 ? nil : n
                }
            }
        }
        if Int(needed) <= capacity { return String(decoding: out.prefix(Int(needed)), as: UTF16.self) }
        capacity = Int(needed)
    }
}

/// An ICU transliterator such as "Traditional-Simplified". Not thread-safe.
public final class ICUTransliterator {
    private let handle: OpaquePointer

    /// Opens the transliterator with ICU id `identifier`.
    public init(_ identifier: String) throws {
        handle = try withICUError("transliterator open") { zc_transliterator_create(identifier, $0, $1) }
    }

    deinit { zc_transliterator_destroy(handle) }

    /// Transliterates `text`.
    public func transliterate(_ text: String) throws -> String {
        let source = Array(text.utf16)
        var capacity = max(source.count * 2, 16)
        while true {
            var buffer = source + [UInt16](repeating: 0, count: capacity - source.count)
            let length = try buffer.withUnsafeMutableBufferPointer { buf in
                try withICUError("transliteration") { error, errorCapacity -> Int32? in
                    let n = zc_transliterate(handle, buf.baseAddress, Int32(source.count), Int32(buf.count), error, errorCapacity)
                    return n < 0 ? nil : n
                }
            }
            if Int(length) <= capacity { return String(decoding: buffer.prefix(Int(length)), as: UTF16.self) }
            capacity = Int(length) * 2
        }
    }
}

/// Converts Traditional Chinese to Simplified with ICU's "Traditional-Simplified".
public func traditionalToSimplified(_ text: String) throws -> String {
    try ICUTransliterator("Traditional-Simplified").transliterate(text)
}

/// ICU's guess at the charset of `bytes`: its name and a confidence from 0 to 100.
public func detectCharset(_ bytes: [UInt8]) throws -> (name: String, confidence: Int) {
    var name = [CChar](repeating: 0, count: 64)
    var confidence: Int32 = 0
    _ = try bytes.withUnsafeBufferPointer { raw in
        try name.withUnsafeMutableBufferPointer { nameBuffer in
            try withICUError("charset detection") { error, errorCapacity -> Int32? in
                raw.withMemoryRebound(to: CChar.self) { chars in
                    let r = zc_detect_charset(chars.baseAddress, Int32(chars.count), nameBuffer.baseAddress, Int32(nameBuffer.count), &confidence, error, errorCapacity)
                    return r < 0 ? nil : r
                }
            }
        }
    }
    return (String(decoding: name.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self), Int(confidence))
}

/// Converts `bytes` in `charset` (an ICU converter name such as "GB18030") to a String.
/// Invalid byte sequences throw instead of being replaced.
public func convertToString(_ bytes: [UInt8], charset: String) throws -> String {
    var capacity = bytes.count * 2 + 16
    while true {
        var out = [UInt8](repeating: 0, count: capacity)
        let needed = try bytes.withUnsafeBufferPointer { raw in
            try out.withUnsafeMutableBufferPointer { dst in
                try withICUError("conversion from \(charset)") { error, errorCapacity -> Int32? in
                    raw.withMemoryRebound(to: CChar.self) { src in
                        dst.withMemoryRebound(to: CChar.self) { d in
                            let n = zc_convert_to_utf8(charset, src.baseAddress, Int32(src.count), d.baseAddress, Int32(d.count), error, errorCapacity)
                            return n < 0 ? nil : n
                        }
                    }
                }
            }
        }
        if Int(needed) <= capacity { return String(decoding: out.prefix(Int(needed)), as: UTF8.self) }
        capacity = Int(needed)
    }
}
