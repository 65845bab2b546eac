/// One entry of a diff: how an old provision (or several) maps to a new one (or several).
public struct ProvisionChange: Codable, Sendable, Hashable {
    /// What happened.
    public var kind: ChangeKind
    /// The old provision (the first part for a merge), nil when added.
    public var old: ProvisionRef?
    /// The new provision (the first part for a split), nil when removed.
    public var new: ProvisionRef?
    /// All old parts of a merge (nil otherwise).
    public var oldParts: [ProvisionRef]?
    /// All new parts of a split (nil otherwise).
    public var newParts: [ProvisionRef]?
    /// Content similarity in 0…1 (Dice over character bigrams of the comparison keys).
    public var similarity: Double
    /// Word-level changes, merged into readable runs (empty when the text is the same).
    public var text: [TextRun]
    /// Department changes, nil when none.
    public var departments: DepartmentChanges?
    /// Target changes.
    public var targets: [TargetChange]
    /// For an `uncertain` old provision: the new provision nearest to it by words, which the alignment did not
    /// take for its counterpart (nil otherwise).
    public var nearest: ProvisionRef?
    /// For an `uncertain` old provision: the weight of its content words the nearest new provision holds, over the
    /// weight of all its content words (words weighted by how few provisions use them; 0…1).
    public var nearestShare: Double?

    /// Makes a change entry.
    public init(kind: ChangeKind, old: ProvisionRef?, new: ProvisionRef?, oldParts: [ProvisionRef]? = nil,
                newParts: [ProvisionRef]? = nil, similarity: Double, text: [TextRun] = [],
                departments: DepartmentChanges? = nil, targets: [TargetChange] = [], nearest: ProvisionRef? = nil,
                nearestShare: Double? = nil) {
        self.kind = kind; self.old = old; self.new = new; self.oldParts = oldParts; self.newParts = newParts
        self.similarity = similarity; self.text = text; self.departments = departments; self.targets = targets
        self.nearest = nearest; self.nearestShare = nearestShare
    }
}
