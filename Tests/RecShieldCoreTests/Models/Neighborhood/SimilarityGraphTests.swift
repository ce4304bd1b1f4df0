import Numerics
import Testing
@testable import RecShieldCore

@Suite struct SimilarityGraphTests {
    /// The similarities of row `row`, as `[neighbour: similarity]`.
    static func row(_ graph: SparseMatrix, _ row: Int) -> [Int: Float] {
        Dictionary(uniqueKeysWithValues: zip(graph.columns(ofRow: row).map(Int.init), graph.values(ofRow: row)))
    }

    static func expectClose(_ actual: Float?, _ expected: Double, sourceLocation: SourceLocation = #_sourceLocation) {
        guard let actual else {
            Issue.record("missing similarity, expected \(expected)", sourceLocation: sourceLocation)
            return
        }
        #expect(
            Double(actual).isApproximatelyEqual(to: expected, absoluteTolerance: 1e-6),
            "\(actual) vs \(expected)", sourceLocation: sourceLocation)
    }

    @Test func cosineOfItemVectorsMatchesHandComputation() {
        // Item vectors over users (u0, u1, u2) of NeighborhoodFixtures.ratings, missing = 0:
        //   i0 = (5, 2, 4)  ‖i0‖² = 25 + 4 + 16 = 45
        //   i1 = (5, 2, 0)  ‖i1‖² = 25 + 4      = 29
        //   i2 = (2, 5, 2)  ‖i2‖² = 4 + 25 + 4  = 33
        // s(i0,i1) = (25 + 4 + 0)  / √(45·29) = 29/36.125 = 0.802773
        // s(i0,i2) = (10 + 10 + 8) / √(45·33) = 28/38.536 = 0.726599
        // s(i1,i2) = (10 + 10 + 0) / √(29·33) = 20/30.935 = 0.646508
        let graph = SimilarityGraph.topK(of: NeighborhoodFixtures.ratings.transposed(), neighbors: 5)
        #expect(graph.rowCount == 3 && graph.columnCount == 3 && graph.entryCount == 6)
        Self.expectClose(Self.row(graph, 0)[1], 0.802773)
        Self.expectClose(Self.row(graph, 0)[2], 0.726599)
        Self.expectClose(Self.row(graph, 1)[2], 0.646508)
        for a in 0..<3 {
            #expect(Self.row(graph, a)[a] == nil, "an item is not its own neighbour")
            for b in 0..<3 where a != b { #expect(graph.value(row: a, column: b) == graph.value(row: b, column: a)) }
        }
    }

    @Test func keepsTheKLargestWithTiesToTheLowerIndex() {
        // Binary item vectors of NeighborhoodFixtures.binary; s = co-count / √(|U_a|·|U_b|):
        //   |U_i0| = 3, |U_i1| = 3, |U_i2| = 2, |U_i3| = 2
        //   s01 = 2/3 = .667, s02 = 1/√6 = .408, s03 = 1/√6 = .408,
        //   s12 = 2/√6 = .816, s13 = 1/√6 = .408, s23 = 1/2 = .5
        // k = 2: i0 → {i1, i2} (i2 beats i3 on the tie), i1 → {i0, i2}, i2 → {i1, i3},
        //        i3 → {i0, i2} (i0 beats i1 on the tie).
        let graph = SimilarityGraph.topK(of: NeighborhoodFixtures.binary.transposed(), neighbors: 2)
        #expect(Array(graph.columns(ofRow: 0)) == [1, 2])
        #expect(Array(graph.columns(ofRow: 1)) == [0, 2])
        #expect(Array(graph.columns(ofRow: 2)) == [1, 3])
        #expect(Array(graph.columns(ofRow: 3)) == [0, 2])
        Self.expectClose(Self.row(graph, 3)[0], 1 / 6.0.squareRoot())
        Self.expectClose(Self.row(graph, 3)[2], 0.5)
    }

    @Test func shrinkageDampsPairsWithFewCoRatings() {
        // λ = 1 multiplies by n/(n+1), n = users rating both items:
        //   (i0,i1): n = 2 → 0.802773 · 2/3 = 0.535182
        //   (i0,i2): n = 3 → 0.726599 · 3/4 = 0.544949   — now i0's nearest neighbour
        //   (i1,i2): n = 2 → 0.646508 · 2/3 = 0.431005
        let graph = SimilarityGraph.topK(of: NeighborhoodFixtures.ratings.transposed(), neighbors: 1, shrinkage: 1)
        #expect(Array(graph.columns(ofRow: 0)) == [2])
        Self.expectClose(graph.value(row: 0, column: 2), 0.544949)
        Self.expectClose(graph.value(row: 1, column: 0), 0.535182)
        Self.expectClose(graph.value(row: 2, column: 0), 0.544949)
    }

    @Test func dropsNonPositiveSimilaritiesAndZeroRows() {
        // Row 0 = (1, -1), row 1 = (-1, 1): cosine -1. Row 2 is all zeros. Row 3 = (2, 0).
        let vectors = NeighborhoodFixtures.matrix([[1, -1], [-1, 1], [0, 0], [2, nil]])
        let graph = SimilarityGraph.topK(of: vectors, neighbors: 10)
        #expect(Array(graph.columns(ofRow: 0)) == [3])
        #expect(Array(graph.columns(ofRow: 1)) == [])
        #expect(Array(graph.columns(ofRow: 2)) == [])
        Self.expectClose(graph.value(row: 3, column: 0), 2 / (2 * 2.0.squareRoot()))
    }

    @Test func matchesDenseCosineOnRandomData() {
        let vectors = NeighborhoodFixtures.random(users: 25, items: 18, density: 0.3, seed: 5)
        let graph = SimilarityGraph.topK(of: vectors, neighbors: 100)
        let dense = (0..<25).map { row in
            (0..<18).map { Double(vectors.value(row: row, column: $0) ?? 0) }
        }
        func norm(_ v: [Double]) -> Double { v.reduce(0) { $0 + $1 * $1 }.squareRoot() }
        for a in 0..<25 {
            for b in 0..<25 where a != b {
                let dot = zip(dense[a], dense[b]).reduce(0) { $0 + $1.0 * $1.1 }
                let expected = norm(dense[a]) * norm(dense[b]) > 0 ? dot / (norm(dense[a]) * norm(dense[b])) : 0
                if expected > 1e-9 {
                    Self.expectClose(graph.value(row: a, column: b), expected)
                } else {
                    #expect(graph.value(row: a, column: b) == nil)
                }
            }
        }
    }

    @Test(arguments: [2, 3, 8])
    func resultDoesNotDependOnThreadCount(threads: Int) {
        let vectors = NeighborhoodFixtures.random(users: 60, items: 40, density: 0.2, seed: 9)
        let single = SimilarityGraph.topK(of: vectors, neighbors: 7, shrinkage: 2, threads: 1)
        #expect(SimilarityGraph.topK(of: vectors, neighbors: 7, shrinkage: 2, threads: threads) == single)
    }

    @Test func truncationKeepsTheBestOfTheFullLists() {
        let vectors = NeighborhoodFixtures.random(users: 30, items: 20, density: 0.3, seed: 3)
        let full = SimilarityGraph.topK(of: vectors, neighbors: 100)
        let top = SimilarityGraph.topK(of: vectors, neighbors: 3)
        for row in 0..<30 {
            let all = full.columns(ofRow: row).indices.map { (full.columns[$0], full.values[$0]) }
            let best = all.sorted { $0.1 > $1.1 || ($0.1 == $1.1 && $0.0 < $1.0) }.prefix(3)
            #expect(Array(top.columns(ofRow: row)) == best.map(\.0).sorted(), "row \(row)")
            for (column, value) in best { #expect(top.value(row: row, column: Int(column)) == value) }
        }
    }
}
