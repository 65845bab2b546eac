import Foundation
import ZhengceDocument

/// The one owner of how a parsed document is kept in `document_models`: a compact binary form of
/// `PolicyDocument`, written and read field by field (several times faster to read back than its
/// JSON, which every edit of a large corpus reads for every document). The same document gives the
/// same bytes. A model that does not start with the form's magic is read as the JSON that stores
/// before this form kept.
///
/// Layout: the magic `ZDM1`, then each field in declaration order: integers as zigzag varints,
/// strings as a varint byte count and UTF-8, doubles as their 64-bit pattern, an optional as a byte
/// 0 or 1 before its value, an array as a varint count before its elements, an enum by its raw
/// value, a dictionary as its pairs sorted by key. `DocumentModelCodingTests` counts the fields of
/// every model type, so a field added to the model without being added here fails a test.
enum DocumentModelCoding {
    static let magic: [UInt8] = Array("ZDM1".utf8)

    /// The stored bytes of `document`.
    static func encode(_ document: PolicyDocument) -> Data {
        var w = ModelWriter()
        w.bytes.append(contentsOf: magic)
        w.document(document)
        return Data(w.bytes)
    }

    /// The document stored as `data`; throws when the bytes are not a stored model.
    static func decode(_ data: Data, id: String, path: String) throws -> PolicyDocument {
        do {
            guard data.count >= magic.count, data.prefix(magic.count).elementsEqual(magic) else {
                return try JSONDecoder().decode(PolicyDocument.self, from: data)
            }
            return try data.withUnsafeBytes { raw in
                var r = ModelReader(bytes: raw, index: magic.count)
                let document = try r.document()
                guard r.index == raw.count else { throw ModelReader.Malformed(offset: r.index) }
                return document
            }
        } catch {
            throw StoreError.database(path: path, message: "the stored model of document \(id) cannot be read (\(error)); run zhengce index again")
        }
    }
}

/// Writes the fields of the model types (see `DocumentModelCoding`).
private struct ModelWriter {
    var bytes: [UInt8] = []

    mutating func int(_ v: Int) {
        var u = UInt64(bitPattern: Int64((v << 1) ^ (v >> 63)))
        while u >= 0x80 { bytes.append(UInt8(u & 0x7F) | 0x80); u >>= 7 }
        bytes.append(UInt8(u))
    }
    mutating func string(_ s: String) {
        var s = s
        s.withUTF8 { utf8 in int(utf8.count); bytes.append(contentsOf: utf8) }
    }
    mutating func bool(_ b: Bool) { bytes.append(b ? 1 : 0) }
    mutating func double(_ d: Double) {
        var bits = d.bitPattern
        for _ in 0..<8 { bytes.append(UInt8(bits & 0xFF)); bits >>= 8 }
    }
    mutating func optional<T>(_ value: T?, _ write: (inout ModelWriter, T) -> Void) {
        guard let value else { bytes.append(0); return }
        bytes.append(1)
        write(&self, value)
    }
    mutating func array<T>(_ values: [T], _ write: (inout ModelWriter, T) -> Void) {
        int(values.count)
        for value in values { write(&self, value) }
    }
    mutating func strings(_ values: [String]) { array(values) { $0.string($1) } }
    mutating func optionalString(_ s: String?) { optional(s) { $0.string($1) } }
    mutating func optionalInt(_ v: Int?) { optional(v) { $0.int($1) } }

    mutating func document(_ d: PolicyDocument) {
        string(d.id); optionalString(d.title); optionalString(d.noticeTitle); optionalString(d.docNumber)
        strings(d.issuers); optionalString(d.date); optionalString(d.publishedDate); optionalString(d.type)
        optionalString(d.level?.rawValue); optionalString(d.region); string(d.status.rawValue)
        optional(d.period) { w, p in w.int(p.start); w.int(p.end) }
        array(d.provenance.sorted { $0.key < $1.key }) { w, pair in w.string(pair.key); w.string(pair.value.rawValue) }
        string(d.source.path); string(d.source.format); string(d.source.encoding); int(d.source.bytes); string(d.source.sha256)
        string(d.text)
        array(d.provisions) { $0.provision($1) }
        array(d.measures) { $0.measure($1) }
        array(d.citations) { $0.citation($1) }
        array(d.warnings) { w, x in w.string(x.kind); w.string(x.message); w.optionalInt(x.offset) }
        array(d.targets) { $0.target($1) }
        array(d.history) { w, e in
            w.string(e.kind.rawValue); w.string(e.date); w.optionalString(e.body); w.optionalString(e.number); w.string(e.text)
        }
        optionalString(d.dateBasis); optionalString(d.originalText)
    }

