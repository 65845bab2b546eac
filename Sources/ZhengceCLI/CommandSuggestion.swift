import ArgumentParser
import ZhengceText

/// "Did you mean …?" for a misspelled subcommand (ArgumentParser itself suggests options).
enum CommandSuggestion {
    /// The message for `arguments` when their first word is not a subcommand of `root`, nil otherwise.
    static func message(for arguments: [String], root: ZhengceCommand.Type, error: Error) -> String? {
        guard let first = arguments.first, !first.hasPrefix("-"), root.exitCode(for: error) == .validationFailure else { return nil }
        let names = root.configuration.subcommands.compactMap { $0.configuration.commandName } + ["help"]
        guard !names.contains(first) else { return nil }
        let text = "unknown command '\(first)'"
        if let nearest = nearest(first, in: names) { return text + "; did you mean '\(nearest)'? (see zhengce --help)" }
        return text + "; commands: " + names.joined(separator: ", ")
    }

    /// The candidate closest to `word` within two edits (one for words of three letters or fewer).
    static func nearest(_ word: String, in candidates: [String]) -> String? {
        let limit = word.count <= 3 ? 1 : 2
        let scored = candidates.compactMap { c in EditDistance.distance(Array(word), Array(c), limit: limit).map { (c, $0) } }
        return scored.min { $0.1 < $1.1 }?.0
    }
}
