import ArgumentParser

/// `zhengce segment` (not yet built).
struct SegmentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "segment", abstract: "(not yet built)")

    func run() throws {
        throw fail("'segment' is not built yet")
    }
}
