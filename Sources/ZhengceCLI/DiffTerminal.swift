import Foundation

/// Whether `diff` may colour its terminal output.
enum DiffTerminal {
    /// True on a TTY when neither NO_COLOR is set nor TERM is "dumb".
    static var colourAllowed: Bool {
        let environment = ProcessInfo.processInfo.environment
        if let noColour = environment["NO_COLOR"], !noColour.isEmpty { return false }
        if environment["TERM"] == "dumb" { return false }
        return isatty(STDOUT_FILENO) == 1
    }
}
