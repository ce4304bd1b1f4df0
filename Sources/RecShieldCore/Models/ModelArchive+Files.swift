import Foundation

/// Reading and writing model files.
extension ModelArchive {
    /// Writes the archive to `path` atomically (a partly written file never replaces a good one).
    /// - Throws: ``ModelError/unwritable(path:reason:)``.
    public func save(to path: String) throws {
        do {
            try Data(encoded()).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw ModelError.unwritable(path: path, reason: Self.reason(error))
        }
    }

    /// Reads and checks the archive at `path`.
    /// - Throws: ``ModelError/fileNotFound(path:)``, ``ModelError/unreadable(path:reason:)``, or
    ///   any error of ``init(decoding:source:)``.
    public static func load(from path: String) throws -> ModelArchive {
        guard FileManager.default.fileExists(atPath: path) else { throw ModelError.fileNotFound(path: path) }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw ModelError.unreadable(path: path, reason: reason(error))
        }
        return try ModelArchive(decoding: [UInt8](data), source: path)
    }

    private static func reason(_ error: Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError,
            underlying.domain == NSPOSIXErrorDomain, let code = POSIXErrorCode(rawValue: Int32(underlying.code)) {
            return String(cString: strerror(code.rawValue))
        }
        return nsError.localizedDescription
    }
}
