import Foundation

/// Creates output directories and reads and writes whole files, mapping failures to ``DataError``.
///
/// Public so that the layers above the core write their files (attack artefacts, reports) with the
/// same error messages.
public enum OutputFile {
    /// `name` inside `directory`.
    public static func path(_ directory: String, _ name: String) -> String {
        directory.hasSuffix("/") ? directory + name : directory + "/" + name
    }

    /// Creates `directory` and its missing parents.
    /// - Throws: ``DataError/unwritable(path:reason:)`` when it cannot be created.
    public static func createDirectory(_ directory: String) throws {
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw DataError.unwritable(path: directory, reason: reason(error))
        }
    }

    /// Writes `text` as UTF-8 to `path`, replacing the file atomically.
    /// - Throws: ``DataError/unwritable(path:reason:)`` when the file cannot be written.
    public static func write(_ text: String, to path: String) throws {
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw DataError.unwritable(path: path, reason: reason(error))
        }
    }

    /// Reads the bytes of `path`.
    /// - Throws: ``DataError/fileNotFound(path:)`` or ``DataError/unreadable(path:reason:)``.
    public static func read(_ path: String) throws -> [UInt8] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw DataError.fileNotFound(path: path)
        }
        guard !isDirectory.boolValue else { throw DataError.unreadable(path: path, reason: "it is a directory") }
        do {
            return [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        } catch {
            throw DataError.unreadable(path: path, reason: reason(error))
        }
    }

    private static func reason(_ error: Error) -> String {
        (error as NSError).localizedDescription
    }
}
