import Foundation

/// Writes a file by writing a temporary file beside it and renaming it over the target,
/// so readers see either the old or the new content, never a part.
enum AtomicFile {
    /// Replaces the file at `url` with `data`.
    static func write(_ data: Data, to url: URL) throws {
        let folder = url.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        do {
            try data.write(to: temporary)
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw ExportError.unwritable(path: url.path, reason: error.localizedDescription)
        }
        guard rename(temporary.path, url.path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw ExportError.unwritable(path: url.path, reason: reason)
        }
    }

    /// Renames the finished file `temporary` over `url`.
    static func move(_ temporary: URL, to url: URL) throws {
        guard rename(temporary.path, url.path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw ExportError.unwritable(path: url.path, reason: reason)
        }
    }
}
