/// How sure a `derives` or `related` measure link is (issue 15, twentieth round), read from the links of a whole graph.
///
/// No link is withheld for it: every link keeps its type, and its confidence says how often links like it were right
/// when read (`scripts/lineage-tiers.py` against `Benchmarks/lineage-labels.tsv`), so an analyst can ask for the sure
/// ones only (`zhengce lineage --confident`). A link is **high** when its two documents are joined by a citation (either
/// way) and one of two positive signals holds:
///
/// - **a linked sibling**: an article of another document that derives from the same parent article is itself linked
///   (any type) to this child article — the parent article is taken up the same way elsewhere;
/// - **strong**: the score is at least `strongScore` (read at the three decimals the TSV prints).
///
/// Every other link is **low**. On the labelled rows (round twenty, main c4720b0's law output) `derives` high is right
/// 49 of 51 and 52 of 53 times on the two halves, low 0.72 and 0.76; a sibling without a citation (17 of 24) or a citation
/// alone under 0.5 (51 of 72) says little. Of 21 high links drawn fresh and read, 21 were right; of 10 low ones, 7.
///
/// It is made from the graph's links, not stored with them: a link's siblings are links of other documents, so an edit
/// run, which makes again only the links of the changed documents, would leave the confidence of the others stale.
/// The lineage command, which has the whole graph, computes it for what it prints.
public struct LinkConfidence: Sendable {
    /// The tiers, surest first.
    public enum Level: String, Codable, Sendable, Hashable, CaseIterable {
        case high, low
    }

    /// The signals of one link.
    public struct Signals: Sendable, Hashable {
        /// The two documents are joined by a citation, either way.
        public var cited = false
        /// Another document's article deriving from the same parent article is linked to the child article.
        public var sibling = false
        /// The score is at least `strongScore`.
        public var strong = false

        /// The tier these signals put a link in.
        public var level: Level { cited && (sibling || strong) ? .high : .low }
    }

    /// What `high` means, in the words outputs print beside it.
    public static let highMeaning = "the documents are joined by a citation, and the article is taken up the same way by another text or scores at least 0.5"

    /// The score from which a link counts as strong.
    public static let strongScore = 0.5

    struct Key: Hashable { var type: LinkType; var from: String; var to: String }
    private var signals: [Key: Signals] = [:]

    /// The signals of every `derives` and `related` measure link of `graph`.
    public init(graph: LineageGraph) {
        struct Pair: Hashable { var from: String; var to: String }
        var cited = Set<Pair>()
        for link in graph.links where link.type == .cites && link.from.measure == nil && link.to.measure == nil {
            cited.insert(Pair(from: link.from.document, to: link.to.document))
        }
        // The articles linked to each article (any type but cites), and the articles deriving from each parent article
        // with their documents.
        var near: [String: Set<String>] = [:]
        var children: [String: [(measure: String, document: String)]] = [:]
        for link in graph.links where link.type != .cites {
            guard let from = link.from.measure, let to = link.to.measure else { continue }
            near[from, default: []].insert(to)
            near[to, default: []].insert(from)
            if link.type == .derives { children[to, default: []].append((from, link.from.document)) }
        }
        for link in graph.links where link.type == .derives || link.type == .related {
            guard let from = link.from.measure, let to = link.to.measure else { continue }
            var s = Signals()
            s.cited = cited.contains(Pair(from: link.from.document, to: link.to.document))
                || cited.contains(Pair(from: link.to.document, to: link.from.document))
            let linked = near[from] ?? []
            s.sibling = (children[to] ?? []).contains { $0.document != link.from.document && linked.contains($0.measure) }
            s.strong = ((link.score ?? 0) * 1000).rounded() / 1000 >= LinkConfidence.strongScore
            signals[Key(type: link.type, from: from, to: to)] = s
        }
    }

    /// The signals of a `derives` or `related` measure link of the graph, nil for any other link.
    public func signals(of link: LineageLink) -> Signals? {
        guard let from = link.from.measure, let to = link.to.measure else { return nil }
        return signals[Key(type: link.type, from: from, to: to)]
    }

    /// The tier of a `derives` or `related` measure link of the graph, nil for any other link.
    public func level(of link: LineageLink) -> Level? { signals(of: link)?.level }

    /// `graph` without the `derives` and `related` measure links below `level` (every other link kept).
    public func keeping(_ graph: LineageGraph, atLeast level: Level = .high) -> LineageGraph {
        var result = graph
        result.links = graph.links.filter { link in
            guard let own = self.level(of: link) else { return true }
            return own == level || level == .low
        }
        return result
    }
}

extension LinkConfidence {
    /// A graph as `LineageGraph` codes it, each `derives` and `related` measure link with its `confidence`.
    public struct RatedGraph: Encodable, Sendable {
        public var graph: LineageGraph
        public var confidence: LinkConfidence

        public init(graph: LineageGraph, confidence: LinkConfidence) { self.graph = graph; self.confidence = confidence }

        enum Keys: String, CodingKey { case documents, links }

        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: Keys.self)
            try c.encode(graph.documents, forKey: .documents)
            var links = c.nestedUnkeyedContainer(forKey: .links)
            for link in graph.links { try links.encode(RatedLink(link: link, level: confidence.level(of: link))) }
        }
    }

    /// A link coded as `LineageLink` codes it, with `confidence` beside its fields when it has one.
    struct RatedLink: Encodable {
        var link: LineageLink
        var level: Level?

        enum Keys: String, CodingKey { case confidence }

        func encode(to encoder: Encoder) throws {
            try link.encode(to: encoder)
            var c = encoder.container(keyedBy: Keys.self)
            try c.encodeIfPresent(level, forKey: .confidence)
        }
    }
}
