/// Rows of values kept in one buffer with row offsets, instead of an array (a heap block) per row: `rows[r]` gives
/// row `r` as an array, made when read, so code that read an `[[Value]]` reads this the same way (it is a collection
/// of rows); `range(r)` and `values` read a row in place.
struct FlatRows<Value: Sendable>: Sendable, RandomAccessCollection {
    /// Every row's values, one row after the other.
    private(set) var values: [Value] = []
    /// Row `r` is `values[offsets[r]..<offsets[r + 1]]`.
    private(set) var offsets: [Int] = [0]

    init() {}

    /// Rows whose values are `values`, row `r` at `offsets[r]..<offsets[r + 1]` (`offsets` starts at 0 and ends at
    /// `values.count`).
    init(values: [Value], offsets: [Int]) {
        precondition(offsets.first == 0 && offsets.last == values.count, "flat rows: offsets do not fit the values")
        self.values = values
        self.offsets = offsets
    }

    init(_ rows: [[Value]]) {
        values.reserveCapacity(rows.reduce(0) { $0 + $1.count })
        offsets.reserveCapacity(rows.count + 1)
        for row in rows { append(row) }
    }

    /// Makes room for `rows` more rows holding `values` more values in all (appends up to that do not move the buffers).
    mutating func reserve(rows: Int, values count: Int) {
        values.reserveCapacity(values.count + count)
        offsets.reserveCapacity(offsets.count + rows)
    }

    /// Adds a row after the last.
    mutating func append<C: Collection>(_ row: C) where C.Element == Value {
        values.append(contentsOf: row)
        offsets.append(values.count)
    }

    /// The same rows, those `keep` refuses made empty (one copy of the values kept, in place order).
    func keeping(_ keep: (Int) -> Bool) -> FlatRows {
        var result = FlatRows()
        var total = 0
        for row in 0..<count where keep(row) { total += offsets[row + 1] - offsets[row] }
        result.reserve(rows: count, values: total)
        for row in 0..<count {
            if keep(row) { result.append(values[offsets[row]..<offsets[row + 1]]) } else { result.append(EmptyCollection()) }
        }
        return result
    }

    /// Lets go of the capacity the appends left unused.
    mutating func shrink() {
        func exact<T>(_ a: [T]) -> [T] {
            var copy: [T] = []
            copy.reserveCapacity(a.count)
            copy.append(contentsOf: a)
            return copy
        }
        if values.capacity > values.count { values = exact(values) }
        if offsets.capacity > offsets.count { offsets = exact(offsets) }
    }

    /// Number of rows.
    var count: Int { offsets.count - 1 }
    var startIndex: Int { 0 }
    var endIndex: Int { offsets.count - 1 }

    /// Where row `row` lies in `values`.
    func range(_ row: Int) -> Range<Int> { offsets[row]..<offsets[row + 1] }

    /// Row `row`, as an array.
    subscript(_ row: Int) -> [Value] { Array(values[offsets[row]..<offsets[row + 1]]) }

    /// Every row, as arrays.
    var rows: [[Value]] { indices.map { self[$0] } }
}
