import ZhengceDocument

/// A full analysis whose links are still held by it, handed over a batch at a time (`handOver(batch:_:)`) to a
/// caller that writes them somewhere (the store) and lets them go, instead of being held in one array beside
/// their stored rows (`LineageAnalyzer.analysisHandingOver(_:keepingStatistics:)`).
public final class LineageHandOver {
    private var context: Context
    private var handed = false

    init(_ context: Context) { self.context = context }

    /// Gives every link to `body`, `size` links at a time (the last batch may be shorter; `body` is not called
    /// when there is no link), in the order of `LineageAnalyzer.analyze(_:keepingStatistics:)`'s links and equal
    /// to them (the passages' texts cut). The analysis holds no link of a batch once `body` has returned. Only
    /// the first call hands links over.
    public func handOver(batch size: Int, _ body: ([LineageLink]) throws -> Void) rethrows {
        guard !handed else { return }
        handed = true
        try context.handOver(batch: size, body)
    }

    /// The analysis without its links (`graph.links` empty): its documents, statistics and, when kept, the
    /// corpus counts.
    public func analysis() -> LineageAnalysis { context.analysis(links: []) }

    /// The corpus counts of the analysis, when kept (`analysis().corpusStatistics`, without making its documents).
    public var corpusStatistics: CorpusStatistics? { context.corpusStatistics }

    /// The candidates the cap read and kept, when the counts are kept (`analysis().candidateCap`).
    public var candidateCap: CandidateCap? { context.capRecord }
}

extension LineageAnalyzer {
    /// Analyses `documents` as `analyze(_:keepingStatistics:)` does, but keeps the links for `handOver(batch:_:)`.
    public func analysisHandingOver(_ documents: [PolicyDocument], keepingStatistics: Bool = false) -> LineageHandOver {
        var context = Context(documents: documents.sorted { $0.id < $1.id }, options: options)
        context.segmenter = segmenter
        context.keepStatistics = keepingStatistics
        context.recordCap = keepingStatistics
        context.run()
        return LineageHandOver(context)
    }
}
