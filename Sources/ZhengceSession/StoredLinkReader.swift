import Foundation
import ZhengceExport
import ZhengceLineage
import ZhengceStore
import ZhengceText

/// Reads the store's link columns (`fromJSON`, `toJSON`, `evidenceJSON`, written by `CorpusSession.record`
/// with a `JSONEncoder`) back into lineage values, several times faster than `JSONDecoder` on this
/// platform: one hand-written mapping from a parsed `JSONValue`, and each link end read once however
/// many links share it. A text of another shape is read with `JSONDecoder`, so the result is always
/// what `JSONDecoder` gives.
struct StoredLinkReader {
    private var ends: [PlainText: LinkEnd] = [:]
    private let decoder = JSONDecoder()

    /// The lineage link of a store row; nil for a link type this version does not know. Without `evidence`
    /// the link carries none (the row's evidence text is not read).
    mutating func link(_ record: LinkRecord, evidence: Bool = true) throws -> LineageLink? {
        guard let type = LinkType(rawValue: record.type) else { return nil }
        let from = try end(record.fromJSON)
        let to = try end(record.toJSON)
        let evidence = evidence ? try record.evidenceJSON.map { try self.evidence($0) } : nil
        return LineageLink(type: type, from: from, to: to, score: record.score, inferred: record.inferred, evidence: evidence)
    }

    /// A link end from its stored JSON.
    mutating func end(_ json: String) throws -> LinkEnd {
        let key = PlainText(json)
        if let known = ends[key] { return known }
        let end = try StoredLinkReader.end(parsing: json) ?? decoder.decode(LinkEnd.self, from: Data(json.utf8))
        ends[key] = end
        return end
    }

    /// Link evidence from its stored JSON.
    func evidence(_ json: String) throws -> LinkEvidence {
        try StoredLinkReader.evidence(parsing: json) ?? decoder.decode(LinkEvidence.self, from: Data(json.utf8))
    }

    static func end(parsing json: String) -> LinkEnd? {
        scannedEnd(json) ?? endFromValue(json)
    }

    static func evidence(parsing json: String) -> LinkEvidence? {
        scannedEvidence(json) ?? evidenceFromValue(json)
    }

    /// `end(parsing:)` through a parsed `JSONValue` (any JSON text of the right shape).
    static func endFromValue(_ json: String) -> LinkEnd? {
        guard let object = (try? JSONValue(parsing: json))?.objectValue,
              Set(object.keys).isSubset(of: ["document", "docNumber", "title", "external", "measure", "label", "measureTitle"]),
              let document = object["document"]?.stringValue, case .bool(let external)? = object["external"],
              let docNumber = optionalString(object["docNumber"]), let title = optionalString(object["title"]),
              let measure = optionalString(object["measure"]), let label = optionalString(object["label"]),
              let measureTitle = optionalString(object["measureTitle"]) else { return nil }
        return LinkEnd(document: document, docNumber: docNumber, title: title, external: external, measure: measure,
                       label: label, measureTitle: measureTitle)
    }

    /// `evidence(parsing:)` through a parsed `JSONValue` (any JSON text of the right shape).
    static func evidenceFromValue(_ json: String) -> LinkEvidence? {
        guard let object = (try? JSONValue(parsing: json))?.objectValue,
              Set(object.keys).isSubset(of: ["sharedTerms", "spans", "method", "kind", "supportingMeasures", "direction"]),
              let method = object["method"]?.stringValue,
              let terms = object["sharedTerms"]?.arrayValue, let spanValues = object["spans"]?.arrayValue,
              let kind = optionalString(object["kind"]), let direction = optionalString(object["direction"]) else { return nil }
        var sharedTerms: [String] = []
        for term in terms {
            guard let text = term.stringValue else { return nil }
            sharedTerms.append(text)
        }
        var spans: [SharedSpan] = []
        for value in spanValues {
            guard let span = value.objectValue, span.count == 5, let text = span["text"]?.stringValue,
                  case .int(let fromStart)? = span["fromStart"], case .int(let fromEnd)? = span["fromEnd"],
                  case .int(let toStart)? = span["toStart"], case .int(let toEnd)? = span["toEnd"] else { return nil }
            spans.append(SharedSpan(text: text, fromStart: fromStart, fromEnd: fromEnd, toStart: toStart, toEnd: toEnd))
        }
        var supporting: Int?
        switch object["supportingMeasures"] {
        case nil: supporting = nil
        case .int(let n)?: supporting = n
        default: return nil
        }
        return LinkEvidence(sharedTerms: sharedTerms, spans: spans, method: method, supportingMeasures: supporting,
                            direction: direction, kind: kind)
    }

