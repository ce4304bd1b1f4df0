#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Unbuffered writes to standard error, and whether it is an interactive terminal.
enum StandardError {
    /// Writes `text` to stderr as is.
    static func write(_ text: String) {
        var bytes = Array(text.utf8)
        bytes.withUnsafeMutableBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(2, buffer.baseAddress! + offset, buffer.count - offset)
                if written <= 0 { return }
                offset += written
            }
        }
    }

    /// Whether stderr is a terminal, so progress bars make sense.
    static var isTerminal: Bool { isatty(2) == 1 }

    /// Whether colour is allowed (`NO_COLOR` unset and stderr a terminal).
    static var allowsColor: Bool { isTerminal && getenv("NO_COLOR") == nil }
}
