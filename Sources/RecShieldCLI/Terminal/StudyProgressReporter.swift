import RecShield

/// Shows study progress on stderr: a bar on a terminal, one log line per cell otherwise, nothing
/// with `--quiet`. The bar counts the cells this run executes (resumed cells are already done),
/// so its ETA reflects the work left.
final class StudyProgressReporter {
    private var bar: ProgressBar?
    private let quiet: Bool

    init(quiet: Bool) {
        self.quiet = quiet
    }

    /// Reports one finished cell; always lets the run go on.
    func report(_ progress: StudyProgress) -> Bool {
        let ran = progress.done + progress.failed - progress.resumed
        if StandardError.isTerminal {
            let bar = bar ?? ProgressBar(title: "cells", total: progress.total - progress.resumed, quiet: quiet)
            self.bar = bar
            bar.update(done: ran, note: progress.failed > 0 ? "\(progress.failed) failed" : "")
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
        bar?.finish()
    }
}
