import Foundation
import GRDB
import Testing
@testable import ZhengceStore

/// The `link_ends` table: each end stored once, links read back as written, unused ends removed.
@Suite struct LinkEndsTests {
    static func link(_ from: String, _ to: String, score: Double) -> LinkRecord {
        LinkRecord(type: "derives", fromDocument: "shanghai", fromMeasure: from, toDocument: "national", toMeasure: to,
                   score: score, inferred: true, evidenceJSON: #"{"method":"measure-alignment"}"#,
                   fromJSON: #"{"document":"shanghai","external":false,"measure":"\#(from)"}"#,
                   toJSON: #"{"document":"national","external":false,"measure":"\#(to)","title":"国务院办公厅关于…的意见"}"#)
    }

    static func stored(_ store: Store) throws -> [LinkRecord] {
        var records: [LinkRecord] = []
        try store.forEachLink { records.append($0) }
        return records
    }

    static func endCount(_ store: Store) throws -> Int {
        try store.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM link_ends") ?? -1 }
    }

    @Test func endsSharedByLinksAreStoredOnceAndReadBackWhole() throws {
        let store = try makeStore(sampleDocuments())
        // Three links over four distinct ends (shanghai/1 and national/1 each end two links).
        let links = [LinkEndsTests.link("shanghai/1", "national/1", score: 0.8),
                     LinkEndsTests.link("shanghai/1", "national/2", score: 0.5),
                     LinkEndsTests.link("shanghai/2", "national/1", score: 0.4)]
        try store.replaceLinks(links)
        #expect(try LinkEndsTests.stored(store) == links)
        #expect(try LinkEndsTests.endCount(store) == Set(links.flatMap { [$0.fromJSON, $0.toJSON] }).count)
        #expect(try LinkEndsTests.endCount(store) == 4)
    }

    @Test func replacingTheLinksOfADocumentKeepsTheOtherEndsAndDropsUnusedOnes() throws {
        let store = try makeStore(sampleDocuments())
        let kept = LinkEndsTests.link("shanghai/1", "national/1", score: 0.8)
        var other = LinkEndsTests.link("shanghai/3", "national/3", score: 0.6)
        other.fromDocument = "zhejiang"
        other.fromJSON = #"{"document":"zhejiang","external":false,"measure":"shanghai/3"}"#
        try store.replaceLinks([kept, other])
        #expect(try LinkEndsTests.endCount(store) == 4)
        // The links touching zhejiang made again: one end reused (national/1), one new, two no longer used.
        var again = LinkEndsTests.link("zhejiang/1", "national/1", score: 0.7)
        again.fromDocument = "zhejiang"
        try store.write { writer in try writer.replaceLinks(touching: ["zhejiang"], with: [again]) }
        #expect(try LinkEndsTests.stored(store) == [kept, again])
        #expect(try LinkEndsTests.endCount(store) == 3)
    }

    @Test func linksAreReadByDocumentAndGroupedByFromDocument() throws {
        let store = try makeStore(sampleDocuments())
        func link(_ from: String, _ measure: String, to: String, score: Double) -> LinkRecord {
            var record = LinkEndsTests.link(measure, "national/1", score: score)
            record.fromDocument = from
            record.toDocument = to
            record.fromJSON = #"{"document":"\#(from)","external":false,"measure":"\#(measure)"}"#
            return record
        }
        // Stored in an order that is neither by document nor by measure.
        let links = [link("zhejiang", "z/2", to: "national", score: 0.1), link("shanghai", "s/2", to: "zhejiang", score: 0.2),
                     link("zhejiang", "z/1", to: "shanghai", score: 0.3), link("shanghai", "s/1", to: "national", score: 0.4),
                     link("shanghai", "s/2", to: "national", score: 0.5)]
        try store.replaceLinks(links)
        #expect(try store.links(fromDocuments: ["zhejiang"]) == [links[0], links[2]])
        #expect(try store.links(fromDocuments: ["zhejiang", "shanghai", "nobody"]) == links)
        #expect(try store.links(toDocuments: ["national"]) == [links[0], links[3], links[4]])
        #expect(try store.links(toDocuments: []) == [])
        // Read for their ends only: the same records with no evidence.
        let bare = links.map { var record = $0; record.evidenceJSON = nil; return record }
        #expect(links.allSatisfy { $0.evidenceJSON != nil })
        #expect(try store.links(fromDocuments: ["zhejiang"], evidence: false) == [bare[0], bare[2]])
        #expect(try store.links(toDocuments: ["national"], evidence: false) == [bare[0], bare[3], bare[4]])
        var read: [(Int64, LinkRecord)] = []
        try store.forEachLinkByFromDocument { read.append(($0, $1)) }
        // By from document, then from measure, then as stored; row ids are those of the stored order.
        #expect(read.map(\.1) == [links[3], links[1], links[4], links[2], links[0]])
        #expect(read.map(\.0) == [4, 2, 5, 3, 1])
    }

    @Test func theHashIsFNV1a() {
        // Independent values of 64-bit FNV-1a: the empty string is the offset basis; "a" is 0xaf63dc4c8601ec8c.
        #expect(LinkEnds.hash("") == Int64(bitPattern: 0xcbf2_9ce4_8422_2325))
        #expect(LinkEnds.hash("a") == Int64(bitPattern: 0xaf63_dc4c_8601_ec8c))
    }

    @Test func endsWithTheSameHashAreToldApartByTheirText() throws {
        let store = try makeStore(sampleDocuments())
        let first = LinkEndsTests.link("shanghai/1", "national/1", score: 0.8)
        try store.replaceLinks([first])
        // An end planted with the hash of another text: a new end of that hash must not be taken for it.
        let text = #"{"document":"shanghai","external":false,"measure":"shanghai/9"}"#
        try store.write { writer in
            try writer.db.execute(sql: "INSERT INTO link_ends(hash, json) VALUES (?, ?)", arguments: [LinkEnds.hash(text), "{\"other\":1}"])
        }
        let second = LinkEndsTests.link("shanghai/9", "national/1", score: 0.3)
        try store.write { writer in try writer.replaceLinks(touching: ["nobody"], with: [second]) }
        #expect(try LinkEndsTests.stored(store) == [first, second])
    }
}

/// The write-ahead log does not keep the size of the largest write on disk.
@Suite struct WriteAheadLogTests {
    @Test func theLogIsCutBackAfterALargeWrite() throws {
        let t = try TemporaryCorpus()
        try FileManager.default.createDirectory(atPath: (t.dbPath as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        _ = try Store(path: t.dbPath)
        // Reopened: the store now runs in WAL mode. Links of about 100 MB in one write (checkpointed when
        // committed), then a small write, which starts the log again from its beginning.
        let store = try Store(path: t.dbPath)
        let padding = String(repeating: "一", count: 3_000)
        try store.replaceLinks((0..<12_000).lazy.map { n in
            LinkRecord(type: "related", fromDocument: "a\(n)", toDocument: "b\(n)", inferred: true,
                       evidenceJSON: "{\"method\":\"\(padding)\(n)\"}", fromJSON: "{\"document\":\"a\(n)\"}", toJSON: "{\"document\":\"b\(n)\"}")
        })
        try store.write { writer in try writer.setMeta("probe", "1") }
        let wal = (try? FileManager.default.attributesOfItem(atPath: t.dbPath + "-wal")[.size] as? Int) ?? 0
        #expect(try store.counts().links == 12_000)
        #expect(wal <= Store.walSizeLimit)
    }
}
