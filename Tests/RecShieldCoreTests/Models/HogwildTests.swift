import Testing
@testable import RecShieldCore

@Suite struct HogwildTests {
    @Test(arguments: [1, 2, 3, 7])
    func workersCoverEverySampleOnceAndResultsAreSummed(threads: Int) {
        let total = Hogwild.run(samples: 100, threads: threads, seed: 1, epoch: 0) { steps, _ in Double(steps.count) }
        #expect(total == 100)
    }

    @Test func eachWorkerDrawsItsOwnSeededStream() {
        var first: UInt64 = 0
        _ = Hogwild.run(samples: 10, threads: 1, seed: 42, epoch: 3) { _, generator in
            first = generator.next()
            return 0
        }
        var expected = Xoshiro256StarStar(seed: 42, stream: 3)
        #expect(first == expected.next())
    }

    @Test func noSamplesRunNothing() {
        #expect(Hogwild.run(samples: 0, threads: 2, seed: 0, epoch: 0) { _, _ in 1 } == 0)
    }
}
