/// One end of a lineage link: a document (corpus or external) and, for measure links, a measure.
/// Each end names its document fully so a reader needs no second lookup.
///
/// The fields are held in one shared box (copied on write): an analysis makes one end per document and
/// per measure and every link of it shares that end (two ends inline were about 200 bytes of each link).
public struct LinkEnd: Codable, Sendable, Hashable {
    /// The document: a corpus document id, or "external:{docNumber or title}" for a cited document not in the corpus.
    public var document: String { get { box.document } set { unique().document = newValue } }
    /// The document's 发文字号, normalised, when known.
    public var docNumber: String? { get { box.docNumber } set { unique().docNumber = newValue } }
    /// The document's title, when known.
    public var title: String? { get { box.title } set { unique().title = newValue } }
    /// True when the document is not in the corpus (known only from a citation).
    public var external: Bool { get { box.external } set { unique().external = newValue } }
    /// For measure links: the measure's id, label and title.
    public var measure: String? { get { box.measure } set { unique().measure = newValue } }
    public var label: String? { get { box.label } set { unique().label = newValue } }
    public var measureTitle: String? { get { box.measureTitle } set { unique().measureTitle = newValue } }

    /// The fields; never changed once shared (`unique()`).
    final class Box: @unchecked Sendable {
        var document: String
        var docNumber: String?
        var title: String?
        var external: Bool
        var measure: String?
        var label: String?
        var measureTitle: String?

        init(document: String, docNumber: String?, title: String?, external: Bool, measure: String?, label: String?,
             measureTitle: String?) {
            self.document = document; self.docNumber = docNumber; self.title = title; self.external = external
            self.measure = measure; self.label = label; self.measureTitle = measureTitle
        }
    }
    private var box: Box

    public init(document: String, docNumber: String? = nil, title: String? = nil, external: Bool = false,
                measure: String? = nil, label: String? = nil, measureTitle: String? = nil) {
        box = Box(document: document, docNumber: docNumber, title: title, external: external, measure: measure, label: label,
                  measureTitle: measureTitle)
    }

    /// The box, copied first when another end shares it.
    private mutating func unique() -> Box {
        if !isKnownUniquelyReferenced(&box) {
            box = Box(document: box.document, docNumber: box.docNumber, title: box.title, external: box.external,
                      measure: box.measure, label: box.label, measureTitle: box.measureTitle)
        }
        return box
    }

    public static func == (l: LinkEnd, r: LinkEnd) -> Bool {
        l.box === r.box || (l.document == r.document && l.docNumber == r.docNumber && l.title == r.title
            && l.external == r.external && l.measure == r.measure && l.label == r.label && l.measureTitle == r.measureTitle)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(document); hasher.combine(docNumber); hasher.combine(title); hasher.combine(external)
        hasher.combine(measure); hasher.combine(label); hasher.combine(measureTitle)
    }

    // Coded as the plain struct it was: the same keys in the same order, absent optionals left out.
    enum CodingKeys: String, CodingKey { case document, docNumber, title, external, measure, label, measureTitle }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(document: try c.decode(String.self, forKey: .document),
                  docNumber: try c.decodeIfPresent(String.self, forKey: .docNumber),
                  title: try c.decodeIfPresent(String.self, forKey: .title), external: try c.decode(Bool.self, forKey: .external),
                  measure: try c.decodeIfPresent(String.self, forKey: .measure),
                  label: try c.decodeIfPresent(String.self, forKey: .label),
                  measureTitle: try c.decodeIfPresent(String.self, forKey: .measureTitle))
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(document, forKey: .document)
        try c.encodeIfPresent(docNumber, forKey: .docNumber)
        try c.encodeIfPresent(title, forKey: .title)
        try c.encode(external, forKey: .external)
        try c.encodeIfPresent(measure, forKey: .measure)
        try c.encodeIfPresent(label, forKey: .label)
        try c.encodeIfPresent(measureTitle, forKey: .measureTitle)
    }
}

extension LinkEnd: CustomReflectable {
    /// The fields, as the plain struct showed them (printing, and the tests that list what a digest reads).
    public var customMirror: Mirror {
        Mirror(self, children: ["document": document, "docNumber": docNumber as Any, "title": title as Any,
                                "external": external, "measure": measure as Any, "label": label as Any,
                                "measureTitle": measureTitle as Any], displayStyle: .struct)
    }

