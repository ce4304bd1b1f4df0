/// Sums of one epoch's step measurements, turned into a ``GANEpochReport`` at the end.
struct GANEpochTally {
    var discriminatorLoss = 0.0
    var discriminatorSteps = 0
    var generatorLoss = 0.0
    var generatorSteps = 0
    var realCorrect = 0
    var realSeen = 0
    var fakeCorrect = 0
    var fakeSeen = 0
    var penalty = 0.0
    var gradientNorm = 0.0
    var wassersteinEstimate = 0.0

    /// Adds a discriminator step's loss and classification of its batch.
    mutating func recordDiscriminator(loss: Double, realScores: [Float], fakeScores: [Float], isWasserstein: Bool) {
        discriminatorLoss += loss
        discriminatorSteps += 1
        var threshold: Float = 0
        if isWasserstein {
            let realMean = realScores.reduce(0, +) / Float(realScores.count)
            let fakeMean = fakeScores.reduce(0, +) / Float(fakeScores.count)
            threshold = (realMean + fakeMean) / 2
        }
        realCorrect += realScores.filter { $0 > threshold }.count
        realSeen += realScores.count
        fakeCorrect += fakeScores.filter { !($0 > threshold) }.count
        fakeSeen += fakeScores.count
    }

    /// Adds a critic step's gradient penalty and Wasserstein estimate.
    mutating func recordPenalty(_ evaluation: GANGradientPenalty.Evaluation, wassersteinEstimate estimate: Double) {
        penalty += evaluation.penalty
        gradientNorm += evaluation.meanGradientNorm
        wassersteinEstimate += estimate
    }

    /// Adds a generator step's loss.
    mutating func recordGenerator(loss: Double) {
        generatorLoss += loss
        generatorSteps += 1
    }

    /// The epoch's means.
    func report(epoch: Int, isWasserstein: Bool, stealth: GANStealthReport) -> GANEpochReport {
        let steps = Double(max(discriminatorSteps, 1))
        return GANEpochReport(
            epoch: epoch, discriminatorLoss: discriminatorLoss / steps,
            generatorLoss: generatorSteps == 0 ? nil : generatorLoss / Double(generatorSteps),
            discriminatorSteps: discriminatorSteps, generatorSteps: generatorSteps,
            discriminatorAccuracyReal: Double(realCorrect) / Double(max(realSeen, 1)),
            discriminatorAccuracyFake: Double(fakeCorrect) / Double(max(fakeSeen, 1)),
            wassersteinEstimate: isWasserstein ? wassersteinEstimate / steps : nil,
            gradientPenalty: isWasserstein ? penalty / steps : nil,
            meanGradientNorm: isWasserstein ? gradientNorm / steps : nil,
            stealth: stealth)
    }
}
