import ZhengceText

/// A word-level diff on zhengce's segmentation, merged into readable runs.
///
/// Words come from the segmenter given (the bundled `Segmenter.shared` unless told) over the width- and
/// space-folded text and are compared by their `ComparisonKey`, so a full-width digit, a 、 for a ， or a
/// line wrap is not a change.
/// Each run carries the text as written; the equal and delete runs concatenate to the old text,
/// the equal and insert runs to the new text (leading and trailing white space aside).
public enum WordDiff {
    /// Above this many cells (old words × new words, after trimming the common ends) the middle
    /// is reported as one replacement instead of aligned word by word.
    public static let maximumCells = 4_000_000

    /// The runs turning `old` into `new`, words cut by `segmenter`.
    public static func runs(old: String, new: String, segmenter: Segmenter = .shared) -> [TextRun] {
        let a = words(old, segmenter: segmenter), b = words(new, segmenter: segmenter)
        let ops = diff(a.map(\.key), b.map(\.key))
        var raw: [TextRun] = []
        var i = 0, j = 0
        for op in ops {
            switch op {
            case .equal: raw.append(TextRun(op: .equal, text: b[j].text)); i += 1; j += 1
            case .delete: raw.append(TextRun(op: .delete, text: a[i].text)); i += 1
            case .insert: raw.append(TextRun(op: .insert, text: b[j].text)); j += 1
            }
        }
        return readable(raw)
    }

    struct Word { var text: String; var key: String }

    /// The words of `text`, each with the white space before it, and their comparison keys.
    static func words(_ text: String, segmenter: Segmenter) -> [Word] {
        let trimmed = text.trimmingWhitespace()
        let key = MatchKey(trimmed)
        let original = Array(trimmed.utf16)
        let tokens = segmenter.tokenize(key.folded)
        var words: [Word] = []
        var previousEnd = 0
        for (k, token) in tokens.enumerated() {
            let range = key.originalRange(token.start..<token.end)
            let end = k == tokens.count - 1 ? original.count : max(previousEnd, range.upperBound)
            guard end > previousEnd else { continue }
            let display = String(utf16Units: original[previousEnd..<end])
            words.append(Word(text: display, key: ComparisonKey.make(display)))
            previousEnd = end
        }
        if words.isEmpty && !trimmed.isEmpty { words.append(Word(text: trimmed, key: ComparisonKey.make(trimmed))) }
        return words.filter { !$0.text.isEmpty }
    }

