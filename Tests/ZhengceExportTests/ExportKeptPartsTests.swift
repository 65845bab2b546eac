import Foundation
import Testing
import TestSupport
import ZhengceDocument
@testable import ZhengceExport
import ZhengceLineage

/// An export in parts that reads its links from a source keeps the parts nothing changed without reading a
/// link of them: only the parts made again read their links (and the one pass over every link, which reads
/// no evidence). A changed evidence alone makes the parts of its link again, and the folder is what an export
/// made from nothing writes.
@Suite struct ExportKeptPartsTests {
    /// The documents whose links a source was asked for (`from` and `to` alike).
    final class LinkReads: @unchecked Sendable {
        private let lock = NSLock()
        private var ids: [String] = []
        func note(_ read: [String]) { lock.lock(); ids += read; lock.unlock() }
        var documents: Set<String> { lock.lock(); defer { lock.unlock() }; return Set(ids) }
        func clear() { lock.lock(); ids = []; lock.unlock() }
    }

    static func counting(_ links: [LineageLink], _ reads: LinkReads) -> ExportLinkSource {
        let source = ExportLinkSource(links)
        return ExportLinkSource(forEachGroup: source.forEachGroup, evidence: source.evidence,
                                from: { reads.note($0); return try source.from($0, $1) },
                                to: { reads.note($0); return try source.to($0, $1) })
    }

    @Test func keptPartsReadNoLinkAndAChangedEvidenceIsWrittenAgain() throws {
        let documents = try ExportDocumentsTests.documents()
        var links = try ExportDocumentsTests.awkwardLinks(documents)
        let options = ExportOptions(partsAbove: 3, partSize: 4)
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("zhengce-keptparts-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let out = root.appendingPathComponent("out"), fresh = root.appendingPathComponent("fresh")
        let reads = LinkReads()
        func export(_ links: [LineageLink], to folder: URL, previous: ExportRecord?) throws -> Exporter.Summary {
            let input = ExportInput(source: ExportDocuments(documents), linkSource: Self.counting(links, reads))
            return try Exporter(options: options).write(input, formats: ExportFormat.allCases, to: folder,
                                                        reuse: ExportReuse(previous: previous, stamp: "test"))
        }
        let parts = (documents.count + 3) / 4
        let first = try export(links, to: out, previous: nil)
        #expect(first.parts == parts && first.kept.partsMade == 2 * parts)
        let written = try ExportDocumentsTests.files(in: out)

        // Nothing changed: every part and line kept, no link of a document read.
        reads.clear()
        let second = try export(links, to: out, previous: first.record)
        #expect(second.kept == Exporter.Kept(parts: 2 * parts, partsMade: 0, lines: documents.count, linesMade: 0))
        #expect(reads.documents.isEmpty, "kept parts read the links of \(reads.documents.sorted())")
        #expect(try ExportDocumentsTests.files(in: out) == written)

        // Only the text of one shared span of a measure link between two corpus documents changes.
        let n = try #require(links.firstIndex { link in
            !link.from.external && !link.to.external && link.from.document != link.to.document
                && link.from.measure != nil && !(link.evidence?.spans.isEmpty ?? true)
        })
        links[n].evidence!.spans[0].text += "又"
        reads.clear()
        let third = try export(links, to: out, previous: second.record)
        let readDocuments = reads.documents
        let made = try export(links, to: fresh, previous: nil)
        let kept = try ExportDocumentsTests.files(in: out), expected = try ExportDocumentsTests.files(in: fresh)
        #expect(Set(kept.keys) == Set(expected.keys))
        for (name, bytes) in expected { #expect(kept[name] == bytes, "\(name) differs from an export made from nothing") }
        #expect(kept != written)
        // Made again: the parts of the link's ends (JSON and JSON-LD) and no other; the links read are theirs.
        let ids = documents.map(\.id).sorted()
        let touched = Set([links[n].from.document, links[n].to.document].compactMap { ids.firstIndex(of: $0) }.map { $0 / 4 })
        #expect(third.kept.partsMade == 2 * touched.count, "\(third.kept)")
        #expect(third.kept.parts == 2 * (parts - touched.count))
        let readParts = Set(readDocuments.compactMap { ids.firstIndex(of: $0) }.map { $0 / 4 })
        #expect(readParts == touched, "links read of parts \(readParts.sorted()), made \(touched.sorted())")
        #expect(made.kept.partsMade == 2 * parts)
        // The JSON parts made again showed changed links only: their tables were copied from the earlier files
        // (and the folder is still what an export from nothing writes, checked above).
        #expect(third.kept.tablesCopied == touched.count, "\(third.kept)")
        #expect(made.kept.tablesCopied == 0 && second.kept.tablesCopied == 0)
    }

    /// Exports `documents` with `links` into `folder` with the record `previous`, links read from a source.
    static func export(_ documents: [PolicyDocument], _ links: [LineageLink], to folder: URL, previous: ExportRecord?,
                       options: ExportOptions = ExportOptions(partsAbove: 3, partSize: 4)) throws -> Exporter.Summary {
        let input = ExportInput(source: ExportDocuments(documents), linkSource: ExportLinkSource(links))
        return try Exporter(options: options).write(input, formats: ExportFormat.allCases, to: folder,
                                                    reuse: ExportReuse(previous: previous, stamp: "test"))
    }

