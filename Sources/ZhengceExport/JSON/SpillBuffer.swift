import Foundation

/// Bytes put aside while an export is made and read back in another order: in memory for a
/// small export, in a temporary file (removed when done) for a large one.
final class SpillBuffer {
    private var memory: [UInt8] = []
    private let url: URL?
    private var handle: UnsafeMutablePointer<FILE>?
    private var size = 0

    /// A buffer in memory.
    init() { url = nil }

    /// A buffer in the file at `url` (created now, removed by `close`).
    init(file url: URL) throws {
        self.url = url
        guard let handle = fopen(url.path, "w+b") else {
            throw ExportError.unwritable(path: url.path, reason: String(cString: strerror(errno)))
        }
        self.handle = handle
    }

    deinit { close() }

    /// Appends `bytes`; returns where they are.
    func append(_ bytes: [UInt8]) throws -> Range<Int> {
        let start = size
        if let handle {
            let written = bytes.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, handle) }
            guard written == bytes.count else {
                throw ExportError.unwritable(path: url?.path ?? "-", reason: String(cString: strerror(errno)))
            }
        } else {
            memory.append(contentsOf: bytes)
        }
        size += bytes.count
        return start..<size
    }

    /// Everything appended (the file mapped into memory, not read into it).
    func contents() throws -> Data {
        guard let handle, let url else { return Data(memory) }
        guard fflush(handle) == 0 else { throw ExportError.unwritable(path: url.path, reason: String(cString: strerror(errno))) }
        guard size > 0 else { return Data() }
        do {
            return try Data(contentsOf: url, options: .alwaysMapped)
        } catch {
            throw ExportError.unwritable(path: url.path, reason: error.localizedDescription)
        }
    }

    /// Closes and removes the file.
    func close() {
        if let handle { fclose(handle) }
        handle = nil
        if let url { try? FileManager.default.removeItem(at: url) }
    }
}
