/// Substring search over UTF-8 bytes without Foundation (whose `range(of:)` is slow on Linux).
extension StringProtocol {
    /// UTF-8 offset of the first occurrence of `needle` at or after `from`, or nil.
    /// - Complexity: O(n·m) worst case; a first-byte scan in practice.
    func utf8Offset(of needle: String, from: Int = 0) -> Int? {
        // Literal needles are native strings: their bytes are read in place, not copied.
        if let found = needle.utf8.withContiguousStorageIfAvailable({ utf8Offset(ofBytes: $0, from: from) }) { return found }
        return Array(needle.utf8).withUnsafeBufferPointer { utf8Offset(ofBytes: $0, from: from) }
    }

    private func utf8Offset(ofBytes n: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
        utf8.withContiguousStorageIfAvailable { ByteSearch.firstOffset(of: n, in: $0, from: from) }
            ?? Array(utf8).withUnsafeBufferPointer { ByteSearch.firstOffset(of: n, in: $0, from: from) }
    }

    /// True when `needle` occurs in the string.
    func includes(_ needle: String) -> Bool { utf8Offset(of: needle) != nil }
}

extension String {
    /// The string from UTF-8 offset `from` to `to`.
    func utf8Slice(_ from: Int, _ to: Int) -> String {
        let bytes = Array(utf8)
        return String(decoding: bytes[max(0, from)..<min(to, bytes.count)], as: UTF8.self)
    }
}

/// Substring search over bytes, shared by the string helpers above and byte scanners.
enum ByteSearch {
    /// Offset of the first occurrence of `needle` in `hay` at or after `from`, or nil (`from`
    /// for an empty needle).
    /// - Complexity: O(n·m) worst case; a first-byte scan in practice.
    static func firstOffset(of needle: UnsafeBufferPointer<UInt8>, in hay: UnsafeBufferPointer<UInt8>, from: Int = 0) -> Int? {
        guard let first = needle.first else { return from }
        guard hay.count >= needle.count else { return nil }
        var i = max(0, from)
        let last = hay.count - needle.count
        while i <= last {
            if hay[i] == first {
                var k = 1
                while k < needle.count && hay[i + k] == needle[k] { k += 1 }
                if k == needle.count { return i }
            }
            i += 1
        }
        return nil
    }
}
