import ArgumentParser
import RecShield

/// How to read a data file: format, delimited-file layout, and the bad-row and duplicate
/// policies. Every command that reads interactions includes it with `@OptionGroup` and decides
/// itself how the path is given (positional or `--data`).
struct DataOptions: ParsableArguments {
    @Option(help: "The file format (auto detects it from the file name, then the first line).")
    var format: DataFormat = .auto

    @Option(help: ArgumentHelp(
        "Field separator of a delimited file; any text, '\\t' or 'tab' for a tab (default: guessed).",
        valueName: "sep"))
    var separator: String?

    @Option(help: ArgumentHelp(
        "Columns of a delimited file: roles in file order (user,item[,rating][,timestamp], _ skips one), "
            + "or role=name / role=position pairs.",
        valueName: "spec"))
    var columns: String?

    @Flag(help: "The delimited file starts with a header line.")
    var header = false

    @Option(name: .customLong("on-bad-row"), help: "Stop at a malformed row, or skip and count it.")
    var onBadRow: LoadOptions.BadRowPolicy = .error

    @Option(help: "Repeated (user, item) pairs: keep the last row, average the ratings, or stop.")
    var duplicates: LoadOptions.DuplicatePolicy = .keepLast

    mutating func validate() throws {
        do {
            _ = try columns.map(ColumnSpec.init(parsing:))
        } catch let error as DataError {
            throw ValidationError(error.description)
        }
        if separator?.isEmpty == true { throw ValidationError("--separator needs at least one character") }
    }

    /// The separator with `\t` and `tab` written as a tab.
    var resolvedSeparator: String? {
        separator.map { $0 == "\\t" || $0 == "tab" ? "\t" : $0 }
    }

    /// The library options these flags describe.
    func loadOptions() throws -> LoadOptions {
        LoadOptions(
            badRowPolicy: onBadRow, duplicatePolicy: duplicates, separator: resolvedSeparator,
            columns: try columns.map(ColumnSpec.init(parsing:)), hasHeader: header)
    }

    /// Loads `path` with these options and prints one warning line to stderr when rows were
    /// skipped or duplicates merged.
    /// - Throws: ``DataError`` for bad input (the root command maps it to an exit code).
    func load(_ path: String) throws -> LoadedDataset {
        let loaded = try DatasetLoader.load(path, format: format, options: try loadOptions())
        if let warning = loaded.report.warning {
            StandardError.write("recshield: warning: \(warning)\n")
        }
        return loaded
    }
}

extension DataFormat: ExpressibleByArgument {
    public var defaultValueDescription: String { rawValue }
}

extension LoadOptions.BadRowPolicy: ExpressibleByArgument {
    public var defaultValueDescription: String { rawValue }
}

extension LoadOptions.DuplicatePolicy: ExpressibleByArgument {
    public var defaultValueDescription: String { rawValue }
}
