import ZhengceDocument

/// A measure named in a coverage table or trace, with its document, and the score of the link to it.
public struct MeasureMatch: Codable, Sendable, Hashable {
    /// The document id.
    public var document: String
    /// The document's 发文字号, when known.
    public var docNumber: String?
    /// The measure id, label and title.
    public var measure: String
    public var label: String
    public var title: String
    /// Link type and score.
    public var type: LinkType
    public var score: Double?
    /// The longest shared passage, when any.
    public var passage: String?
    /// `verbatim` or `substance` (see `LinkEvidence.kind`).
    public var kind: String?
    /// Shared specific words.
    public var sharedTerms: [String]?
    /// How sure the link is (`LinkConfidence`), when the table was made with it.
    public var confidence: LinkConfidence.Level? = nil
}

/// How one child document treats one measure of its parent.
public enum TakeUpState: String, Codable, Sendable, Hashable {
    /// Taken up with shared passages.
    case verbatim
    /// Taken up in other words (shared specific words).
    case substance
    /// No counterpart found in the child.
    case none
}

/// One child document's take-up of a parent measure: its state, and the child measure that takes it up.
public struct TakeUp: Codable, Sendable, Hashable {
    /// The child document id.
    public var document: String
    /// Verbatim, in substance, or no counterpart.
    public var state: TakeUpState
    /// The best child measure taking it up (nil when `none`).
    public var match: MeasureMatch?
    /// The child's other measures that take it up too, best first (nil when none): a plan may spread one measure
    /// of its parent over several of its own (四川 4. and 5. both take up 125号 （一）).
    public var also: [MeasureMatch]? = nil
}

/// One measure of a coverage table: what it takes up (as a child) or who takes it up (as a parent).
public struct CoverageRow: Codable, Sendable, Hashable {
    /// The measure id, label and title.
    public var measure: String
    public var label: String
    public var title: String
    /// For a child: the earlier measures it derives from, best first (empty: new here).
    public var sources: [MeasureMatch]
    /// For a parent: later measures that derive from it, best first.
    public var takenUpBy: [MeasureMatch]
    /// Similar measures that cannot be a source or a descendant (against the calendar or level).
    public var related: [MeasureMatch]
    /// True when no earlier measure is its source.
    public var newHere: Bool
    /// For a parent: one entry per child document (in `CoverageTable.children` order).
    public var coverage: [TakeUp]
}

/// How a document's measures relate to its parent and child documents.
public struct CoverageTable: Codable, Sendable, Hashable {
    /// The document.
    public var document: LineageDocument
    /// Documents it cites or derives from (ids): corpus documents first, cited before inferred.
    public var parents: [String]
    /// Documents that cite it or derive from it (ids).
    public var children: [String]
    /// One row per measure, in document order.
    public var rows: [CoverageRow]

    /// The coverage of document `id` in `analysis`, or nil when it is not a corpus document. With `confidence`, each
    /// `derives` and `related` match says how sure its link is.
    public init?(analysis: LineageAnalysis, document id: String, confidence: LinkConfidence? = nil) {
        guard let document = analysis.documents.first(where: { $0.id == id }),
              let node = analysis.graph.documents.first(where: { $0.id == id }) else { return nil }
        self.document = node
        let documentLinks = analysis.graph.documentLinks
        parents = documentLinks.filter { $0.from.document == id && ($0.type == .cites || $0.type == .derives) }
            .sorted { ($0.to.external ? 1 : 0, $0.type.order, $0.to.document) < ($1.to.external ? 1 : 0, $1.type.order, $1.to.document) }
            .map(\.to.document)
            .reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        children = documentLinks.filter { $0.to.document == id && ($0.type == .cites || $0.type == .derives) }
            .map(\.from.document).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }.sorted()
        var sources: [String: [MeasureMatch]] = [:], takers: [String: [MeasureMatch]] = [:], related: [String: [MeasureMatch]] = [:]
        for link in analysis.graph.measureLinks {
            guard let fromMeasure = link.from.measure, let toMeasure = link.to.measure else { continue }
            let level = confidence?.level(of: link)
            switch link.type {
            case .derives:
                if link.from.document == id { sources[fromMeasure, default: []].append(MeasureMatch(end: link.to, link: link, confidence: level)) }
                if link.to.document == id { takers[toMeasure, default: []].append(MeasureMatch(end: link.from, link: link, confidence: level)) }
            case .related, .version, .parallel:
                if link.from.document == id { related[fromMeasure, default: []].append(MeasureMatch(end: link.to, link: link, confidence: level)) }
                if link.to.document == id { related[toMeasure, default: []].append(MeasureMatch(end: link.from, link: link, confidence: level)) }
            case .cites, .repeals:
                break
            }
        }
        func best(_ list: [MeasureMatch]?) -> [MeasureMatch] {
            (list ?? []).sorted { ($0.score ?? 0, $1.document, $1.measure) > ($1.score ?? 0, $0.document, $0.measure) }
        }
        let children = self.children
        rows = document.measures.map { measure in
            let s = best(sources[measure.id])
            let taken = best(takers[measure.id])
            let coverage = children.map { child -> TakeUp in
                // Verbatim wins over substance; then the best score.
                let matches = taken.filter { $0.document == child }
                guard let top = matches.first(where: { $0.kind != "substance" }) ?? matches.first else {
                    return TakeUp(document: child, state: .none, match: nil)
                }
                let others = matches.filter { $0 != top }
                return TakeUp(document: child, state: top.kind == "substance" ? .substance : .verbatim, match: top,
                              also: others.isEmpty ? nil : others)
            }
            return CoverageRow(measure: measure.id, label: measure.label, title: measure.title, sources: s,
                               takenUpBy: taken, related: best(related[measure.id]), newHere: s.isEmpty, coverage: coverage)
        }
    }
}

extension MeasureMatch {
    /// The match for the `end` of `link`.
    init(end: LinkEnd, link: LineageLink, confidence: LinkConfidence.Level? = nil) {
        self.init(document: end.document, docNumber: end.docNumber, measure: end.measure ?? "", label: end.label ?? "",
                  title: end.measureTitle ?? "", type: link.type, score: link.score, passage: link.evidence?.spans.first?.text,
                  kind: link.evidence?.kind, sharedTerms: link.evidence.map(\.sharedTerms).flatMap { $0.isEmpty ? nil : $0 },
                  confidence: confidence)
    }
}
