import Foundation
import RecShieldCore
import Testing
@testable import RecShieldAdversarial

/// Records what a supervised candidate was trained on.
final class TrainingSpy: @unchecked Sendable {
    var calls: [[AttackArtefact]] = []
}

@Suite struct DetectionEvaluationTests {
    static let settings = LeakFreeProtocol(fakeUserFractions: [0.1], fillerFractions: [0.1])
    static let tests = [
        DetectionFixtures.configuration(.bandwagon, seed: 1), DetectionFixtures.configuration(.bandwagon, seed: 2),
        DetectionFixtures.configuration(.segment, seed: 1),
    ]

    /// A candidate that records its training artefacts and scores users by an unrelated rule.
    static func spyCandidate(_ spy: TrainingSpy) -> DetectionCandidate {
        .supervised(name: "spy") { training in
            spy.calls.append(training)
            return ScoringFunctionDetector(name: "spy", calibration: .rank, defaultDecision: .topN(15)) { data in
                (0..<data.userCount).map { Double(($0 * 7919) % 101) }
            }
        }
    }

    @Test func supervisedCandidatesNeverSeeTheTestArtefact() throws {
        let spy = TrainingSpy()
        let evaluation = try DetectionEvaluation.run(
            candidates: [Self.spyCandidate(spy)], clean: DetectionFixtures.synthetic, format: .movielensCSV,
            tests: Self.tests, trainingProtocol: Self.settings)
        // Bandwagon seeds 1 and 2 share their training attacks, so the detector is trained once.
        #expect(spy.calls.count == 2)
        let testArtefacts = try Self.tests.map {
            try AttackArtefact(attacking: DetectionFixtures.synthetic, format: .movielensCSV, configuration: $0)
        }
        for (call, test) in zip(spy.calls, [Self.tests[0], Self.tests[2]]) {
            #expect(call.count == 5)
            for artefact in call {
                let attack = artefact.provenance.attack
                #expect(attack.kindName != test.kind.rawValue && attack.seed != test.seed)
                #expect(artefact.provenance.inputSHA256 == DetectionFixtures.synthetic.canonicalSHA256())
                #expect(!testArtefacts.contains { $0.poisoned == artefact.poisoned })
            }
        }
        #expect(evaluation.rows.map(\.trainingAttacks?.count) == [5, 5, 5])
        #expect(evaluation.rows[0].trainingAttacks?.contains { $0.kind == .bandwagon } == false)
    }

    @Test func rowsPerCandidateAndTestWithTheirDecisions() throws {
        let evaluation = try DetectionEvaluation.run(
            candidates: [
                .unsupervised(RobustScoreDetector()),
                .unsupervised(PCAVarSelectDetector(), decision: .attackSize),
                .unsupervised(RobustScoreDetector(name: "robust-top"), decision: .fixed(.topN(5))),
            ],
            clean: DetectionFixtures.synthetic, format: .movielensCSV, tests: Self.tests, threads: 2)
        #expect(evaluation.rows.count == 9)
        #expect(evaluation.rows.map(\.detector).prefix(3) == ["robust", "pca-varselect", "robust-top"])
        #expect(evaluation.rows[0].decision == .scoreThreshold(3) && evaluation.rows[0].trainingAttacks == nil)
        #expect(evaluation.rows[1].decision == .topN(15) && evaluation.rows[1].fakeUsers == 15)
        #expect(evaluation.rows[2].quality.flagged == 5)
        // Precision = recall for a top-n rule with n = the number of fake users.
        #expect(evaluation.rows[1].quality.precision == evaluation.rows[1].quality.recall)
    }

    @Test func theSummaryAveragesSeedsPerKindAndSize() throws {
        let evaluation = try DetectionEvaluation.run(
            candidates: [.unsupervised(RobustScoreDetector())], clean: DetectionFixtures.synthetic, format: .movielensCSV,
            tests: Self.tests)
        let summary = evaluation.summary()
        #expect(summary.map(\.kind) == [.bandwagon, .segment] && summary.map(\.runs) == [2, 1])
        let recalls = evaluation.rows.prefix(2).map(\.quality.recall)
        #expect(summary[0].recall == DetectionEvaluation.Spread(recalls))
        #expect(summary[1].rocAUC.standardDeviation == 0)
        let json = String(decoding: try JSONEncoder().encode(evaluation), as: UTF8.self)
        #expect(json.contains(#""protocol""#) && json.contains(#""fake_users""#))
    }

    @Test func spreadsUseTheSampleStandardDeviation() {
        let spread = DetectionEvaluation.Spread([1, 2, 3, 4])
        #expect(spread.mean == 2.5 && spread.standardDeviation == (5.0 / 3).squareRoot())
    }
}
