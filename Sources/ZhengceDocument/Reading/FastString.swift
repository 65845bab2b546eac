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
        guard let first = n.first else { return from }
        return utf8.withContiguousStorageIfAvailable { hay -> Int? in
            guard hay.count >= n.count else { return nil }
            var i = from
            let last = hay.count - n.count
            while i <= last {
                if hay[i] == first {
                    var k = 1
                    while k < n.count && hay[i + k] == n[k] { k += 1 }
                    if k == n.count { return i }
                }
                i += 1
            }
            return nil
        } ?? Array(utf8).withUnsafeBufferPointer { hay -> Int? in
            guard hay.count >= n.count else { return nil }
            var i = from
            while i <= hay.count - n.count {
                if hay[i] == first && hay[i..<(i + n.count)].elementsEqual(n) { return i }
                i += 1
            }
            return nil
        }
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
