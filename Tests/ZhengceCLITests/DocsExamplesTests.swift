import Foundation
import TestSupport
import Testing

/// Docs that cannot drift (issue 17, reproduction 11): every `$ zhengce …` example in README.md and
/// docs/*.md is run with the built binary in a scratch copy of the repository's data (so examples
/// never write into the repository's Output/), and its output (stdout and stderr, in order) is
/// compared with the lines under it. A line `…` matches any number of lines; `…` inside a line
/// matches any text. Commands of other programs (`sqlite3`, `curl`, `jq`) are not run.
@Suite struct DocsExamplesTests {
    /// One example: the command after `$ ` and the lines shown under it.
    struct Example {
        var file: String
        var command: String
        var expected: [String]
    }

    /// The examples of one Markdown text, in order.
    static func examples(in text: String, file: String) -> [Example] {
        var examples: [Example] = []
        var inBlock = false
        var current: Example?
        for line in text.components(separatedBy: "\n") {
            if line.hasPrefix("```") {
                if let c = current { examples.append(c); current = nil }
                inBlock.toggle()
                continue
            }
            guard inBlock else { continue }
            if line.hasPrefix("$ ") {
                if let c = current { examples.append(c) }
                current = Example(file: file, command: String(line.dropFirst(2)), expected: [])
            } else {
                current?.expected.append(line)
            }
        }
        return examples.filter { runsZhengce($0.command) }
    }

    /// True when the command runs zhengce (directly, after `swift run`, after variables, or in a pipe).
    static func runsZhengce(_ command: String) -> Bool {
        var c = command.replacingOccurrences(of: #"^swift run( -c release)? "#, with: "", options: .regularExpression)
        c = c.replacingOccurrences(of: #"^([A-Z_]+=\S* )+"#, with: "", options: .regularExpression)
        return c.hasPrefix("zhengce ") || c.contains("| zhengce ")
    }

    /// Whether `actual` lines are what `expected` shows (trailing spaces and blank lines at the end ignored).
    static func matches(_ expected: [String], _ actual: [String]) -> Bool {
        func trimmed(_ lines: [String]) -> [String] {
            var lines = lines.map { String($0.reversed().drop { $0 == " " }.reversed()) }
            while lines.last == "" { lines.removeLast() }
            return lines
        }
        let e = trimmed(expected), a = trimmed(actual)
        func lineMatches(_ pattern: String, _ line: String) -> Bool {
            let parts = pattern.components(separatedBy: "…")
            guard parts.count > 1 else { return pattern == line }
            let regex = parts.map(NSRegularExpression.escapedPattern(for:)).joined(separator: ".*")
            return line.range(of: "^" + regex + "$", options: .regularExpression) != nil
        }
        var memo: [Int: Bool] = [:]
        func match(_ i: Int, _ j: Int) -> Bool {
            let key = i * (a.count + 1) + j
            if let known = memo[key] { return known }
            let result: Bool
            if i == e.count {
                result = j == a.count
            } else if e[i].trimmingCharacters(in: .whitespaces) == "…" {
                result = (j...a.count).contains { match(i + 1, $0) }
            } else {
                result = j < a.count && lineMatches(e[i], a[j]) && match(i + 1, j + 1)
            }
            memo[key] = result
            return result
        }
        return match(0, 0)
    }

    @Test func ellipsesMatchLinesAndText() {
        #expect(Self.matches(["a", "…", "d"], ["a", "b", "c", "d"]))
        #expect(Self.matches(["a…z"], ["abcz"]))
        #expect(!Self.matches(["a", "d"], ["a", "b", "d"]), "a dropped line needs an ellipsis")
        #expect(!Self.matches(["a", "…"], ["b"]))
    }

    @Test func everyExampleInTheDocsIsRealOutput() throws {
        let root = Fixtures.repositoryRoot
        let docs = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("docs").path)
            .filter { $0.hasSuffix(".md") }.sorted().map { "docs/" + $0 }
        var count = 0
        for file in ["README.md"] + docs {
            let text = try String(contentsOf: root.appendingPathComponent(file), encoding: .utf8)
            let examples = Self.examples(in: text, file: file)
            guard !examples.isEmpty else { continue }
            // A fresh copy of the data per file: examples of one file run in order, as a reader would.
            let scratch = try scratchFolder("docs-examples")
            defer { try? FileManager.default.removeItem(at: scratch) }
            for folder in ["Corpus", "Output", "schema", "Tests/Fixtures"] {
                let target = scratch.appendingPathComponent(folder)
                try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                try FileManager.default.copyItem(at: root.appendingPathComponent(folder), to: target)
            }
            try? FileManager.default.removeItem(at: scratch.appendingPathComponent("Output/zhengce.sqlite"))
            for example in examples {
                count += 1
                let command = example.command.replacingOccurrences(of: #"swift run( -c release)? zhengce"#, with: "zhengce",
                                                                   options: .regularExpression)
                let run = try runShell("zhengce() { \"$Z\" \"$@\"; }\nexec 2>&1\n" + command, in: scratch)
                let actual = run.stdout.components(separatedBy: "\n")
                #expect(Self.matches(example.expected, actual),
                        "\(example.file): $ \(example.command)\n--- shown\n\(example.expected.joined(separator: "\n"))\n--- real\n\(run.stdout)")
            }
        }
        // README and docs/ held 38 zhengce examples when this test was written; fewer means the parser missed some.
        #expect(count >= 38)
    }
}
