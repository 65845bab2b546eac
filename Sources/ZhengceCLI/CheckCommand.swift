import ArgumentParser

/// `zhengce check` (not yet built).
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "check", abstract: "(not yet built)")

    func run() throws {
        throw fail("'check' is not built yet")
    }
}
