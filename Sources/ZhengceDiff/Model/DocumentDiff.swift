/// The differences between two versions of a policy document: a 新旧对照表.
public struct DocumentDiff: Codable, Sendable, Hashable {
    /// Counts of changes by kind.
    public struct Summary: Codable, Sendable, Hashable {
        public var added = 0, removed = 0, modified = 0, moved = 0, renumbered = 0, split = 0, merged = 0, unchanged = 0
        /// Old provisions with no confident counterpart but a nearest new one (`ChangeKind.uncertain`).
        public var uncertain = 0
        /// Metadata fields changed.
        public var metadata = 0

        /// Makes an empty summary.
        public init() {}

        /// Counts `kind` once.
        mutating func count(_ kind: ChangeKind) {
            switch kind {
            case .added: added += 1
            case .removed: removed += 1
            case .uncertain: uncertain += 1
            case .modified: modified += 1
            case .moved: moved += 1
            case .renumbered: renumbered += 1
            case .split: split += 1
            case .merged: merged += 1
            case .unchanged: unchanged += 1
            }
        }

        /// Changes other than unchanged provisions, metadata included.
        public var differences: Int { added + removed + uncertain + modified + moved + renumbered + split + merged + metadata }
    }

    /// The old document.
    public var old: DocumentSide
    /// The new document.
    public var new: DocumentSide
    /// Counts by kind, over all units (headings, articles, items).
    public var summary: Summary
    /// Counts by kind over articles (第…条) alone, or the top-level provisions of a document without
    /// articles: what a reader means by "how many articles were renumbered, rewritten, split…".
    public var articles: Summary
    /// Metadata fields that differ.
    public var metadata: [MetadataChange]
    /// Changes in new-document order (removed provisions where they stood); unchanged ones only
    /// when the diff was asked to keep them.
    public var changes: [ProvisionChange]

    /// Makes a diff.
    public init(old: DocumentSide, new: DocumentSide, summary: Summary, articles: Summary = Summary(), metadata: [MetadataChange],
                changes: [ProvisionChange]) {
        self.old = old; self.new = new; self.summary = summary; self.articles = articles; self.metadata = metadata; self.changes = changes
    }

    /// True when the versions do not differ (unchanged provisions aside).
    public var isEmpty: Bool { summary.differences == 0 }
}
