import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Maps `0..<count` on every core, keeping the order.
public enum ConcurrentMap {
    /// `[transform(0), transform(1), …]`, computed on every core.
    public static func run<T: Sendable>(_ count: Int, _ transform: @Sendable (Int) -> T) -> [T] {
        let results = UnsafeMutableBufferPointer<T?>.allocate(capacity: count)
        results.initialize(repeating: nil)
        defer { results.deinitialize(); results.deallocate() }
        nonisolated(unsafe) let slots = results
        DispatchQueue.concurrentPerform(iterations: count) { i in slots[i] = transform(i) }
        return results.map { $0! }
    }

    /// The values `produce(c, emit)` emits for chunk `c` of `chunks` (at most `chunks[c].count` each), chunk after chunk, in
    /// one array, computed on every core. Each chunk writes into its own region of one buffer (`chunks[c]` of it, sized
    /// for every item, its pages touched only where values are written); the regions are then moved together in order and
    /// the whole pages past the last value given back to the system. So the values are held once: no array per chunk
    /// joined into another. The array's capacity stays the items' count (address space, not memory).
    /// - Precondition: the chunks are ascending and do not overlap.
    public static func collect<T: Sendable>(_ chunks: [Range<Int>], _ produce: @Sendable (Int, (T) -> Void) -> Void) -> [T] {
        let capacity = chunks.last?.upperBound ?? 0
        for c in chunks.indices.dropFirst() { precondition(chunks[c - 1].upperBound <= chunks[c].lowerBound, "chunks overlap") }
        guard capacity > 0 else { return [] }
        return [T](unsafeUninitializedCapacity: capacity) { buffer, initialized in
            nonisolated(unsafe) let base = buffer.baseAddress!
            let counts = UnsafeMutableBufferPointer<Int>.allocate(capacity: chunks.count)
            counts.initialize(repeating: 0)
            defer { counts.deallocate() }
            nonisolated(unsafe) let written = counts
            DispatchQueue.concurrentPerform(iterations: chunks.count) { c in
                let region = base + chunks[c].lowerBound, room = chunks[c].count
                var n = 0
                produce(c) { value in
                    precondition(n < room, "a chunk emitted more values than its items")
                    (region + n).initialize(to: value)
                    n += 1
                }
                written[c] = n
            }
            var count = 0
            for c in chunks.indices {
                let region = base + chunks[c].lowerBound
                if region != base + count { (base + count).moveInitialize(from: region, count: counts[c]) }
                count += counts[c]
            }
            initialized = count
            #if canImport(Glibc)
            // The pages past the values were written by chunks whose values moved down: hand them back.
            let page = Int(getpagesize())
            let start = (Int(bitPattern: base + count) + page - 1) / page * page
            let end = Int(bitPattern: base + buffer.count) / page * page
            if end > start, let address = UnsafeMutableRawPointer(bitPattern: start) {
                _ = madvise(address, end - start, MADV_DONTNEED)
            }
            #endif
        }
    }
}
