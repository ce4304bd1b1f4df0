// Measures the dense-layer kernels NeuMF and the GAN attack run on:
//   gemm  — GFLOP/s of a 512³ (and 1024³) single-precision GEMM
//   mlp   — one training step of a 1682→256→1682 MLP on a batch of 64 (forward, BCE gradient,
//           backward, Adam update)
//   neumf — NeuMF epoch time and leave-one-out HR@10/NDCG@10 on ml-latest-small, when
//           ../shared/data is present
// Usage: swift run -c release --package-path Benchmarks neural-benchmark [gemm] [mlp] [neumf]
import RecShield

#if canImport(Glibc)
import Glibc
#endif

/// Wall-clock seconds of `body`, best of `repetitions` runs after one warm-up.
func bestSeconds(repetitions: Int, _ body: () -> Void) -> Double {
    body()
    let clock = ContinuousClock()
    var best = Double.infinity
    for _ in 0..<repetitions {
        let elapsed = clock.measure(body)
        best = min(best, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18)
    }
    return best
}

/// `value` rounded to `digits` decimals, as text (no Foundation).
func fixed(_ value: Double, _ digits: Int = 1) -> String {
    var scale = 1.0
    for _ in 0..<digits { scale *= 10 }
    return "\((value * scale).rounded() / scale)"
}

func randomMatrix(_ rows: Int, _ columns: Int, seed: UInt64) -> Matrix {
    var rng = Xoshiro256StarStar(seed: seed)
    return Matrix(rowCount: rows, columnCount: columns, values: (0..<(rows * columns)).map { _ in
        2 * rng.nextUnitFloat() - 1
    })
}

func benchmarkGEMM() {
    for size in [512, 1024] {
        let a = randomMatrix(size, size, seed: 1)
        let b = randomMatrix(size, size, seed: 2)
        var c = Matrix(rowCount: size, columnCount: size)
        let seconds = bestSeconds(repetitions: size == 512 ? 10 : 3) {
            a.values.withUnsafeBufferPointer { a in
                b.values.withUnsafeBufferPointer { b in
                    c.values.withUnsafeMutableBufferPointer { c in
                        GEMM.multiply(m: size, n: size, k: size, a.baseAddress!, b.baseAddress!, into: c.baseAddress!)
                    }
                }
            }
        }
        let gflops = 2 * Double(size * size * size) / seconds / 1e9
        print("gemm \(size)³: \(fixed(seconds * 1e3, 2)) ms, \(fixed(gflops, 1)) GFLOP/s")
    }
}

func benchmarkMLP() {
    var rng = Xoshiro256StarStar(seed: 3)
    var network = MLP(sizes: [1682, 256, 1682], hiddenActivation: .relu, outputActivation: .identity, using: &rng)
    let batch = 64
    let input = (0..<(batch * 1682)).map { _ in rng.nextUnitFloat() < 0.05 ? Float(1) : 0 }
    let labels = (0..<(batch * 1682)).map { _ in rng.nextUnitFloat() < 0.05 ? Float(1) : 0 }
    var workspace = MLP.Workspace(for: network, batchCapacity: batch)
    var outputGradient = [Float](repeating: 0, count: batch * 1682)
    var inputGradient = [Float](repeating: 0, count: batch * 1682)
    var adam = Adam(parameterCount: network.parameterCount)
    func step(withUpdate: Bool) {
        input.withUnsafeBufferPointer { network.forward($0, batchSize: batch, workspace: &workspace) }
        _ = workspace.withOutput { logits in
            labels.withUnsafeBufferPointer { labels in
                outputGradient.withUnsafeMutableBufferPointer { gradient in
                    BinaryCrossEntropy.totalLoss(logits: logits, labels: labels, gradients: gradient, scale: 1 / Float(batch))
                }
            }
        }
        outputGradient.withUnsafeBufferPointer { g in
            inputGradient.withUnsafeMutableBufferPointer { dx in
                network.backward(outputGradient: g, workspace: &workspace, inputGradient: dx)
            }
        }
        if withUpdate { adam.update(&network.parameters, gradients: network.gradients) }
        network.zeroGradients()
    }
    let forward = bestSeconds(repetitions: 20) {
        input.withUnsafeBufferPointer { network.forward($0, batchSize: batch, workspace: &workspace) }
    }
    let passes = bestSeconds(repetitions: 20) { step(withUpdate: false) }
    let full = bestSeconds(repetitions: 20) { step(withUpdate: true) }
    // Forward 2 GEMMs, backward 4 (weight and input gradients): 6 · 64 · 1682 · 256 · 2 flops.
    let flops = 6.0 * Double(batch) * 1682 * 256 * 2
    print("mlp 1682→256→1682 batch 64: forward \(fixed(forward * 1e3, 2)) ms; "
        + "forward+backward \(fixed(passes * 1e3, 2)) ms "
        + "(\(fixed(flops / passes / 1e9, 1)) GFLOP/s); "
        + "full step with Adam \(fixed(full * 1e3, 2)) ms")
}

for argument in CommandLine.arguments.dropFirst().isEmpty ? ["gemm", "mlp"] : Array(CommandLine.arguments.dropFirst()) {
    switch argument {
    case "gemm": benchmarkGEMM()
    case "mlp": benchmarkMLP()
    case "neumf": NeuMFBenchmark.run()
    default: print("unknown benchmark '\(argument)'; choose gemm, mlp or neumf")
    }
}
