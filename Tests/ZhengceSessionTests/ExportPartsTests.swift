import Foundation
import Testing
import TestSupport
import ZhengceExport
import ZhengceSession
import ZhengceStore

/// The export in parts (index file + folder of parts) says what the single file says: read with
/// Foundation's own JSON parser, the parts' tables put end to end are the single file's tables,
/// and the JSON-LD graphs together are the single graph, each node in exactly one file.
@Suite struct ExportPartsTests {
    /// The seeds linked and exported once as single files and once in parts of two documents.
    final class Exports {
        let root: URL
        var single: URL { root.appendingPathComponent("single") }
        var parts: URL { root.appendingPathComponent("parts") }
        let session: CorpusSession

        init() throws {
            root = FileManager.default.temporaryDirectory.appendingPathComponent("zhengce-parts-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
            let corpus = root.appendingPathComponent("corpus")
            try FileManager.default.copyItem(at: Fixtures.corpus, to: corpus)
            session = CorpusSession(folder: corpus, store: try Store(path: root.appendingPathComponent("zhengce.sqlite").path),
                                    toolVersion: "test-1")
            try session.refresh()
            _ = try session.linkAndExport(out: single)
            _ = try session.linkAndExport(out: parts, options: Exports.inParts)
        }

        deinit { try? FileManager.default.removeItem(at: root) }

        /// Five seeds above two documents: parts of two, two and one document.
        static let inParts = ExportOptions(partsAbove: 2, partSize: 2)
    }

    static func object(_ url: URL) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
    }

    /// True when both values serialize to the same bytes with Foundation's encoder (keys sorted).
    static func same(_ a: Any?, _ b: Any?) -> Bool {
        func bytes(_ value: Any?) -> Data? {
            guard let value else { return nil }
            return try? JSONSerialization.data(withJSONObject: ["v": value], options: [.sortedKeys])
        }
        return bytes(a) == bytes(b) && (a == nil) == (b == nil)
    }

    @Test func jsonPartsPutEndToEndAreTheSingleFile() throws {
        let exports = try Exports()
        let whole = try Self.object(exports.single.appendingPathComponent("zhengce.json"))
        let index = try Self.object(exports.parts.appendingPathComponent("zhengce.json"))
        let paths = try #require((index["parts"] as? [[String: Any]])?.compactMap { $0["path"] as? String })
        #expect(paths == ["zhengce.json.d/0001.json", "zhengce.json.d/0002.json", "zhengce.json.d/0003.json"])
        #expect(index["documentCount"] as? Int == 5)
        let parts = try paths.map { try Self.object(exports.parts.appendingPathComponent($0)) }
        #expect(parts.map { ($0["documents"] as? [Any])?.count ?? -1 } == [2, 2, 1])
        for key in ["citations", "documents", "links", "measures", "provisions", "responsibilities", "targets"] {
            var joined = parts.flatMap { $0[key] as? [Any] ?? [] }
            if key == "links" { joined = (index["links"] as? [Any] ?? []) + joined }
            let expected = whole[key] as? [Any] ?? []
            #expect(!expected.isEmpty || key == "links", "\(key) is empty in the single file")
            // Links are sorted by IRI in the single file; the parts keep that order within each part.
            if key == "links" {
                let iri = { (records: [Any]) in records.compactMap { ($0 as? [String: Any])?["iri"] as? String }.sorted() }
                #expect(iri(joined) == iri(expected))
                #expect(joined.count == expected.count)
            } else {
                #expect(Self.same(joined, expected), "table \(key) differs")
            }
        }
        for key in ["base", "departments", "externalDocuments", "format", "formatVersion", "vocabulary", "warnings"] {
            #expect(Self.same(index[key], whole[key]), "\(key) differs")
        }
        #expect(parts.allSatisfy { $0["format"] as? String == "zhengce-export-part" })
    }

    @Test func jsonldGraphsTogetherAreTheSingleGraph() throws {
        let exports = try Exports()
        let whole = try Self.object(exports.single.appendingPathComponent("zhengce.jsonld"))
        let index = try Self.object(exports.parts.appendingPathComponent("zhengce.jsonld"))
        let graph = { (object: [String: Any]) in object["@graph"] as? [[String: Any]] ?? [] }
        let export = "https://zhengce.example/export"
        let listed = try #require(graph(index).first { $0["@id"] as? String == export }?["zc:part"] as? [String])
        #expect(listed.count == 3)
        var nodes: [String: [String: Any]] = [:]
        for file in [index] + (try listed.map { try Self.object(exports.parts.appendingPathComponent($0)) }) {
            #expect(Self.same(file["@context"], whole["@context"]))
            for node in graph(file) {
                let id = try #require(node["@id"] as? String)
                #expect(nodes[id] == nil, "\(id) is in two files")
                nodes[id] = node
            }
        }
        nodes[export] = nil
        let expected = Dictionary(uniqueKeysWithValues: graph(whole).map { ($0["@id"] as! String, $0) })
        #expect(nodes.count == expected.count)
        #expect(Set(nodes.keys) == Set(expected.keys))
        for (id, node) in expected { #expect(Self.same(nodes[id], node), "node \(id) differs") }
    }

    @Test func partsAreDeterministicAndGiveWayToASingleFile() throws {
        let exports = try Exports()
        let folder = exports.parts.appendingPathComponent("zhengce.jsonld.d")
        let before = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        let bytes = try before.map { try Data(contentsOf: folder.appendingPathComponent($0)) }
        _ = try exports.session.linkAndExport(out: exports.parts, options: Exports.inParts, force: true)
        #expect(try before.map { try Data(contentsOf: folder.appendingPathComponent($0)) } == bytes)
        // Nothing changed: skipped; a folder of parts removed by hand: exported again.
        #expect(try exports.session.linkAndExport(out: exports.parts, options: Exports.inParts) == nil)
        try FileManager.default.removeItem(at: folder)
        #expect(try exports.session.linkAndExport(out: exports.parts, options: Exports.inParts) != nil)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == before)
        // Exported again as single files: the folders of parts go, nothing else is left behind.
        _ = try exports.session.linkAndExport(out: exports.parts, force: true)
        let names = try FileManager.default.contentsOfDirectory(atPath: exports.parts.path).sorted()
        #expect(names == ["zhengce.json", "zhengce.jsonld", "zhengce.ndjson"])
        for name in names {
            #expect(try Data(contentsOf: exports.parts.appendingPathComponent(name))
                    == Data(contentsOf: exports.single.appendingPathComponent(name)))
        }
    }
}
