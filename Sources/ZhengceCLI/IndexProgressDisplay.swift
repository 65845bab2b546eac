import Foundation
import ZhengceStore

/// Progress of a long run on standard error, shown only when it is a terminal: one live line
/// per stage (parsing, lineage, export…) with the stage's elapsed time, redrawn at most ten times
/// a second, left as a finished line with its time when the next stage starts.
final class IndexProgressDisplay: @unchecked Sendable {
    private let enabled: Bool
    private let lock = NSLock()
    private var stageName: String?
    private var stageStart = Date()
    private var detail = ""
    private var lastDraw = Date.distantPast
    private var timer: DispatchSourceTimer?
    /// When the display was made: the start of the run.
    let start = Date()

    init() {
        enabled = isatty(STDERR_FILENO) == 1 && ProcessInfo.processInfo.environment["TERM"] != "dumb"
    }

    /// Ends the current stage (its line stays, with its time) and starts `name`.
    func stage(_ name: String) {
        guard enabled else { return }
        lock.lock(); defer { lock.unlock() }
        closeStage()
        stageName = name
        stageStart = Date()
        detail = ""
        draw()
        if timer == nil {
            let timer = DispatchSource.makeTimerSource(queue: .global())
            timer.schedule(deadline: .now() + 0.5, repeating: 0.5)
            timer.setEventHandler { [weak self] in
                guard let self else { return }
                self.lock.lock(); defer { self.lock.unlock() }
                if self.stageName != nil { self.draw() }
            }
            timer.resume()
            self.timer = timer
        }
    }

    /// Shows how far parsing is.
    func update(_ progress: IndexProgress) {
        guard enabled else { return }
        lock.lock(); defer { lock.unlock() }
        let now = Date()
        guard progress.done == progress.total || now.timeIntervalSince(lastDraw) >= 0.1 else { return }
        let name = progress.path.count > 40 ? "…" + progress.path.suffix(39) : progress.path
        detail = "\(progress.done)/\(progress.total) \(name)"
        draw()
    }

    /// Ends the last stage (its line stays) and stops redrawing.
    func finish() {
        guard enabled else { return }
        lock.lock(); defer { lock.unlock() }
        timer?.cancel()
        timer = nil
        closeStage()
    }

    /// "done in 12.3 s": the run's elapsed time.
    var elapsedLine: String { "done in \(IndexProgressDisplay.seconds(Date().timeIntervalSince(start)))" }

    private func closeStage() {
        guard let stageName else { return }
        defer { self.stageName = nil }
        let elapsed = Date().timeIntervalSince(stageStart)
        // A stage with nothing to show (e.g. no file to parse) leaves no line.
        guard !detail.isEmpty || elapsed >= 0.5 else {
            Console.raw("\r\u{1B}[K")
            return
        }
        let line = "\(stageName) \(detail.isEmpty ? "" : detail.split(separator: " ").first.map { "\($0) " } ?? "")"
            + IndexProgressDisplay.seconds(elapsed)
        Console.raw("\r\u{1B}[K\(line)\n")
    }

    private func draw() {
        guard let stageName else { return }
        lastDraw = Date()
        let time = IndexProgressDisplay.seconds(lastDraw.timeIntervalSince(stageStart))
        Console.raw("\r\u{1B}[K\(stageName) \(detail.isEmpty ? "" : detail + " ")\(time)")
    }

    /// Seconds with one decimal: "12.3 s".
    static func seconds(_ interval: TimeInterval) -> String { String(format: "%.1f s", interval) }
}
