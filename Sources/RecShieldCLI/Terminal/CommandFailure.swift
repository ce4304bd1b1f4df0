import ArgumentParser
import RecShield

/// Maps any error to the exit codes of the house style: 64 usage (ArgumentParser's own, bad
/// shards), 65 bad data or configuration, 66 missing input (data, configuration, run directory),
/// 1 anything else — always with one readable line on stderr.
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
        case let error as ConfigurationError:
            printError(error.description)
            if case .fileNotFound = error { return ExitCode(66) }
            return ExitCode(65)
        case let error as StudyError:
            printError(error.description)
            switch error {
            case .noResults: return ExitCode(66)
            case .invalidShard, .missingShardCount: return ExitCode(64)
            default: return ExitCode(1)
            }
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
