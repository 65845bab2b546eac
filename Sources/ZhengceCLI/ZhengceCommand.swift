import ArgumentParser

/// The `zhengce` command: Chinese policy documents into structured, linked, searchable data.
public struct ZhengceCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "zhengce",
        abstract: "Turn Chinese policy documents into structured, linked, searchable data.",
        subcommands: [
            IndexCommand.self, SegmentCommand.self, DocsCommand.self, ShowCommand.self, CheckCommand.self,
            DeptsCommand.self, DeptCommand.self, QueryCommand.self, LineageCommand.self, DiffCommand.self,
            ExportCommand.self, TargetsCommand.self,
        ]
    )

    public init() {}
}