    /// The shared box (`LinkFootprint` counts each once).
    var boxIdentity: ObjectIdentifier { ObjectIdentifier(box) }
}

/// The kind of a lineage link.
public enum LinkType: String, Codable, Sendable, Hashable, CaseIterable {
    /// An explicit 《…》（文号） or 文号 citation: `from` cites `to`.
    case cites
    /// `from` (later, and lower or of the same jurisdiction) takes up `to` (earlier, higher source).
    case derives
    /// Similar, but direction or time do not allow derivation (e.g. against the calendar).
    case related
    /// Two versions of the same plan or law (draft and final, amendments, revisions).
    case version
    /// Peers: documents of the same rank in different jurisdictions sharing measures (policy
    /// diffusion); `from` is the later one when the calendar tells.
    case parallel
    /// `from` repeals or replaces `to` (废止, 停止执行, 同时废止, 代替 in `from`'s text).
    case repeals
}

/// A shared passage between two measures, with UTF-16 offsets into each document's text.
public struct SharedSpan: Codable, Sendable, Hashable {
    public var text: String
    public var fromStart: Int
    public var fromEnd: Int
    public var toStart: Int
    public var toEnd: Int
    public init(text: String, fromStart: Int, fromEnd: Int, toStart: Int, toEnd: Int) {
        self.text = text; self.fromStart = fromStart; self.fromEnd = fromEnd; self.toStart = toStart; self.toEnd = toEnd
    }
}

/// Why a link was made: shared terms and the longest shared passages; how it was inferred.
public struct LinkEvidence: Codable, Sendable, Hashable {
    /// Distinctive terms both sides share, most informative first.
    public var sharedTerms: [String]
    /// The longest shared passages.
    public var spans: [SharedSpan]
    /// How the link was found, e.g. "citation", "measure-alignment", "aggregate of N measure links".
    public var method: String
    /// For measure links: `verbatim` (shared passages carry the match) or `substance` (shared
    /// specific words, listed in `sharedTerms`, carry it); nil otherwise.
    public var kind: String?
    /// For inferred document links: how many measure alignments support it.
    public var supportingMeasures: Int?
    /// Why the link has its type and direction, e.g. "2021-07-02 before 2024-06-08; national ≥ national".
    public var direction: String?

    public init(sharedTerms: [String] = [], spans: [SharedSpan] = [], method: String, supportingMeasures: Int? = nil,
                direction: String? = nil, kind: String? = nil) {
        self.sharedTerms = sharedTerms; self.spans = spans; self.method = method; self.supportingMeasures = supportingMeasures
        self.direction = direction; self.kind = kind
    }
}

/// A link between two documents or two measures.
/// For derives links, `from` is the later (deriving) side and `to` the earlier source.
public struct LineageLink: Codable, Sendable, Hashable {
    public var type: LinkType
    public var from: LinkEnd
    public var to: LinkEnd
    /// Similarity or confidence in 0...1, nil for plain citations.
    public var score: Double?
    /// True when not stated by the text (inferred from measure alignment).
    public var inferred: Bool
    public var evidence: LinkEvidence?

    public init(type: LinkType, from: LinkEnd, to: LinkEnd, score: Double? = nil, inferred: Bool, evidence: LinkEvidence? = nil) {
        self.type = type; self.from = from; self.to = to; self.score = score; self.inferred = inferred; self.evidence = evidence
    }
}

/// The lineage of a corpus: every document and every link.
public struct LineageGraph: Codable, Sendable, Hashable {
    /// Every document of the graph: corpus documents (sorted by id), then external ones (sorted by id).
    public var documents: [LineageDocument]
    /// Document-level links (cites, derives inferred, version) and measure-level links.
    public var links: [LineageLink]
    public init(documents: [LineageDocument] = [], links: [LineageLink]) { self.documents = documents; self.links = links }

    /// Document-level links only (neither end names a measure).
    public var documentLinks: [LineageLink] { links.filter { $0.from.measure == nil && $0.to.measure == nil } }
    /// Measure-level links only.
    public var measureLinks: [LineageLink] { links.filter { $0.from.measure != nil && $0.to.measure != nil } }
}
