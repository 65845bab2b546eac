import Foundation
import Testing
import ZhengceText

@Suite struct SystemReasonTests {
    /// Foundation's errors for a missing file carry the POSIX error they wrap; the reason given is that
    /// error's `strerror`, the same words the C library gives for the same call.
    @Test func givesTheWrappedPOSIXReason() throws {
        let missing = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("no-such-\(UUID().uuidString)/file.txt")
        do {
            _ = try Data(contentsOf: missing)
            Issue.record("a missing file was read")
        } catch {
            #expect(SystemReason.of(error) == String(cString: strerror(ENOENT)))
        }
        #expect(SystemReason.of(POSIXError(.EACCES)) == String(cString: strerror(EACCES)))
        #expect(SystemReason.text(ENOTDIR) == "Not a directory")
    }

    /// An error that carries no POSIX cause keeps its own description.
    @Test func keepsOtherDescriptions() {
        struct Odd: LocalizedError { var errorDescription: String? { "odd failure" } }
        #expect(SystemReason.of(Odd()) == "odd failure")
    }
}
