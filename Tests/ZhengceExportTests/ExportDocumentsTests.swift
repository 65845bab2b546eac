import Foundation
import Testing
import TestSupport
import ZhengceDocument
import ZhengceExport
import ZhengceLineage

/// An export whose documents are read on demand writes the bytes of one made from documents in memory,
/// and holds at most one part's documents per read.
@Suite struct ExportDocumentsTests {
    /// Records the reads of an on-demand source.
    final class Reads: @unchecked Sendable {
        private let lock = NSLock()
        private var sizes: [Int] = []
        func note(_ n: Int) { lock.lock(); sizes.append(n); lock.unlock() }
        var largest: Int { lock.lock(); defer { lock.unlock() }; return sizes.max() ?? 0 }
        var count: Int { lock.lock(); defer { lock.unlock() }; return sizes.count }
        /// Documents read in all.
        var total: Int { lock.lock(); defer { lock.unlock() }; return sizes.reduce(0, +) }
    }

    static func documents() throws -> [PolicyDocument] {
        var documents = try Corpus(folder: Fixtures.corpus).load().documents
        documents += (try? Corpus(folder: Fixtures.file("real")).load().documents) ?? []
        return documents
    }

    static func onDemand(_ documents: [PolicyDocument], reads: Reads, leaving missing: String? = nil) -> ExportDocuments {
        var byID: [String: PolicyDocument] = [:]
        for d in documents { byID[d.id] = d }
        let held = byID
        return ExportDocuments(ids: documents.map(\.id)) { ids in
            reads.note(ids.count)
            return ids.filter { $0 != missing }.compactMap { held[$0] }
        }
    }

