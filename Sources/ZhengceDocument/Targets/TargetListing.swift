/// A target with the document and measure it belongs to: one row of `zhengce targets`.
public struct TargetEntry: Sendable, Hashable {
    /// The document's id.
    public var document: String
    /// The innermost measure whose text holds the target, or nil for a framing section (发展目标, 总体要求).
    public var measure: Measure?
    /// The target.
    public var target: Target

    /// An entry.
    public init(document: String, measure: Measure?, target: Target) {
        self.document = document; self.measure = measure; self.target = target
    }
}

/// Which targets a listing keeps.
public struct TargetFilter: Sendable {
    /// Department (canonical or as written) that must be responsible for the measure; framing
    /// targets match the document's issuers.
    public var department: String?
    /// Years the target's deadline must fall in (inclusive).
    public var years: ClosedRange<Int>?
    /// The unit, as written ("家") or its base without 万/亿 ("元" matches 万元 and 亿元).
    public var unit: String?

    /// A filter; nil fields keep everything.
    public init(department: String? = nil, years: ClosedRange<Int>? = nil, unit: String? = nil) {
        self.department = department; self.years = years; self.unit = unit
    }

    /// True when `entry` of `document` passes.
    public func accepts(_ entry: TargetEntry, of document: PolicyDocument) -> Bool {
        if let years {
            guard let y = entry.target.year, years.contains(y) else { return false }
        }
        if let unit {
            let u = entry.target.unit
            let base = u.drop { "万亿千".contains($0) }
            guard u == unit || base == unit[...] else { return false }
        }
        if let department {
            if let m = entry.measure {
                guard m.responsible.contains(where: { ($0.department ?? "").contains(department) || $0.name.contains(department) }) else { return false }
            } else {
                guard document.issuers.contains(where: { $0.contains(department) }) else { return false }
            }
        }
        return true
    }
}

extension PolicyDocument {
    /// Every target of the document in text order, each with the innermost measure holding it
    /// (nil for targets of framing sections outside every measure).
    /// - Complexity: O(targets × measures).
    public var targetEntries: [TargetEntry] {
        targets.map { t in
            let owner = measures.filter { $0.start <= t.start && t.end <= $0.end }.min { ($0.end - $0.start) < ($1.end - $1.start) }
            return TargetEntry(document: id, measure: owner, target: t)
        }
    }
}
