import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Hands the heap's free pages back to the system between the main job's stages.
///
/// glibc keeps memory freed by a stage in its arenas (one per thread that allocated, and the
/// parsing and alignment stages allocate on every core), so without this the resident size of a
/// later stage includes what earlier stages let go of. `malloc_trim` is looked up at run time:
/// Swift's Glibc module does not declare it, and on other C libraries the call does nothing.
enum HeapTrim {
    private typealias Trim = @convention(c) (Int) -> Int32
    private typealias Stats = @convention(c) () -> Void

    private static let trim: Trim? = symbol("malloc_trim").map { unsafeBitCast($0, to: Trim.self) }
    private static let stats: Stats? = symbol("malloc_stats").map { unsafeBitCast($0, to: Stats.self) }

    private static func symbol(_ name: String) -> UnsafeMutableRawPointer? {
        #if os(Linux)
        guard let handle = dlopen(nil, RTLD_NOW) else { return nil }
        return dlsym(handle, name)
        #else
        return nil
        #endif
    }

    /// Returns free heap pages to the system. With `ZHENGCE_HEAP_REPORT` set in the environment,
    /// the allocator's statistics are written to standard error first, headed by `stage`.
    static func release(after stage: String) {
        if ProcessInfo.processInfo.environment["ZHENGCE_HEAP_REPORT"] != nil, let stats {
            FileHandle.standardError.write(Data("heap after \(stage):\n".utf8))
            stats()
        }
        _ = trim?(0)
    }
}
