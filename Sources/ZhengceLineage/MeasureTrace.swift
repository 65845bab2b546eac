/// One step of a measure's lineage: the link, and how far it is from the traced measure.
public struct TraceStep: Codable, Sendable, Hashable {
    /// 1 for a direct source or descendant, 2 for one further, …
    public var depth: Int
    /// The link (for ancestors `from` is the nearer measure, for descendants `to` is).
    public var link: LineageLink

    public init(depth: Int, link: LineageLink) { self.depth = depth; self.link = link }
}

/// The ancestors and descendants of one measure, with scores and evidence.
public struct MeasureTrace: Codable, Sendable, Hashable {
    /// The traced measure.
    public var measure: LinkEnd
    /// Earlier measures it derives from, transitively (breadth first, best first per level).
    public var ancestors: [TraceStep]
    /// Later measures that derive from it, transitively.
    public var descendants: [TraceStep]
    /// Similar measures linked as related or version.
    public var related: [LineageLink]

    /// Traces measure `measureID` through the measure links of `graph`, up to `maximumDepth` steps.
    public init(graph: LineageGraph, measure end: LinkEnd, maximumDepth: Int = 4) {
        measure = end
        let links = graph.measureLinks
        var upward: [String: [LineageLink]] = [:], downward: [String: [LineageLink]] = [:]
        for link in links where link.type == .derives {
            upward[link.from.measure ?? "", default: []].append(link)
            downward[link.to.measure ?? "", default: []].append(link)
        }
        func walk(_ next: [String: [LineageLink]], _ far: (LineageLink) -> String) -> [TraceStep] {
            var steps: [TraceStep] = []
            var seen: Set<String> = [end.measure ?? ""]
            var frontier = [end.measure ?? ""]
            for depth in 1...max(1, maximumDepth) {
                var following: [String] = []
                for id in frontier {
                    let out = (next[id] ?? []).sorted { ($0.score ?? 0, far($1)) > ($1.score ?? 0, far($0)) }
                    for link in out where seen.insert(far(link)).inserted {
                        steps.append(TraceStep(depth: depth, link: link))
                        following.append(far(link))
                    }
                }
                if following.isEmpty { break }
                frontier = following
            }
            return steps
        }
        ancestors = walk(upward) { $0.to.measure ?? "" }
        descendants = walk(downward) { $0.from.measure ?? "" }
        related = links.filter { ($0.type == .related || $0.type == .version)
            && ($0.from.measure == end.measure || $0.to.measure == end.measure) }
            .sorted { ($0.score ?? 0) > ($1.score ?? 0) }
    }
}