    mutating func provision(_ p: Provision) {
        string(p.id); string(p.label); string(p.normalizedLabel); string(p.scheme.rawValue); int(p.depth); optionalInt(p.parent)
        strings(p.path); strings(p.normalizedPath); string(p.heading); string(p.text); int(p.start); int(p.end); string(p.kind.rawValue)
    }

    mutating func measure(_ m: Measure) {
        string(m.id); int(m.provision); string(m.label); strings(m.path); string(m.title); string(m.text); int(m.start); int(m.end)
        array(m.responsible) { w, r in
            w.string(r.name); w.optionalString(r.department); w.string(r.role.rawValue); w.bool(r.roleInferred); w.bool(r.collective)
            w.int(r.start); w.int(r.end)
        }
        array(m.targets) { $0.target($1) }
        array(m.citations) { $0.citation($1) }
        array(m.facts) { w, f in w.string(f.label); w.string(f.value); w.int(f.start); w.int(f.end) }
    }

    mutating func target(_ t: Target) {
        optionalInt(t.year); double(t.value); string(t.unit); string(t.comparator.rawValue); string(t.phrase); string(t.sentence)
        int(t.start); int(t.end); optional(t.upperValue) { $0.double($1) }; optionalString(t.counted); optionalString(t.deadline)
        optionalString(t.yearSource?.rawValue); optionalString(t.period)
    }

    mutating func citation(_ c: Citation) {
        optionalString(c.title); optionalString(c.docNumber); int(c.start); int(c.end)
    }
}

/// Reads what `ModelWriter` wrote; throws `Malformed` at the first byte that does not fit.
private struct ModelReader {
    struct Malformed: Error, CustomStringConvertible {
        var offset: Int
        var description: String { "malformed binary model at byte \(offset)" }
    }

    let bytes: UnsafeRawBufferPointer
    var index: Int

    mutating func byte() throws -> UInt8 {
        guard index < bytes.count else { throw Malformed(offset: index) }
        defer { index += 1 }
        return bytes[index]
    }
    mutating func int() throws -> Int {
        var u: UInt64 = 0, shift: UInt64 = 0
        while true {
            let b = try byte()
            guard shift < 64 else { throw Malformed(offset: index) }
            u |= UInt64(b & 0x7F) << shift
            if b < 0x80 { break }
            shift += 7
        }
        return Int(Int64(bitPattern: (u >> 1) ^ (0 &- (u & 1))))
    }
    mutating func count() throws -> Int {
        let n = try int()
        guard n >= 0, n <= bytes.count - index else { throw Malformed(offset: index) }
        return n
    }
    mutating func string() throws -> String {
        let n = try count()
        defer { index += n }
        return String(decoding: UnsafeRawBufferPointer(rebasing: bytes[index..<index + n]), as: UTF8.self)
    }
    mutating func bool() throws -> Bool {
        switch try byte() {
        case 0: return false
        case 1: return true
        default: throw Malformed(offset: index - 1)
        }
    }
    mutating func double() throws -> Double {
        var bits: UInt64 = 0
        for k in 0..<8 { bits |= UInt64(try byte()) << (8 * UInt64(k)) }
        return Double(bitPattern: bits)
    }
    mutating func optional<T>(_ read: (inout ModelReader) throws -> T) throws -> T? {
        try bool() ? try read(&self) : nil
    }
    mutating func array<T>(_ read: (inout ModelReader) throws -> T) throws -> [T] {
        let n = try count()
        var values: [T] = []
        values.reserveCapacity(n)
        for _ in 0..<n { values.append(try read(&self)) }
        return values
    }
    mutating func strings() throws -> [String] { try array { try $0.string() } }
    mutating func optionalString() throws -> String? { try optional { try $0.string() } }
    mutating func optionalInt() throws -> Int? { try optional { try $0.int() } }
    mutating func value<E: RawRepresentable>(_ type: E.Type) throws -> E where E.RawValue == String {
        let at = index
        guard let value = E(rawValue: try string()) else { throw Malformed(offset: at) }
        return value
    }
    mutating func optionalValue<E: RawRepresentable>(_ type: E.Type) throws -> E? where E.RawValue == String {
        try optional { try $0.value(type) }
    }

