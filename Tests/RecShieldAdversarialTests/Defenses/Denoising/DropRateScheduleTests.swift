import Testing
@testable import RecShieldAdversarial
import RecShieldCore

@Suite struct DropRateScheduleTests {
    @Test(arguments: [(0.0, 0.0), (1.0, 0.04), (2.5, 0.1), (5.0, 0.2), (12.0, 0.2), (-1.0, 0.0)])
    func rateGrowsLinearlyToItsMaximum(progress: Double, expected: Double) {
        let schedule = DropRateSchedule(maximumRate: 0.2, warmupEpochs: 5)
        #expect(abs(schedule.rate(atEpoch: progress) - expected) < 1e-12)
    }

    @Test func noWarmUpDropsAtTheFullRateFromTheStart() {
        #expect(DropRateSchedule(maximumRate: 0.3, warmupEpochs: 0).rate(atEpoch: 0) == 0.3)
    }

    @Test(arguments: [DropRateSchedule(maximumRate: 1), DropRateSchedule(maximumRate: -0.1),
                      DropRateSchedule(warmupEpochs: -1), DropRateSchedule(warmupEpochs: .infinity)])
    func badSchedulesAreRejected(schedule: DropRateSchedule) {
        #expect(throws: ModelError.self) { try schedule.validate() }
    }
}
