import Foundation
import Testing
import TestSupport
import ZhengceExport
@testable import ZhengceSession
import ZhengceLineage
import ZhengceStore

/// An export in parts keeps the parts (and NDJSON lines) of the export before it where nothing they show
/// changed: on the five seeds cut into parts of two documents, after each kind of change the folder must be
/// byte for byte what an export made from nothing (`force`) writes from the same store.
@Suite struct ExportReuseTests {
    typealias Workspace = SeedWorkspace

    /// Parts of two documents: the five seeds make three parts per format.
    static let options = ExportOptions(partsAbove: 1, partSize: 2)
    static let sichuan = "sichuan-2024-cross-border-ecommerce-action-plan-draft.txt"
    static let mofcom = "shangmaofa-2024-125-mofcom-cross-border-ecommerce-overseas-warehouses.txt"

    func exported(_ workspace: Workspace) throws -> (Workspace, CorpusSession) {
        let session = try workspace.session(incremental: true)
        try session.refresh()
        let first = try #require(try session.linkAndExport(out: workspace.out, options: ExportReuseTests.options))
        #expect(first.export.parts == 3)
        #expect(first.export.kept == Exporter.Kept(parts: 0, partsMade: 6, lines: 0, linesMade: 5))
        return (workspace, session)
    }

