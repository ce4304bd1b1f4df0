import ArgumentParser
import Foundation
import RecShield
import RecShieldTestSupport
import Testing
@testable import RecShieldCLI

@Suite struct DataSplitCommandTests {
    /// Three users with timestamps; user 1's latest interaction is item 30 (t = 3).
    static let ratings = """
        userId,movieId,rating,timestamp
        1,10,4.0,1
        1,20,3.0,2
        1,30,5.0,3
        2,10,2.0,1
        2,20,4.5,5
        3,30,1.0,4
        3,10,3.5,2

        """

    @Test func leaveOneOutWritesTheLatestInteractionPerUserAsTest() throws {
        let folder = TemporaryDirectory()
        let path = folder.write("ratings.csv", Self.ratings)
        let out = folder.file("split")
        try DataSplitCommand.parse([path, "--strategy", "leave-one-out", "--out", out]).run()
        let split = try DataSplit.read(from: out)
        #expect(split.strategy == .leaveOneOut)
        let held = Set(split.test.users.indices.map {
            "\(split.userIDs.rawID(at: Int(split.test.users[$0])))-\(split.itemIDs.rawID(at: Int(split.test.items[$0])))"
        })
        #expect(held == ["1-30", "2-20", "3-30"])
        #expect(split.train.count == 4)
    }

    @Test func kFoldWritesOneFolderPerFoldThatPartitionsTheData() throws {
        let folder = TemporaryDirectory()
        let path = folder.write("ratings.csv", Self.ratings)
        let out = folder.file("folds")
        try DataSplitCommand.parse([path, "--strategy", "kfold", "--folds", "2", "--seed", "9", "--out", out]).run()
        let first = try DataSplit.read(from: out + "/fold-1")
        let second = try DataSplit.read(from: out + "/fold-2")
        #expect(first.test.count + second.test.count == 7)
        #expect(first.train.count == second.test.count)
    }

    @Test func filtersApplyBeforeSplitting() throws {
        let folder = TemporaryDirectory()
        let path = folder.write("ratings.csv", Self.ratings)
        let out = folder.file("split")
        // Threshold 3.0 drops the 2.0, 1.0 ratings; every user keeps at least one interaction.
        try DataSplitCommand.parse([
            path, "--strategy", "random", "--test-ratio", "0.5", "--implicit-threshold", "3", "--out", out,
        ]).run()
        let split = try DataSplit.read(from: out)
        #expect(split.train.count + split.test.count == 5)
        #expect(split.train.ratings == nil)
    }

    @Test func badParametersAreDataErrorsAndConflictingCutsAreUsageErrors() throws {
        let folder = TemporaryDirectory()
        let path = folder.write("ratings.csv", Self.ratings)
        #expect(throws: DataError.self) {
            try DataSplitCommand.parse([path, "--strategy", "random", "--test-ratio", "1.5", "--out", folder.file("x")]).run()
        }
        #expect(throws: (any Error).self) {
            try DataSplitCommand.parse([
                path, "--strategy", "temporal", "--test-fraction", "0.2", "--cut-timestamp", "3", "--out", folder.file("x"),
            ])
        }
    }
}
