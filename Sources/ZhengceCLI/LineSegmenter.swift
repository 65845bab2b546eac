import ZhengceText

/// Segments whole texts line by line with the chosen engine, for `zhengce segment`.
struct LineSegmenter {
    let engine: SegmentEngine
    let segmenter: Segmenter

    /// UTF-16 token ranges of `units`.
    func ranges(_ units: [UInt16]) -> [Range<Int>] {
        switch engine {
        case .zhengce:
            return segmenter.ranges(utf16: units)
        case .icu:
            guard let breaker = try? ICUWordBreaker(locale: "zh"), let cuts = try? breaker.boundaries(units) else { return [] }
            var out: [Range<Int>] = []
            for (a, b) in zip(cuts, cuts.dropFirst()) where !units[a..<b].allSatisfy(Self.isSpace) { out.append(a..<b) }
            return out
        }
    }

    static func isSpace(_ unit: UInt16) -> Bool {
        unit == 0x20 || (0x09...0x0D).contains(unit) || unit == 0x3000 || unit == 0xA0 || unit == 0xFEFF
    }

    /// All tokens of `text` with offsets into it.
    func tokens(_ text: String) -> [Token] {
        let units = Array(text.utf16)
        return ranges(units).map { Token(text: String(utf16Units: units[$0]), start: $0.lowerBound, end: $0.upperBound) }
    }

    /// Writes one line per input line, tokens separated by single spaces; returns the token count.
    @discardableResult
    func writeLines(_ text: String, to output: inout some SegmentSink) -> Int {
        let units = Array(text.utf16)
        let all = ranges(units)
        var count = 0
        var lineStart = 0
        var next = 0
        units.withUnsafeBufferPointer { units in
            while lineStart <= units.count {
                var lineEnd = lineStart
                while lineEnd < units.count, units[lineEnd] != 0x0A { lineEnd += 1 }
                var first = true
                while next < all.count, all[next].lowerBound < lineEnd {
                    if !first { output.writeSpace() }
                    first = false
                    output.write(utf16: UnsafeBufferPointer(rebasing: units[all[next]]))
                    next += 1
                    count += 1
                }
                if lineEnd < units.count || lineEnd > lineStart { output.writeNewline() }
                lineStart = lineEnd + 1
            }
        }
        return count
    }
}
