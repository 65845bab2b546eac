import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import TestSupport

/// A `zhengce serve --port 0` started by a test on a corpus, stopped with SIGTERM by `stop()`.
final class ServeProcess: @unchecked Sendable {
    let process = Process()
    /// The URL the server printed, e.g. "http://127.0.0.1:41234/".
    let base: String
    private let scratch: URL

    /// Starts the server on `corpus` with a store in a scratch folder and waits (at most `timeout`
    /// seconds) for its "serving …" line.
    init(corpus: URL, timeout: TimeInterval = 120) throws {
        scratch = FileManager.default.temporaryDirectory.appendingPathComponent("zhengce-serve-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        process.executableURL = Fixtures.executable
        process.arguments = ["serve", "--port", "0", "--corpus", corpus.path, "--db", scratch.appendingPathComponent("z.sqlite").path]
        process.currentDirectoryURL = scratch
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let found = LineWaiter()
        let handle = out.fileHandleForReading
        DispatchQueue.global().async {
            var buffer = Data()
            while true {
                let chunk = handle.availableData
                if chunk.isEmpty { found.finish(nil); return }
                buffer.append(chunk)
                let text = String(decoding: buffer, as: UTF8.self)
                if let line = text.split(separator: "\n").first(where: { $0.hasPrefix("serving ") }) {
                    found.finish(String(line.dropFirst("serving ".count)))
                    // Keep draining so the server never blocks on a full pipe.
                    while !handle.availableData.isEmpty {}
                    return
                }
            }
        }
        guard let url = found.wait(timeout: timeout) else {
            process.terminate()
            throw ServeError.didNotStart(found.timedOut ? "no 'serving' line within \(Int(timeout)) s" : "exited before serving")
        }
        base = url
    }

    /// Stops the server and removes its scratch folder.
    func stop() {
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
        try? FileManager.default.removeItem(at: scratch)
    }

    /// GETs `path` (already percent-encoded), with `Accept` when given: status, content type and body.
    func get(_ path: String, accept: String? = nil) async throws -> (status: Int, type: String, body: String) {
        guard let url = URL(string: base + path.drop(while: { $0 == "/" })) else { throw ServeError.badURL(path) }
        var request = URLRequest(url: url)
        if let accept { request.setValue(accept, forHTTPHeaderField: "Accept") }
        let (data, response) = try await URLSession.shared.data(for: request)
        let http = response as? HTTPURLResponse
        return (http?.statusCode ?? 0, http?.value(forHTTPHeaderField: "Content-Type") ?? "", String(decoding: data, as: UTF8.self))
    }

    /// POSTs a multipart form with files `old` and `new`.
    func postDiff(old: (String, Data), new: (String, Data)) async throws -> (status: Int, body: String) {
        guard let url = URL(string: base + "diff") else { throw ServeError.badURL("diff") }
        let boundary = "zhengce-\(UUID().uuidString)"
        var body = Data()
        for (name, file) in [("old", old), ("new", new)] {
            body.append(Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"; filename=\"\(file.0)\"\r\nContent-Type: text/plain\r\n\r\n".utf8))
            body.append(file.1)
            body.append(Data("\r\n".utf8))
        }
        body.append(Data("--\(boundary)--\r\n".utf8))
        var request = URLRequest(url: url)
        request.httpMethod = "POST"
        request.setValue("multipart/form-data; boundary=\(boundary)", forHTTPHeaderField: "Content-Type")
        let (data, response) = try await URLSession.shared.upload(for: request, from: body)
        return ((response as? HTTPURLResponse)?.statusCode ?? 0, String(decoding: data, as: UTF8.self))
    }

    /// `text` percent-encoded as a path segment or query value.
    static func encode(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")) ?? text
    }
}

/// Why a test server could not be used.
enum ServeError: Error {
    case didNotStart(String)
    case badURL(String)
}

/// Hands the "serving" URL from the reading thread to the test.
private final class LineWaiter: @unchecked Sendable {
    private let semaphore = DispatchSemaphore(value: 0)
    private let lock = NSLock()
    private var value: String?
    private var done = false
    private(set) var timedOut = false

    func finish(_ line: String?) {
        lock.lock()
        defer { lock.unlock() }
        guard !done else { return }
        done = true
        value = line
        semaphore.signal()
    }

    func wait(timeout: TimeInterval) -> String? {
        if semaphore.wait(timeout: .now() + timeout) == .timedOut { timedOut = true; return nil }
        lock.lock()
        defer { lock.unlock() }
        return value
    }
}

/// Scratch corpora for the tests, removed by `remove()`.
enum ScratchCorpus {
    /// A copy of the seed corpus.
    static func seed() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("zhengce-serve-seed-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: Fixtures.corpus, to: folder)
        return folder
    }

    /// A corpus of the two trade-law fixture versions and a notice whose text carries markup.
    static func hostile() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("zhengce-serve-hostile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for name in ["trade-law-2020.txt", "trade-law-2024.txt"] {
            try FileManager.default.copyItem(at: Fixtures.file("diff/" + name), to: folder.appendingPathComponent(name))
        }
        try Data(hostileNotice.utf8).write(to: folder.appendingPathComponent("markup-notice.txt"))
        return folder
    }

    /// A notice with a script, an image with onerror, and an attribute-breaking quote in its text.
    static let hostileNotice = """
    关于<script>alert(1)</script>加强测试工作的通知

    各区人民政府：
    一、完善标记处理。市商务委牵头，市网信办配合，对<img src=x onerror=alert(1)>和<img src=x onerror="document.body.dataset.pwned='1'">等内容按原文显示。
    二、加强引号处理。市商务委负责，标题中的"><b>粗体</b>不得改变页面结构。

    """
}
