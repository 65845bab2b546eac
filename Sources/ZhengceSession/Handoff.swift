import Foundation

/// Items made on another thread and taken on the calling thread in the order they were made, at most
/// `window` made and not yet taken: a pass split in two stages that run at once on two cores, with the
/// result of one stage that runs both in turn (one maker, one taker, first in first out).
enum Handoff {
    /// Calls `make` on another thread; each item it gives `put` is given to `take` on this thread, in order.
    /// An error of `make` is thrown here after the items it gave before it were taken; when `take` throws,
    /// `put` throws from then on (so `make` stops), `make` is waited for and the error is thrown here.
    /// Returns once `make` has returned: nothing it does goes on after.
    static func run<T: Sendable>(window: Int, make: @escaping @Sendable (_ put: (T) throws -> Void) throws -> Void,
                                 take: (T) throws -> Void) throws {
        let line = Line<T>(window: window)
        Thread.detachNewThread {
            do { try make(line.put) } catch { line.fail(error) }
            line.finish()
        }
        while let item = line.next() {
            do {
                try take(item)
            } catch {
                line.cancel()
                throw error
            }
        }
        if let failure = line.failure { throw failure }
    }

    /// Why `put` refused an item: the taker stopped.
    struct Stopped: Error {}

    private final class Line<T>: @unchecked Sendable {
        private let condition = NSCondition()
        private var items: [T] = []
        private var first = 0
        private var finished = false
        private var cancelled = false
        private(set) var failure: Error?
        private let window: Int

        init(window: Int) { self.window = max(1, window) }

        func put(_ item: T) throws {
            condition.lock(); defer { condition.unlock() }
            while items.count - first >= window && !cancelled { condition.wait() }
            if cancelled { throw Stopped() }
            items.append(item)
            condition.broadcast()
        }

        func fail(_ error: Error) {
            condition.lock(); defer { condition.unlock() }
            if !cancelled { failure = error }
        }

        func finish() {
            condition.lock(); defer { condition.unlock() }
            finished = true
            condition.broadcast()
        }

        /// The next item, nil once the maker finished and every item was taken.
        func next() -> T? {
            condition.lock(); defer { condition.unlock() }
            while first == items.count && !finished { condition.wait() }
            guard first < items.count else { return nil }
            let item = items[first]
            first += 1
            if first > 64 && first * 2 > items.count {
                items.removeFirst(first)
                first = 0
            }
            condition.broadcast()
            return item
        }

        /// Stops the maker and waits until it has returned.
        func cancel() {
            condition.lock(); defer { condition.unlock() }
            cancelled = true
            condition.broadcast()
            while !finished { condition.wait() }
        }
    }
}
