import RecShieldCore
import Testing
@testable import RecShieldAdversarial

@Suite struct DriftWindowsTests {
    /// Training window [0, 10): a–x, b–y. Window 1 [10, 20): a–y, c–x (new user). Window 2 [20, 30): b–x, a–z (new item).
    static let data = TimedRows.make([
        ("a", "x", 0), ("b", "y", 5), ("a", "y", 12), ("c", "x", 15), ("b", "x", 25), ("a", "z", 21),
    ])

    @Test func testSetsHoldOnlyWarmUsersAndItemsByDefault() throws {
        let drift = try DriftWindows(Self.data, windowing: .duration(10))
        #expect(TimedRows.pairs(drift.training) == ["a-x", "b-y"])
        #expect(drift.trainingEnd == 10)
        #expect(drift.windows.map(\.index) == [1, 2])
        #expect(drift.windows.map(\.start) == [10, 20] && drift.windows.map(\.end) == [20, nil])
        #expect(drift.windows.map { TimedRows.pairs($0.test) } == [["a-y"], ["b-x"]])
        #expect(drift.windows.map(\.coldStartRemoved) == [1, 1])
        #expect(drift.windows.allSatisfy { $0.test.userIDs == Self.data.userIDs && $0.test.itemIDs == Self.data.itemIDs })
    }

    @Test func coldStartCanBeKept() throws {
        let drift = try DriftWindows(Self.data, windowing: .count(3), keepsColdStart: true)
        // Sorted 0, 5, 12, 15, 21, 25: cuts t₂ = 12 and t₄ = 21.
        #expect(drift.windows.map { TimedRows.pairs($0.test) } == [["a-y", "c-x"], ["b-x", "a-z"]])
        #expect(drift.windows.map(\.coldStartRemoved) == [0, 0])
    }

    @Test func badInputsAreErrors() {
        var untimed = Self.data
        untimed.timestamps = nil
        #expect(throws: DataError.self) { try DriftWindows(untimed, windowing: .count(2)) }
        // Four interactions share the first second: the cut t₂ = 1 leaves the training window empty.
        #expect(throws: DataError.self) { try DriftWindows(TimedRows.times([1, 1, 1, 1, 2]), windowing: .count(2)) }
    }
}

extension TimedRows {
    /// The interactions as `user-item` raw ID pairs in stored order.
    static func pairs(_ data: InteractionDataset) -> [String] {
        (0..<data.count).map { data.userIDs.rawID(at: Int(data.users[$0])) + "-" + data.itemIDs.rawID(at: Int(data.items[$0])) }
    }
}
