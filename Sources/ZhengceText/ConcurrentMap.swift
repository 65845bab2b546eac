import Foundation

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
}
