import Foundation
import Testing
import ZhengceText

/// `OrderedPipeline` with one worker, as the export's pass over every link uses it (a range of the store read
/// ahead while the one before is digested): the results in order whichever side is slower, errors of either side.
@Suite struct OrderedPipelineTests {
    final class Box<T>: @unchecked Sendable {
        private let lock = NSLock()
        private var value: T
        init(_ value: T) { self.value = value }
        func change(_ body: (inout T) -> Void) { lock.lock(); body(&value); lock.unlock() }
        var current: T { lock.lock(); defer { lock.unlock() }; return value }
    }

    struct Failure: Error, Equatable { var at: Int }

    /// Items come in the order made, whichever side is slower, with at most `window` waiting.
    @Test(arguments: [1, 3]) func oneWorkerKeepsTheOrder(window: Int) throws {
        for slowConsumer in [false, true] {
            var taken: [Int] = []
            try OrderedPipeline.run(count: 500, workers: 1, window: window, work: { i in
                if !slowConsumer && i % 50 == 0 { usleep(1000) }
                return i
            }, consume: { _, i in
                if slowConsumer && i % 50 == 0 { usleep(1000) }
                taken.append(i)
            })
            #expect(taken == Array(0..<500))
        }
    }

    /// An error of the work (carried as a result) comes after the items made before it; an error of the
    /// consumer stops the worker, which has returned when `run` throws.
    @Test func errorsOfEitherSideStopIt() throws {
        var taken: [Int] = []
        #expect(throws: Failure(at: 10)) {
            try OrderedPipeline.run(count: 20, workers: 1, window: 2, work: { i in
                i < 10 ? Result<Int, Failure>.success(i) : .failure(Failure(at: i))
            }, consume: { _, item in taken.append(try item.get()) })
        }
        #expect(taken == Array(0..<10))
        let made = Box(0), running = Box(0)
        #expect(throws: Failure(at: 5)) {
            try OrderedPipeline.run(count: 1000, workers: 1, window: 2, work: { i in
                running.change { $0 += 1 }
                defer { running.change { $0 -= 1 } }
                made.change { $0 += 1 }
                return i
            }, consume: { _, i in if i == 5 { throw Failure(at: 5) } })
        }
        #expect(running.current == 0, "the worker still ran after run threw")
        #expect(made.current < 1000 && made.current <= 5 + 2 + 1)
    }
}
