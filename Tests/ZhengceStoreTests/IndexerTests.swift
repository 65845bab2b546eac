import Foundation
import Testing
import ZhengceDocument
@testable import ZhengceStore

/// A temporary corpus folder and store; each non-empty line of a file after the first becomes
/// a measure (through `prepare`), so these tests do not depend on the document parser.
final class TemporaryCorpus {
    let folder: URL
    let dbPath: String

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("zhengce-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("corpus"), withIntermediateDirectories: true)
        dbPath = folder.appendingPathComponent("out/zhengce.sqlite").path
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    var corpus: URL { folder.appendingPathComponent("corpus") }

    func write(_ name: String, _ text: String) throws {
        try Data(text.utf8).write(to: corpus.appendingPathComponent(name))
    }

    func remove(_ name: String) throws { try FileManager.default.removeItem(at: corpus.appendingPathComponent(name)) }

    func indexer(tool: String = "test-1", store: Store? = nil) throws -> CorpusIndexer {
        CorpusIndexer(corpus: Corpus(folder: corpus), store: try store ?? Store(path: dbPath), toolVersion: tool,
                      prepare: TemporaryCorpus.lineMeasures)
    }

    /// Each line after the first is a measure titled by its text up to the first 。.
    @Sendable static func lineMeasures(_ document: inout PolicyDocument) {
        guard document.measures.isEmpty else { return }
        var measures: [Measure] = []
        var offset = 0
        for (i, line) in document.text.components(separatedBy: "\n").enumerated() {
            defer { offset += line.utf16.count + 1 }
            guard i > 0, !line.isEmpty else { continue }
            let title = line.components(separatedBy: "。").first ?? line
            measures.append(Measure(id: "\(document.id)/\(i)", provision: 0, label: "\(i).", path: ["\(i)."], title: title,
                                    text: line, start: offset, end: offset + line.utf16.count))
        }
        document.measures = measures
    }
}

private func hits(_ store: Store, _ text: String) throws -> [String] {
    try store.search(SearchRequest(text: text, limit: 100)).hits.map(\.measure)
}

@Suite struct IndexerTests {
    @Test func incrementalRunsTouchOnlyWhatChanged() throws {
        let t = try TemporaryCorpus()
        try t.write("a.txt", "甲文件\n加快海外仓建设。\n完善跨境支付。\n")
        try t.write("b.txt", "乙文件\n培育跨境电商人才。\n")
        let first = try t.indexer().run()
        #expect((first.indexed, first.unchanged, first.removed, first.failures.count) == (2, 0, 0, 0))
        #expect((first.documents, first.measures) == (2, 3))

        let second = try t.indexer().run()
        #expect((second.indexed, second.unchanged, second.removed) == (0, 2, 0))

        try t.write("b.txt", "乙文件\n建设边境仓。\n")
        let third = try t.indexer().run()
        #expect((third.indexed, third.unchanged, third.removed) == (1, 1, 0))
        let store = try Store(path: t.dbPath)
        #expect(try hits(store, "边境仓") == ["b/1"])
        #expect(try hits(store, "人才").isEmpty)

        try t.remove("a.txt")
        let fourth = try t.indexer().run()
        #expect((fourth.indexed, fourth.unchanged, fourth.removed, fourth.documents) == (0, 1, 1, 1))
        #expect(try hits(store, "海外仓").isEmpty)
        try store.checkIntegrity()
    }

