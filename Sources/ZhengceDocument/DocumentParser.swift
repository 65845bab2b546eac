import Foundation
import ZhengceText

/// Turns the bytes of a policy document (plain text, Markdown or HTML; UTF-8, UTF-16
/// or GB18030) into a `PolicyDocument`.
///
/// The pipeline: decode → detect the format from the content → read paragraphs (wraps and
/// page-break splits rejoined, markup and site furniture removed) → header metadata → outline
/// by numbering → kinds and measures → responsibilities, targets, citations → warnings.
public struct DocumentParser: Sendable {
    /// Files larger than this are refused with a clear error (bytes).
    public var maximumBytes: Int

    /// A parser refusing files over `maximumBytes` (64 MiB by default).
    public init(maximumBytes: Int = 64 * 1024 * 1024) { self.maximumBytes = maximumBytes }

    /// Reads and parses the file at `url`; `relativePath` names it in the result and errors.
    public func parse(fileAt url: URL, relativePath: String? = nil) throws -> PolicyDocument {
        let name = relativePath ?? url.lastPathComponent
        let attributes = try? FileManager.default.attributesOfItem(atPath: url.path)
        if let size = (attributes?[.size] as? NSNumber)?.intValue, size > maximumBytes {
            throw DocumentError.tooLarge(path: name, bytes: size, limit: maximumBytes)
        }
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw DocumentError.unreadable(path: name, reason: SystemReason.of(error))
        }
        return try parse(data: data, path: name)
    }

    /// Parses `data`, naming the document after `path` (see `documentID(forPath:)`); `sha256`
    /// is the data's hash when the caller already computed it.
    public func parse(data: Data, path: String, sha256: String? = nil) throws -> PolicyDocument {
        guard data.count <= maximumBytes else {
            throw DocumentError.tooLarge(path: path, bytes: data.count, limit: maximumBytes)
        }
        let decoded: DecodedText
        do { decoded = try TextDecoder.decode(data) } catch let error as TextDecodingError {
            throw DocumentError.notText(path: path, reason: error)
        }
        let id = DocumentParser.documentID(forPath: path)
        let ext = (path as NSString).pathExtension
        let format = FormatDetector.detect(decoded.text, pathExtension: ext)
        let source = SourceInfo(path: path, format: format, encoding: decoded.encoding, bytes: data.count,
                                sha256: sha256 ?? SHA256.hex(data))
        let document = parse(text: decoded.text, format: format, id: id, source: source)
        guard !document.text.allSatisfy(\.isWhitespace) || document.title != nil else { throw DocumentError.noText(path: path) }
        return document
    }

    /// Parses already decoded text in a known format ("text", "markdown" or "html").
    /// Text in Traditional script is read on its Simplified key (ICU's transform): `text`, titles, 发文字号,
    /// units and measures are Simplified, and `originalText` keeps the decoded text as written.
    public func parse(text written: String, format: String, id: String, source: SourceInfo) -> PolicyDocument {
        var raw = written
        var originalText: String?
        if ScriptKey.isTraditional(written) {
            raw = ScriptKey.simplified(written)
            if raw != written { originalText = written }
        }
        let read: ReadResult
        switch format {
        case "html": read = HTMLReader.read(raw)
        case "markdown": read = MarkdownReader.read(raw)
        default: read = TextReader.read(raw)
        }
        var paragraphs = read.paragraphs
        var info = read.infoParagraphs
        let removed = Self.removeAbstract(&paragraphs)
        if let i = info { info = max(0, i - removed) }

        // The reading text: paragraphs joined by line feeds; offsets in UTF-16 units.
        var offsets: [Int] = []
        offsets.reserveCapacity(paragraphs.count)
        var position = 0
        var joined = ""
        joined.reserveCapacity(raw.utf8.count)
        for (index, paragraph) in paragraphs.enumerated() {
            if index > 0 { joined += "\n"; position += 1 }
            offsets.append(position)
            joined += paragraph.text
            position += paragraph.text.utf16.count
        }
        let text = UnitText(joined)

        let header = MetadataExtractor.analyze(paragraphs, frontMatter: read.frontMatter, infoParagraphs: info)
        let outlineRange = min(header.outlineStart, paragraphs.count)..<max(min(header.outlineStart, paragraphs.count), header.outlineEnd)
        let (nodes, numberingWarnings) = OutlineBuilder(paragraphs: paragraphs, offsets: offsets, range: outlineRange).build()

        // Citations and targets over the text, furniture (title, 文号, signature) left out.
        let bodyRanges = paragraphs.indices.filter { !header.furniture.contains($0) }
            .map { offsets[$0]..<(offsets[$0] + paragraphs[$0].text.utf16.count) }
        let citationExtractor = CitationExtractor(text: text)
        let ownTitles = Set([header.title, header.noticeTitle].compactMap { $0.map(MetadataExtractor.foldTitle) })
        let citations = bodyRanges.flatMap { citationExtractor.extract($0) }.filter { citation in
            guard let t = citation.title else { return citation.docNumber != header.docNumber || header.docNumber == nil }
            return !ownTitles.contains(MetadataExtractor.foldTitle(t))
        }
        // The year the text was written: its latest adoption, promulgation or revision. An amendment (修正)
        // changes some words of an older text, whose deadlines (到2000年 in a text of 1995 amended in 2010)
        // are the text's own, not history.
        let written = header.history.filter { $0.makesVersion && $0.kind != .amended }.map(\.date).max() ?? header.date
        let targetExtractor = TargetExtractor(text: text, issuedYear: written.flatMap { Int($0.prefix(4)) })
        let targets = targetExtractor.extract(paragraphs: bodyRanges)

        let responsibility = ResponsibilityExtractor(text: text, firstListedLeads: ResponsibilityExtractor.statesFirstListedLeads(text))
        let assembled = ProvisionAssembler(documentID: id, paragraphs: paragraphs, offsets: offsets, text: text, nodes: nodes,
                                           furniture: header.furniture, responsibilities: responsibility)
            .assemble(targets: targets, citations: citations)

        var document = PolicyDocument(
            id: id, title: header.title, noticeTitle: header.noticeTitle, docNumber: header.docNumber, issuers: header.issuers,
            date: header.date, publishedDate: header.publishedDate, type: header.type, level: header.level, region: header.region,
            status: header.status, period: header.period, source: source, text: joined, provisions: assembled.provisions,
            measures: assembled.measures, citations: citations)
        document.targets = targets
        document.originalText = originalText
        document.history = header.history
        document.dateBasis = header.dateBasis
        document.warnings = WarningCollector.collect(document: document, text: text, paragraphs: paragraphs, offsets: offsets,
                                                     numbering: numberingWarnings)
        var provenance: [String: FieldSource] = [:]
        provenance["status"] = .text
        // A text that states no date (a regulation printed without its header): the date its file is named by, if
        // any, marked as such; the text's no-date warning stays.
        if document.date == nil, let named = CalendarDate.inFileName(source.path) {
            document.date = named
            document.dateBasis = "file name"
            provenance["date"] = .fileName
        }
        document.provenance = provenance
        return document
    }

    /// Drops a web page's abstract (内容概要：… up to 正文：) that repeats the body; returns how many paragraphs went.
    static func removeAbstract(_ paragraphs: inout [SourceParagraph]) -> Int {
        let limit = min(paragraphs.count, 40)
        guard let body = paragraphs[0..<limit].firstIndex(where: { ["正文：", "正文:", "正文"].contains($0.text) }) else { return 0 }
        let abstractStart = paragraphs[0..<body].firstIndex(where: { p in
            ["内容概要", "内容摘要", "摘要", "概要"].contains(where: { p.text.hasPrefix($0) }) && p.text.count <= 8
        })
        let from = abstractStart ?? body
        paragraphs.removeSubrange(from...body)
        return body - from + 1
    }

    /// The id of a document read from `path` (relative to its corpus folder): the path without
    /// its extension, folders joined by "--" so that the same file name in two folders gives two
    /// ids ("行政法/广告法.md" → "行政法--广告法"); a file at the top level is its name alone.
    public static func documentID(forPath path: String) -> String {
        let components = path.split(separator: "/").map(String.init).filter { $0 != "." && !$0.isEmpty }
        guard let name = components.last else { return path }
        let ext = (name as NSString).pathExtension
        let stem = ext.isEmpty ? name : String(name.dropLast(ext.count + 1))
        return (components.dropLast() + [stem]).joined(separator: "--")
    }
}
