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
        guard let object = (try? JSONValue(parsing: json))?.objectValue,
              Set(object.keys).isSubset(of: ["document", "docNumber", "title", "external", "measure", "label", "measureTitle"]),
              let document = object["document"]?.stringValue, case .bool(let external)? = object["external"],
              let docNumber = optionalString(object["docNumber"]), let title = optionalString(object["title"]),
              let measure = optionalString(object["measure"]), let label = optionalString(object["label"]),
              let measureTitle = optionalString(object["measureTitle"]) else { return nil }
        return LinkEnd(document: document, docNumber: docNumber, title: title, external: external, measure: measure,
                       label: label, measureTitle: measureTitle)
    }

    static func evidence(parsing json: String) -> LinkEvidence? {
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