    /// Every file of the export (the store left out), by path relative to `folder`.
    func files(_ folder: URL) throws -> [String: Data] {
        var result: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where !name.hasPrefix("zhengce.sqlite") {
            let url = folder.appendingPathComponent(name)
            var isFolder: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder)
            if isFolder.boolValue {
                for part in try FileManager.default.contentsOfDirectory(atPath: url.path) {
                    result[name + "/" + part] = try Data(contentsOf: url.appendingPathComponent(part))
                }
            } else {
                result[name] = try Data(contentsOf: url)
            }
        }
        return result
    }

    /// Runs the main job's second half after a change and checks the folder against an export made from nothing.
    @discardableResult
    func check(_ workspace: Workspace) throws -> Exporter.Summary {
        let session = try workspace.session(incremental: true)
        try session.refresh()
        let result = try #require(try session.linkAndExport(out: workspace.out, options: ExportReuseTests.options))
        let fresh = workspace.root.appendingPathComponent("fresh")
        try? FileManager.default.removeItem(at: fresh)
        _ = try session.linkAndExport(out: fresh, options: ExportReuseTests.options, force: true)
        let kept = try files(workspace.out), made = try files(fresh)
        #expect(kept.keys.sorted() == made.keys.sorted())
        for (name, data) in made { #expect(kept[name] == data, "\(name) differs from an export made from nothing") }
        return result.export
    }

    /// Checks what an edit of `edited` kept: made again are at least the part (per format) and NDJSON lines of
    /// `edited`, and at most those of it and of every document at the other end of one of its links (their
    /// records show the links, which may have changed); every other part is kept. Computed from the store's
    /// links and documents.
    func expectKept(_ kept: Exporter.Kept, _ workspace: Workspace, edited id: String) throws {
        var touched: Set<String> = [id]
        for key in try workspace.links().keys {
            let fields = key.split(separator: " ").map(String.init)
            if fields[1] == id { touched.insert(fields[3]) } else if fields[3] == id { touched.insert(fields[1]) }
        }
        let ids = try Store(path: workspace.db).documentDigests().keys.sorted()
        let parts = (ids.count + 1) / 2
        let ownPart = try #require(ids.firstIndex(of: id)) / 2
        let touchedParts = Set(ids.indices.filter { touched.contains(ids[$0]) }.map { $0 / 2 })
        #expect(touchedParts.count < parts, "every part holds a document linked to \(id): nothing could be kept")
        #expect(kept.parts + kept.partsMade == 2 * parts && kept.lines + kept.linesMade == ids.count)
        #expect(kept.partsMade >= 2 && kept.parts <= 2 * (parts - 1), "the part of \(id) (number \(ownPart + 1)) was kept: \(kept)")
        #expect(kept.partsMade <= 2 * touchedParts.count, "parts without \(id) or its partners were made again: \(kept)")
        #expect(kept.linesMade >= 1 && kept.linesMade <= touched.intersection(ids).count, "\(kept)")
    }

    @Test func versionsOfALawKeepTheirParts() throws {
        // Two versions of the foreign trade law beside the seeds: a version link says things of both
        // works and both expressions, in the laws' parts.
        let workspace = try Workspace()
        for name in ["foreign-trade-law-2016-11-07.md", "foreign-trade-law-2022-12-30.md"] {
            try FileManager.default.copyItem(at: Fixtures.file("diff/real/" + name), to: workspace.corpus.appendingPathComponent(name))
        }
        let session = try workspace.session(incremental: true)
        try session.refresh()
        let first = try #require(try session.linkAndExport(out: workspace.out, options: ExportReuseTests.options))
        #expect(first.export.parts == 4)
        #expect(try workspace.links().keys.contains { $0.hasPrefix("version foreign-trade-law-") })
        // Every part is kept after an edit elsewhere, the laws' included.
        try editSichuanAndExportTwice(workspace, parts: 4, documents: 7)
    }

    /// Appends a sentence no other document shares to the Sichuan draft and checks what the export keeps;
    /// then exports again with nothing changed (the export made from nothing went elsewhere): every part and
    /// line is kept.
    func editSichuanAndExportTwice(_ workspace: Workspace, parts: Int, documents: Int) throws {
        try edit(workspace, ExportReuseTests.sichuan) { $0 + "\n本方案由省商务厅负责解释。\n" }
        let summary = try check(workspace)
        try expectKept(summary.kept, workspace, edited: String(ExportReuseTests.sichuan.dropLast(4)))
        let again = try workspace.session(incremental: true)
        try again.refresh()
        let third = try #require(try again.linkAndExport(out: workspace.out, options: ExportReuseTests.options))
        #expect(third.export.kept == Exporter.Kept(parts: 2 * parts, partsMade: 0, lines: documents, linesMade: 0))
    }

    func edit(_ workspace: Workspace, _ name: String, _ change: (String) -> String) throws {
        let file = workspace.corpus.appendingPathComponent(name)
        try Data(change(try String(contentsOf: file, encoding: .utf8)).utf8).write(to: file)
    }

    @Test func anEditKeepsThePartsItDoesNotTouch() throws {
        let (workspace, _) = try exported(try Workspace())
        try editSichuanAndExportTwice(workspace, parts: 3, documents: 5)
    }

    @Test func anEditThatChangesLinksRemakesThePartsAtBothEnds() throws {
        let (workspace, _) = try exported(try Workspace())
        // The Sichuan draft takes up a further sentence of 125号: the link ends in another part.
        try edit(workspace, ExportReuseTests.sichuan) {
            $0.replacingOccurrences(of: "支持有实力的企业通过境外投资建设海外仓。",
                                    with: "支持有实力的企业通过境外投资建设海外仓。统筹用好现有资金渠道，支持跨境电商海外仓企业发展。")
        }
        try check(workspace)
        // The cited document edited in turn: the parts of the documents that link to it change too.
        try edit(workspace, ExportReuseTests.mofcom) { $0.replacingOccurrences(of: "海外仓", with: "境外仓") }
        try check(workspace)
    }

    @Test func aRemovedAndAddedDocumentMovesThePartsAfterIt() throws {
        let (workspace, _) = try exported(try Workspace())
        let file = workspace.corpus.appendingPathComponent(ExportReuseTests.mofcom)
        let text = try Data(contentsOf: file)
        try FileManager.default.removeItem(at: file)
        try check(workspace)
        try text.write(to: file)
        try check(workspace)
    }

    @Test func aPartChangedByHandIsWrittenAgain() throws {
        let (workspace, _) = try exported(try Workspace())
        let part = workspace.out.appendingPathComponent("zhengce.json.d/0001.json")
        let original = try Data(contentsOf: part)
        try Data("{}\n".utf8).write(to: part)
        try edit(workspace, ExportReuseTests.sichuan) { $0 + "\n本方案由省商务厅负责解释。\n" }
        try check(workspace)
        #expect(try Data(contentsOf: part) == original)
        // NDJSON truncated by hand: every line written again.
        let ndjson = workspace.out.appendingPathComponent("zhengce.ndjson")
        let lines = try Data(contentsOf: ndjson)
        try lines.prefix(100).write(to: ndjson)
        try edit(workspace, ExportReuseTests.sichuan) { $0 + "\n本方案自印发之日起施行。\n" }
        try check(workspace)
        #expect(try Data(contentsOf: ndjson).count > lines.count / 2)
    }

    @Test func theRecordSurvivesItsTextForm() throws {
        let (workspace, session) = try exported(try Workspace())
        // Kept per output folder.
        let data = try #require(try session.store.blob("export-record " + workspace.out.standardizedFileURL.path))
        let record = try #require(ExportRecord(decoding: data))
        #expect(record.encoded() == data)
        #expect(record.folder == workspace.out.standardizedFileURL.path)
        // Two folders of three parts and the NDJSON file with one piece per document.
        #expect(record.entries.map(\.name) == ["zhengce.json.d", "zhengce.jsonld.d", "zhengce.ndjson"])
        #expect(record.entries.map(\.pieces.count) == [3, 3, 5])
        #expect(ExportRecord(decoding: Data("zhengce-export-record 2\n".utf8)) == nil)
    }
}

