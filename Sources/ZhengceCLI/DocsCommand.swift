import ArgumentParser

/// `zhengce docs` (not yet built).
struct DocsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "docs", abstract: "(not yet built)")

    func run() throws {
        throw fail("'docs' is not built yet")
    }
}
