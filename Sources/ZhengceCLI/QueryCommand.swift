import ArgumentParser

/// `zhengce query` (not yet built).
struct QueryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "query", abstract: "(not yet built)")

    func run() throws {
        throw fail("'query' is not built yet")
    }
}
