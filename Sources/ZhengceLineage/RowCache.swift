/// Values computed per measure row and kept for reuse, at most `limit` of them: when full it is
/// emptied and fills again. What is computed from a row is a function of the row, so what the
/// cache holds never changes a result, only how often it is computed; memory stays bounded on
/// corpora of any size (the words and folded contents of all 148,816 measures of the law corpus
/// took about 0.8 GB when every row was kept).
struct RowCache<Value> {
    private var values: [Int: Value] = [:]
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
