import ArgumentParser

/// The `zhengce` command: Chinese policy documents into structured, linked, searchable data.
public struct ZhengceCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "zhengce",
        abstract: "Turn Chinese policy documents into structured, linked, searchable data.",
        discussion: "Exit status: 0 success, 1 a completed negative answer, 2 runtime error, 64 usage error (docs/cli.md).",
        version: ZhengceVersion.current,
        subcommands: [
            IndexCommand.self, SegmentCommand.self, DocsCommand.self, ShowCommand.self, CheckCommand.self,
            DeptsCommand.self, DeptCommand.self, QueryCommand.self, LineageCommand.self, DiffCommand.self,
            ExportCommand.self, TargetsCommand.self, ServeCommand.self,
        ]
    )

    public init() {}

    /// Runs the command named by the process's arguments; all output goes through `Console`,
    /// so a failed write is reported and a closed pipe ends quietly (docs/cli.md).
    public static func main() {
        Console.start()
        let arguments = Array(CommandLine.arguments.dropFirst())
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
            Console.exit(0)
        } catch {
            let code = exitCode(for: error)
            if let suggestion = CommandSuggestion.message(for: arguments, root: self, error: error) {
                Console.error(suggestion)
                Console.exit(ExitCode.validationFailure.rawValue)
            }
            let message = fullMessage(for: error)
            if !message.isEmpty {
                if code == .success { Console.line(message) } else { Console.raw(message + "\n") }
            }
            Console.exit(code.rawValue)
        }
    }
}

/// The version `zhengce --version` prints.
enum ZhengceVersion {
    /// Semantic version of this build of the tool.
    static let current = "0.9.0"
}
