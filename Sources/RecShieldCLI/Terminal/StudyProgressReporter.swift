import RecShield

/// Shows study progress on stderr: a bar on a terminal, one log line per cell otherwise, nothing
/// with `--quiet`.
final class StudyProgressReporter {
    private let bar: ProgressBar
    private let quiet: Bool

    init(total: Int, quiet: Bool) {
        bar = ProgressBar(title: "cells", total: total, quiet: quiet)
        self.quiet = quiet
    }

    /// Reports one finished cell; always lets the run go on.
    func report(_ progress: StudyProgress) -> Bool {
        if StandardError.isTerminal {
            bar.update(done: progress.done + progress.failed, note: progress.failed > 0 ? "\(progress.failed) failed" : "")
        } else if !quiet {
            let status = progress.cellFailed ? "failed" : "done"
            StandardError.write(
                "[\(progress.done + progress.failed)/\(progress.total)] \(status) \(progress.cellKey) in "
                    + String(format1: progress.cellSeconds) + "s, about " + String(format1: progress.estimatedSecondsLeft) + "s left\n")
        }
        return true
    }

    /// Ends the bar's line.
    func finish() {
        bar.finish()
    }
}
