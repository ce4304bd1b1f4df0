import RecShieldCore

extension ProfileGANTrainer {
    /// One discriminator (critic) step on the given real rows and as many fresh generated profiles.
    mutating func discriminatorStep(
        rows: ArraySlice<Int>, using rng: inout Xoshiro256StarStar, tally: inout GANEpochTally
    ) {
        accumulateDiscriminatorGradients(rows: rows, using: &rng, tally: &tally)
        discriminatorOptimizer.update(&gan.discriminator.parameters, gradients: gan.discriminator.gradients)
        gan.discriminator.zeroGradients()
    }

    /// One generator step on `batchSize` fresh profiles; the discriminator only passes gradients.
    mutating func generatorStep(using rng: inout Xoshiro256StarStar, tally: inout GANEpochTally) {
        accumulateGeneratorGradients(using: &rng, tally: &tally)
        generatorOptimizer.update(&gan.generator.parameters, gradients: gan.generator.gradients)
        gan.generator.zeroGradients()
    }

    /// Adds `∂L_D/∂θ_D` (penalty included) for the given real rows and as many generated profiles
    /// to the discriminator's gradients. Draws the noise, then (WGAN-GP) one `ε` per row.
    mutating func accumulateDiscriminatorGradients(
        rows: ArraySlice<Int>, using rng: inout Xoshiro256StarStar, tally: inout GANEpochTally
    ) {
        let count = rows.count
        let width = profiles.itemCount
        realBatch.withUnsafeMutableBufferPointer { profiles.densify(rows: rows, into: $0.baseAddress!) }
        generateFakes(count: count, using: &rng)
        realBatch.withUnsafeBufferPointer {
            gan.discriminator.forward(UnsafeBufferPointer(rebasing: $0[0..<(count * width)]), batchSize: count, workspace: &realWorkspace)
        }
        fakeBatch.withUnsafeBufferPointer {
            gan.discriminator.forward(UnsafeBufferPointer(rebasing: $0[0..<(count * width)]), batchSize: count, workspace: &fakeWorkspace)
        }
        let realScores = realWorkspace.output
        let fakeScores = fakeWorkspace.output
        let isWasserstein = configuration.loss.gradientPenaltyWeight != nil
        let evaluation = isWasserstein
            ? GANObjective.critic(realScores: realScores, fakeScores: fakeScores)
            : GANObjective.discriminator(realLogits: realScores, fakeLogits: fakeScores)
        evaluation.realGradients.withUnsafeBufferPointer {
            gan.discriminator.backward(outputGradient: $0, workspace: &realWorkspace)
        }
        evaluation.fakeGradients.withUnsafeBufferPointer {
            gan.discriminator.backward(outputGradient: $0, workspace: &fakeWorkspace)
        }
        var loss = evaluation.loss
        if let lambda = configuration.loss.gradientPenaltyWeight, var workspace = penaltyWorkspace.take() {
            interpolate(count: count, using: &rng)
            let penalty = realBatch.withUnsafeBufferPointer {
                GANGradientPenalty(weight: lambda).accumulate(
                    into: &gan.discriminator, inputs: $0, batchSize: count, workspace: &workspace)
            }
            penaltyWorkspace = workspace
            loss += penalty.penalty
            tally.recordPenalty(penalty, wassersteinEstimate: -evaluation.loss)
        }
        tally.recordDiscriminator(loss: loss, realScores: realScores, fakeScores: fakeScores, isWasserstein: isWasserstein)
    }

    /// Adds `∂L_G/∂θ_G` for `batchSize` fresh generated profiles to the generator's gradients,
    /// leaving the discriminator's gradients zero.
    mutating func accumulateGeneratorGradients(using rng: inout Xoshiro256StarStar, tally: inout GANEpochTally) {
        let count = configuration.batchSize
        generateFakes(count: count, using: &rng)
        fakeBatch.withUnsafeBufferPointer {
            gan.discriminator.forward($0, batchSize: count, workspace: &fakeWorkspace)
        }
        let scores = fakeWorkspace.output
        let evaluation = configuration.loss.gradientPenaltyWeight != nil
            ? GANObjective.wassersteinGenerator(fakeScores: scores)
            : GANObjective.generator(fakeLogits: scores)
        evaluation.fakeGradients.withUnsafeBufferPointer { gradient in
            inputGradient.withUnsafeMutableBufferPointer { input in
                gan.discriminator.backward(outputGradient: gradient, workspace: &fakeWorkspace, inputGradient: input)
            }
        }
        gan.discriminator.zeroGradients()
        inputGradient.withUnsafeBufferPointer {
            gan.generator.backward(outputGradient: $0, workspace: &generatorWorkspace)
        }
        tally.recordGenerator(loss: evaluation.loss)
    }

    /// Runs the generator on `count` fresh noise vectors and copies the profiles into ``fakeBatch``.
    private mutating func generateFakes(count: Int, using rng: inout Xoshiro256StarStar) {
        let noise = gan.noise(count: count, using: &rng)
        noise.withUnsafeBufferPointer { gan.generator.forward($0, batchSize: count, workspace: &generatorWorkspace) }
        generatorWorkspace.withOutput { output in
            fakeBatch.withUnsafeMutableBufferPointer { $0.baseAddress!.update(from: output.baseAddress!, count: output.count) }
        }
    }

    /// Replaces the real rows in ``realBatch`` by `x̂ = x′ + ε(x − x′)`, one `ε ~ U(0, 1)` per row.
    private mutating func interpolate(count: Int, using rng: inout Xoshiro256StarStar) {
        let width = profiles.itemCount
        fakeBatch.withUnsafeBufferPointer { fake in
            realBatch.withUnsafeMutableBufferPointer { real in
                for row in 0..<count {
                    let epsilon = rng.nextUnitFloat()
                    let x = real.baseAddress! + row * width
                    let generated = fake.baseAddress! + row * width
                    for index in 0..<width { x[index] = generated[index] + epsilon * (x[index] - generated[index]) }
                }
            }
        }
    }
}