    mutating func document() throws -> PolicyDocument {
        let id = try string(), title = try optionalString(), noticeTitle = try optionalString(), docNumber = try optionalString()
        let issuers = try strings(), date = try optionalString(), publishedDate = try optionalString(), type = try optionalString()
        let level = try optionalValue(DocumentLevel.self), region = try optionalString(), status = try value(DocumentStatus.self)
        let period = try optional { PlanPeriod(start: try $0.int(), end: try $0.int()) }
        var provenance: [String: FieldSource] = [:]
        for (key, value) in try array({ r -> (String, FieldSource) in (try r.string(), try r.value(FieldSource.self)) }) {
            provenance[key] = value
        }
        let source = SourceInfo(path: try string(), format: try string(), encoding: try string(), bytes: try int(), sha256: try string())
        let text = try string()
        let provisions = try array { try $0.provision() }
        let measures = try array { try $0.measure() }
        let citations = try array { try $0.citation() }
        let warnings = try array { ParseWarning(kind: try $0.string(), message: try $0.string(), offset: try $0.optionalInt()) }
        var document = PolicyDocument(id: id, title: title, noticeTitle: noticeTitle, docNumber: docNumber, issuers: issuers,
                                      date: date, publishedDate: publishedDate, type: type, level: level, region: region,
                                      status: status, period: period, provenance: provenance, source: source, text: text,
                                      provisions: provisions, measures: measures, citations: citations, warnings: warnings)
        document.targets = try array { try $0.target() }
        document.history = try array {
            LegislativeEvent(kind: try $0.value(LegislativeEvent.Kind.self), date: try $0.string(), body: try $0.optionalString(),
                             number: try $0.optionalString(), text: try $0.string())
        }
        document.dateBasis = try optionalString()
        document.originalText = try optionalString()
        return document
    }

    mutating func provision() throws -> Provision {
        Provision(id: try string(), label: try string(), normalizedLabel: try string(), scheme: try value(NumberingScheme.self),
                  depth: try int(), parent: try optionalInt(), path: try strings(), normalizedPath: try strings(),
                  heading: try string(), text: try string(), start: try int(), end: try int(), kind: try value(ProvisionKind.self))
    }

    mutating func measure() throws -> Measure {
        var measure = Measure(
            id: try string(), provision: try int(), label: try string(), path: try strings(), title: try string(), text: try string(),
            start: try int(), end: try int(),
            responsible: try array {
                Responsibility(name: try $0.string(), department: try $0.optionalString(), role: try $0.value(ResponsibilityRole.self),
                               roleInferred: try $0.bool(), collective: try $0.bool(), start: try $0.int(), end: try $0.int())
            },
            targets: try array { try $0.target() },
            citations: try array { try $0.citation() })
        measure.facts = try array { MeasureFact(label: try $0.string(), value: try $0.string(), start: try $0.int(), end: try $0.int()) }
        return measure
    }

    mutating func target() throws -> Target {
        Target(year: try optionalInt(), value: try double(), unit: try string(), comparator: try value(TargetComparator.self),
               phrase: try string(), sentence: try string(), start: try int(), end: try int(), upperValue: try optional { try $0.double() },
               counted: try optionalString(), deadline: try optionalString(), yearSource: try optionalValue(TargetYearSource.self),
               period: try optionalString())
    }

    mutating func citation() throws -> Citation {
        Citation(title: try optionalString(), docNumber: try optionalString(), start: try int(), end: try int())
    }
}
