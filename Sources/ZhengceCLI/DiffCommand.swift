import ArgumentParser

/// `zhengce diff` (not yet built).
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "diff", abstract: "(not yet built)")

    func run() throws {
        throw fail("'diff' is not built yet")
    }
}
