import ArgumentParser

/// `zhengce depts` (not yet built).
struct DeptsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "depts", abstract: "(not yet built)")

    func run() throws {
        throw fail("'depts' is not built yet")
    }
}
