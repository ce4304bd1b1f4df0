import RecShieldCore

extension GANGradientPenalty {
    /// One evaluation of the penalty on raw buffers borrowed for its duration; the formulas and
    /// names follow ``GANGradientPenalty``. Layers are numbered 1…L, the input is layer 0.
    struct Pass {
        let layers: [Dense]
        let parameterOffsets: [Int]
        let parameters: UnsafePointer<Float>
        let storage: UnsafeMutablePointer<Float>
        let layout: Layout
        let batchSize: Int

        /// `h_l`, the outputs of layer l ≥ 1.
        func values(_ layer: Int) -> UnsafeMutablePointer<Float> { storage + layout.values[layer] }
        /// `a_l = ∂C/∂z_l` of layer l ≥ 1.
        func deltas(_ layer: Int) -> UnsafeMutablePointer<Float> { storage + layout.deltas[layer] }
        /// `W_l` of layer l ≥ 1, `out_l × in_l` row-major.
        func weights(_ layer: Int) -> UnsafePointer<Float> { parameters + parameterOffsets[layer - 1] }
        /// `g`, then `u`.
        var inputGradient: UnsafeMutablePointer<Float> { storage + layout.inputGradient }

        /// The forward pass, then the backward pass from the output to the input gradients `g`,
        /// keeping every `a_l`.
        func forwardAndInputGradient(inputs: UnsafePointer<Float>) {
            let count = layers.count
            for l in 1...count {
                layers[l - 1].forward(
                    parameters: weights(l), input: l == 1 ? inputs : UnsafePointer(values(l - 1)),
                    batchSize: batchSize, output: values(l))
            }
            deltas(count).update(repeating: 1, count: batchSize)
            layers[count - 1].activation.backpropagate(
                outputs: values(count), gradients: deltas(count), count: batchSize)
            for l in stride(from: count, through: 1, by: -1) {
                let layer = layers[l - 1]
                let target = l > 1 ? deltas(l - 1) : inputGradient
                GEMM.multiply(
                    m: batchSize, n: layer.inputCount, k: layer.outputCount,
                    a: deltas(l), rowStrideA: layer.outputCount, columnStrideA: 1,
                    b: weights(l), rowStrideB: layer.inputCount, columnStrideB: 1,
                    c: target, rowStrideC: layer.inputCount, accumulating: false)
                if l > 1 {
                    layers[l - 2].activation.backpropagate(
                        outputs: values(l - 1), gradients: target, count: batchSize * layer.inputCount)
                }
            }
        }

        /// Computes `P` from `g` and overwrites each `g_b` with `u_b = ∂P/∂g_b`.
        func scaleToPenaltyGradient(weight: Float) -> Evaluation {
            let width = layers[0].inputCount
            var squaredDistances = 0.0
            var norms = 0.0
            for row in 0..<batchSize {
                let gradient = inputGradient + row * width
                var squaredNorm = 0.0
                for index in 0..<width { squaredNorm += Double(gradient[index]) * Double(gradient[index]) }
                let norm = squaredNorm.squareRoot()
                norms += norm
                squaredDistances += (norm - 1) * (norm - 1)
                let scale = norm > 0 ? 2 * Double(weight) * (norm - 1) / (norm * Double(batchSize)) : 0
                for index in 0..<width { gradient[index] = Float(scale * Double(gradient[index])) }
            }
            let rows = Double(batchSize)
            return Evaluation(penalty: Double(weight) * squaredDistances / rows, meanGradientNorm: norms / rows)
        }

        /// The linearised forward pass of `u`, adding `∂P/∂W_l = a_lᵀ v_{l−1}` to `gradients`.
        func addParameterGradient(to gradients: UnsafeMutablePointer<Float>) {
            let count = layers.count
            var previous = inputGradient
            var next = storage + layout.scratch.0
            var spare = storage + layout.scratch.1
            for l in 1...count {
                let layer = layers[l - 1]
                GEMM.multiply(
                    m: layer.outputCount, n: layer.inputCount, k: batchSize,
                    a: deltas(l), rowStrideA: 1, columnStrideA: layer.outputCount,
                    b: previous, rowStrideB: layer.inputCount, columnStrideB: 1,
                    c: gradients + parameterOffsets[l - 1], rowStrideC: layer.inputCount, accumulating: true)
                guard l < count else { break }
                GEMM.multiply(
                    m: batchSize, n: layer.outputCount, k: layer.inputCount,
                    a: previous, rowStrideA: layer.inputCount, columnStrideA: 1,
                    b: weights(l), rowStrideB: 1, columnStrideB: layer.inputCount,
                    c: next, rowStrideC: layer.outputCount, accumulating: false)
                layer.activation.backpropagate(
                    outputs: values(l), gradients: next, count: batchSize * layer.outputCount)
                previous = next
                swap(&next, &spare)
            }
        }
    }
}
