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
