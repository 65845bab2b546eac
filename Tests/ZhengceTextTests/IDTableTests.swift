import Testing
import TestSupport
import ZhengceText

/// `IDTable`, the hash table of the segmenter's overlay trie and lineage's trigram index: it must give what a
/// dictionary gives, through every growth.
@Suite struct IDTableTests {
    @Test func theTableGivesTheIdsADictionaryGives() {
        var random = SplitMix64(seed: 16)
        var table = IDTable(capacity: 1 << 16)
        var dictionary: [UInt64: Int32] = [:]
        var wrong = 0
        // 200,000 draws over 90,000 keys: the table grows past its first size, keys come back.
        for _ in 0..<200_000 {
            let key = random.next() % 90_000 &* 0x0001_0001_0001 &+ 0x4E00
            let expected = dictionary[key] ?? Int32(dictionary.count)
            if dictionary[key] == nil { dictionary[key] = expected }
            if table.value(for: key, orInsert: Int32(table.count)) != expected { wrong += 1 }
        }
        #expect(wrong == 0)
        #expect(table.count == dictionary.count)
        #expect(table.count > 65_536)
        // Lookups without inserting: every key's id, nothing for keys never put in.
        #expect(dictionary.allSatisfy { table.value(for: $0.key) == $0.value })
        #expect(table.value(for: 90_000 &* 0x0001_0001_0001 &+ 0x4E00) == nil)
    }

    @Test func aSmallTableGrowsFromTwoSlotsAndKeepsKeyZero() {
        var table = IDTable(capacity: 1)
        for key in 0..<UInt64(100) { #expect(table.value(for: key * 7, orInsert: Int32(key)) == Int32(key)) }
        for key in 0..<UInt64(100) { #expect(table.value(for: key * 7, orInsert: -1) == Int32(key)) }
        #expect(table.count == 100)
        #expect(table.value(for: 0) == 0)
        #expect(table.value(for: 1) == nil)
    }
}
