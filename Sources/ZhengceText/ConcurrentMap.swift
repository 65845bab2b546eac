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
    /// for every item, its pages touched only where values are written); the regions are then moved together in order,
    /// the whole pages past the values given back to the system as each chunk moves. So the values are held once: no array per chunk
    /// joined into another, and no more than one chunk's pages beyond them while they are moved. The array's capacity
    /// stays the items' count (address space, not memory).
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
            // Each chunk moved down in turn; the whole pages between its new end and the next chunk's region are given back
            // as soon as it has moved (the pages it was written to, and those it moved through), so that the values are
            // not held twice while they are moved: at most one chunk's pages beyond them.
            var count = 0
            for c in chunks.indices {
                let region = base + chunks[c].lowerBound
                if region != base + count { (base + count).moveInitialize(from: region, count: counts[c]) }
                count += counts[c]
                let next = c + 1 < chunks.count ? chunks[c + 1].lowerBound : buffer.count
                giveBack(from: base + count, to: base + next)
            }
            initialized = count
        }
    }

    /// Hands the whole pages between `start` and `end` (memory holding no value) back to the system.
    private static func giveBack<T>(from start: UnsafeMutablePointer<T>, to end: UnsafeMutablePointer<T>) {
        #if canImport(Glibc)
        let page = Int(getpagesize())
        let first = (Int(bitPattern: start) + page - 1) / page * page, last = Int(bitPattern: end) / page * page
        if last > first, let address = UnsafeMutableRawPointer(bitPattern: first) {
            _ = madvise(address, last - first, MADV_DONTNEED)
        }
        #endif
    }
}
