import ArgumentParser
import RecShield

/// Maps any error to the exit codes of the house style: 64 usage (ArgumentParser's own), 65 bad
/// data, 66 missing input, 1 anything else — always with one readable line on stderr.
enum CommandFailure {
    /// Prints a library error and returns the exit code for it; ArgumentParser's own errors
    /// (usage, help, explicit exit codes) pass through unchanged for it to print.
    static func wrapping(_ error: Error) -> Error {
        if isArgumentParserError(error) { return error }
        switch error {
        case let error as DataError:
            printError(error.description)
            if case .fileNotFound = error { return ExitCode(66) }
            return ExitCode(65)
        default:
            printError(String(describing: error))
            return ExitCode(1)
        }
    }

    private static func isArgumentParserError(_ error: Error) -> Bool {
        error is ExitCode || error is ValidationError || error is CleanExit
            || String(reflecting: type(of: error)).hasPrefix("ArgumentParser.")
    }

    /// Prints `recshield: message` as one line on stderr.
    static func printError(_ message: String) {
        let line = "recshield: " + message.split(separator: "\n").joined(separator: " ") + "\n"
        StandardError.write(line)
    }
}
