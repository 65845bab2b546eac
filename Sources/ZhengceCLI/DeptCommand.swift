import ArgumentParser

/// `zhengce dept` (not yet built).
struct DeptCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "dept", abstract: "(not yet built)")

    func run() throws {
        throw fail("'dept' is not built yet")
    }
}
