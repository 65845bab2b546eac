import Foundation

/// Work started on a thread of its own (or done at once); `result()` waits for it. The session reads the
/// links an incremental lineage run keeps while the run goes on; the export makes its pass over the
/// documents while lineage makes the links.
public final class BackgroundWork<T>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var outcome: Result<T, Error>?

    /// Starts `work` on a thread of its own, or does it now when `now` is true (the same value either way).
    public init(now: Bool = false, _ work: @escaping @Sendable () throws -> T) {
        let run: @Sendable () -> Void = { [self] in
            outcome = Result { try work() }
            done.signal()
        }
        if now { run() } else { Thread.detachNewThread(run) }
    }

    /// The work's value (or error), once it is done.
    public func result() throws -> T {
        done.wait()
        done.signal()
        return try outcome!.get()
    }
}
