extension PolicyDocument {
    enum CodingKeys: String, CodingKey {
        case id, title, noticeTitle, docNumber, issuers, date, publishedDate, type, level, region, status, period
        case provenance, source, text, provisions, measures, citations, warnings, targets, history, dateBasis, originalText
    }

    /// Decodes a document; `targets`, `history` and `dateBasis` (added later) may be absent in older JSON.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            id: try c.decode(String.self, forKey: .id),
            title: try c.decodeIfPresent(String.self, forKey: .title),
            noticeTitle: try c.decodeIfPresent(String.self, forKey: .noticeTitle),
            docNumber: try c.decodeIfPresent(String.self, forKey: .docNumber),
            issuers: try c.decode([String].self, forKey: .issuers),
            date: try c.decodeIfPresent(String.self, forKey: .date),
            publishedDate: try c.decodeIfPresent(String.self, forKey: .publishedDate),
            type: try c.decodeIfPresent(String.self, forKey: .type),
            level: try c.decodeIfPresent(DocumentLevel.self, forKey: .level),
            region: try c.decodeIfPresent(String.self, forKey: .region),
            status: try c.decode(DocumentStatus.self, forKey: .status),
            period: try c.decodeIfPresent(PlanPeriod.self, forKey: .period),
            provenance: try c.decode([String: FieldSource].self, forKey: .provenance),
            source: try c.decode(SourceInfo.self, forKey: .source),
            text: try c.decode(String.self, forKey: .text),
            provisions: try c.decode([Provision].self, forKey: .provisions),
            measures: try c.decode([Measure].self, forKey: .measures),
            citations: try c.decode([Citation].self, forKey: .citations),
            warnings: try c.decode([ParseWarning].self, forKey: .warnings))
        targets = try c.decodeIfPresent([Target].self, forKey: .targets) ?? []
        history = try c.decodeIfPresent([LegislativeEvent].self, forKey: .history) ?? []
        dateBasis = try c.decodeIfPresent(String.self, forKey: .dateBasis)
        originalText = try c.decodeIfPresent(String.self, forKey: .originalText)
    }
}
