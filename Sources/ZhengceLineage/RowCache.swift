/// Values computed per measure row and kept for reuse, at most `limit` of them: when full it is
/// emptied and fills again. What is computed from a row is a function of the row, so what the
/// cache holds never changes a result, only how often it is computed; memory stays bounded on
/// corpora of any size (kept for every row, with the candidate links of `classify` made in full,
/// they put the law corpus's main job 0.55 GB above its present peak: 2,380 → 1,828 MB).
struct RowCache<Value> {
    private(set) var values: [Int: Value] = [:]
    let limit: Int

    init(limit: Int) { self.limit = limit }

    /// The value of `row`, if kept.
    subscript(row: Int) -> Value? {
        get { values[row] }
        set {
            if newValue != nil, values[row] == nil, values.count >= limit { values.removeAll(keepingCapacity: true) }
            values[row] = newValue
        }
    }

    /// Number of values kept.
    var count: Int { values.count }
}

/// A measure's content as the analysis's row cache keeps it (`Context.contents`): its offsets in 32 bits, 10 bytes per
/// unit instead of 18; read back as the same `MeasureContent`. Nil (not kept) for an offset past 32 bits.
struct PackedContent: Sendable {
    let units: [UInt16]
    let starts: [Int32]
    let ends: [Int32]

    init?(_ content: MeasureContent) {
        var starts: [Int32] = [], ends: [Int32] = []
        starts.reserveCapacity(content.starts.count); ends.reserveCapacity(content.ends.count)
        for offset in content.starts { guard let o = Int32(exactly: offset) else { return nil }; starts.append(o) }
        for offset in content.ends { guard let o = Int32(exactly: offset) else { return nil }; ends.append(o) }
        units = content.units
        self.starts = starts
        self.ends = ends
    }

    var content: MeasureContent {
        var content = MeasureContent()
        content.units = units
        content.starts = starts.map(Int.init)
        content.ends = ends.map(Int.init)
        return content
    }
}

/// A measure's words as the analysis's row cache keeps them (`Context.terms`): every word's folded form and text in
/// one UTF-8 buffer with their lengths, instead of two strings each; read back as the same list. Nil (not kept) for
/// a word longer than 65,535 bytes.
struct PackedWords: Sendable {
    let bytes: [UInt8]
    /// The folded form's and the text's UTF-8 lengths, word after word.
    let lengths: [UInt16]

    init?(_ words: [(folded: String, text: String)]) {
        var bytes: [UInt8] = [], lengths: [UInt16] = []
        lengths.reserveCapacity(2 * words.count)
        for word in words {
            for part in [word.folded, word.text] {
                guard let length = UInt16(exactly: part.utf8.count) else { return nil }
                bytes.append(contentsOf: part.utf8)
                lengths.append(length)
            }
        }
        self.bytes = bytes
        self.lengths = lengths
    }

    var words: [(folded: String, text: String)] {
        var result: [(folded: String, text: String)] = []
        result.reserveCapacity(lengths.count / 2)
        var start = 0
        for k in stride(from: 0, to: lengths.count, by: 2) {
            let middle = start + Int(lengths[k]), end = middle + Int(lengths[k + 1])
            result.append((String(decoding: bytes[start..<middle], as: UTF8.self), String(decoding: bytes[middle..<end], as: UTF8.self)))
            start = end
        }
        return result
    }
}
