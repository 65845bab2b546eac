import Foundation

/// The documented JSON shape of documents and measures (`zhengce docs/show --format json`).
///
/// Every documented key is always present (null when unknown), keys are sorted, and the same
/// document always encodes to the same bytes.
public enum DocumentJSON {
    /// One responsible unit: name as written, canonical department (null until resolved), role.
    struct ResponsibilityView: Encodable {
        let r: Responsibility
        enum Key: String, CodingKey { case name, department, role, roleInferred, collective, start, end }
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: Key.self)
            try c.encode(r.name, forKey: .name)
            try c.encode(r.department, forKey: .department)
            try c.encode(r.role, forKey: .role)
            try c.encode(r.roleInferred, forKey: .roleInferred)
            try c.encode(r.collective, forKey: .collective)
            try c.encode(r.start, forKey: .start)
            try c.encode(r.end, forKey: .end)
        }
    }

    /// A target; `measure` is the id of the measure holding it (null for framing sections) when known.
    struct TargetView: Encodable {
        let t: Target
        var measure: String?? = .none
        enum Key: String, CodingKey {
            case year, value, upperValue, unit, comparator, phrase, sentence, start, end, counted, deadline, yearSource, period, measure
        }
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: Key.self)
            try c.encode(t.year, forKey: .year)
            try c.encode(t.value, forKey: .value)
            try c.encode(t.upperValue, forKey: .upperValue)
            try c.encode(t.unit, forKey: .unit)
            try c.encode(t.comparator, forKey: .comparator)
            try c.encode(t.phrase, forKey: .phrase)
            try c.encode(t.sentence, forKey: .sentence)
            try c.encode(t.start, forKey: .start)
            try c.encode(t.end, forKey: .end)
            try c.encode(t.counted, forKey: .counted)
            try c.encode(t.deadline, forKey: .deadline)
            try c.encode(t.yearSource, forKey: .yearSource)
            try c.encode(t.period, forKey: .period)
            if let measure { try c.encode(measure, forKey: .measure) }
        }
    }

    struct CitationView: Encodable {
        let c: Citation
        enum Key: String, CodingKey { case title, docNumber, start, end }
        func encode(to encoder: Encoder) throws {
            var k = encoder.container(keyedBy: Key.self)
            try k.encode(c.title, forKey: .title)
            try k.encode(c.docNumber, forKey: .docNumber)
            try k.encode(c.start, forKey: .start)
            try k.encode(c.end, forKey: .end)
        }
    }

    /// A measure as JSON.
    public struct MeasureView: Encodable {
        let m: Measure
        let kind: ProvisionKind
        enum Key: String, CodingKey { case id, label, path, title, text, responsible, targets, citations, facts, start, end }
        /// The JSON view of `measure`.
        public init(_ measure: Measure, kind: ProvisionKind = .measure) { m = measure; self.kind = kind }
        /// Encodes the documented keys, nulls included.
        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: Key.self)
            try c.encode(m.id, forKey: .id)
            try c.encode(m.label, forKey: .label)
            try c.encode(m.path, forKey: .path)
            try c.encode(m.title, forKey: .title)
            try c.encode(m.text, forKey: .text)
            try c.encode(m.responsible.map(ResponsibilityView.init), forKey: .responsible)
            try c.encode(m.targets.map { TargetView(t: $0) }, forKey: .targets)
            try c.encode(m.citations.map(CitationView.init), forKey: .citations)
            try c.encode(m.facts, forKey: .facts)
            try c.encode(m.start, forKey: .start)
            try c.encode(m.end, forKey: .end)
        }
    }

    /// A document as JSON with all its targets; `full` adds the outline and the reading text.
    public struct DocumentView: Encodable {
        let d: PolicyDocument
        let full: Bool
        enum Key: String, CodingKey {
            case id, title, noticeTitle, docNumber, issuers, date, publishedDate, type, level, region, status, period
            case provenance, source, measures, citations, targets, warnings, provisions, text, measureCount
            case history, dateBasis, adoptingBody, adoptedDate, promulgatedDate, effectiveDate, script, originalText
        }
        /// The JSON view of `document`; `full` adds outline and text.
        public init(_ document: PolicyDocument, full: Bool) { d = document; self.full = full }
        /// Encodes the documented keys, nulls included.
        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: Key.self)
            try c.encode(d.id, forKey: .id)
            try c.encode(d.title, forKey: .title)
            try c.encode(d.noticeTitle, forKey: .noticeTitle)
            try c.encode(d.docNumber, forKey: .docNumber)
            try c.encode(d.issuers, forKey: .issuers)
            try c.encode(d.date, forKey: .date)
            try c.encode(d.publishedDate, forKey: .publishedDate)
            try c.encode(d.dateBasis, forKey: .dateBasis)
            try c.encode(d.history, forKey: .history)
            try c.encode(d.adoptingBody, forKey: .adoptingBody)
            try c.encode(d.adoptedDate, forKey: .adoptedDate)
            try c.encode(d.promulgatedDate, forKey: .promulgatedDate)
            try c.encode(d.effectiveDate, forKey: .effectiveDate)
            try c.encode(d.originalText == nil ? "simplified" : "traditional", forKey: .script)
            try c.encode(d.type, forKey: .type)
            try c.encode(d.level, forKey: .level)
            try c.encode(d.region, forKey: .region)
            try c.encode(d.status, forKey: .status)
            try c.encode(d.period.map { "\($0.start)-\($0.end)" }, forKey: .period)
            try c.encode(d.provenance, forKey: .provenance)
            try c.encode(d.source, forKey: .source)
            try c.encode(d.measures.count, forKey: .measureCount)
            try c.encode(d.measures.map { MeasureView($0) }, forKey: .measures)
            try c.encode(d.citations.map(CitationView.init), forKey: .citations)
            try c.encode(d.warnings, forKey: .warnings)
            // Every target, framing sections' included, with the measure holding it.
            try c.encode(d.targetEntries.map { TargetView(t: $0.target, measure: .some($0.measure?.id)) }, forKey: .targets)
            if full {
                try c.encode(d.provisions, forKey: .provisions)
                try c.encode(d.text, forKey: .text)
                try c.encode(d.originalText, forKey: .originalText)
            }
        }
    }

    /// A JSON encoder with sorted keys, pretty printed, slashes unescaped.
    public static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return encoder
    }

    /// `{"documents": [...]}` for a list of documents (measures included, outline and text left out).
    public static func documents(_ documents: [PolicyDocument]) throws -> Data {
        struct Wrapper: Encodable { let documents: [DocumentView] }
        return try encoder().encode(Wrapper(documents: documents.map { DocumentView($0, full: false) }))
    }

    /// One document with its outline and reading text.
    public static func document(_ document: PolicyDocument) throws -> Data {
        try encoder().encode(DocumentView(document, full: true))
    }
}