    static func files(in folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey])
        while let url = enumerator?.nextObject() as? URL {
            guard (try url.resourceValues(forKeys: [.isRegularFileKey])).isRegularFile == true else { continue }
            files[String(url.path.dropFirst(folder.path.count))] = try Data(contentsOf: url)
        }
        return files
    }

    @Test(arguments: [nil, 3] as [Int?])
    func onDemandDocumentsWriteTheSameFiles(partsAbove: Int?) throws {
        let documents = try Self.documents()
        #expect(documents.count >= 15)
        let options = ExportOptions(partsAbove: partsAbove, partSize: 4)
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("zhengce-ondemand-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let links = LineageAnalyzer().analyze(documents).graph.links
        #expect(links.filter { $0.from.measure != nil }.count > 20)
        let held = root.appendingPathComponent("held"), read = root.appendingPathComponent("read")
        try Exporter(options: options).write(ExportInput(documents: documents, links: links), formats: ExportFormat.allCases, to: held)
        let reads = Reads()
        let summary = try Exporter(options: options).write(ExportInput(source: Self.onDemand(documents, reads: reads), links: links),
                                                         formats: ExportFormat.allCases, to: read)
        let expected = try Self.files(in: held), written = try Self.files(in: read)
        #expect(expected.count >= (partsAbove == nil ? 3 : 10))
        #expect(Set(written.keys) == Set(expected.keys))
        for (name, bytes) in expected { #expect(written[name] == bytes, "\(name)") }
        if partsAbove != nil {
            // In parts: never more than a part's documents at once.
            #expect(summary.parts == (documents.count + 3) / 4)
            #expect(reads.largest <= 4)
        }
    }

    /// The analysis's links of the fixtures, with links whose export depends on their order or on where
    /// they are read: a link given twice (another score, so the first kept shows), external documents given
    /// a title by links only (two titles), a version link to an external document, a link from an external
    /// document (in the index), a link to a measure its document does not have, and a link whose external
    /// end names a corpus document by its 发文字号 (stored with another document than it resolves to).
    static func awkwardLinks(_ documents: [PolicyDocument]) throws -> [LineageLink] {
        var links = LineageAnalyzer().analyze(documents).graph.links
        let measureLink = try #require(links.first { $0.from.measure != nil && $0.to.measure != nil })
        var twice = measureLink
        twice.score = (measureLink.score ?? 0.5) / 2
        twice.evidence = LinkEvidence(method: "given twice")
        links.append(twice)
        let numbered = try #require(documents.sorted { $0.id < $1.id }.first { $0.docNumber != nil && $0.measures.count > 1 })
        let other = try #require(documents.sorted { $0.id > $1.id }.first { $0.id != numbered.id && !$0.measures.isEmpty })
        let from = LinkEnd(document: other.id, title: other.title)
        func external(_ key: String, title: String?) -> LinkEnd {
            LinkEnd(document: "external:" + key, docNumber: key, title: title, external: true)
        }
        links += [
            LineageLink(type: .cites, from: from, to: external("测试发〔2031〕1号", title: "后一个标题"), inferred: false),
            LineageLink(type: .cites, from: LinkEnd(document: numbered.id, title: numbered.title),
                        to: external("测试发〔2031〕1号", title: "前一个标题"), inferred: false),
            LineageLink(type: .version, from: from, to: external("测试发〔2031〕2号", title: nil), score: 0.9, inferred: true),
            LineageLink(type: .related, from: external("测试发〔2031〕3号", title: "外部文件"), to: from, score: 0.2, inferred: true,
                        evidence: LinkEvidence(sharedTerms: ["外部"], method: "external")),
            LineageLink(type: .derives, from: LinkEnd(document: other.id, measure: other.measures[0].id),
                        to: LinkEnd(document: numbered.id, measure: "no-such-measure"), score: 0.5, inferred: true),
            LineageLink(type: .cites, from: from, to: external(numbered.docNumber!, title: numbered.title), inferred: false),
        ]
        return LineageAnalyzer.sorted(links, documents: documents)
    }

    @Test(arguments: [[ExportFormat.json, .jsonld, .ndjson], [.ndjson]])
    func linksReadFromASourceWriteTheSameFiles(formats: [ExportFormat]) throws {
        let documents = try Self.documents()
        let links = try Self.awkwardLinks(documents)
        let options = ExportOptions(partsAbove: 3, partSize: 4)
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("zhengce-linksource-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let held = root.appendingPathComponent("held"), read = root.appendingPathComponent("read")
        let reuse = ExportReuse(previous: nil, stamp: "test")
        let expectedSummary = try Exporter(options: options).write(ExportInput(documents: documents, links: links), formats: formats,
                                                                   to: held, reuse: reuse)
        // The source gives the links in another order (as a store does after an incremental lineage run).
        var generator = SplitMix64(seed: 16)
        var shuffled = links
        shuffled.shuffle(using: &generator)
        let summary = try Exporter(options: options).write(ExportInput(source: Self.onDemand(documents, reads: Reads()),
                                                                       linkSource: ExportLinkSource(shuffled)),
                                                           formats: formats, to: read, reuse: reuse)
        let expected = try Self.files(in: held), written = try Self.files(in: read)
        #expect(Set(written.keys) == Set(expected.keys))
        for (name, bytes) in expected { #expect(written[name] == bytes, "\(name)") }
        #expect(summary.counts == expectedSummary.counts)
        #expect(summary.warnings == expectedSummary.warnings)
        #expect(summary.warnings.contains { $0.contains("is given twice") })
        #expect(summary.warnings.contains { $0.contains("no-such-measure") })
        if formats.contains(.json) {
            let json = try #require(expected["/zhengce.json"].map { String(decoding: $0, as: UTF8.self) })
            #expect(json.contains("前一个标题") && !json.contains("后一个标题"))
            #expect(json.contains("外部文件"))
        }
    }

    @Test func linksFromASourceNeedAnExportInParts() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("zhengce-linksource-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = ExportInput(source: ExportDocuments([ExportSample.sichuan, ExportSample.national]),
                                linkSource: ExportLinkSource(ExportSample.links))
        #expect(throws: ExportError.self) { try Exporter().write(input, formats: [.json], to: folder) }
    }

    @Test func aDocumentThatCannotBeReadFailsTheExportAndLeavesTheEarlierOne() throws {
        let documents = try Self.documents()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("zhengce-ondemand-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let options = ExportOptions(partsAbove: 3, partSize: 4)
        try Exporter(options: options).write(ExportInput(documents: documents), formats: [.json], to: folder)
        let before = try Self.files(in: folder)
        let missing = documents.map(\.id).sorted()[5]
        #expect(throws: ExportError.missingDocument(missing)) {
            try Exporter(options: options).write(ExportInput(source: Self.onDemand(documents, reads: Reads(), leaving: missing)),
                                                 formats: [.json], to: folder)
        }
        #expect(try Self.files(in: folder) == before)
    }
}
