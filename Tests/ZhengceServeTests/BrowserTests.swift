import Foundation
import Testing
import TestSupport

/// Debian's headless chromium, when installed (with fonts-noto-cjk so screenshots show Chinese).
enum Browser {
    /// The browser executable, if there is one.
    static let path: String? = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first { FileManager.default.isExecutableFile(atPath: $0) }

    /// Why the browser tests cannot run here, or nil when they can.
    static var missing: String? {
        path == nil ? "chromium is not installed (apt-get install chromium fonts-noto-cjk; .ci/run installs both)" : nil
    }

    /// Runs the browser headless with `arguments` (at most `timeout` seconds) and returns its standard output.
    static func run(_ arguments: [String], timeout: TimeInterval = 90) throws -> String {
        guard let path else { return "" }
        let profile = FileManager.default.temporaryDirectory.appendingPathComponent("zhengce-chromium-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: profile) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
                             "--user-data-dir=\(profile.path)"] + arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let timer = DispatchWorkItem { if process.isRunning { process.terminate() } }
        DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: timer)
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        timer.cancel()
        return String(decoding: data, as: UTF8.self)
    }

    /// The page's DOM after its scripts ran.
    static func dom(_ url: String) throws -> String {
        try run(["--virtual-time-budget=2000", "--dump-dom", url])
    }

    /// A PNG screenshot of `url` at `width`×`height`, written to `file`.
    static func screenshot(_ url: String, to file: URL, width: Int = 1280, height: Int = 900) throws {
        _ = try run(["--window-size=\(width),\(height)", "--screenshot=\(file.path)", url])
    }

    /// Families of the installed fonts that cover Chinese (`fc-list :lang=zh`).
    static func chineseFonts() throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/fc-list")
        process.arguments = [":lang=zh", "family"]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}

/// A real headless browser against `zhengce serve` on a loopback port: the search and coverage
/// pages render (screenshots, written to $ZHENGCE_SCREENSHOTS when set, else a scratch folder),
/// and markup inside a document runs no script.
@Suite(.enabled(if: FileManager.default.isExecutableFile(atPath: Fixtures.executable.path)), .serialized)
struct BrowserTests {
    static var shots: URL {
        if let folder = ProcessInfo.processInfo.environment["ZHENGCE_SCREENSHOTS"] { return URL(fileURLWithPath: folder, isDirectory: true) }
        return FileManager.default.temporaryDirectory.appendingPathComponent("zhengce-screenshots", isDirectory: true)
    }

    static func isPNG(_ file: URL, atLeast bytes: Int) -> Bool {
        guard let data = try? Data(contentsOf: file) else { return false }
        return data.count >= bytes && data.prefix(8) == Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
    }

    @Test(.enabled(if: Browser.missing == nil, Comment(rawValue: Browser.missing ?? "")))
    func searchAndCoveragePagesInABrowser() throws {
        #expect(try Browser.chineseFonts().contains("CJK"), "no CJK font: screenshots would show boxes (apt-get install fonts-noto-cjk)")
        let corpus = try ScratchCorpus.seed()
        let server = try ServeProcess(corpus: corpus)
        defer { server.stop(); try? FileManager.default.removeItem(at: corpus) }
        try FileManager.default.createDirectory(at: Self.shots, withIntermediateDirectories: true)

        let search = server.base + "search?q=" + ServeProcess.encode("海外仓")
        let dom = try Browser.dom(search)
        #expect(dom.contains("<mark>海外仓</mark>"))
        #expect(dom.contains(ServeTests.shanghai))
        #expect(dom.contains(ServeTests.mofcom))
        let searchShot = Self.shots.appendingPathComponent("serve-search.png")
        try Browser.screenshot(search, to: searchShot)
        #expect(Self.isPNG(searchShot, atLeast: 30_000))

        let coverage = server.base + "lineage/" + ServeProcess.encode(ServeTests.mofcom)
        let matrix = try Browser.dom(coverage)
        #expect(matrix.contains("data-state=\"verbatim\" data-document=\"\(ServeTests.sichuan)\""))
        let coverageShot = Self.shots.appendingPathComponent("serve-coverage.png")
        try Browser.screenshot(coverage, to: coverageShot)
        #expect(Self.isPNG(coverageShot, atLeast: 30_000))
    }

    @Test(.enabled(if: Browser.missing == nil, Comment(rawValue: Browser.missing ?? "")))
    func markupInADocumentRunsNoScriptAndDiffShowsRenumbering() throws {
        let corpus = try ScratchCorpus.hostile()
        let server = try ServeProcess(corpus: corpus)
        defer { server.stop(); try? FileManager.default.removeItem(at: corpus) }
        let dom = try Browser.dom(server.base + "documents/markup-notice")
        #expect(dom.contains("完善标记处理"), "the page did not load")
        // The payload sets data-pwned on <body> if it runs; it is shown as text instead.
        #expect(!dom.contains("data-pwned"))
        #expect(dom.contains("&lt;img src=x onerror=alert(1)&gt;"))
        #expect(!dom.contains("<img"))
        #expect(dom.components(separatedBy: "<script").count == 1)
        #expect(!dom.contains("<b>粗体</b>"))

        // The diff page in the browser: 第四条 of 2020 is 第五条 of 2024, shown as renumbered (条号变化).
        let diff = try Browser.dom(server.base + "diff?old=trade-law-2020&new=trade-law-2024")
        let row = try #require(diff.components(separatedBy: "<tr class=\"renumbered\"").dropFirst().first { $0.contains("鼓励企业建设海外仓") })
        #expect(row.contains("条号变化"))
        #expect(row.contains("第四条") && row.contains("第五条"))
        let diffShot = Self.shots.appendingPathComponent("serve-diff.png")
        try FileManager.default.createDirectory(at: Self.shots, withIntermediateDirectories: true)
        try Browser.screenshot(server.base + "diff?old=trade-law-2020&new=trade-law-2024", to: diffShot)
        #expect(Self.isPNG(diffShot, atLeast: 20_000))
    }
}
