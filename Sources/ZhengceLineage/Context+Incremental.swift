import ZhengceDocument

extension Context {
    /// The documents near the changed ones, whose measures an incremental analysis cuts into words (for
    /// paraphrases and evidence): the changed ones, those linked to them before, and those they cite, are
    /// cited by or are versions of. Nil for a full analysis (all).
    func nearDocuments() -> Set<Int>? {
        guard let focus else { return nil }
        var scope = focus.union(neighbours)
        for i in focus {
            scope.formUnion(cites[i] ?? [])
            scope.formUnion(versions[i])
        }
        for (citing, cited) in cites where !cited.isDisjoint(with: focus) { scope.insert(citing) }
        return scope
    }

    /// True when a full analysis is run, or when document `x` or `y` is a changed one.
    func touchesFocus(_ x: Int, _ y: Int) -> Bool {
        guard let focus else { return true }
        return focus.contains(x) || focus.contains(y)
    }

    /// The evidence terms' counts (measures, documents), as kept for later analyses.
    mutating func termCounts(_ index: MeasureIndex) -> [String: CorpusStatistics.Counts] {
        if wordFrequency.isEmpty { countWords(index) }
        return keptTermCounts()
    }

    /// The counts of `wordFrequency` kept (words of two measures or more).
    func keptTermCounts() -> [String: CorpusStatistics.Counts] {
        var result: [String: CorpusStatistics.Counts] = [:]
        for (term, counts) in wordFrequency where counts.measures >= 2 {
            result[term] = CorpusStatistics.Counts(measures: Int32(counts.measures), documents: Int32(counts.documents))
        }
        return result
    }
}