    /// Each change is exported over the folder of the export before it and compared, file by file, with an export
    /// made from nothing; `copies` is how many JSON parts made again may copy their tables.
    func expectSameAsFresh(_ documents: [PolicyDocument], _ links: [LineageLink], over out: URL, previous: ExportRecord?,
                           root: URL) throws -> Exporter.Summary {
        let summary = try Self.export(documents, links, to: out, previous: previous)
        let fresh = root.appendingPathComponent("fresh-\(UUID().uuidString)")
        _ = try Self.export(documents, links, to: fresh, previous: nil)
        let kept = try ExportDocumentsTests.files(in: out), expected = try ExportDocumentsTests.files(in: fresh)
        #expect(Set(kept.keys) == Set(expected.keys))
        for (name, bytes) in expected { #expect(kept[name] == bytes, "\(name) differs from an export made from nothing") }
        return summary
    }

    /// A changed document's part is made whole (its tables are not copied), and so is the part of a document whose
    /// other version's date or status changed (its `versions` show them) though none of its own links changed.
    @Test func partsWhoseTablesChangedAreMadeWhole() throws {
        var documents = try ExportDocumentsTests.documents().sorted { $0.id < $1.id }
        var links = try ExportDocumentsTests.awkwardLinks(documents)
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("zhengce-tables-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let out = root.appendingPathComponent("out")
        let ids = documents.map(\.id)
        func part(_ id: String) -> Int? { ids.firstIndex(of: id).map { $0 / 4 } }
        // a: a document with a scored link to another corpus document; b: a document in a part of neither, made
        // a version of a.
        let n = try #require(links.firstIndex { link in
            link.type != .version && link.score != nil && link.from.document != link.to.document
                && part(link.from.document) != nil && part(link.to.document) != nil
                && links.filter { $0.type == link.type && $0.from == link.from && $0.to == link.to }.count == 1
        })
        let a = links[n].from.document
        let k = try #require(ids.lastIndex { part($0) != part(a) && part($0) != part(links[n].to.document) })
        let b = ids[k]
        links.append(LineageLink(type: .version, from: LinkEnd(document: b, title: documents[k].title),
                                 to: LinkEnd(document: a, title: documents[ids.firstIndex(of: a)!].title), score: 0.9, inferred: true))
        let first = try expectSameAsFresh(documents, links, over: out, previous: nil, root: root)
        #expect(first.kept.tablesCopied == 0)

        // b's text changes (its file's digest with it), its links do not: only b's parts are made, and made whole.
        documents[k].text += "又"
        documents[k].source.sha256 = String(repeating: "b", count: 64)
        let second = try expectSameAsFresh(documents, links, over: out, previous: first.record, root: root)
        #expect(second.kept.partsMade == 2 && second.kept.tablesCopied == 0, "\(second.kept)")

        // b's date and status change: a's record lists b among its versions with them, so a's part is made too.
        documents[k].date = "2031-01-01"
        documents[k].status = documents[k].status == .final ? .draft : .final
        documents[k].source.sha256 = String(repeating: "c", count: 64)
        let third = try expectSameAsFresh(documents, links, over: out, previous: second.record, root: root)
        #expect(third.kept.partsMade == 4 && third.kept.tablesCopied == 0, "\(third.kept)")

        // A link of a changes its score: the parts of its ends are made with their tables copied.
        links[n].score = (links[n].score ?? 0) / 2 + 0.01
        let fourth = try expectSameAsFresh(documents, links, over: out, previous: third.record, root: root)
        let ends = Set([part(a), part(links[n].to.document)])
        #expect(fourth.kept.partsMade == 2 * ends.count && fourth.kept.tablesCopied == ends.count, "\(fourth.kept)")
    }

