// swift-tools-version: 6.0
// RecShield benchmarks: a nested package so the library's build never pays for the harness.
// Build and run in release mode, e.g. `swift run -c release --package-path Benchmarks load-benchmark`.
import PackageDescription

let package = Package(
    name: "RecShieldBenchmarks",
    // Named explicitly: a path dependency is otherwise known by its folder name, which differs
    // between clones and worktrees.
    dependencies: [.package(name: "RecShield", path: "..")],
    targets: [
        // Each benchmark is a plain release executable that prints its measurements.
        // Dense-layer kernels (GEMM, MLP step) and NeuMF training/evaluation speed.
        .executableTarget(
            name: "neural-benchmark",
            dependencies: [.product(name: "RecShield", package: "RecShield")],
            path: "Sources/NeuralBenchmark"
        ),
    ],
    swiftLanguageModes: [.v6]
)
