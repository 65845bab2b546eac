import ArgumentParser

/// `zhengce show` (not yet built).
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "(not yet built)")

    func run() throws {
        throw fail("'show' is not built yet")
    }
}
