/// Little-endian base-128 integers, the encoding of posting blobs.
enum VarInt {
    @inline(__always) static func append(_ value: UInt64, to bytes: inout [UInt8]) {
        var v = value
        while v >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: v) | 0x80)
            v >>= 7
        }
        bytes.append(UInt8(v))
    }

    /// Calls `body` with the encoding of `value` (at most ten bytes, on the stack).
    @inline(__always) static func withEncoding<T>(of value: UInt64, _ body: (UnsafeRawBufferPointer) -> T) -> T {
        var v = value
        var encoded: (UInt64, UInt64) = (0, 0)
        return withUnsafeMutableBytes(of: &encoded) { raw in
            var n = 0
            while v >= 0x80 {
                raw[n] = UInt8(truncatingIfNeeded: v) | 0x80
                v >>= 7
                n += 1
            }
            raw[n] = UInt8(v)
            return body(UnsafeRawBufferPointer(rebasing: raw[0...n]))
        }
    }

    /// Reads one integer at `offset`, moving it past; nil at the end or on a malformed blob.
    @inline(__always) static func read(_ bytes: UnsafeRawBufferPointer, _ offset: inout Int) -> UInt64? {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while offset < bytes.count {
            let byte = bytes[offset]
            offset += 1
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { return value }
            shift += 7
            if shift > 63 { return nil }
        }
        return nil
    }
}
