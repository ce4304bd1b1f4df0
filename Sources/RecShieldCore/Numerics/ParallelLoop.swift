import Dispatch

/// Splits index ranges across worker threads in a fixed, reproducible way.
///
/// The partition depends only on `count` and `threads`, never on timing, so work that writes
/// disjoint outputs per chunk gives the same result on every run with the same thread count.
public enum ParallelLoop {
    /// The number of threads used when a caller asks for "all cores".
    public static var availableThreads: Int {
        max(1, sysconfValue())
    }

    /// Runs `body(chunk, range)` for `threads` contiguous, near-equal chunks of `0..<count`,
    /// concurrently when `threads > 1`. Empty chunks are skipped.
    /// - Parameters:
    ///   - count: the number of items to split.
    ///   - threads: how many chunks (and threads) to use; values below 1 mean 1.
    ///   - body: called once per chunk with its index and its range; must be safe to run concurrently.
    public static func forEachChunk(
        count: Int, threads: Int, _ body: (_ chunk: Int, _ range: Range<Int>) -> Void
    ) {
        let chunks = max(1, min(threads, count))
        if chunks == 1 {
            if count > 0 { body(0, 0..<count) }
            return
        }
        // The caller promises `body` is safe to run concurrently (it writes disjoint outputs).
        withoutActuallyEscaping(body) { escapable in
            nonisolated(unsafe) let work = escapable
            DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                let range = chunkRange(chunk, of: chunks, count: count)
                if !range.isEmpty { work(chunk, range) }
            }
        }
    }

    /// The `chunk`-th of `chunks` contiguous ranges that partition `0..<count`.
    public static func chunkRange(_ chunk: Int, of chunks: Int, count: Int) -> Range<Int> {
        let base = count / chunks
        let extra = count % chunks
        let start = chunk * base + min(chunk, extra)
        return start..<(start + base + (chunk < extra ? 1 : 0))
    }
}

#if canImport(Glibc)
import Glibc
private func sysconfValue() -> Int { Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))) }
#elseif canImport(Darwin)
import Darwin
private func sysconfValue() -> Int { Int(sysconf(_SC_NPROCESSORS_ONLN)) }
#endif
