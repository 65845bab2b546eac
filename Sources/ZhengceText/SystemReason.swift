import Foundation

/// Why a file-system call failed, in the words of the system (`strerror`): "No such file or directory",
/// "Permission denied". Foundation's own description of the same failure on Linux is a sentence that
/// hides the cause ("The operation could not be completed. The file doesn’t exist."), so every stage
/// that reports a file error to the user asks here.
public enum SystemReason {
    /// The POSIX reason behind `error` when Foundation carries one (the error itself or the error it
    /// wraps), else the error's own description.
    public static func of(_ error: any Error) -> String {
        let nsError = error as NSError
        if nsError.domain == NSPOSIXErrorDomain { return text(Int32(nsError.code)) }
        // On Linux the wrapped error may be held as a Swift error (`POSIXError`), not an `NSError`.
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? any Error {
            let wrapped = underlying as NSError
            if wrapped.domain == NSPOSIXErrorDomain { return text(Int32(wrapped.code)) }
        }
        return nsError.localizedDescription
    }

    /// `strerror` of a POSIX error number.
    public static func text(_ code: Int32) -> String { String(cString: strerror(code)) }
}
