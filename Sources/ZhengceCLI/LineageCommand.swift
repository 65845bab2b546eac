import ArgumentParser

/// `zhengce lineage` (not yet built).
struct LineageCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "lineage", abstract: "(not yet built)")

    func run() throws {
        throw fail("'lineage' is not built yet")
    }
}
