// swift-tools-version: 6.0
// RecShield benchmarks: a nested package so the library's build never pays for the harness.
// Build and run in release mode, e.g. `swift run -c release --package-path Benchmarks load-benchmark`.
import PackageDescription

let recShield: Target.Dependency = .product(name: "RecShield", package: "RecShield")

let package = Package(
    name: "RecShieldBenchmarks",
    // Named explicitly: a path dependency's identity is otherwise its folder's name, which differs
    // between clones (a worktree, CI's checkout), and products are looked up by that identity.
    dependencies: [.package(name: "RecShield", path: "..")],
    targets: [
        // Each benchmark is a plain release executable that prints its measurements.

        // Loading speed of a 10-million-row ratings.csv-style file (MB/s, rows/s).
        .executableTarget(name: "load-benchmark", dependencies: [recShield], path: "Sources/LoadBenchmark"),
        // Full-ranking evaluation of 100k users × 50k items with random dim-64 factors.
        .executableTarget(name: "evaluation-benchmark", dependencies: [recShield], path: "Sources/EvaluationBenchmark"),
        // Dense-layer kernels (GEMM, MLP step) and NeuMF training/evaluation speed.
        .executableTarget(name: "neural-benchmark", dependencies: [recShield], path: "Sources/NeuralBenchmark"),
        // SGD training speed of BPR-MF and explicit MF, compared with the C kernels in
        // `CReference/` by `run-training-benchmark.sh`.
        .executableTarget(name: "training-benchmark", dependencies: [recShield], path: "Sources/TrainingBenchmark"),
        // GAN profile attack: epoch time, losses and stealth on ml-latest-small or synthetic data.
        .executableTarget(name: "gan-benchmark", dependencies: [recShield], path: "Sources/GANBenchmark"),
        // Fake-profile detection quality (precision/recall/F1/ROC-AUC) per heuristic attack kind
        // and size on ml-latest-small under the leak-free protocol, and sanitise-and-retrain.
        .executableTarget(name: "detection-benchmark", dependencies: [recShield], path: "Sources/DetectionBenchmark"),
        // Attack effects on ml-latest-small over several seeds: heuristic and gradient poisoning
        // (target hit ratio, prediction shift) and FGSM/PGD versus random embedding perturbations.
        .executableTarget(name: "robustness-benchmark", dependencies: [recShield], path: "Sources/RobustnessBenchmark"),
        // Epoch time of APR (adversarial BPR) against plain BPR on MovieLens-100K-sized data.
        .executableTarget(name: "apr-benchmark", dependencies: [recShield], path: "Sources/APRBenchmark"),
        // Defenses on ml-latest-small: APR under FGSM, denoising under injected noise, defenses
        // against shilling attacks.
        .executableTarget(name: "defense-benchmark", dependencies: [recShield], path: "Sources/DefenseBenchmark"),
    ],
    swiftLanguageModes: [.v6]
)