/// The store's links read back with the session's reader are what `JSONDecoder` reads.
@Suite struct StoredLinkReaderTests {
    @Test func linksReadBackAsJSONDecoderReadsThem() throws {
        let workspace = try SeedWorkspace()
        let session = try workspace.session(incremental: true)
        try session.refresh()
        _ = try session.linkAndExport(out: workspace.out)
        let decoder = JSONDecoder()
        var ends = 0, evidences = 0
        try Store(path: workspace.db).forEachLink { record in
            for json in [record.fromJSON, record.toJSON] {
                let read = try #require(StoredLinkReader.end(parsing: json))
                #expect(read == (try decoder.decode(LinkEnd.self, from: Data(json.utf8))))
                ends += 1
            }
            if let json = record.evidenceJSON {
                let read = try #require(StoredLinkReader.evidence(parsing: json))
                #expect(read == (try decoder.decode(LinkEvidence.self, from: Data(json.utf8))))
                evidences += 1
            }
        }
        #expect(ends > 40 && evidences > 20, "\(ends) ends, \(evidences) evidences")
        // Another shape is not guessed at (the session then uses JSONDecoder).
        #expect(StoredLinkReader.end(parsing: #"{"document":"a","external":false,"extra":1}"#) == nil)
        #expect(StoredLinkReader.evidence(parsing: #"{"method":"m","sharedTerms":[],"spans":[{"text":"x"}]}"#) == nil)
    }

