#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A one-line progress bar on stderr for long work (training epochs, study cells).
///
/// It draws only when stderr is a terminal and the user did not pass `--quiet`; otherwise it stays
/// silent, so piped output and logs hold results only. Redraws are throttled to ten a second.
final class ProgressBar {
    private let title: String
    private let total: Int
    private let enabled: Bool
    private let startTime: Double
    private var lastDraw: Double = -1
    private var finished = false

    /// Creates a bar for `total` steps.
    /// - Parameters:
    ///   - title: a short label drawn before the bar.
    ///   - total: the number of steps.
    ///   - quiet: suppress the bar even on a terminal.
    init(title: String, total: Int, quiet: Bool = false) {
        self.title = title
        self.total = max(total, 1)
        self.enabled = StandardError.isTerminal && !quiet
        self.startTime = Self.now()
    }

    /// Shows that `done` steps are complete, with an optional note (e.g. the last loss).
    func update(done: Int, note: String = "") {
        guard enabled, !finished else { return }
        let time = Self.now()
        if done < total && time - lastDraw < 0.1 { return }
        lastDraw = time
        let fraction = Double(min(done, total)) / Double(total)
        let width = 28
        let filled = Int(fraction * Double(width))
        let bar = String(repeating: "█", count: filled) + String(repeating: "·", count: width - filled)
        let elapsed = time - startTime
        let eta = done > 0 ? elapsed / Double(done) * Double(total - done) : 0
        let timing = done >= total ? Self.format(seconds: elapsed) : "ETA " + Self.format(seconds: eta)
        StandardError.write("\r\u{1B}[2K\(title) \(bar) \(done)/\(total) \(timing) \(note)")
        if done >= total { finish() }
    }

    /// Ends the bar's line so later output starts on a fresh line.
    func finish() {
        guard enabled, !finished else { return }
        finished = true
        StandardError.write("\n")
    }

    private static func format(seconds: Double) -> String {
        let whole = Int(seconds.rounded())
        return whole >= 60 ? "\(whole / 60)m\(whole % 60)s" : String(format1: seconds) + "s"
    }

    private static func now() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_MONOTONIC, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) * 1e-9
    }
}

extension String {
    /// `value` with one decimal, without Foundation's formatter.
    init(format1 value: Double) {
        let tenths = Int((value * 10).rounded())
        self = "\(tenths / 10).\(abs(tenths % 10))"
    }
}
