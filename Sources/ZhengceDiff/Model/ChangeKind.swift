/// How a provision fared between two versions.
public enum ChangeKind: String, Codable, Sendable, Hashable, CaseIterable {
    /// Only in the new version.
    case added
    /// Only in the old version.
    case removed
    /// Only in the old version as far as the alignment can tell, but one new provision is its nearest by words above a
    /// low floor (`ProvisionChange.nearest`): perhaps rewritten there, perhaps removed. Never counted as a pair.
    case uncertain
    /// Same place in the order, text changed (its label may have changed too).
    case modified
    /// Out of the old order or into another section (text may have changed too).
    case moved
    /// Same text, new label only.
    case renumbered
    /// One old provision became two or more new ones.
    case split
    /// Two or more old provisions became one new one.
    case merged
    /// Same text and label.
    case unchanged
}