    /// An earlier part is split around its links exactly where `writePart` put them: its bytes with other links are
    /// those `writePart` writes with them; a file laid out otherwise is not split.
    @Test func aPartSplitAroundItsLinksTakesOtherLinksAsWritingItWould() throws {
        let documents = try ExportDocumentsTests.documents().sorted { $0.id < $1.id }
        let links = try ExportDocumentsTests.awkwardLinks(documents)
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("zhengce-split-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        // Parts written with every link and with none: each split and given the other's links.
        var fewer = links
        fewer.removeAll { $0.type == .derives }
        let full = root.appendingPathComponent("full"), less = root.appendingPathComponent("less")
        _ = try Self.export(documents, links, to: full, previous: nil)
        _ = try Self.export(documents, fewer, to: less, previous: nil)
        let folder = ExportShards.folderName(.json)
        let names = try FileManager.default.contentsOfDirectory(atPath: full.appendingPathComponent(folder).path).sorted()
        #expect(names.count >= 3)
        var differing = 0
        for name in names {
            let a = try Data(contentsOf: full.appendingPathComponent(folder).appendingPathComponent(name))
            let b = try Data(contentsOf: less.appendingPathComponent(folder).appendingPathComponent(name))
            if a != b { differing += 1 }
            let split = try #require(JSONExporter.PartTables([UInt8](a)))
            let other = try #require(JSONExporter.PartTables([UInt8](b)))
            // The tables around the links are the same bytes whatever the links.
            #expect(split.bytes[split.head] == other.bytes[other.head] && split.bytes[split.tail] == other.bytes[other.tail])
            // Head, the links array, tail and the final newline are the whole file.
            let linksArray = Array(a[split.head.upperBound..<split.tail.lowerBound])
            #expect(Array(split.bytes[split.head]) + linksArray + Array(split.bytes[split.tail]) + [0x0A] == [UInt8](a))
            #expect(linksArray.first == UInt8(ascii: "[") && linksArray.last == UInt8(ascii: "]"))
            let parsed = try #require(try JSONSerialization.jsonObject(with: a) as? [String: Any])
            #expect(parsed.keys.sorted() == JSONExporter.partKeys)
        }
        #expect(differing >= 1, "the derives links changed no part")
        // Not a part as `writePart` lays it out: a member missing, the keys out of order, no final newline, not JSON.
        let a = [UInt8](try Data(contentsOf: full.appendingPathComponent(folder).appendingPathComponent(names[0])))
        let text = String(decoding: a, as: UTF8.self)
        #expect(JSONExporter.PartTables(Array(text.replacingOccurrences(of: "\n  \"part\": ", with: "\n  \"parts\": ").utf8)) == nil)
        #expect(JSONExporter.PartTables(Array(text.replacingOccurrences(of: "\n  \"base\": ", with: "\n  \"zbase\": ").utf8)) == nil)
        #expect(JSONExporter.PartTables(Array(a.dropLast())) == nil)
        #expect(JSONExporter.PartTables(Array("{}\n".utf8)) == nil)
        #expect(JSONExporter.PartTables([]) == nil)
    }

    /// The layout by default (`ExportOptions()`): above a thousand documents, parts of ten documents each (the law
    /// corpus's 3,502 laws make 351 parts per format). A link whose score changes makes again the JSON and JSON-LD
    /// parts of its two ends, twenty documents' worth, and the folder is what an export from nothing writes.
    @Test func theDefaultLayoutMakesAgainTheTenDocumentsAroundAChangedLink() throws {
        let parser = DocumentParser()
        let documents = try (0..<1_005).map { i in
            let text = "示例事务管理条例（第\(i)号）\n\n第一条 为了加强第\(i)项事务的管理，制定本条例。\n"
                + "第二条 县级以上人民政府有关部门负责第\(i)项事务的监督管理工作。\n"
            return try parser.parse(data: Data(text.utf8), path: "law-" + String(1_000 + i) + ".txt")
        }
        let ids = documents.map(\.id).sorted()
        #expect(Set(ids).count == documents.count)
        func end(_ i: Int) -> LinkEnd { LinkEnd(document: ids[i], title: documents.first { $0.id == ids[i] }?.title) }
        // Ends in four parts of ten: 3 → 998 (parts 0 and 99), 15 → 16 (part 1, both ends).
        var links = [LineageLink(type: .related, from: end(3), to: end(998), score: 0.4, inferred: true,
                                 evidence: LinkEvidence(sharedTerms: ["事务"], method: "test")),
                     LineageLink(type: .related, from: end(15), to: end(16), score: 0.3, inferred: true)]
        links = LineageAnalyzer.sorted(links, documents: documents)
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("zhengce-tenparts-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let out = root.appendingPathComponent("out"), fresh = root.appendingPathComponent("fresh")
        let first = try Self.export(documents, links, to: out, previous: nil, options: ExportOptions())
        #expect(first.parts == 101, "\(first.parts) parts per format")
        #expect(first.kept.partsMade == 2 * 101)
        let index = try JSONValue(parsing: String(contentsOf: out.appendingPathComponent("zhengce.json"), encoding: .utf8))
        guard case .object(let members) = index, case .array(let parts)? = members["parts"] else {
            Issue.record("no parts in the JSON index"); return
        }
        #expect(parts.count == 101)

        let n = try #require(links.firstIndex { $0.from.document == ids[3] })
        links[n].score = 0.45
        let second = try Self.export(documents, links, to: out, previous: first.record, options: ExportOptions())
        #expect(second.kept.partsMade == 4 && second.kept.parts == 2 * 101 - 4, "\(second.kept)")
        #expect(second.kept.tablesCopied == 2, "\(second.kept)")
        _ = try Self.export(documents, links, to: fresh, previous: nil, options: ExportOptions())
        let kept = try ExportDocumentsTests.files(in: out), expected = try ExportDocumentsTests.files(in: fresh)
        #expect(Set(kept.keys) == Set(expected.keys))
        for (name, bytes) in expected { #expect(kept[name] == bytes, "\(name) differs from an export made from nothing") }
    }
}
