/// Conventions for the tokens that are not plain words.
public enum SegmentationStyle: String, Sendable, CaseIterable {
    /// Policy text: dates and years with their unit (2024年, 6月8日) are one token.
    case policy
    /// Treebank convention (CTB/UD): numbers apart from 年, 月, 日 (2024 年).
    case treebank
}
