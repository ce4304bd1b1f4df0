import Testing
@testable import RecShieldCore

@Suite struct TrainingLoopTests {
    /// A one-user, one-item "model" whose only score is set by each epoch.
    struct Dial: Recommender {
        var value: Float = 0
        var userCount: Int { 1 }
        var itemCount: Int { 1 }
        func scores(for user: Int, into scores: UnsafeMutableBufferPointer<Float>) { scores[0] = value }
    }

    /// Runs the loop with epoch `e` setting the dial to `values[e]`; returns the final dial and the reports.
    static func run(
        _ values: [Float], earlyStopping: EarlyStopping?, stopAfter: Int? = nil
    ) -> (Float, [EpochReport]) {
        var dial = Dial()
        var reports: [EpochReport] = []
        TrainingLoop.run(&dial, epochs: values.count, earlyStopping: earlyStopping, callback: { report in
            reports.append(report)
            return report.epoch == stopAfter ? .stop : .continue
        }) { dial, epoch in
            dial.value = values[epoch]
            return (loss: Double(epoch), samples: 10)
        }
        return (dial.value, reports)
    }

    static func stopping(patience: Int = 2, higherIsBetter: Bool = true, interval: Int = 1, restores: Bool = true) -> EarlyStopping {
        EarlyStopping(patience: patience, higherIsBetter: higherIsBetter, interval: interval, restoresBestModel: restores) {
            Double($0.score(user: 0, item: 0))
        }
    }

    @Test func withoutEarlyStoppingEveryEpochRunsAndIsReported() {
        let (value, reports) = Self.run([1, 2, 3], earlyStopping: nil)
        #expect(value == 3)
        #expect(reports.map(\.epoch) == [1, 2, 3] && reports.map(\.loss) == [0, 1, 2])
        #expect(reports.allSatisfy { $0.samples == 10 && $0.validation == nil })
    }

    @Test func theCallbackCanStopTraining() {
        let (value, reports) = Self.run([1, 2, 3, 4], earlyStopping: nil, stopAfter: 2)
        #expect(value == 2 && reports.count == 2)
    }

    @Test func patienceEndsTrainingAndTheBestModelIsRestored() {
        let (value, reports) = Self.run([1, 5, 4, 3, 9], earlyStopping: Self.stopping())
        #expect(reports.map(\.validation) == [1, 5, 4, 3])
        #expect(value == 5)
    }

    @Test func lowerIsBetterMetricsAndKeepingTheLastModel() {
        let (best, _) = Self.run([3, 1, 2, 2, 0.5], earlyStopping: Self.stopping(higherIsBetter: false))
        #expect(best == 1)
        let (last, _) = Self.run([3, 1, 2, 2, 0.5], earlyStopping: Self.stopping(higherIsBetter: false, restores: false))
        #expect(last == 2)
    }

    @Test func validationRunsEveryIntervalAndAfterTheLastEpoch() {
        let (_, reports) = Self.run([1, 2, 3, 4, 5], earlyStopping: Self.stopping(patience: 5, interval: 2))
        #expect(reports.map(\.validation) == [nil, 2, nil, 4, 5])
    }

    @Test(arguments: [(0, 1, 0.0), (1, 0, 0.0), (1, 1, -1.0), (1, 1, .nan)])
    func badRulesAreRejected(patience: Int, interval: Int, minimumImprovement: Double) {
        let rule = EarlyStopping(patience: patience, interval: interval, minimumImprovement: minimumImprovement) { _ in 0 }
        #expect(throws: ModelError.self) { try rule.validate() }
    }

    @Test func samplesPerSecondDividesSamplesBySeconds() {
        #expect(EpochReport(epoch: 1, loss: 0, samples: 300, seconds: 1.5).samplesPerSecond == 200)
        #expect(EpochReport(epoch: 1, loss: 0, samples: 300, seconds: 0).samplesPerSecond == 0)
    }
}

extension TrainingLoopTests {
    // MARK: - Trainers that hold the model

    /// A trainer-like state: the dial plus bookkeeping the loop must not snapshot or restore.
    struct Trainer {
        var dial = Dial()
        var stepsTaken = 0
    }

    @Test func aStateRestoresOnlyItsModelAndCountsEpochsOnFromTheFirst() {
        var trainer = Trainer()
        var reports: [EpochReport] = []
        let values: [Float] = [0, 0, 4, 1, 2]
        TrainingLoop.run(
            &trainer, model: \.dial, firstEpoch: 2, epochs: 3, earlyStopping: Self.stopping(),
            callback: { reports.append($0); return .continue }
        ) { trainer, epoch in
            trainer.dial.value = values[epoch]
            trainer.stepsTaken += 1
            return (loss: 0, samples: 1)
        }
        #expect(reports.map(\.epoch) == [3, 4, 5])
        #expect(trainer.dial.value == 4, "the best validated dial is restored")
        #expect(trainer.stepsTaken == 3, "the rest of the state keeps its last value")
    }
}
