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
