import Foundation
import ZhengceText

/// In-process throughput of `zhengce segment --bench`: segments the text repeatedly (at
/// least 3 rounds and 2 seconds) and reports MB/s of UTF-8 input for the best round, the
/// fair figure on a shared machine, and for the mean.
enum SegmentBenchmark {
    static func run(_ splitter: LineSegmenter, text: String) -> String {
        let bytes = text.utf8.count
        let units = Array(text.utf16)
        var tokens = 0
        var rounds = 0
        let clock = ContinuousClock()
        var total = Duration.zero
        var best = Duration.seconds(1_000_000)
        repeat {
            let start = clock.now
            tokens = splitter.ranges(units).count
            let elapsed = clock.now - start
            best = min(best, elapsed)
            total += elapsed
            rounds += 1
        } while total < .seconds(2) || rounds < 3
        let seconds = { (d: Duration) in Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18 }
        let megabytes = Double(bytes) / 1_000_000
        return String(format: "engine=%@ bytes=%d tokens=%d rounds=%d best-seconds=%.3f MB/s=%.2f mean-MB/s=%.2f",
                      splitter.engine.rawValue, bytes, tokens, rounds, seconds(best), megabytes / seconds(best),
                      megabytes * Double(rounds) / seconds(total))
    }
}
