import RecShieldCore

/// WGAN-GP's gradient penalty and its exact gradient with respect to the critic's parameters — a
/// hand-derived double backward through an ``MLP`` with piecewise-linear activations.
///
/// For a critic `C = f_L ∘ A_L ∘ … ∘ f_1 ∘ A_1` (`A_l(h) = W_l h + b_l`, every `f_l` identity,
/// ReLU or leaky ReLU, one output) and a batch of `B` inputs `x̂_b`:
/// ```
/// P = (λ/B) Σ_b (‖g_b‖₂ − 1)²,    g_b = ∇_x C(x̂_b)
/// ```
/// Input gradient (a backward pass from the output, masks `Dₗ = diag f′(zₗ)` from the forward pass):
/// ```
/// a_L = D_L·1,   δ_{l−1} = W_lᵀ a_l,   a_{l−1} = D_{l−1} δ_{l−1},   g = δ_0
/// ```
/// For piecewise-linear activations `f″ = 0` almost everywhere, so the masks are locally constant
/// and `g` depends on the parameters only through the `W_l` on this path (not through `b_l`, nor
/// through the masks). With `u_b = ∂P/∂g_b = (2λ/B)(‖g_b‖ − 1) g_b/‖g_b‖`, the gradient of `P` is a
/// forward pass of `u` through the linearised network (masks fixed, no biases):
/// ```
/// v_0 = u,   v_l = D_l W_l v_{l−1},   ∂P/∂W_l = Σ_b a_{l,b} v_{l−1,b}ᵀ,   ∂P/∂b_l = 0
/// ```
/// Each of the three passes costs one forward pass, so a penalised critic step costs about twice
/// an unpenalised one. Caveats: the result is the gradient wherever no pre-activation is exactly
/// 0 (a measure-zero set, where ReLU kinks make `P` non-differentiable); where `‖g_b‖ = 0` the
/// sample contributes the subgradient 0.
///
/// References:
/// - Gulrajani, Ahmed, Arjovsky, Dumoulin & Courville, "Improved training of Wasserstein GANs",
///   NeurIPS 2017, eq. (3) and Algorithm 1.
/// - Pearlmutter, "Fast exact multiplication by the Hessian", Neural Computation 1994 (the
///   forward-over-backward pass that differentiates a gradient).
public struct GANGradientPenalty: Sendable, Equatable {
    /// The penalty weight `λ`.
    public let weight: Float

    /// The penalty's value and the input-gradient norms it saw.
    public struct Evaluation: Sendable, Equatable {
        /// `P`, the weighted mean squared distance of the norms from 1.
        public var penalty: Double
        /// The mean of `‖g_b‖₂` over the batch.
        public var meanGradientNorm: Double
    }

    /// Creates a penalty of weight `λ`.
    /// - Precondition: `weight` is finite and not negative.
    public init(weight: Float) {
        precondition(weight >= 0 && weight.isFinite, "the gradient-penalty weight must be finite and not negative")
        self.weight = weight
    }

    /// Whether `critic` has the shape the exact double backward needs: one output and only
    /// identity, ReLU or leaky-ReLU activations.
    public static func supports(_ critic: MLP) -> Bool {
        critic.outputCount == 1 && critic.layers.allSatisfy { layer in
            switch layer.activation {
            case .identity, .relu, .leakyReLU: return true
            case .sigmoid, .tanh: return false
            }
        }
    }

    /// The critic's input gradients `∇_x C(x_b)`, row by row.
    /// - Parameters:
    ///   - critic: a network that ``supports(_:)``.
    ///   - inputs: `batchSize × critic.inputCount` row-major inputs.
    ///   - batchSize: the number of rows.
    /// - Returns: `batchSize × critic.inputCount` row-major gradients.
    public static func inputGradients(of critic: MLP, inputs: [Float], batchSize: Int) -> [Float] {
        var workspace = Workspace(for: critic, batchCapacity: batchSize)
        var critic = critic
        inputs.withUnsafeBufferPointer { input in
            _ = GANGradientPenalty(weight: 0).run(
                on: &critic, inputs: input, batchSize: batchSize, workspace: &workspace, until: .inputGradients)
        }
        return workspace.inputGradients(batchSize: batchSize, width: critic.inputCount)
    }

    /// The penalty `P` at the given inputs, without gradients.
    /// - Parameters:
    ///   - critic: a network that ``supports(_:)``.
    ///   - inputs: `batchSize × critic.inputCount` row-major interpolates `x̂`.
    ///   - batchSize: the number of rows (positive).
    public func evaluate(critic: MLP, inputs: [Float], batchSize: Int) -> Evaluation {
        var workspace = Workspace(for: critic, batchCapacity: batchSize)
        var critic = critic
        return inputs.withUnsafeBufferPointer { input in
            run(on: &critic, inputs: input, batchSize: batchSize, workspace: &workspace, until: .penalty)
        }
    }

    /// Evaluates `P` and adds `∂P/∂parameters` to `critic.gradients`.
    /// - Parameters:
    ///   - critic: a network that ``supports(_:)``; its ``MLP/gradients`` receive the penalty's gradient.
    ///   - inputs: `batchSize × critic.inputCount` row-major interpolates `x̂`.
    ///   - batchSize: the number of rows (positive).
    ///   - workspace: reusable buffers made for this critic.
    /// - Returns: the penalty and the mean input-gradient norm.
    /// - Complexity: three passes through the network, O(batchSize · Σ inputCount·outputCount).
    public func accumulate(
        into critic: inout MLP, inputs: UnsafeBufferPointer<Float>, batchSize: Int, workspace: inout Workspace
    ) -> Evaluation {
        run(on: &critic, inputs: inputs, batchSize: batchSize, workspace: &workspace, until: .parameterGradient)
    }

    /// How far ``run(on:inputs:batchSize:workspace:until:)`` goes.
    private enum Stage: Comparable {
        /// Stop with `g` in the workspace.
        case inputGradients
        /// Also compute `P`, leaving `u` in the workspace.
        case penalty
        /// Also add `∂P/∂parameters` to the critic's gradients.
        case parameterGradient
    }

    private func run(
        on critic: inout MLP, inputs: UnsafeBufferPointer<Float>, batchSize: Int, workspace: inout Workspace,
        until stage: Stage
    ) -> Evaluation {
        precondition(Self.supports(critic), "the gradient penalty needs a one-output piecewise-linear critic")
        precondition(batchSize > 0, "the gradient penalty needs a non-empty batch")
        precondition(inputs.count >= batchSize * critic.inputCount, "inputs are shorter than batchSize rows")
        workspace.prepare(for: critic, batchSize: batchSize)
        let layout = workspace.layout
        let layers = critic.layers
        let offsets = critic.parameterOffsets
        let weight = self.weight
        return critic.parameters.withUnsafeBufferPointer { parameters in
            critic.gradients.withUnsafeMutableBufferPointer { gradients in
                workspace.storage.withUnsafeMutableBufferPointer { storage in
                    let pass = Pass(
                        layers: layers, parameterOffsets: offsets, parameters: parameters.baseAddress!,
                        storage: storage.baseAddress!, layout: layout, batchSize: batchSize)
                    pass.forwardAndInputGradient(inputs: inputs.baseAddress!)
                    guard stage >= .penalty else { return Evaluation(penalty: 0, meanGradientNorm: 0) }
                    let evaluation = pass.scaleToPenaltyGradient(weight: weight)
                    if stage == .parameterGradient { pass.addParameterGradient(to: gradients.baseAddress!) }
                    return evaluation
                }
            }
        }
    }
}
