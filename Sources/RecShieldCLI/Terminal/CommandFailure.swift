import ArgumentParser
import RecShield

/// Maps any error to the exit codes of the house style: 64 usage (ArgumentParser's own, bad
/// shards, model and GAN settings out of range), 65 bad data, configuration or model file, 66 missing input
/// (data, configuration, model file, run directory), 1 anything else — always with one readable
/// line on stderr.
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
        case let error as ModelError:
            printError(error.description)
            return ExitCode(exitCode(of: error))
        case is NeuMF.ConfigurationError, is VBPR.ConfigurationError, is NeighborhoodConfiguration.ConfigurationError:
            printError(String(describing: error))
            return ExitCode(64)
        case let error as GANError:
            printError(error.description)
            if case .invalidSetting = error { return ExitCode(64) }
            return ExitCode(65)
        case let error as DefenseError:
            printError(error.description)
            if case .mismatchedData = error { return ExitCode(65) }
            return ExitCode(64)
        default:
            printError(String(describing: error))
            return ExitCode(1)
        }
    }

    /// 66 for a model file that is missing or unreadable, 64 for a setting out of range, 1 for a
    /// file that cannot be written, 65 for everything else (a damaged or foreign file, an unknown
    /// user, data the model cannot learn from).
    static func exitCode(of error: ModelError) -> Int32 {
        switch error {
        case .fileNotFound, .unreadable: return 66
        case .invalidParameter: return 64
        case .unwritable: return 1
        case .truncated, .notAModelFile, .unsupportedVersion, .checksumMismatch, .malformed, .wrongKind,
            .missingArray, .unknownKind, .unknownUser, .unsuitableData:
            return 65
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
