import Foundation

/// What a run of the built `zhengce` printed and how it exited.
public struct CommandOutput: Sendable {
    /// The exit status.
    public var status: Int32
    /// Standard output, decoded as UTF-8.
    public var stdout: String
    /// Standard error, decoded as UTF-8.
    public var stderr: String
}

/// Runs the built `zhengce` with `arguments`, `input` on stdin, NO_COLOR set, from `directory`
/// (the repository root by default), and waits for it.
public func runZhengce(_ arguments: [String], input: String? = nil,
                       in directory: URL = Fixtures.repositoryRoot) throws -> CommandOutput {
    let process = Process()
    process.executableURL = Fixtures.executable
    process.arguments = arguments
    process.currentDirectoryURL = directory
    process.environment = ProcessInfo.processInfo.environment.merging(["NO_COLOR": "1"]) { $1 }
    let out = Pipe(), err = Pipe(), inPipe = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = inPipe
    try process.run()
    if let input { inPipe.fileHandleForWriting.write(Data(input.utf8)) }
    try inPipe.fileHandleForWriting.close()
    // Read stderr on another thread so a full stderr pipe cannot block the child while stdout is read.
    nonisolated(unsafe) var stderrData = Data()
    let group = DispatchGroup()
    group.enter()
    DispatchQueue.global().async {
        stderrData = err.fileHandleForReading.readDataToEndOfFile()
        group.leave()
    }
    let stdout = out.fileHandleForReading.readDataToEndOfFile()
    group.wait()
    process.waitUntilExit()
    return CommandOutput(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                         stderr: String(decoding: stderrData, as: UTF8.self))
}

/// Runs `script` with bash from `directory`, `$Z` naming the built `zhengce` (for redirections
/// such as `> /dev/full` or `<&-` that `runZhengce` cannot express).
public func runShell(_ script: String, in directory: URL = Fixtures.repositoryRoot) throws -> CommandOutput {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/bash")
    process.arguments = ["-c", script]
    process.currentDirectoryURL = directory
    process.environment = ProcessInfo.processInfo.environment.merging(["NO_COLOR": "1", "Z": Fixtures.executable.path]) { $1 }
    let out = Pipe(), err = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = FileHandle.nullDevice
    try process.run()
    nonisolated(unsafe) var stderrData = Data()
    let group = DispatchGroup()
    group.enter()
    DispatchQueue.global().async {
        stderrData = err.fileHandleForReading.readDataToEndOfFile()
        group.leave()
    }
    let stdout = out.fileHandleForReading.readDataToEndOfFile()
    group.wait()
    process.waitUntilExit()
    return CommandOutput(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                         stderr: String(decoding: stderrData, as: UTF8.self))
}

/// A fresh scratch folder under the temporary directory, named for `label`.
public func scratchFolder(_ label: String) throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("zhengce-\(label)-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

/// A copy of the repository's `Corpus/` in a scratch folder (to break or extend without touching the original).
public func scratchCorpus(_ label: String) throws -> URL {
    let folder = try scratchFolder(label).appendingPathComponent("Corpus", isDirectory: true)
    try FileManager.default.copyItem(at: Fixtures.corpus, to: folder)
    return folder
}
