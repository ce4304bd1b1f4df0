/// A study that cannot run, resume, merge or report, with what to do about it.
public enum StudyError: Error, CustomStringConvertible, Equatable {
    /// `--shard` text or shard numbers that make no sense.
    case invalidShard(String, reason: String)
    /// A scheduler variable (`JOB_COMPLETION_INDEX`, `SLURM_ARRAY_TASK_ID`) without a shard count.
    case missingShardCount(variable: String)
    /// The run directory already holds results and `--resume` was not given.
    case runDirectoryNotEmpty(path: String)
    /// The run directory's results come from a different configuration than the one given.
    case configurationChanged(path: String)
    /// A run directory without a result store.
    case noResults(path: String)
    /// Two stores hold the same cell with different results.
    case conflictingCell(key: String, first: String, second: String)
    /// Stores of different configurations cannot be merged.
    case mergeMismatch(first: String, second: String)
    /// The executor cannot run something the configuration asks for.
    case unsupported(String)
    /// The result store failed (disk full, corrupt file, …).
    case store(path: String, reason: String)

    public var description: String {
        switch self {
        case let .invalidShard(text, reason):
            return "invalid shard '\(text)': \(reason)"
        case let .missingShardCount(variable):
            return "\(variable) is set but the shard count is unknown: set RECSHIELD_SHARD_COUNT or pass --shard-count"
        case let .runDirectoryNotEmpty(path):
            return "\(path) already holds results; pass --resume to finish them, or choose another output_dir"
        case let .configurationChanged(path):
            return "\(path) holds results of a different configuration; resume only with the configuration that started the run "
                + "(its resolved copy is \(path)/config.yaml), or choose another output_dir"
        case let .noResults(path):
            return "\(path) has no results.sqlite; give a run directory written by `recshield study run` or `merge`"
        case let .conflictingCell(key, first, second):
            return "cell '\(key)' has different results in \(first) and \(second); the runs are not the same study or not deterministic"
        case let .mergeMismatch(first, second):
            return "\(first) and \(second) come from different configurations; only shards of one study can be merged"
        case let .unsupported(what):
            return what
        case let .store(path, reason):
            return "\(path): \(reason)"
        }
    }
}
