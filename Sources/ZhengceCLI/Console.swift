import Foundation
import ZhengceText

/// The one way every command talks to the terminal: standard output is buffered and written
/// with write(2), standard error is written at once (after whatever output is pending, so the
/// two stay in order).
///
/// Policy (docs/cli.md):
/// - a write to standard output that fails (full disk, closed descriptor, I/O error) ends the
///   run with one line on standard error and exit code 2;
/// - a closed pipe (`zhengce docs | head -1`) is not an error: the run ends quietly with exit 0;
/// - a closed standard input is reported when it is read, with exit code 2.
///
/// SIGPIPE is ignored (`start()`), so a closed pipe arrives as EPIPE instead of killing the process.
public enum Console {
    private final class State: @unchecked Sendable {
        let lock = NSLock()
        var buffer: [UInt8] = []
        var outputClosed = false
        var inputClosed = false
    }

    private static let state = State()

    /// Bytes kept before standard output is written.
    private static let bufferLimit = 1 << 16

    /// Ignores SIGPIPE and notes which of the three standard descriptors were closed when the
    /// process started; a closed one is held open on /dev/null so that no file the run opens
    /// later takes its number (and receives our output).
    public static func start() {
        signal(SIGPIPE, SIG_IGN)
        for descriptor in [STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO] where fcntl(descriptor, F_GETFD) == -1 {
            let null = open("/dev/null", descriptor == STDIN_FILENO ? O_RDONLY : O_WRONLY)
            if null >= 0 && null != descriptor {
                dup2(null, descriptor)
                close(null)
            }
            if descriptor == STDIN_FILENO { state.inputClosed = true }
            if descriptor == STDOUT_FILENO { state.outputClosed = true }
        }
    }

    /// Appends `text` to standard output.
    public static func write(_ text: String) {
        append(text.utf8)
    }

    /// Appends `text` and a line feed to standard output.
    public static func line(_ text: String = "") {
        append(text.utf8, newline: true)
    }

    /// Appends raw bytes to standard output.
    public static func write(_ data: Data) {
        append(data)
    }

    /// Appends raw bytes to standard output.
    public static func write(bytes: UnsafeRawBufferPointer) {
        append(bytes)
    }

    /// Prints `message` as one line on standard error, prefixed with "zhengce: ".
    public static func error(_ message: String) {
        raw("zhengce: " + message + "\n")
    }

    /// Writes `text` to standard error as it is (progress lines, statistics); failures are ignored:
    /// there is nowhere left to report them.
    public static func raw(_ text: String) {
        flush()
        var bytes = Array(text.utf8)
        _ = bytes.withUnsafeMutableBytes { writeAll(STDERR_FILENO, UnsafeRawBufferPointer($0)) }
    }

    /// Writes out pending standard output; on failure ends the process (quietly with 0 for a
    /// closed pipe, otherwise with a message and 2).
    public static func flush() {
        state.lock.lock()
        defer { state.lock.unlock() }
        flushLocked()
    }

    /// Writes out pending output and ends the process with `code`.
    public static func exit(_ code: Int32) -> Never {
        flush()
        Foundation.exit(code)
    }

    /// All of standard input; a closed or unreadable standard input is a runtime error (exit 2).
    public static func readStandardInput() throws -> Data {
        if state.inputClosed { throw fail("cannot read standard input: it is closed") }
        var data = Data()
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { read(STDIN_FILENO, $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            if n < 0 { throw fail("cannot read standard input: \(SystemReason.text(errno))") }
            if n == 0 { return data }
            data.append(contentsOf: chunk[0..<n])
        }
    }

    private static func append<C: Collection>(_ bytes: C, newline: Bool = false) where C.Element == UInt8 {
        state.lock.lock()
        defer { state.lock.unlock() }
        state.buffer.append(contentsOf: bytes)
        if newline { state.buffer.append(0x0A) }
        if state.buffer.count >= bufferLimit { flushLocked() }
    }

    private static func flushLocked() {
        guard !state.buffer.isEmpty else { return }
        let failure: Int32? = state.outputClosed
            ? EBADF
            : state.buffer.withUnsafeBytes { writeAll(STDOUT_FILENO, $0) }
        state.buffer.removeAll(keepingCapacity: true)
        guard let failure else { return }
        if failure == EPIPE { Foundation.exit(0) }   // the reader went away (| head): not an error
        let reason = failure == EBADF ? "it is closed" : SystemReason.text(failure)
        var message = Array("zhengce: cannot write to standard output: \(reason)\n".utf8)
        _ = message.withUnsafeMutableBytes { writeAll(STDERR_FILENO, UnsafeRawBufferPointer($0)) }
        Foundation.exit(2)
    }

    /// Writes every byte to `descriptor`; returns the errno of a failed write, nil when all was written.
    private static func writeAll(_ descriptor: Int32, _ bytes: UnsafeRawBufferPointer) -> Int32? {
        guard let base = bytes.baseAddress else { return nil }
        var offset = 0
        while offset < bytes.count {
            let n = Foundation.write(descriptor, base + offset, bytes.count - offset)
            if n < 0 && errno == EINTR { continue }
            if n < 0 { return errno }
            if n == 0 { return EIO }
            offset += n
        }
        return nil
    }
}
