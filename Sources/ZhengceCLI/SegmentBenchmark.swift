import Foundation
import ZhengceText

/// In-process throughput of `zhengce segment --bench`: segments the text repeatedly
/// for at least one second and reports MB/s of UTF-8 input.
enum SegmentBenchmark {
    static func run(_ splitter: LineSegmenter, text: String) -> String {
        let bytes = text.utf8.count
        var units = Array(text.utf16)
        var tokens = 0
        var rounds = 0
        let clock = ContinuousClock()
        let start = clock.now
        var elapsed = Duration.zero
        repeat {
            tokens = splitter.ranges(&units).count
            rounds += 1
            elapsed = clock.now - start
        } while elapsed < .seconds(1)
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let megabytes = Double(bytes * rounds) / 1_000_000
        return String(format: "engine=%@ bytes=%d tokens=%d rounds=%d seconds=%.3f MB/s=%.2f",
                      splitter.engine.rawValue, bytes, tokens, rounds, seconds, megabytes / seconds)
    }
}
