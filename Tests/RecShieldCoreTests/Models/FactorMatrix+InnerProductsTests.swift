import Numerics
import Testing
@testable import RecShieldCore

@Suite struct FactorMatrixInnerProductsTests {
    static func random(rows: Int, columns: Int, seed: UInt64) -> FactorMatrix {
        var generator = Xoshiro256StarStar(seed: seed)
        return FactorMatrix(rowCount: rows, columnCount: columns, standardDeviation: 1, using: &generator)
    }

    /// Shapes with partial register tiles (13 items, 5 rows) and more columns than one packed
    /// depth block (300 > 256), where the summation order matters most.
    @Test(arguments: [(d: 8, items: 16), (d: 64, items: 13), (d: 300, items: 21), (d: 0, items: 3)])
    func blockProductsEqualSingleProductsBitForBit(shape: (d: Int, items: Int)) {
        let users = Self.random(rows: 6, columns: shape.d, seed: 1)
        let items = Self.random(rows: shape.items, columns: shape.d, seed: 2)
        let rows = [4, 0, 4, 5, 1]
        var block = [Float](repeating: .nan, count: rows.count * shape.items)
        block.withUnsafeMutableBufferPointer { users.innerProducts(ofRows: rows, with: items, into: $0) }
        for (k, row) in rows.enumerated() {
            var alone = [Float](repeating: .nan, count: shape.items)
            alone.withUnsafeMutableBufferPointer { users.innerProducts(ofRows: [row], with: items, into: $0) }
            let inBlock = Array(block[(k * shape.items)..<((k + 1) * shape.items)])
            #expect(inBlock.map(\.bitPattern) == alone.map(\.bitPattern))
            for item in 0..<shape.items {
                #expect(users.innerProduct(ofRow: row, with: items, row: item).bitPattern == alone[item].bitPattern)
            }
        }
    }

    @Test func productsAgreeWithADoublePrecisionSum() {
        let users = Self.random(rows: 3, columns: 300, seed: 3)
        let items = Self.random(rows: 9, columns: 300, seed: 4)
        var block = [Float](repeating: 0, count: 3 * 9)
        block.withUnsafeMutableBufferPointer { users.innerProducts(ofRows: [0, 1, 2], with: items, into: $0) }
        for user in 0..<3 {
            for item in 0..<9 {
                let exact = (0..<300).reduce(0.0) { $0 + Double(users[user, $1]) * Double(items[item, $1]) }
                #expect(Double(block[user * 9 + item]).isApproximatelyEqual(to: exact, absoluteTolerance: 1e-3))
            }
        }
    }
}
