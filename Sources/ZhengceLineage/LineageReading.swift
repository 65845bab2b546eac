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
    /// `document`'s light form (of its lineage form, `reading`): its metadata, citations and the first lines of its
    /// text (`LegalRank.header`, what its facts read) without the rest of its text and its measures. A run in shards
    /// holds this form of every document, and the full forms of the documents a step reads
    /// (`analyzeInShards(light:forms:size:…)`): these are what lineage reads of any document (ids, titles, 发文字号,
    /// dates, level, region, status, header history and header, the 发文字号 it cites, for its facts, the citations'
    /// targets, dates, version groups, relations, link ends and the graph's nodes); a document's text and measures only
    /// where its measures are read.
    public static func light(_ document: PolicyDocument) -> PolicyDocument {
        var kept = document
        kept.text = LegalRank.header(document)
        kept.measures = []
        // The rest as the lineage form leaves it out (no measures left to trim).
        return reading(kept)
    }
}
