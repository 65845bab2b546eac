import Foundation
import Testing
import TestSupport
import ZhengceDocument
@testable import ZhengceStore

/// The binary form the store keeps documents in gives back the very document, for real documents of
/// every kind the repository holds and for one with every optional field filled.
@Suite struct DocumentModelCodingTests {
    /// Every document of `Corpus/` and of the real fixtures (notices, plans, laws, local regulations).
    static func realDocuments() throws -> [PolicyDocument] {
        let folders = [Fixtures.corpus, Fixtures.file("real"), Fixtures.file("documents")]
        var urls: [URL] = []
        for folder in folders {
            guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) else { continue }
            for case let url as URL in walker where ["md", "txt"].contains(url.pathExtension) { urls.append(url) }
        }
        return urls.sorted { $0.path < $1.path }.compactMap { try? DocumentParser().parse(fileAt: $0) }
    }

    @Test func realDocumentsComeBackAsTheyWere() throws {
        let documents = try DocumentModelCodingTests.realDocuments()
        #expect(documents.count >= 20)
        #expect(documents.contains { !$0.history.isEmpty } && documents.contains { !$0.targets.isEmpty || $0.measures.contains { !$0.targets.isEmpty } })
        for document in documents {
            let data = DocumentModelCoding.encode(document)
            #expect(data.starts(with: DocumentModelCoding.magic))
            #expect(try DocumentModelCoding.decode(data, id: document.id, path: "test") == document, "\(document.id)")
            // Same document, same bytes.
            #expect(DocumentModelCoding.encode(document) == data)
        }
    }

    @Test func everyOptionalFieldComesBack() throws {
        var target = Target(year: 2025, value: -3.5, unit: "万元", comparator: .between, phrase: "3.5—7万元", sentence: "……",
                            start: 4, end: 9, upperValue: 7, counted: "补贴", deadline: "2025年底", yearSource: .paragraph, period: "每年")
        target.value = -3.5
        var measure = Measure(id: "m1", provision: 0, label: "（一）", path: ["一", "（一）"], title: "标题", text: "正文",
                              start: 1, end: Int.max, responsible: [Responsibility(name: "商务部", department: "商务部", role: .lead,
                                                                                   roleInferred: true, collective: true, start: 2, end: 5)],
                              targets: [target], citations: [Citation(title: "《条例》", docNumber: "国令第1号", start: 0, end: 3)])
        measure.facts = [MeasureFact(label: "完成时限", value: "2025年", start: 7, end: 12)]
        var document = PolicyDocument(
            id: "a/b 文件", title: "标题", noticeTitle: "通知", docNumber: "国办发〔2021〕24号", issuers: ["国务院办公厅"], date: "2021-07-09",
            publishedDate: "2021-07-10", type: "意见", level: .national, region: "全国", status: .draft,
            period: PlanPeriod(start: 2021, end: 2025), provenance: ["title": .text, "date": .corpus, "level": .missing],
            source: SourceInfo(path: "x.md", format: "markdown", encoding: "UTF-8", bytes: 12, sha256: "ab"),
            text: "𠀀 e\u{301} \u{F900}\n", provisions: [Provision(id: "p", label: "一、", normalizedLabel: "1", scheme: .chineseComma, depth: 0,
                                                                  parent: nil, path: ["一、"], normalizedPath: ["1"], heading: "h",
                                                                  text: "t", start: 0, end: 3, kind: .measure),
                                                        Provision(id: "q", label: "（一）", normalizedLabel: "1.1", scheme: .chineseParen, depth: 1,
                                                                  parent: 0, path: ["一、", "（一）"], normalizedPath: ["1", "1"], heading: "",
                                                                  text: "", start: -1, end: 0, kind: .group)],
            measures: [measure], citations: [Citation(title: nil, docNumber: nil, start: 0, end: 0)],
            warnings: [ParseWarning(kind: "k", message: "m", offset: 3), ParseWarning(kind: "k2", message: "", offset: nil)])
        document.targets = [target]
        document.history = [LegislativeEvent(kind: .amended, date: "2020-01-01", body: "常委会", number: "第1号", text: "修正")]
        document.dateBasis = "adopted"
        document.originalText = "原文"
        let data = DocumentModelCoding.encode(document)
        #expect(try DocumentModelCoding.decode(data, id: "x", path: "test") == document)
        // Stores written before the binary form kept JSON: it is still read.
        let json = try JSONEncoder().encode(document)
        #expect(try DocumentModelCoding.decode(json, id: "x", path: "test") == document)
        // A cut or damaged model is an error naming the document, never a crash.
        for cut in [4, 10, data.count / 2, data.count - 1] {
            #expect(throws: StoreError.self) { try DocumentModelCoding.decode(data.prefix(cut), id: "x", path: "test") }
        }
        #expect(throws: StoreError.self) { try DocumentModelCoding.decode(data + Data([0]), id: "x", path: "test") }
    }

    /// The fields of every model type the binary form writes (see DocumentModelCoding.swift): a field
    /// added to the model must be added to the form, or documents would lose it in the store.
    @Test func everyFieldOfTheModelIsWritten() {
        func fields(_ value: Any) -> [String] { Mirror(reflecting: value).children.compactMap(\.label).sorted() }
        let source = SourceInfo(path: "", format: "", encoding: "", bytes: 0, sha256: "")
        #expect(fields(PolicyDocument(id: "", source: source, text: "")) == [
            "citations", "date", "dateBasis", "docNumber", "history", "id", "issuers", "level", "measures", "noticeTitle", "originalText",
            "period", "provenance", "provisions", "publishedDate", "region", "source", "status", "targets", "text", "title", "type", "warnings"])
        #expect(fields(source) == ["bytes", "encoding", "format", "path", "sha256"])
        #expect(fields(PlanPeriod(start: 0, end: 0)) == ["end", "start"])
        #expect(fields(ParseWarning(kind: "", message: "")) == ["kind", "message", "offset"])
        #expect(fields(Provision(id: "", label: "", normalizedLabel: "", scheme: .article, depth: 0, parent: nil, path: [], normalizedPath: [],
                                 heading: "", text: "", start: 0, end: 0, kind: .measure)) == [
            "depth", "end", "heading", "id", "kind", "label", "normalizedLabel", "normalizedPath", "parent", "path", "scheme", "start", "text"])
        #expect(fields(Measure(id: "", provision: 0, label: "", path: [], title: "", text: "", start: 0, end: 0)) == [
            "citations", "end", "facts", "id", "label", "path", "provision", "responsible", "start", "targets", "text", "title"])
        #expect(fields(Responsibility(name: "", role: .lead, start: 0, end: 0)) == [
            "collective", "department", "end", "name", "role", "roleInferred", "start"])
        #expect(fields(Target(year: nil, value: 0, unit: "", comparator: .exactly, phrase: "", sentence: "", start: 0, end: 0)) == [
            "comparator", "counted", "deadline", "end", "period", "phrase", "sentence", "start", "unit", "upperValue", "value", "year",
            "yearSource"])
        #expect(fields(Citation(title: nil, docNumber: nil, start: 0, end: 0)) == ["docNumber", "end", "start", "title"])
        #expect(fields(MeasureFact(label: "", value: "", start: 0, end: 0)) == ["end", "label", "start", "value"])
        #expect(fields(LegislativeEvent(kind: .adopted, date: "", text: "")) == ["body", "date", "kind", "number", "text"])
    }
}