    /// Edit operations from `a` to `b` (longest common subsequence, common ends trimmed first).
    static func diff(_ a: [String], _ b: [String]) -> [TextOperation] {
        var prefix = 0
        while prefix < a.count && prefix < b.count && a[prefix] == b[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < a.count - prefix && suffix < b.count - prefix && a[a.count - 1 - suffix] == b[b.count - 1 - suffix] { suffix += 1 }
        let midA = Array(a[prefix..<(a.count - suffix)]), midB = Array(b[prefix..<(b.count - suffix)])
        var ops = [TextOperation](repeating: .equal, count: prefix)
        if midA.isEmpty || midB.isEmpty || midA.count * midB.count > maximumCells {
            ops += [TextOperation](repeating: .delete, count: midA.count) + [TextOperation](repeating: .insert, count: midB.count)
        } else {
            let n = midA.count, m = midB.count
            let ia = midA.map { $0.hashValue }, ib = midB.map { $0.hashValue }
            // lcs[i][j] for suffixes, in one flat array.
            var lcs = [Int32](repeating: 0, count: (n + 1) * (m + 1))
            for i in stride(from: n - 1, through: 0, by: -1) {
                for j in stride(from: m - 1, through: 0, by: -1) {
                    lcs[i * (m + 1) + j] = ia[i] == ib[j] && midA[i] == midB[j]
                        ? lcs[(i + 1) * (m + 1) + j + 1] + 1
                        : max(lcs[(i + 1) * (m + 1) + j], lcs[i * (m + 1) + j + 1])
                }
            }
            var i = 0, j = 0
            while i < n || j < m {
                if i < n && j < m && midA[i] == midB[j] { ops.append(.equal); i += 1; j += 1 }
                else if j < m && (i == n || lcs[i * (m + 1) + j + 1] >= lcs[(i + 1) * (m + 1) + j]) { ops.append(.insert); j += 1 }
                else { ops.append(.delete); i += 1 }
            }
        }
        return ops + [TextOperation](repeating: .equal, count: suffix)
    }

    /// Merges word operations into runs a person can read: within each stretch of changes all
    /// deleted words come first, then all inserted ones; an equal stretch of a single character
    /// (often punctuation) between two changes, or one matched out of place between a pure insertion
    /// and a pure deletion, is folded into them; a stretch where a word only
    /// gained or lost words at one end becomes a pure insertion or deletion.
    static func readable(_ raw: [TextRun]) -> [TextRun] {
        // Absorb equal islands between changes: a single character (often punctuation), or a stretch
        // the LCS matched out of place, between a pure insertion and a pure deletion no shorter than
        // it ("[+第十五条和+]第十六条[-和第十七条-]" reads as one replacement). Repeat until none is left.
        var items = raw
        var absorbed = true
        while absorbed {
            absorbed = false
            var stretches: [(range: Range<Int>, equal: Bool)] = []
            for (k, item) in items.enumerated() {
                let equal = item.op == .equal
                if let last = stretches.last, last.equal == equal { stretches[stretches.count - 1].range = last.range.lowerBound..<(k + 1) }
                else { stretches.append((k..<(k + 1), equal)) }
            }
            /// Characters deleted and inserted in a change stretch.
            func weight(_ range: Range<Int>) -> (deleted: Int, inserted: Int) {
                items[range].reduce((0, 0)) { w, run in
                    (w.0 + (run.op == .delete ? run.text.count : 0), w.1 + (run.op == .insert ? run.text.count : 0))
                }
            }
            // Back to front, so the ranges still to visit keep their place.
            for s in stretches.indices.dropFirst().dropLast().reversed() where stretches[s].equal {
                let range = stretches[s].range
                let length = items[range].reduce(0) { $0 + $1.text.count }
                let left = weight(stretches[s - 1].range), right = weight(stretches[s + 1].range)
                let shifted = (left.deleted == 0 && right.inserted == 0 && length <= min(left.inserted, right.deleted))
                    || (left.inserted == 0 && right.deleted == 0 && length <= min(left.deleted, right.inserted))
                guard length <= 1 || shifted else { continue }
                items.replaceSubrange(range, with: items[range].flatMap { [TextRun(op: .delete, text: $0.text), TextRun(op: .insert, text: $0.text)] })
                absorbed = true
            }
        }
        // Group: equal runs, and change stretches as delete-then-insert.
        var out: [TextRun] = []
        var deleted = "", inserted = ""
        func appendEqual(_ text: String) {
            guard !text.isEmpty else { return }
            if let last = out.last, last.op == .equal { out[out.count - 1].text += text } else { out.append(TextRun(op: .equal, text: text)) }
        }
        func flush() {
            // A word that only grew or shrank at one end ("办理" → "依法办理") is an insertion or a deletion.
            var tail = ""
            if !deleted.isEmpty && !inserted.isEmpty {
                if inserted.hasPrefix(deleted) || inserted.hasSuffix(deleted) {
                    let atStart = inserted.hasPrefix(deleted)
                    let rest = atStart ? String(inserted.dropFirst(deleted.count)) : String(inserted.dropLast(deleted.count))
                    if atStart { appendEqual(deleted) } else { tail = deleted }
                    deleted = ""; inserted = rest
                } else if deleted.hasPrefix(inserted) || deleted.hasSuffix(inserted) {
                    let atStart = deleted.hasPrefix(inserted)
                    let rest = atStart ? String(deleted.dropFirst(inserted.count)) : String(deleted.dropLast(inserted.count))
                    if atStart { appendEqual(inserted) } else { tail = inserted }
                    inserted = ""; deleted = rest
                }
            }
            if !deleted.isEmpty { out.append(TextRun(op: .delete, text: deleted)) }
            if !inserted.isEmpty { out.append(TextRun(op: .insert, text: inserted)) }
            deleted = ""; inserted = ""
            appendEqual(tail)
        }
        for item in items {
            switch item.op {
            case .delete: deleted += item.text
            case .insert: inserted += item.text
            case .equal:
                flush()
                appendEqual(item.text)
            }
        }
        flush()
        return out
    }
}
