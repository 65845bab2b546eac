import Foundation
import Testing
@testable import ZhengceStore

/// The posting-blob and field-lengths layouts (Sources/ZhengceStore/Postings/) read back what
/// was written, with values worked out by hand.
@Suite struct PostingLayoutTests {
    @Test func varIntsRoundTripAndTakeTheBytesTheirSizeNeeds() {
        let values: [UInt64] = [0, 1, 127, 128, 300, 16_383, 16_384, 1 << 32, UInt64.max]
        // 7 bits a byte: 0–127 one byte, 128–16,383 two, 2^32 five, 2^64-1 ten.
        let sizes = [1, 1, 1, 2, 2, 2, 3, 5, 10]
        var bytes: [UInt8] = []
        for value in values { VarInt.append(value, to: &bytes) }
        #expect(bytes.count == sizes.reduce(0, +))
        // 300 = 0b10_0101100: low seven bits 0x2C with the continuation bit, then 0x02.
        var three: [UInt8] = []
        VarInt.append(300, to: &three)
        #expect(three == [0xAC, 0x02])
        bytes.withUnsafeBytes { raw in
            var offset = 0
            for value in values { #expect(VarInt.read(raw, &offset) == value) }
            #expect(VarInt.read(raw, &offset) == nil)
        }
        for value in values {
            var appended: [UInt8] = []
            VarInt.append(value, to: &appended)
            VarInt.withEncoding(of: value) { #expect(Array($0) == appended) }
        }
    }

    @Test func postingBlobsRoundTripRowidsCountsAndPositions() {
        let block: Int64 = 3
        let first = block << SearchIndexBuilder.blockBits
        let postings: [(rowid: Int64, title: [UInt32], text: [UInt32])] = [
            (first, [0], [4, 9, 200]),
            (first + 1, [], [7]),
            (first + 70_000 % 65_536, [2, 3], []),
        ]
        var blob: [UInt8] = []
        var before = first
        var payloads: [[UInt8]] = []
        for p in postings {
            var payload: [UInt8] = []
            PostingCodec.appendPayload(title: p.title, text: p.text, pair: true, to: &payload)
            payloads.append(payload)
            PostingCodec.append(rowid: p.rowid, after: before, payload: payload, to: &blob)
            before = p.rowid
        }
        // The first posting by hand: rowid difference 0, counts 1 and 3, positions byte length 5
        // (0 | 4, 5, 191 as two bytes), then 0, 4, 5, 0xBF 0x01.
        #expect(Array(blob.prefix(9)) == [0, 1, 3, 5, 0, 4, 5, 0xBF, 0x01])
        var read: [(Int64, [UInt8])] = []
        PostingCodec.forEach(blob, block: block, pair: true) { rowid, payload in read.append((rowid, Array(payload))) }
        #expect(read.map(\.0) == postings.map(\.rowid))
        #expect(read.map(\.1) == payloads)
        for (n, p) in postings.enumerated() {
            let decoded = PostingCodec.decodePayload(read[n].1, pair: true)
            #expect(decoded?.title == p.title)
            #expect(decoded?.text == p.text)
        }
        // Character terms carry counts only.
        var counts: [UInt8] = []
        PostingCodec.appendPayload(title: [1, 2], text: [5], pair: false, to: &counts)
        #expect(counts == [2, 1])
    }

    @Test func resumePointsNameEverySixteenthPostingAndTheRowidBeforeIt() {
        let block: Int64 = 0
        var blob: [UInt8] = []
        var starts: [Int] = []
        var before: Int64 = 0
        for n in 0..<40 {
            let rowid = Int64(1 + 3 * n)
            starts.append(blob.count)
            PostingCodec.append(rowid: rowid, after: before, payload: [1, 0], to: &blob)
            before = rowid
        }
        let skips = PostingSkips.make(blob, block: block, pair: false, count: 40)
        #expect(skips?.count == 2 * PostingSkips.entrySize)
        skips?.withUnsafeBytes { raw in
            for (i, n) in [16, 32].enumerated() {
                let entry = PostingSkips.entry(raw, i)
                #expect(entry.offset == starts[n])
                #expect(entry.before == Int64(1 + 3 * (n - 1)))
            }
        }
        // Fewer than 32 postings: no resume points.
        #expect(PostingSkips.make(Array(blob.prefix(starts[31])), block: block, pair: false, count: 31) == nil)
    }

    @Test func fieldLengthsRoundTripAndSum() {
        var blob = FieldLengths.empty(slots: 8)
        FieldLengths.set(&blob, slot: 0, title: 12, text: 300)
        FieldLengths.set(&blob, slot: 7, title: 65_535, text: 1)
        FieldLengths.set(&blob, slot: 3, title: 5, text: 5)
        FieldLengths.set(&blob, slot: 3, title: 0, text: 0)
        // Little-endian UInt16 pairs: 12 = 0C 00, 300 = 2C 01.
        #expect(Array(blob.prefix(4)) == [0x0C, 0x00, 0x2C, 0x01])
        var values = [UInt32](repeating: 9, count: 8)
        blob.withUnsafeBytes { FieldLengths.decode($0, into: &values) }
        #expect(values.map(FieldLengths.title) == [12, 0, 0, 0, 0, 0, 0, 65_535])
        #expect(values.map(FieldLengths.text) == [300, 0, 0, 0, 0, 0, 0, 1])
        let totals = blob.withUnsafeBytes(FieldLengths.totals)
        #expect(totals.title == 12 + 65_535)
        #expect(totals.text == 301)
    }
}