    /// The texts the store holds are read from their bytes (`scannedEnd`, `scannedEvidence`) into the values read
    /// through a parsed `JSONValue`, which are the values written; a text of another kind (a `\u` escape,
    /// whitespace, null, a fraction, an unknown or doubled key) is left to the general reader.
    @Test func storedTextsAreScannedAsTheyAreParsed() throws {
        let strings = ["国务院", "a \"quoted\" \\ back/slash", "行\n二\t三\r", "\u{01}控制", "😀 𠀀", "", "\u{2028}x"]
        var scanned = 0
        for (n, text) in strings.enumerated() {
            let end = LinkEnd(document: "doc/" + text, docNumber: n % 2 == 0 ? text : nil, title: text, external: n % 3 == 0,
                              measure: n % 2 == 1 ? text + "/3" : nil, label: text, measureTitle: n == 4 ? nil : text)
            let evidence = LinkEvidence(sharedTerms: [text, "词"], spans: [SharedSpan(text: text, fromStart: n, fromEnd: 10_000_000 + n,
                                                                                     toStart: 0, toEnd: n * 7),
                                                                          SharedSpan(text: "二", fromStart: 1, fromEnd: 2, toStart: 3, toEnd: 4)],
                                        method: "measure-alignment" + text, supportingMeasures: n % 2 == 0 ? n * 3 : nil,
                                        direction: n == 2 ? nil : text, kind: n == 5 ? nil : "verbatim")
            let record = CorpusSession.record(LineageLink(type: .derives, from: end, to: end, score: 0.5, inferred: false, evidence: evidence))
            #expect(StoredLinkReader.endFromValue(record.fromJSON) == end)
            #expect(StoredLinkReader.evidenceFromValue(record.evidenceJSON ?? "") == evidence)
            if let read = StoredLinkReader.scannedEnd(record.fromJSON) { #expect(read == end); scanned += 1 }
            if let read = StoredLinkReader.scannedEvidence(record.evidenceJSON ?? "") { #expect(read == evidence); scanned += 1 }
            #expect(StoredLinkReader.end(parsing: record.fromJSON) == end)
            #expect(StoredLinkReader.evidence(parsing: record.evidenceJSON ?? "") == evidence)
        }
        // Everything but the texts with a control character other than \t \n \r (written as \u00XX) is scanned.
        #expect(scanned >= 2 * (strings.count - 2), "\(scanned) texts scanned")
        let others = [#"{"document":"a","external":false,"extra":"x"}"#, #"{"document":"a", "external":false}"#,
                      #"{"document":"a","external":false,"title":null}"#, #"{"document":"a","document":"b","external":true}"#,
                      #"{"document":"\u0041","external":false}"#, #"{"document":"a"}"#, #"{"document":"a","external":false} "#]
        for text in others { #expect(StoredLinkReader.scannedEnd(text) == nil, "\(text)") }
        let evidences = [#"{"method":"m","sharedTerms":[],"spans":[],"supportingMeasures":1.5}"#,
                         #"{"method":"m","sharedTerms":[],"spans":[{"fromEnd":1,"fromStart":0,"text":"x","toEnd":1,"toStart":0,"x":1}]}"#,
                         #"{"method":"m","sharedTerms":[1],"spans":[]}"#, #"{"method":"m","spans":[]}"#,
                         #"{"method":"m","sharedTerms":[],"spans":[],"kind":null}"#,
                         // Doubled keys, of a string, an array and a span's field.
                         #"{"method":"m","method":"n","sharedTerms":[],"spans":[]}"#, #"{"method":"m","sharedTerms":[],"sharedTerms":["a"],"spans":[]}"#,
                         #"{"method":"m","sharedTerms":[],"spans":[{"fromEnd":1,"fromStart":0,"fromStart":0,"text":"x","toEnd":1,"toStart":0}]}"#]
        for text in evidences { #expect(StoredLinkReader.scannedEvidence(text) == nil, "\(text)") }
        #expect(StoredLinkReader.scannedEvidence(#"{"method":"m","sharedTerms":[],"spans":[{"fromEnd":-1,"fromStart":0,"text":"x","toEnd":12,"toStart":3}]}"#)
            == LinkEvidence(spans: [SharedSpan(text: "x", fromStart: 0, fromEnd: -1, toStart: 3, toEnd: 12)], method: "m"))
    }
}

/// The link fingerprint that decides whether a part is kept names every field of a link: a field added to
/// the lineage types without being added to the fingerprint would let an export keep a stale part.
@Suite struct LinkFingerprintFieldsTests {
    @Test func everyFieldOfALinkIsCounted() {
        let end = LinkEnd(document: "a")
        let evidence = LinkEvidence(method: "m")
        let link = LineageLink(type: .derives, from: end, to: end, score: 0.5, inferred: true, evidence: evidence)
        // The fields `linkFingerprint` reads, per type (see ExportCatalog+Digest.swift).
        #expect(Mirror(reflecting: link).children.compactMap(\.label).sorted() == ["evidence", "from", "inferred", "score", "to", "type"])
        #expect(Mirror(reflecting: end).children.compactMap(\.label).sorted()
            == ["docNumber", "document", "external", "label", "measure", "measureTitle", "title"])
        #expect(Mirror(reflecting: evidence).children.compactMap(\.label).sorted()
            == ["direction", "kind", "method", "sharedTerms", "spans", "supportingMeasures"])
        let span = SharedSpan(text: "x", fromStart: 0, fromEnd: 1, toStart: 0, toEnd: 1)
        #expect(Mirror(reflecting: span).children.compactMap(\.label).sorted() == ["fromEnd", "fromStart", "text", "toEnd", "toStart"])
    }
}