    @Test func sameBytesWithNewTimeAreNotReparsed() throws {
        let t = try TemporaryCorpus()
        try t.write("a.txt", "甲文件\n加快海外仓建设。\n")
        try t.indexer().run()
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: 3600)],
                                              ofItemAtPath: t.corpus.appendingPathComponent("a.txt").path)
        let again = try t.indexer().run()
        #expect((again.indexed, again.unchanged) == (0, 1))
        let recorded = try #require(try Store(path: t.dbPath).files()["a.txt"])
        #expect(recorded.sha256 == SHA256.hex(Data("甲文件\n加快海外仓建设。\n".utf8)))
    }

    @Test func aNewToolVersionOrLexiconReindexesEverything() throws {
        let t = try TemporaryCorpus()
        try t.write("a.txt", "甲文件\n加快海外仓建设。\n")
        try t.write("b.txt", "乙文件\n培育跨境电商人才。\n")
        try t.indexer().run()
        #expect(try t.indexer(tool: "test-2").run().indexed == 2)
        #expect(try t.indexer(tool: "test-2").run().indexed == 0)
        try t.write("lexicon.txt", "海外仓\n")
        #expect(try t.indexer(tool: "test-2").run().indexed == 2)
    }

    @Test func updatedIndexEqualsOneBuiltFromScratch() throws {
        let t = try TemporaryCorpus()
        try t.write("a.txt", "甲文件\n加快海外仓建设。\n完善跨境支付。\n")
        try t.write("b.txt", "乙文件\n培育跨境电商人才。\n海外仓人才培训。\n")
        try t.write("c.txt", "丙文件\n海关监管。\n")
        try t.indexer().run()
        try t.write("b.txt", "乙文件\n海外仓储设施。\n跨境支付结算。\n")
        try t.remove("c.txt")
        try t.write("d.txt", "丁文件\n跨境电商海外仓。\n")
        try t.indexer().run()
        let updated = try Store(path: t.dbPath)
        try updated.checkIntegrity()

        let fresh = try t.indexer(store: try Store.inMemory()).run()
        #expect(fresh.documents == 3)
        let scratch = try Store.inMemory()
        try t.indexer(store: scratch).run()
        for query in ["海外仓", "跨境", "支付", "人才", "海关", "仓", "海外仓 OR 结算"] {
            let a = try updated.search(SearchRequest(text: query, limit: 100))
            let b = try scratch.search(SearchRequest(text: query, limit: 100))
            #expect(a.hits.map(\.measure) == b.hits.map(\.measure), "\(query)")
            #expect(a.hits.map(\.score) == b.hits.map(\.score), "\(query)")
            #expect(a.total == b.total, "\(query)")
        }
    }

    /// Files are read by the parsing workers when their turn comes, not all before the first is parsed: a file
    /// rewritten while the first is parsed (well past the pipeline's window) is stored as rewritten, with the digest
    /// and size of the bytes parsed, and the next run finds it unchanged.
    @Test func filesAreReadWhenTheirTurnComesWithTheDigestOfTheBytesParsed() throws {
        let t = try TemporaryCorpus()
        let count = 8 * ProcessInfo.processInfo.activeProcessorCount + 16
        let names = (0..<count).map { String(format: "f%03d", $0) }
        for name in names { try t.write(name + ".txt", "\(name)文件\n加快海外仓建设。\n") }
        let last = t.corpus.appendingPathComponent(names[count - 1] + ".txt")
        let rewritten = Data("\(names[count - 1])文件\n完善跨境支付结算体系。\n培育边境仓。\n".utf8)
        let first = names[0]
        let indexer = CorpusIndexer(corpus: Corpus(folder: t.corpus), store: try Store(path: t.dbPath), toolVersion: "test-1",
                                    prepare: { document in
                                        if document.id == first { try? rewritten.write(to: last) }
                                        TemporaryCorpus.lineMeasures(&document)
                                    })
        let summary = try indexer.run()
        #expect((summary.indexed, summary.documents, summary.measures) == (count, count, count + 1))
        let store = try Store(path: t.dbPath)
        let record = try #require(try store.files()[names[count - 1] + ".txt"])
        #expect(record.sha256 == SHA256.hex(rewritten))
        #expect(record.bytes == rewritten.count)
        #expect(try hits(store, "边境仓") == ["\(names[count - 1])/2"])
        #expect(try hits(store, "海外仓").count == count - 1)
        // Its time changed after it was listed; its bytes are those stored.
        let again = try t.indexer().run()
        #expect((again.indexed, again.unchanged) == (0, count))
    }

    @Test func badFilesAreReportedAndTheRestIndexed() throws {
        let t = try TemporaryCorpus()
        try t.write("a.txt", "甲文件\n加快海外仓建设。\n")
        try Data([0x00, 0xFF, 0x00, 0xFE, 0x01, 0x02]).write(to: t.corpus.appendingPathComponent("binary.txt"))
        try t.write("empty.txt", "")
        let summary = try t.indexer().run()
        #expect(summary.indexed == 1)
        #expect(summary.failures.map(\.path) == ["binary.txt", "empty.txt"])
        // Unchanged bad files are not parsed again but still reported.
        let again = try t.indexer().run()
        #expect((again.indexed, again.unchanged, again.failures.count) == (0, 3, 2))
    }

    @Test func twoFilesWithOneIdFailCleanly() throws {
        let t = try TemporaryCorpus()
        try t.write("a.md", "甲文件\n加快海外仓建设。\n")
        try t.write("a.txt", "甲文件\n完善跨境支付。\n")
        let summary = try t.indexer().run()
        #expect(summary.indexed == 1)
        #expect(summary.failures.count == 1)
        #expect(summary.failures.first?.message.contains("already used") == true)
    }

    @Test func aFailedWriteLeavesThePreviousIndex() throws {
        struct Boom: Error {}
        let store = try makeStore(sampleDocuments())
        #expect(throws: Boom.self) {
            try store.write { writer in
                try writer.removeAll()
                try writer.put(makeDocument(id: "other", title: "其他", measures: [
                    MeasureSpec(label: "一、", title: "无关", text: "无关内容。"),
                ]), file: StoredFile(path: "other.txt", sha256: "0", bytes: 1, mtime: 0))
                throw Boom()
            }
        }
        #expect(try store.documentIDs() == ["national", "shanghai", "sichuan"])
        #expect(try store.search(SearchRequest(text: "海外仓")).total == 4)
        try store.checkIntegrity()
    }

    @Test func missingCorpusFolderIsAnErrorAndChangesNothing() throws {
        let t = try TemporaryCorpus()
        try t.write("a.txt", "甲文件\n加快海外仓建设。\n")
        try t.indexer().run()
        try FileManager.default.removeItem(at: t.corpus)
        #expect(throws: DocumentError.self) { try t.indexer().run() }
        #expect(try Store(path: t.dbPath).counts().documents == 1)
    }

    @Test func aFileThatIsNotADatabaseIsRefused() throws {
        let t = try TemporaryCorpus()
        try FileManager.default.createDirectory(atPath: (t.dbPath as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(String(repeating: "not sqlite ", count: 200).utf8).write(to: URL(fileURLWithPath: t.dbPath))
        #expect(throws: StoreError.notADatabase(path: t.dbPath)) { try Store(path: t.dbPath) }
        // The file is left alone.
        #expect(try String(contentsOfFile: t.dbPath, encoding: .utf8).hasPrefix("not sqlite"))
    }

    /// A store whose folder cannot be made (a file stands where a folder of its path should be) is refused
    /// with the system's reason, not Foundation's sentence without one.
    @Test func aFolderThatCannotBeMadeIsNamedWithTheReason() throws {
        let t = try TemporaryCorpus()
        let blocker = (t.dbPath as NSString).deletingLastPathComponent
        try FileManager.default.createDirectory(atPath: (blocker as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data("a file, not a folder".utf8).write(to: URL(fileURLWithPath: blocker))
        let path = blocker + "/inner/zhengce.sqlite"
        #expect(throws: StoreError.folderNotCreated(path: path, folder: blocker + "/inner", reason: "Not a directory")) {
            try Store(path: path)
        }
    }

    @Test func linksRoundTrip() throws {
        let store = try makeStore(sampleDocuments())
        try store.replaceLinks([
            LinkRecord(type: "derives", fromDocument: "shanghai", fromMeasure: "shanghai/1", toDocument: "national",
                       toMeasure: "national/1", score: 0.8, inferred: true, evidenceJSON: #"{"method":"measure-alignment"}"#),
        ])
        #expect(try store.counts().links == 1)
        try store.replaceLinks([])
        #expect(try store.counts().links == 0)
    }
}

@Suite struct CorpusListingTests {
    @Test func aCorpusFolderReachedThroughALinkIsListedWithRelativePaths() throws {
        let t = try TemporaryCorpus()
        try FileManager.default.createDirectory(at: t.corpus.appendingPathComponent("sub"), withIntermediateDirectories: true)
        try t.write("a.txt", "甲文件\n加快海外仓建设。\n")
        try t.write("sub/b.md", "乙文件\n培育跨境电商人才。\n")
        try t.write("notes.csv", "not a document\n")
        let link = t.folder.appendingPathComponent("link")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: t.corpus)
        let indexer = CorpusIndexer(corpus: Corpus(folder: link), store: try Store(path: t.dbPath), toolVersion: "test-1",
                                    prepare: TemporaryCorpus.lineMeasures)
        let summary = try indexer.run()
        #expect((summary.indexed, summary.documents) == (2, 2))
        #expect(try Store(path: t.dbPath).files().keys.sorted() == ["a.txt", "sub/b.md"])
    }

    /// A corpus path that is missing or is a file says which, instead of "no policy documents found".
    @Test func aCorpusPathThatIsNotAFolderSaysWhy() throws {
        let t = try TemporaryCorpus()
        try t.write("a.txt", "甲文件\n加快海外仓建设。\n")
        let missing = t.folder.appendingPathComponent("missing")
        let file = t.corpus.appendingPathComponent("a.txt")
        for (url, reason) in [(missing, "no such folder"), (file, "is a file, not a folder (give the folder that holds the documents)")] {
            do {
                _ = try Corpus(folder: url).listing()
                Issue.record("\(url.path) was listed")
            } catch let error as DocumentError {
                #expect(error.description == "\(url.path): \(reason)")
            }
        }
        try FileManager.default.createDirectory(at: missing, withIntermediateDirectories: true)
        #expect(throws: DocumentError.self) { try Corpus(folder: missing).load() }
        #expect((try? Corpus(folder: missing).listing().files.count) == 0)
    }
}
