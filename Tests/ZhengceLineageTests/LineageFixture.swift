import ZhengceDocument
@testable import ZhengceLineage

/// The analysis of the seed excerpts, computed once.
enum LineageFixture {
    static let analysis: LineageAnalysis = LineageAnalyzer().analyze(DocumentBuilder.seedExcerpts)

    /// Derives links from measure `label` of `document`, best first.
    static func parents(_ document: String, _ label: String, in analysis: LineageAnalysis = analysis) -> [LineageLink] {
        analysis.graph.measureLinks
            .filter { $0.type == .derives && $0.from.document == document && $0.from.label == label }
            .sorted { ($0.score ?? 0) > ($1.score ?? 0) }
    }

    /// All measure links (any type) between two measures, in either direction.
    static func links(_ a: (String, String), _ b: (String, String), in analysis: LineageAnalysis = analysis) -> [LineageLink] {
        analysis.graph.measureLinks.filter {
            ($0.from.document == a.0 && $0.from.label == a.1 && $0.to.document == b.0 && $0.to.label == b.1)
                || ($0.from.document == b.0 && $0.from.label == b.1 && $0.to.document == a.0 && $0.to.label == a.1)
        }
    }
}
