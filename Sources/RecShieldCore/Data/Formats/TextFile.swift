#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The bytes of one text file, read at once, with the helpers every format reader shares: a
/// skipped UTF-8 byte-order mark, encoding checks, and line texts for error messages.
struct TextFile {
    /// The path as the user gave it; every error names it.
    let path: String
    /// The whole file.
    let bytes: [UInt8]
    /// The offset of the first byte after a UTF-8 byte-order mark (0 when there is none).
    let bodyStart: Int

    /// Creates a file from bytes already in memory (tests, generated data).
    init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
        let hasMark = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
        bodyStart = hasMark ? 3 : 0
    }

    /// Reads the file at `path` with one allocation and as few `read` calls as the system allows.
    /// - Throws: ``DataError/fileNotFound(path:)`` or ``DataError/unreadable(path:reason:)``.
    /// - Complexity: O(file size).
    static func read(_ path: String) throws -> TextFile {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else {
            let code = errno
            if code == ENOENT || code == ENOTDIR { throw DataError.fileNotFound(path: path) }
            throw DataError.unreadable(path: path, reason: systemMessage(code))
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            throw DataError.unreadable(path: path, reason: systemMessage(errno))
        }
        guard (status.st_mode & S_IFMT) != S_IFDIR else {
            throw DataError.unreadable(path: path, reason: "it is a directory, not a file")
        }
        let size = Int(status.st_size)
        var failure: Int32 = 0
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, initialized in
            initialized = 0
            while initialized < size {
                let got = systemRead(descriptor, buffer.baseAddress! + initialized, size - initialized)
                if got < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                if got == 0 { return }
                initialized += got
            }
        }
        if failure != 0 { throw DataError.unreadable(path: path, reason: systemMessage(failure)) }
        return TextFile(path: path, bytes: bytes)
    }

    private static func systemRead(_ descriptor: Int32, _ target: UnsafeMutableRawPointer, _ count: Int) -> Int {
        #if canImport(Glibc)
        return Glibc.read(descriptor, target, count)
        #else
        return Darwin.read(descriptor, target, count)
        #endif
    }

    private static func systemMessage(_ code: Int32) -> String {
        String(cString: strerror(code))
    }

    /// Whether a file or directory exists at `path`.
    static func exists(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0
    }

    /// Whether `path` names a directory.
    static func isDirectory(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFDIR
    }

    /// The names of the entries of the directory at `path`, sorted (so choices are reproducible).
    static func directoryEntries(_ path: String) -> [String] {
        guard let directory = opendir(path) else { return [] }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(cString: raw.bindMemory(to: CChar.self).baseAddress!)
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names.sorted()
    }

    // MARK: - Encodings

    /// Checks that the body is valid UTF-8.
    /// - Throws: ``DataError/undecodableBytes(path:line:encoding:)`` naming the first bad line.
    /// - Complexity: O(file size); pure-ASCII stretches are checked eight bytes at a time.
    func validateUTF8() throws {
        if let bad = firstInvalidUTF8Offset() {
            throw DataError.undecodableBytes(path: path, line: lineNumber(at: bad), encoding: "UTF-8")
        }
    }

    /// Whether the body is valid UTF-8.
    var isValidUTF8: Bool { firstInvalidUTF8Offset() == nil }

    private func firstInvalidUTF8Offset() -> Int? {
        bytes.withUnsafeBufferPointer { buffer in
            UTF8Validation.firstInvalidOffset(in: buffer, from: bodyStart)
        }
    }

    // MARK: - Lines

    /// The 1-based line number of the byte at `offset`.
    /// - Complexity: O(offset); meant for error messages only.
    func lineNumber(at offset: Int) -> Int {
        var line = 1
        for index in 0..<min(offset, bytes.count) where bytes[index] == 0x0A { line += 1 }
        return line
    }

    /// The text of the line starting at `offset`, without its line end, for error messages.
    /// Undecodable bytes show as U+FFFD here only; data is never decoded this way.
    func lineText(startingAt offset: Int) -> String {
        var end = offset
        while end < bytes.count && bytes[end] != 0x0A { end += 1 }
        if end > offset && bytes[end - 1] == 0x0D { end -= 1 }
        return String(decoding: bytes[min(offset, end)..<end], as: UTF8.self)
    }
}
