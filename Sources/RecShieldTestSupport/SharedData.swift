#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The shared real data sets at `<package root>/../shared/data`, for tests that must skip cleanly
/// when the folder is absent: `@Test(.enabled(if: SharedData.isAvailable))`.
public enum SharedData {
    /// The folder `<package root>/../shared/data`, found from this source file's path.
    public static let root: String = {
        // This file is <package root>/Sources/RecShieldTestSupport/SharedData.swift.
        let components = "\(#filePath)".split(separator: "/", omittingEmptySubsequences: false)
        let packageRoot = components.dropLast(3).joined(separator: "/")
        return packageRoot + "/../shared/data"
    }()

    /// Whether the shared data folder exists.
    public static var isAvailable: Bool { exists(root) }

    /// The path of `relative` inside the shared data folder.
    public static func path(_ relative: String) -> String {
        root + "/" + relative
    }

    /// Whether `relative` exists inside the shared data folder.
    public static func contains(_ relative: String) -> Bool {
        exists(path(relative))
    }

    private static func exists(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0
    }
}
