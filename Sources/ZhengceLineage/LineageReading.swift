import ZhengceDocument

extension LineageAnalyzer {
    /// `document` with only what lineage reads: its text, metadata, header history, citations and
    /// measures (ids, labels, titles, paths, offsets, citations). The outline's provisions, warnings,
    /// provenance, targets, responsibilities and facts are left out, and so is a measure's own text
    /// where the document text holds it between the measure's offsets (the text lineage reads then).
    ///
    /// An analysis of these forms gives the same links as one of the whole documents (tested); a
    /// caller holding a large corpus for lineage keeps about half the memory.
    public static func reading(_ document: PolicyDocument) -> PolicyDocument {
        var kept = document
        kept.provisions = []
        kept.warnings = []
        kept.provenance = [:]
        kept.targets = []
        kept.originalText = nil
        let length = document.text.utf16.count
        kept.measures = document.measures.map { measure in
            var m = measure
            m.responsible = []
            m.targets = []
            m.facts = []
            // Lineage reads a measure's text from the document's text when its offsets fall inside it.
            if min(measure.end, length) > max(0, min(measure.start, length)) { m.text = "" }
            return m
        }
        return kept
    }
}

extension LineageAnalyzer {
    /// `document`'s light form (of its lineage form, `reading`): its metadata without its text, measures and
    /// citations. A run in shards holds this form of every document, and the full forms of the documents a step reads
    /// (`analyzeInShards(light:forms:size:…)`): the metadata is what lineage reads of any document (ids, titles,
    /// 发文字号, dates, level, region, status, header history, for version groups, relations, link ends and the graph's
    /// nodes); a document's text, measures and citations only where it aligns, cites or is cited.
    public static func light(_ document: PolicyDocument) -> PolicyDocument {
        var kept = document
        kept.provisions = []
        kept.warnings = []
        kept.provenance = [:]
        kept.targets = []
        kept.originalText = nil
        kept.text = ""
        kept.measures = []
        kept.citations = []
        return kept
    }
}
