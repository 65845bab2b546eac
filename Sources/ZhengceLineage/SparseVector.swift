/// The sum of `product(i, j)` over the positions where two ascending id lists hold the same id (`a[i] == b[j]`),
/// in order: the dot product of two sparse vectors, whatever holds their weights. The positions are the lists' own
/// indices (for a slice of a flat buffer, positions in the whole buffer: `FlatRows`).
@inline(__always)
func sparseDot<A: RandomAccessCollection, B: RandomAccessCollection>(_ a: A, _ b: B, _ product: (Int, Int) -> Float) -> Float
where A.Element: Comparable, A.Element == B.Element, A.Index == Int, B.Index == Int {
    var i = a.startIndex, j = b.startIndex
    var dot: Float = 0
    while i < a.endIndex && j < b.endIndex {
        if a[i] == b[j] {
            dot += product(i, j)
            i += 1; j += 1
        } else if a[i] < b[j] {
            i += 1
        } else {
            j += 1
        }
    }
    return dot
}

/// A sparse vector: ascending ids, a weight for each, and its Euclidean norm.
struct SparseVector<ID: Comparable & Sendable>: Sendable {
    let ids: [ID]
    let weights: [Float]
    let norm: Float

    init(ids: [ID], weights: [Float]) {
        self.ids = ids
        self.weights = weights
        norm = weights.reduce(0) { $0 + $1 * $1 }.squareRoot()
    }

    /// The cosine with `other` (0 when either has no weight).
    func cosine(_ other: SparseVector) -> Double {
        guard norm > 0, other.norm > 0 else { return 0 }
        return Double(sparseDot(ids, other.ids) { weights[$0] * other.weights[$1] } / (norm * other.norm))
    }
}
