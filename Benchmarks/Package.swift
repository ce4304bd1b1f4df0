// swift-tools-version: 6.0
// RecShield benchmarks: a nested package so the library's build never pays for the harness.
// Build and run in release mode, e.g. `swift run -c release --package-path Benchmarks load-benchmark`.
import PackageDescription

let package = Package(
    name: "RecShieldBenchmarks",
    // The parent package, named explicitly: its identity would otherwise be the folder name of
    // the clone, which differs between machines.
    dependencies: [.package(name: "RecShield", path: "..")],
    targets: [
        // Each benchmark is a plain release executable that prints its measurements.

        // SGD training speed of BPR-MF and explicit MF, compared with the C kernels in
        // `CReference/` by `run-training-benchmark.sh`.
        .executableTarget(
            name: "training-benchmark",
            dependencies: [.product(name: "RecShield", package: "RecShield")],
            path: "Sources/TrainingBenchmark"
        ),
    ],
    swiftLanguageModes: [.v6]
)
