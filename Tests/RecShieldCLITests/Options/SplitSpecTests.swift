import RecShield
import Testing
@testable import RecShieldCLI

@Suite struct SplitSpecTests {
    @Test(arguments: [
        ("leave-one-out", SplitSpec.leaveOneOut),
        ("LOO", .leaveOneOut),
        ("random:0.2", .random(testRatio: 0.2)),
        ("temporal:0.25", .temporal(testFraction: 0.25)),
        ("Random:0.5", .random(testRatio: 0.5)),
    ])
    func acceptedFormsParse(text: String, expected: SplitSpec) throws {
        #expect(try SplitSpec(parsing: text) == expected)
    }

    @Test(arguments: [
        ("random", "random needs a share, e.g. random:0.2"),
        ("temporal:", "'' is not a share strictly between 0 and 1"),
        ("random:1", "'1' is not a share strictly between 0 and 1"),
        ("random:-0.1", "'-0.1' is not a share strictly between 0 and 1"),
        ("random:abc", "'abc' is not a share strictly between 0 and 1"),
        ("leave-one-out:3", "leave-one-out takes no parameter"),
        ("kfold:5", "unknown split 'kfold'; use \(SplitSpec.forms)"),
    ])
    func badFormsSayWhatIsWrong(text: String, message: String) {
        #expect {
            try SplitSpec(parsing: text)
        } throws: { error in
            String(describing: error) == message
        }
    }

    @Test func descriptionsParseBackToTheSameSpec() throws {
        for spec in [SplitSpec.leaveOneOut, .random(testRatio: 0.3), .temporal(testFraction: 0.1)] {
            #expect(try SplitSpec(parsing: spec.description) == spec)
        }
    }

    /// Four users with five timed interactions each (user u's item i at time 10u + i).
    static var timed: InteractionDataset {
        var users = IDMap()
        var items = IDMap()
        var rows: (users: [Int32], items: [Int32], times: [Int64]) = ([], [], [])
        for user in 0..<4 {
            for item in 0..<5 {
                rows.users.append(Int32(users.insert("u\(user)")))
                rows.items.append(Int32(items.insert("i\(item)")))
                rows.times.append(Int64(10 * user + item))
            }
        }
        return InteractionDataset(userIDs: users, itemIDs: items, users: rows.users, items: rows.items, timestamps: rows.times)
    }

    @Test func aValidationPartIsTheSameRuleAppliedToTheTrainingPart() throws {
        let split = try SplitSpec.leaveOneOut.split(Self.timed, seed: 1, validation: true)
        #expect(split.test.items == [4, 4, 4, 4], "each user's latest item")
        #expect(split.validation?.items == [3, 3, 3, 3], "then the second-latest")
        #expect(split.train.count == 12)
        let plain = try SplitSpec.leaveOneOut.split(Self.timed, seed: 1, validation: false)
        #expect(plain.validation == nil && plain.train.count == 16)
        let random = try SplitSpec.random(testRatio: 0.4).split(Self.timed, seed: 3, validation: true)
        #expect(random.test.count == 8 && random.validation?.count == 4 && random.train.count == 8)
        let temporal = try SplitSpec.temporal(testFraction: 0.25).split(Self.timed, seed: 0, validation: false)
        #expect(temporal.test.timestamps?.allSatisfy { $0 >= 30 } == true)
    }
}
