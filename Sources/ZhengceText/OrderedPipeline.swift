import Foundation

/// Runs a costly step for items `0..<count` on worker threads and hands the results to the
/// calling thread strictly in order, with at most `window` results started but not yet consumed.
///
/// The indexer uses it to parse and prepare documents on every core while one thread writes
/// them, in the same order as a single-threaded run (so the store's rowids do not depend on timing); the
/// export's pass over every link, to read ranges of the store on one thread while this one digests them.
public final class OrderedPipeline<Result: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private var next = 0
    private var consumed = 0
    private var results: [Int: Result] = [:]
    private var stopped = false

    private let count: Int
    private let window: Int

    private init(count: Int, window: Int) {
        self.count = count
        self.window = max(1, window)
    }

    /// Calls `work(i)` for every item on `workers` threads and `consume(i, result)` on this thread in order.
    /// When `consume` throws, no further item is started, the workers are waited for, and the error is rethrown.
    public static func run(count: Int, workers: Int, window: Int, work: @escaping @Sendable (Int) -> Result,
                    consume: (Int, Result) throws -> Void) throws {
        guard count > 0 else { return }
        let pipeline = OrderedPipeline(count: count, window: window)
        let group = DispatchGroup()
        for _ in 0..<max(1, min(workers, count)) {
            group.enter()
            Thread.detachNewThread {
                pipeline.workLoop(work)
                group.leave()
            }
        }
        defer {
            pipeline.stop()
            group.wait()
        }
        for i in 0..<count {
            try consume(i, pipeline.take(i))
        }
    }

    private func workLoop(_ work: @Sendable (Int) -> Result) {
        while true {
            condition.lock()
            while !stopped && next < count && next - consumed >= window { condition.wait() }
            if stopped || next >= count {
                condition.unlock()
                return
            }
            let i = next
            next += 1
            condition.unlock()
            let result = work(i)
            condition.lock()
            results[i] = result
            condition.broadcast()
            condition.unlock()
        }
    }

    private func take(_ i: Int) -> Result {
        condition.lock()
        defer { condition.unlock() }
        while results[i] == nil { condition.wait() }
        consumed = i + 1
        condition.broadcast()
        return results.removeValue(forKey: i)!
    }

    private func stop() {
        condition.lock()
        stopped = true
        condition.broadcast()
        condition.unlock()
    }
}
