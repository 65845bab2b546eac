import ZhengceText

/// Cuts a passage of a measure's text around the query's words and marks them.
///
/// Matching is done on the folded text (`IndexTerms.fold`), and ranges are mapped back to the
/// original text through `MatchKey`, so full-width letters or spaces between characters do not
/// shift the marks.
struct SnippetBuilder {
    /// The literal strings to mark (folded): the word-character runs of the positive terms.
    let needles: [[UInt16]]

    init(query: ParsedQuery) {
        var seen: Set<String> = []
        var needles: [[UInt16]] = []
        for term in query.groups.joined() {
            for run in IndexTerms.runs(of: IndexTerms.fold(term.text)) where seen.insert(run.text).inserted {
                needles.append(Array(run.text.utf16))
            }
        }
        // Longer needles first so they win over their own parts.
        self.needles = needles.sorted { $0.count > $1.count }
    }

    /// The snippet of `text` at most `width` UTF-16 units wide.
    func snippet(of text: String, width: Int) -> Snippet {
        let units = Array(text.utf16)
        var (folded, offsets) = MatchKey.foldedUTF16(units: units)
        for i in folded.indices where folded[i] >= 0x41 && folded[i] <= 0x5A { folded[i] += 0x20 }
        var ranges: [(range: Range<Int>, needle: Int)] = []
        for (n, needle) in needles.enumerated() where !needle.isEmpty && needle.count <= folded.count {
            var i = 0
            while i + needle.count <= folded.count {
                if folded[i] == needle[0] && folded[i..<(i + needle.count)].elementsEqual(needle) {
                    ranges.append((MatchKey.originalRange(i..<(i + needle.count), offsets: offsets), n))
                    i += needle.count
                } else {
                    i += 1
                }
            }
        }
        // Keep non-overlapping ranges, longest needles first.
        var kept: [(range: Range<Int>, needle: Int)] = []
        for r in ranges where !kept.contains(where: { $0.range.overlaps(r.range) }) { kept.append(r) }
        kept.sort { $0.range.lowerBound < $1.range.lowerBound }

        let window = max(16, width)
        var start = 0
        if let first = kept.first {
            // The window that shows the most different needles, earliest on ties.
            var best = (count: -1, start: 0)
            for anchor in kept {
                let s = max(0, anchor.range.lowerBound - window / 4)
                let covered = Set(kept.filter { $0.range.lowerBound >= s && $0.range.upperBound <= s + window }.map(\.needle))
                if covered.count > best.count { best = (covered.count, s) }
            }
            start = best.count >= 0 ? best.start : max(0, first.range.lowerBound - window / 4)
        }
        var end = min(units.count, start + window)
        if end - start < window { start = max(0, end - window) }
        // Never cut a surrogate pair.
        if start > 0 && start < units.count && UTF16.isTrailSurrogate(units[start]) { start -= 1 }
        if end < units.count && end > 0 && UTF16.isLeadSurrogate(units[end - 1]) { end += 1 }
        end = min(end, units.count)
        let highlights = kept.map(\.range).filter { $0.lowerBound >= start && $0.upperBound <= end }
            .map { Snippet.Highlight(start: $0.lowerBound, end: $0.upperBound) }
        // The window never cuts a surrogate pair (above), so its units make a whole string.
        return Snippet(text: String(utf16Units: units[start..<end]), start: start, end: end,
                       measureLength: units.count, highlights: highlights)
    }
}
