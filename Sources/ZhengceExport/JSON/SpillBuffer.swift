import Foundation
import ZhengceText

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
            throw ExportError.unwritable(path: url.path, reason: SystemReason.text(errno))
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
                throw ExportError.unwritable(path: url?.path ?? "-", reason: SystemReason.text(errno))
            }
        } else {
            memory.append(contentsOf: bytes)
        }
        size += bytes.count
        return start..<size
    }

    /// Calls `body` with the bytes of each range, in the order given; a file is read piece by
    /// piece (not mapped: mapped pages would count as the process's memory).
    func forEach(_ ranges: [Range<Int>], _ body: (UnsafeRawBufferPointer) throws -> Void) throws {
        guard let handle, let url else {
            try memory.withUnsafeBytes { all in
                for range in ranges { try body(UnsafeRawBufferPointer(rebasing: all[range])) }
            }
            return
        }
        guard fflush(handle) == 0 else { throw ExportError.unwritable(path: url.path, reason: SystemReason.text(errno)) }
        let descriptor = fileno(handle)
        var buffer: [UInt8] = []
        for range in ranges {
            if buffer.count < range.count { buffer = [UInt8](repeating: 0, count: max(range.count, 2 * buffer.count, 1 << 16)) }
            try buffer.withUnsafeMutableBytes { raw in
                var done = 0
                while done < range.count {
                    let n = pread(descriptor, raw.baseAddress! + done, range.count - done, off_t(range.lowerBound + done))
                    guard n > 0 else {
                        throw ExportError.unwritable(path: url.path, reason: n == 0 ? "spill file ended early" : SystemReason.text(errno))
                    }
                    done += n
                }
                try body(UnsafeRawBufferPointer(rebasing: raw[0..<range.count]))
            }
        }
    }

    /// Closes and removes the file.
    func close() {
        if let handle { fclose(handle) }
        handle = nil
        if let url { try? FileManager.default.removeItem(at: url) }
    }
}
