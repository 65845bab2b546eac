import Foundation

/// The one owner of the posting-blob layout (`search_postings.data`).
///
/// A blob holds the postings of one term in one block of rowids, in rowid order. Each posting is:
/// the rowid minus the one before it (the block's first rowid for the first posting), the count
/// of occurrences in the title, the count in the text, and for pair terms the byte length of the
/// positions then the title positions and the text positions, each list as a first value and
/// increasing differences. All numbers are `VarInt`s. What follows the rowid difference is the
/// posting's payload (`SearchTerm.MeasureTerms` encodes it where documents are prepared).
enum PostingCodec {
    /// Appends one posting: the rowid difference `rowid - before`, then `payload`.
    @inline(__always) static func append(rowid: Int64, after before: Int64, payload: some Collection<UInt8>, to bytes: inout [UInt8]) {
        VarInt.append(UInt64(rowid - before), to: &bytes)
        bytes.append(contentsOf: payload)
    }

    /// Appends a payload: the title and text counts, and for pairs the positions (title first).
    static func appendPayload(title: [UInt32], text: [UInt32], pair: Bool, to bytes: inout [UInt8]) {
        VarInt.append(UInt64(title.count), to: &bytes)
        VarInt.append(UInt64(text.count), to: &bytes)
        guard pair else { return }
        var positions: [UInt8] = []
        for list in [title, text] {
            var previous: UInt32 = 0
            for (n, position) in list.enumerated() {
                VarInt.append(UInt64(n == 0 ? position : position - previous), to: &positions)
                previous = position
            }
        }
        VarInt.append(UInt64(positions.count), to: &bytes)
        bytes.append(contentsOf: positions)
    }

    /// The title and text counts and positions of a payload (the inverse of `appendPayload`); nil when malformed.
    static func decodePayload(_ payload: [UInt8], pair: Bool) -> (title: [UInt32], text: [UInt32])? {
        payload.withUnsafeBytes { raw -> (title: [UInt32], text: [UInt32])? in
            var offset = 0
            guard let t = VarInt.read(raw, &offset), let x = VarInt.read(raw, &offset) else { return nil }
            guard pair else { return ([UInt32](repeating: 0, count: Int(t)), [UInt32](repeating: 0, count: Int(x))) }
            guard VarInt.read(raw, &offset) != nil else { return nil }
            var lists: [[UInt32]] = []
            for count in [t, x] {
                var list: [UInt32] = []
                var value: UInt32 = 0
                for n in 0..<Int(count) {
                    guard let v = VarInt.read(raw, &offset) else { return nil }
                    value = n == 0 ? UInt32(truncatingIfNeeded: v) : value &+ UInt32(truncatingIfNeeded: v)
                    list.append(value)
                }
                lists.append(list)
            }
            return (lists[0], lists[1])
        }
    }

    /// Calls `body` with each posting's rowid and its bytes after the rowid (counts and positions).
    static func forEach(_ bytes: [UInt8], block: Int64, pair: Bool, _ body: (Int64, ArraySlice<UInt8>) -> Void) {
        bytes.withUnsafeBytes { raw in
            walk(raw, block: block, pair: pair) { _, _, rowid, payload in body(rowid, bytes[payload]) }
        }
    }

    /// Calls `body` with each posting's byte offset in the blob, the rowid before it (the block's
    /// first rowid for the first), its rowid, and the range of its bytes after the rowid difference;
    /// stops quietly at a malformed end.
    static func walk(_ raw: UnsafeRawBufferPointer, block: Int64, pair: Bool,
                     _ body: (_ start: Int, _ before: Int64, _ rowid: Int64, _ payload: Range<Int>) -> Void) {
        var offset = 0
        var rowid = block << SearchIndexBuilder.blockBits
        while offset < raw.count {
            let start = offset
            guard let delta = VarInt.read(raw, &offset) else { return }
            let payloadStart = offset
            guard VarInt.read(raw, &offset) != nil, VarInt.read(raw, &offset) != nil else { return }
            if pair {
                guard let length = VarInt.read(raw, &offset) else { return }
                offset += Int(length)
            }
            guard offset <= raw.count else { return }
            body(start, rowid, rowid + Int64(delta), payloadStart..<offset)
            rowid += Int64(delta)
        }
    }
}

/// Resume points into a long posting blob, so that a read restricted to a few rowids (the other
/// pairs of a phrase, read only for the measures its rarest pair names) jumps close to each of
/// them instead of decoding every posting before it.
///
/// Layout (`search_postings.skips`, NULL for blobs of fewer than `2 * interval` postings): for
/// posting `interval`, `2 * interval`, …: its byte offset in the blob and the rowid of the posting
/// before it minus the block's first rowid, each a little-endian UInt32.
enum PostingSkips {
    static let interval = 16
    static let entrySize = 8

    /// The resume points of `bytes` (a blob of `count` postings of `block`).
    static func make(_ bytes: [UInt8], block: Int64, pair: Bool, count: Int) -> [UInt8]? {
        guard count >= 2 * interval else { return nil }
        var out: [UInt8] = []
        out.reserveCapacity(count / interval * entrySize)
        let base = block << SearchIndexBuilder.blockBits
        var n = 0
        bytes.withUnsafeBytes { raw in
            PostingCodec.walk(raw, block: block, pair: pair) { start, before, _, _ in
                if n > 0 && n % interval == 0 {
                    withUnsafeBytes(of: UInt32(truncatingIfNeeded: start).littleEndian) { out.append(contentsOf: $0) }
                    withUnsafeBytes(of: UInt32(truncatingIfNeeded: before - base).littleEndian) { out.append(contentsOf: $0) }
                }
                n += 1
            }
        }
        return out.isEmpty ? nil : out
    }

    /// Entry `i` of a skips blob: (byte offset of the posting, rowid before it minus the block's first rowid).
    @inline(__always) static func entry(_ skips: UnsafeRawBufferPointer, _ i: Int) -> (offset: Int, before: Int64) {
        let at = i * entrySize
        return (Int(UInt32(littleEndian: skips.loadUnaligned(fromByteOffset: at, as: UInt32.self))),
                Int64(UInt32(littleEndian: skips.loadUnaligned(fromByteOffset: at + 4, as: UInt32.self))))
    }
}
