import ZhengceDocument

/// Where a measure's `text` (which leaves out its label) starts in its document's text, so ranges
/// given in document offsets (targets, shared passages) can be marked in the measure text.
enum MeasureText {
    /// The UTF-16 offset in `document.text` at which `measure.text` starts (`measure.start` when not found).
    static func start(of measure: Measure, in document: PolicyDocument) -> Int {
        let text = Array(document.text.utf16)
        let head = Array(measure.text.utf16.prefix(12))
        guard !head.isEmpty, measure.start >= 0, measure.start < text.count else { return measure.start }
        let last = min(text.count - head.count, measure.end)
        var i = measure.start
        while i <= last {
            if text[i] == head[0] && Array(text[i..<(i + head.count)]) == head { return i }
            i += 1
        }
        return measure.start
    }

    /// Document ranges turned into ranges of the measure text (those outside it dropped).
    static func ranges(_ ranges: [(Int, Int)], of measure: Measure, in document: PolicyDocument) -> [Range<Int>] {
        let base = start(of: measure, in: document)
        let length = measure.text.utf16.count
        return ranges.compactMap { a, b in
            let lo = max(0, a - base), hi = min(length, b - base)
            return lo < hi ? lo..<hi : nil
        }
    }
}
