import ArgumentParser

/// `zhengce export` (not yet built).
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "export", abstract: "(not yet built)")

    func run() throws {
        throw fail("'export' is not built yet")
    }
}