    /// `.some(nil)` for a missing key, `.some(text)` for a string, nil (not readable) otherwise.
    private static func optionalString(_ value: JSONValue?) -> String?? {
        switch value {
        case nil: return .some(nil)
        case .string(let text)?: return .some(text)
        default: return nil
        }
    }
}

// MARK: Reading the encoder's text directly

extension StoredLinkReader {
    /// A link end read straight from the bytes of the compact object `JSONEncoder` writes (no whitespace, strings
    /// with the escapes it writes but `\u`); nil for any other text (read through `JSONValue` then).
    static func scannedEnd(_ json: String) -> LinkEnd? {
        var text = json
        return text.withUTF8 { bytes -> LinkEnd? in
            var scanner = StoredJSONScanner(bytes)
            var document: String?, docNumber: String?, title: String?, measure: String?, label: String?, measureTitle: String?
            var external: Bool?
            let read = scanner.object { key, scanner in
                switch key {
                case "document": return StoredJSONScanner.once(&document, scanner.string())
                case "docNumber": return StoredJSONScanner.once(&docNumber, scanner.string())
                case "title": return StoredJSONScanner.once(&title, scanner.string())
                case "measure": return StoredJSONScanner.once(&measure, scanner.string())
                case "label": return StoredJSONScanner.once(&label, scanner.string())
                case "measureTitle": return StoredJSONScanner.once(&measureTitle, scanner.string())
                case "external": return StoredJSONScanner.once(&external, scanner.bool())
                default: return false
                }
            }
            guard read, let document, let external else { return nil }
            return LinkEnd(document: document, docNumber: docNumber, title: title, external: external, measure: measure,
                           label: label, measureTitle: measureTitle)
        }
    }

    /// Link evidence read straight from the bytes of the compact object `JSONEncoder` writes; nil for any other text.
    static func scannedEvidence(_ json: String) -> LinkEvidence? {
        var text = json
        return text.withUTF8 { bytes -> LinkEvidence? in
            var scanner = StoredJSONScanner(bytes)
            var method: String?, kind: String?, direction: String?, supporting: Int?
            var terms: [String]?, spans: [SharedSpan]?
            let read = scanner.object { key, scanner in
                switch key {
                case "method": return StoredJSONScanner.once(&method, scanner.string())
                case "kind": return StoredJSONScanner.once(&kind, scanner.string())
                case "direction": return StoredJSONScanner.once(&direction, scanner.string())
                case "supportingMeasures": return StoredJSONScanner.once(&supporting, scanner.int())
                case "sharedTerms":
                    var read: [String] = []
                    return scanner.array({ scanner in
                        guard let term = scanner.string() else { return false }
                        read.append(term)
                        return true
                    }) && StoredJSONScanner.once(&terms, read)
                case "spans":
                    var read: [SharedSpan] = []
                    return scanner.array({ scanner in
                        var text: String?, numbers: [Int?] = [nil, nil, nil, nil]
                        let names = ["fromStart", "fromEnd", "toStart", "toEnd"]
                        guard scanner.object({ key, scanner in
                            if key == "text" { return StoredJSONScanner.once(&text, scanner.string()) }
                            guard let n = names.firstIndex(of: key) else { return false }
                            return StoredJSONScanner.once(&numbers[n], scanner.int())
                        }), let text, let fromStart = numbers[0], let fromEnd = numbers[1], let toStart = numbers[2],
                              let toEnd = numbers[3] else { return false }
                        read.append(SharedSpan(text: text, fromStart: fromStart, fromEnd: fromEnd, toStart: toStart, toEnd: toEnd))
                        return true
                    }) && StoredJSONScanner.once(&spans, read)
                default: return false
                }
            }
            guard read, let method, let terms, let spans else { return nil }
            return LinkEvidence(sharedTerms: terms, spans: spans, method: method, supportingMeasures: supporting,
                                direction: direction, kind: kind)
        }
    }
}

