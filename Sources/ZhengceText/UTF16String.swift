extension String {
    /// The string of UTF-16 code units, as `String(decoding: units, as: UTF16.self)` gives it
    /// (a lone surrogate becomes U+FFFD), transcoded by a direct loop: the standard library's
    /// generic transcoder was a tenth of the time of an index build.
    /// - Complexity: O(n).
    public init<Units: Collection>(utf16Units units: Units) where Units.Element == UInt16 {
        let built: String? = units.withContiguousStorageIfAvailable { String.transcode($0) }
        self = built ?? Array(units).withUnsafeBufferPointer { String.transcode($0) }
    }

    private static func transcode(_ units: UnsafeBufferPointer<UInt16>) -> String {
        // UTF-8 length: at most 3 bytes per unit (a surrogate pair, 2 units, makes 4).
        let capacity = units.count * 3
        if capacity == 0 { return "" }
        return String(unsafeUninitializedCapacity: capacity) { out in
            var n = 0
            var i = 0
            let count = units.count
            while i < count {
                let u = UInt32(units[i])
                i += 1
                if u < 0x80 {
                    out[n] = UInt8(u); n += 1
                } else if u < 0x800 {
                    out[n] = UInt8(0xC0 | (u >> 6)); out[n + 1] = UInt8(0x80 | (u & 0x3F)); n += 2
                } else if u & 0xF800 != 0xD800 {
                    out[n] = UInt8(0xE0 | (u >> 12)); out[n + 1] = UInt8(0x80 | ((u >> 6) & 0x3F))
                    out[n + 2] = UInt8(0x80 | (u & 0x3F)); n += 3
                } else if u < 0xDC00, i < count, units[i] & 0xFC00 == 0xDC00 {
                    let scalar = 0x10000 + ((u - 0xD800) << 10) + (UInt32(units[i]) - 0xDC00)
                    i += 1
                    out[n] = UInt8(0xF0 | (scalar >> 18)); out[n + 1] = UInt8(0x80 | ((scalar >> 12) & 0x3F))
                    out[n + 2] = UInt8(0x80 | ((scalar >> 6) & 0x3F)); out[n + 3] = UInt8(0x80 | (scalar & 0x3F)); n += 4
                } else {
                    // A lone surrogate: U+FFFD.
                    out[n] = 0xEF; out[n + 1] = 0xBF; out[n + 2] = 0xBD; n += 3
                }
            }
            return n
        }
    }
}
