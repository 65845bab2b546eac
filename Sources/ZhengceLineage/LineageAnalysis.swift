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
    /// The candidates the cap read and kept (`CandidateCap`): made by a full analysis that keeps its counts, brought up
    /// to date by an incremental one given the last.
    public var candidateCap: CandidateCap?
    /// In an incremental analysis given the last candidates, the documents (ids, not changed ones) whose stored
    /// candidates the cap decided otherwise: their links are those of another cap and must be made again.
    public var capWidened: Set<String> = []

    public init(graph: LineageGraph, documents: [PolicyDocument], statistics: AlignmentStatistics) {
        self.graph = graph; self.documents = documents; self.statistics = statistics
    }
}
