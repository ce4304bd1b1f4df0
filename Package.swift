// swift-tools-version: 6.0
// RecShield: attack, measure and harden recommender systems.
import PackageDescription

// MARK: - Products

let products: [Product] = [
    .library(name: "RecShield", targets: ["RecShield"]),
    .executable(name: "recshield", targets: ["RecShieldCLI"]),
]

// MARK: - Dependencies
// Only what clearly pays for its build time: argument parsing for the CLI, exact float comparison
// in tests, and for the study layer alone YAML configurations (Yams) and the SQLite result store
// (GRDB, which links the system's libsqlite3: `libsqlite3-dev` on Debian/Ubuntu). The core library
// stays free of third-party code.

let dependencies: [Package.Dependency] = [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/apple/swift-numerics", from: "1.0.0"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
]

// MARK: - Targets

let targets: [Target] = [
    // The cache-prefetch hint the memory-bound SGD kernels need and Swift cannot spell.
    .target(name: "CRecShieldPrefetch"),
    // Data, models, metrics and numerics; no third-party dependencies.
    .target(name: "RecShieldCore", dependencies: ["CRecShieldPrefetch"]),
    // Attacks (shilling profiles, noise, drift) and robustness measures; depends on the core only.
    .target(name: "RecShieldAdversarial", dependencies: ["RecShieldCore"]),
    // Robustness studies: YAML configuration, grid expansion and sharding, the SQLite result store
    // and reports.
    .target(
        name: "RecShieldStudy",
        dependencies: [
            "RecShieldCore",
            "RecShieldAdversarial",
            .product(name: "Yams", package: "Yams"),
            .product(name: "GRDB", package: "GRDB.swift"),
        ]
    ),
    // Umbrella module re-exporting the layers.
    .target(name: "RecShield", dependencies: ["RecShieldCore", "RecShieldAdversarial", "RecShieldStudy"]),
    // The `recshield` command-line tool.
    .executableTarget(
        name: "RecShieldCLI",
        dependencies: [
            "RecShield",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]
    ),
    // Fixtures and gradient checks shared by the test targets.
    .target(
        name: "RecShieldTestSupport",
        dependencies: [
            "RecShieldCore",
            .product(name: "Numerics", package: "swift-numerics"),
        ]
    ),

    // MARK: Tests
    .testTarget(
        name: "RecShieldCoreTests",
        dependencies: [
            "RecShieldCore",
            "RecShieldTestSupport",
            .product(name: "Numerics", package: "swift-numerics"),
        ]
    ),
    .testTarget(
        name: "RecShieldAdversarialTests",
        dependencies: [
            "RecShieldAdversarial",
            "RecShieldTestSupport",
            .product(name: "Numerics", package: "swift-numerics"),
        ]
    ),
    .testTarget(
        name: "RecShieldStudyTests",
        dependencies: [
            "RecShieldStudy",
            "RecShieldTestSupport",
            .product(name: "Numerics", package: "swift-numerics"),
        ]
    ),
    .testTarget(
        name: "RecShieldCLITests",
        dependencies: ["RecShieldCLI", "RecShieldTestSupport"]
    ),
]

let package = Package(
    name: "RecShield",
    products: products,
    dependencies: dependencies,
    targets: targets,
    swiftLanguageModes: [.v6]
)
