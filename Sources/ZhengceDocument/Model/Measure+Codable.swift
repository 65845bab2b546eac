extension Measure {
    enum CodingKeys: String, CodingKey {
        case id, provision, label, path, title, text, start, end, responsible, targets, citations, facts
    }

    /// Decodes a measure; `facts` (added later) may be absent in older JSON.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(id: try c.decode(String.self, forKey: .id), provision: try c.decode(Int.self, forKey: .provision),
                  label: try c.decode(String.self, forKey: .label), path: try c.decode([String].self, forKey: .path),
                  title: try c.decode(String.self, forKey: .title), text: try c.decode(String.self, forKey: .text),
                  start: try c.decode(Int.self, forKey: .start), end: try c.decode(Int.self, forKey: .end),
                  responsible: try c.decode([Responsibility].self, forKey: .responsible),
                  targets: try c.decode([Target].self, forKey: .targets),
                  citations: try c.decode([Citation].self, forKey: .citations))
        facts = try c.decodeIfPresent([MeasureFact].self, forKey: .facts) ?? []
    }
}
