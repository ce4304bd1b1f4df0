#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Adam's first and second moments for every BPR parameter; they exist only during training.
struct BPRAdamState {
    var userFirst: FactorMatrix
    var userSecond: FactorMatrix
    var itemFirst: FactorMatrix
    var itemSecond: FactorMatrix
    var biasFirst: FactorMatrix
    var biasSecond: FactorMatrix

    init(userCount: Int, itemCount: Int, factors: Int) {
        userFirst = FactorMatrix(rowCount: userCount, columnCount: factors)
        userSecond = userFirst
        itemFirst = FactorMatrix(rowCount: itemCount, columnCount: factors)
        itemSecond = itemFirst
        biasFirst = FactorMatrix(rowCount: itemCount, columnCount: 1)
        biasSecond = biasFirst
    }

    /// Calls `body` with raw views of the moments, valid only inside `body`.
    mutating func withPointers<Result>(_ body: (AdamMoments) -> Result) -> Result {
        userFirst.withUnsafeMutablePointer { userFirst in
            userSecond.withUnsafeMutablePointer { userSecond in
                itemFirst.withUnsafeMutablePointer { itemFirst in
                    itemSecond.withUnsafeMutablePointer { itemSecond in
                        biasFirst.withUnsafeMutablePointer { biasFirst in
                            biasSecond.withUnsafeMutablePointer { biasSecond in
                                body(AdamMoments(
                                    userFirst: userFirst, userSecond: userSecond, itemFirst: itemFirst,
                                    itemSecond: itemSecond, biasFirst: biasFirst, biasSecond: biasSecond))
                            }
                        }
                    }
                }
            }
        }
    }
}

/// Raw views of Adam's moments, laid out like the parameters they belong to.
struct AdamMoments {
    var userFirst: UnsafeMutablePointer<Float>
    var userSecond: UnsafeMutablePointer<Float>
    var itemFirst: UnsafeMutablePointer<Float>
    var itemSecond: UnsafeMutablePointer<Float>
    var biasFirst: UnsafeMutablePointer<Float>
    var biasSecond: UnsafeMutablePointer<Float>
}

extension BPRKernels {
    /// Runs Adam steps on the rows each triple touches (lazy sparse Adam):
    /// ```
    /// g = ∂ℓ/∂θ                      (see BPRMatrixFactorization+Gradients.swift)
    /// m ← β₁ m + (1 − β₁) g,   s ← β₂ s + (1 − β₂) g²
    /// θ ← θ − α_t m / (√s + ε),   α_t = α √(1 − β₂ᵗ) / (1 − β₁ᵗ)
    /// ```
    /// where `t` counts the epoch's steps globally (`firstStep` is the step before this range).
    /// - Returns: `Σ −ln σ(x̂)` over the steps, before their updates.
    /// - References: Kingma & Ba, "Adam: A method for stochastic optimization", ICLR 2015.
    static func adamSteps(
        _ steps: Range<Int>, _ context: BPRStepContext, _ moments: AdamMoments,
        beta1: Float, beta2: Float, epsilon: Float, firstStep: Int, _ generator: inout Xoshiro256StarStar
    ) -> Double {
        var rng = generator
        defer { generator = rng }
        let c = context
        let d = c.dimension
        let twiceLambda = 2 * c.regularization
        var beta1Power = pow(Double(beta1), Double(firstStep))
        var beta2Power = pow(Double(beta2), Double(firstStep))
        var likelihood = LogLikelihood()
        for _ in steps {
            beta1Power *= Double(beta1)
            beta2Power *= Double(beta2)
            let stepSize = Float(Double(c.learningRate) * (1 - beta2Power).squareRoot() / (1 - beta1Power))
            let sample = c.drawSample(&rng, &likelihood)
            let (user, positive, negative) = (sample.user, sample.positive, sample.negative)
            let (u, vi, vj, bi, bj, z) = (sample.u, sample.vi, sample.vj, sample.bi, sample.bj, sample.z)
            let hyper = AdamStep(beta1: beta1, beta2: beta2, epsilon: epsilon, stepSize: stepSize)
            let mu = moments.userFirst + user &* d
            let su = moments.userSecond + user &* d
            let mi = moments.itemFirst + positive &* d
            let si = moments.itemSecond + positive &* d
            let mj = moments.itemFirst + negative &* d
            let sj = moments.itemSecond + negative &* d
            var k = 0
            while k &+ 16 <= d {
                let uk = SIMDRow.load(u, k)
                let ik = SIMDRow.load(vi, k)
                let jk = SIMDRow.load(vj, k)
                hyper.apply(u, mu, su, k, gradient: twiceLambda * uk - z * (ik - jk))
                hyper.apply(vi, mi, si, k, gradient: twiceLambda * ik - z * uk)
                hyper.apply(vj, mj, sj, k, gradient: twiceLambda * jk + z * uk)
                k &+= 16
            }
            while k < d {
                let uk = u[k]
                let ik = vi[k]
                let jk = vj[k]
                hyper.apply(&u[k], &mu[k], &su[k], gradient: twiceLambda * uk - z * (ik - jk))
                hyper.apply(&vi[k], &mi[k], &si[k], gradient: twiceLambda * ik - z * uk)
                hyper.apply(&vj[k], &mj[k], &sj[k], gradient: twiceLambda * jk + z * uk)
                k &+= 1
            }
            if c.usesBiases {
                hyper.apply(
                    &c.biases[positive], &moments.biasFirst[positive], &moments.biasSecond[positive],
                    gradient: twiceLambda * bi - z)
                hyper.apply(
                    &c.biases[negative], &moments.biasFirst[negative], &moments.biasSecond[negative],
                    gradient: twiceLambda * bj + z)
            }
        }
        return likelihood.negativeSum
    }
}

/// One Adam update with fixed hyperparameters and bias-corrected step size.
private struct AdamStep {
    let beta1: Float
    let beta2: Float
    let epsilon: Float
    let stepSize: Float

    /// Updates 16 parameters at `theta + k` and their moments.
    @inline(__always)
    func apply(_ theta: UnsafeMutablePointer<Float>, _ first: UnsafeMutablePointer<Float>,
               _ second: UnsafeMutablePointer<Float>, _ k: Int, gradient g: SIMD16<Float>) {
        let m = beta1 * SIMDRow.load(first, k) + (1 - beta1) * g
        let s = beta2 * SIMDRow.load(second, k) + (1 - beta2) * (g * g)
        SIMDRow.store(m, first, k)
        SIMDRow.store(s, second, k)
        SIMDRow.store(SIMDRow.load(theta, k) - stepSize * m / (s.squareRoot() + epsilon), theta, k)
    }

    /// Updates one parameter and its moments.
    @inline(__always)
    func apply(_ theta: inout Float, _ first: inout Float, _ second: inout Float, gradient g: Float) {
        first = beta1 * first + (1 - beta1) * g
        second = beta2 * second + (1 - beta2) * (g * g)
        theta -= stepSize * first / (second.squareRoot() + epsilon)
    }
}
