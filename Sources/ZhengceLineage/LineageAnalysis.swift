import ZhengceDocument

/// The result of a lineage analysis: the graph, the documents it was built from, and the cost.
public struct LineageAnalysis: Sendable {
    /// Documents (corpus and external) and links.
    public var graph: LineageGraph
    /// The analysed corpus documents, sorted by id.
    public var documents: [PolicyDocument]
    /// What the measure alignment cost.
    public var statistics: AlignmentStatistics
    /// In an incremental analysis, how many documents near the changed ones had their words compared.
    public var nearDocuments: Int?
    /// The corpus's counts, when asked for (`LineageAnalyzer.analyze(_:keepingStatistics:)`).
    public var corpusStatistics: CorpusStatistics?

    public init(graph: LineageGraph, documents: [PolicyDocument], statistics: AlignmentStatistics) {
        self.graph = graph; self.documents = documents; self.statistics = statistics
    }
}
