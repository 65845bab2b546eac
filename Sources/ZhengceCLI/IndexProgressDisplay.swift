import Foundation
import ZhengceStore

/// A one-line progress display on standard error, shown only when it is a terminal and
/// redrawn at most ten times a second.
final class IndexProgressDisplay {
    private let enabled: Bool
    private var lastDraw = Date.distantPast
    private var drawn = false

    init() {
        enabled = isatty(STDERR_FILENO) == 1 && ProcessInfo.processInfo.environment["TERM"] != "dumb"
    }

    /// Shows how far indexing is.
    func update(_ progress: IndexProgress) {
        guard enabled else { return }
        let now = Date()
        guard progress.done == progress.total || now.timeIntervalSince(lastDraw) >= 0.1 else { return }
        lastDraw = now
        let name = progress.path.count > 50 ? "…" + progress.path.suffix(49) : progress.path
        Console.raw("\r\u{1B}[Kindexing \(progress.done)/\(progress.total) \(name)")
        drawn = true
    }

    /// Clears the line.
    func finish() {
        guard enabled, drawn else { return }
        Console.raw("\r\u{1B}[K")
        drawn = false
    }
}
