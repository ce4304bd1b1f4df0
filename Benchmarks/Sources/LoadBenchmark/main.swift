// Measures DatasetLoader on a synthetic ratings.csv-style file: 10 million rows written with a
// seeded generator (users in blocks as in MovieLens, items skewed towards popular ones, ratings
// in half stars, 10-digit timestamps), loaded three times; prints the best MB/s and rows/s.
//
// Usage: swift run -c release --package-path Benchmarks load-benchmark [rows]
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import RecShield

let rowCount = CommandLine.arguments.count > 1 ? Int(CommandLine.arguments[1]) ?? 10_000_000 : 10_000_000
let userCount = 160_000
let itemCount = 60_000

func seconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) * 1e-9
}

/// Writes the synthetic file and returns its size in bytes.
func writeRatings(to path: String) -> Int {
    var generator = Xoshiro256StarStar(seed: 20_240_601)
    guard let handle = fopen(path, "wb") else {
        print("cannot write \(path)")
        exit(1)
    }
    defer { fclose(handle) }
    var buffer: [UInt8] = Array("userId,movieId,rating,timestamp\n".utf8)
    var written = 0
    let rowsPerUser = max(1, rowCount / userCount)
    for row in 0..<rowCount {
        let user = 1 + min(row / rowsPerUser, userCount - 1)
        let unit = Double(generator.nextUnitFloat())
        let item = 1 + Int(Double(itemCount - 1) * unit * unit)
        let halfStars = 1 + generator.nextIndex(below: 10)
        let rating = halfStars % 2 == 0 ? "\(halfStars / 2).0" : "\(halfStars / 2).5"
        let timestamp = 1_000_000_000 + generator.nextIndex(below: 500_000_000)
        buffer += "\(user),\(item),\(rating),\(timestamp)\n".utf8
        if buffer.count > 1 << 20 {
            written += buffer.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, handle) }
            buffer.removeAll(keepingCapacity: true)
        }
    }
    written += buffer.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, handle) }
    return written
}

var template = Array("/tmp/recshield-load-XXXXXX".utf8CString)
guard template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) != nil else {
    print("cannot create a temporary folder")
    exit(1)
}
let folder = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
let path = folder + "/ratings.csv"
let writeStart = seconds()
let bytes = writeRatings(to: path)
print("wrote \(rowCount) rows, \(bytes / 1_000_000) MB in \(String(Int(seconds() - writeStart))) s: \(path)")

var best = Double.infinity
for attempt in 1...3 {
    let start = seconds()
    do {
        let loaded = try DatasetLoader.load(path)
        let elapsed = seconds() - start
        best = min(best, elapsed)
        let megabytes = Double(bytes) / 1e6
        print(
            "run \(attempt): \((elapsed * 1000).rounded() / 1000) s, "
                + "\(Int(megabytes / elapsed)) MB/s, \(Int(Double(rowCount) / elapsed)) rows/s "
                + "(\(loaded.dataset.userCount) users, \(loaded.dataset.itemCount) items, "
                + "\(loaded.dataset.count) interactions, \(loaded.report.duplicateRowsMerged) duplicates merged)")
    } catch {
        print("load failed: \(error)")
        exit(1)
    }
}
print("best: \(Int(Double(bytes) / 1e6 / best)) MB/s, \(Int(Double(rowCount) / best)) rows/s")
unlink(path)
rmdir(folder)