/// A reader of compact JSON (as `JSONEncoder` writes it: no whitespace) over UTF-8 bytes, for texts of a known
/// shape: every method gives nil or false at anything else, and the caller then reads the text the general way.
struct StoredJSONScanner {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var i = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    /// Sets a member's `field` to the `value` just read: false when the member came before (a doubled key) or its
    /// value is not of the expected kind, which sends the whole text the general way.
    static func once<T>(_ field: inout T?, _ value: T?) -> Bool {
        guard field == nil, let value else { return false }
        field = value
        return true
    }

    private mutating func take(_ byte: UInt8) -> Bool {
        guard i < bytes.count, bytes[i] == byte else { return false }
        i += 1
        return true
    }

    /// An object whose members `member` reads (given each key, it reads the value); true when the whole text is
    /// that object (at the top) or the object ends where it should.
    mutating func object(_ member: (String, inout StoredJSONScanner) -> Bool) -> Bool {
        let top = i == 0
        guard take(UInt8(ascii: "{")) else { return false }
        if !take(UInt8(ascii: "}")) {
            repeat {
                guard let key = string(), take(UInt8(ascii: ":")), member(key, &self) else { return false }
            } while take(UInt8(ascii: ","))
            guard take(UInt8(ascii: "}")) else { return false }
        }
        return !top || i == bytes.count
    }

    /// An array whose elements `element` reads.
    mutating func array(_ element: (inout StoredJSONScanner) -> Bool) -> Bool {
        guard take(UInt8(ascii: "[")) else { return false }
        if take(UInt8(ascii: "]")) { return true }
        repeat {
            guard element(&self) else { return false }
        } while take(UInt8(ascii: ","))
        return take(UInt8(ascii: "]"))
    }

    /// true or false.
    mutating func bool() -> Bool? {
        for (word, value) in [("true", true), ("false", false)] {
            let w = Array(word.utf8)
            if i + w.count <= bytes.count, bytes[i..<i + w.count].elementsEqual(w) {
                i += w.count
                return value
            }
        }
        return nil
    }

    /// An integer of at most 18 digits (no fraction or exponent).
    mutating func int() -> Int? {
        let negative = take(UInt8(ascii: "-"))
        let start = i
        var value = 0
        while i < bytes.count, (0x30...0x39).contains(bytes[i]) {
            value = value * 10 + Int(bytes[i] - 0x30)
            i += 1
        }
        guard i > start, i - start <= 18 else { return nil }
        if i < bytes.count, [UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E")].contains(bytes[i]) { return nil }
        return negative ? -value : value
    }

    /// A string: its bytes, with the two-character escapes (`\"`, `\\`, `\/`, `\b`, `\f`, `\n`, `\r`, `\t`) read;
    /// nil at a `\u` escape or a control character.
    mutating func string() -> String? {
        guard take(UInt8(ascii: "\"")) else { return nil }
        let start = i
        var escaped: [UInt8]?
        var run = start
        while i < bytes.count {
            let b = bytes[i]
            if b == UInt8(ascii: "\"") {
                defer { i += 1 }
                guard var text = escaped else { return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self) }
                text.append(contentsOf: bytes[run..<i])
                return String(decoding: text, as: UTF8.self)
            }
            if b < 0x20 { return nil }
            if b == UInt8(ascii: "\\") {
                guard i + 1 < bytes.count else { return nil }
                let byte: UInt8
                switch bytes[i + 1] {
                case UInt8(ascii: "\""): byte = 0x22
                case UInt8(ascii: "\\"): byte = 0x5C
                case UInt8(ascii: "/"): byte = 0x2F
                case UInt8(ascii: "b"): byte = 0x08
                case UInt8(ascii: "f"): byte = 0x0C
                case UInt8(ascii: "n"): byte = 0x0A
                case UInt8(ascii: "r"): byte = 0x0D
                case UInt8(ascii: "t"): byte = 0x09
                default: return nil
                }
                if escaped == nil { escaped = [] }
                escaped!.append(contentsOf: bytes[run..<i])
                escaped!.append(byte)
                i += 2
                run = i
                continue
            }
            i += 1
        }
        return nil
    }
}
