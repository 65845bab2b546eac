import ArgumentParser

/// `zhengce index` (not yet built).
struct IndexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "index", abstract: "(not yet built)")

    func run() throws {
        throw fail("'index' is not built yet")
    }
}
