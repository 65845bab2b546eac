import ArgumentParser

/// Prints `message` to standard error as one line ("zhengce: message").
func printError(_ message: String) {
    Console.error(message)
}

/// Ends the command with a runtime error: the message on stderr and exit code 2.
func fail(_ message: String) -> ExitCode {
    printError(message)
    return ExitCode(2)
}
