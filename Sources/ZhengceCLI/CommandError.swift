import ArgumentParser
import Foundation

/// Prints `message` to standard error as one line.
func printError(_ message: String) {
    FileHandle.standardError.write(Data(("zhengce: " + message + "\n").utf8))
}

/// Ends the command with a runtime error: the message on stderr and exit code 2.
func fail(_ message: String) -> ExitCode {
    printError(message)
    return ExitCode(2)
}
