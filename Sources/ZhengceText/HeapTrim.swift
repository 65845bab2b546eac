import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Hands the heap's free pages back to the system between the main job's stages, and reports the heap
/// along the way when `ZHENGCE_HEAP_REPORT` is set in the environment.
///
/// glibc keeps memory freed by a stage in its arenas (one per thread that allocated, and the
/// parsing and alignment stages allocate on every core), so without this the resident size of a
/// later stage includes what earlier stages let go of. `malloc_trim` is looked up at run time:
/// Swift's Glibc module does not declare it, and on other C libraries the call does nothing.
public enum HeapTrim {
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
    public static func release(after stage: String) {
        if reporting, let stats {
            FileHandle.standardError.write(Data("heap after \(stage):\n".utf8))
            stats()
        }
        _ = trim?(0)
    }

    /// Returns free heap pages to the system, with no report: for a step that frees much before it allocates again
    /// elsewhere (lineage's retrieval lets go of its candidates' copies before the alignments are written).
    public static func trimNow() { _ = trim?(0) }

    /// True when `ZHENGCE_HEAP_REPORT` is set: the heap is reported at each stage and step.
    public static let reporting = ProcessInfo.processInfo.environment["ZHENGCE_HEAP_REPORT"] != nil

    /// Hands free pages back after `step` (one of the steps inside a stage, e.g. lineage's) and, with
    /// `ZHENGCE_HEAP_REPORT` set, writes the resident size and the process's CPU time so far (user and system) to
    /// standard error headed by `step`. The pages are handed back whether or not the run reports, so that a run
    /// measured with the report holds what one without it holds.
    public static func note(_ step: @autoclosure () -> String) {
        _ = trim?(0)
        guard reporting else { return }
        let fields = ((try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8)) ?? "").split(separator: " ")
        let pages = fields.count > 1 ? Int(fields[1]) ?? 0 : 0
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        let cpu = Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
        FileHandle.standardError.write(Data(("resident after \(step()): \(pages * Int(getpagesize()) / 1_048_576) MB"
                                             + " (CPU \(String(format: "%.1f", cpu)) s)\n").utf8))
    }
}
