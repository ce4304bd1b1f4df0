import RecShieldCore

/// The fast-gradient perturbation of the NeuMF embedding rows a batch uses: for each of the four
/// tables, every touched row's gradient summed over the batch's samples, scaled to norm `ε`
/// (``AdversarialDirection``).
struct NeuMFAdversarialPerturbation {
    /// The perturbed rows of one table and their perturbations.
    struct Table {
        /// The distinct rows, in order of first use in the batch.
        var rows: [Int32]
        /// `rows.count × width` perturbation values.
        var deltas: [Float]
        /// The row width.
        var width: Int
    }

    /// User GMF, item GMF, user MLP, item MLP.
    var tables: [Table]

    /// Builds the perturbation from a batch's per-sample embedding gradients.
    init(gradients: NeuMF.Gradients, users: [Int32], items: [Int32], model: NeuMF, epsilon: Float) {
        let perSample = [gradients.userGMF, gradients.itemGMF, gradients.userMLP, gradients.itemMLP]
        let widths = [model.gmfDimension, model.gmfDimension, model.mlpDimension, model.mlpDimension]
        tables = (0..<4).map { table in
            let rows = table % 2 == 0 ? users : items
            let width = widths[table]
            var slot: [Int32: Int] = [:]
            var distinct: [Int32] = []
            var deltas: [Float] = []
            for (sample, row) in rows.enumerated() {
                let position: Int
                if let known = slot[row] {
                    position = known
                } else {
                    position = distinct.count
                    slot[row] = position
                    distinct.append(row)
                    deltas += repeatElement(0, count: width)
                }
                for k in 0..<width { deltas[position * width + k] += perSample[table][sample * width + k] }
            }
            deltas.withUnsafeMutableBufferPointer { buffer in
                if let base = buffer.baseAddress {
                    AdversarialDirection.scaleRows(base, rows: distinct.count, width: width, toNorm: epsilon)
                }
            }
            return Table(rows: distinct, deltas: deltas, width: width)
        }
    }

    /// Adds the perturbation to the model's tables and returns the original rows, for ``restore(_:in:)``.
    func apply(to model: inout NeuMF) -> [[Float]] {
        (0..<4).map { index in
            let table = tables[index]
            return Self.withTable(index, of: &model) { values in
                var originals: [Float] = []
                originals.reserveCapacity(table.deltas.count)
                for (position, row) in table.rows.enumerated() {
                    for k in 0..<table.width {
                        let offset = Int(row) * table.width + k
                        originals.append(values[offset])
                        values[offset] += table.deltas[position * table.width + k]
                    }
                }
                return originals
            }
        }
    }

    /// Writes back the rows ``apply(to:)`` returned, bit for bit.
    func restore(_ originals: [[Float]], in model: inout NeuMF) {
        for index in 0..<4 {
            let table = tables[index]
            Self.withTable(index, of: &model) { values in
                for (position, row) in table.rows.enumerated() {
                    for k in 0..<table.width {
                        values[Int(row) * table.width + k] = originals[index][position * table.width + k]
                    }
                }
            }
        }
    }

    private static func withTable<Result>(_ index: Int, of model: inout NeuMF, _ body: (inout [Float]) -> Result) -> Result {
        switch index {
        case 0: return body(&model.userGMF)
        case 1: return body(&model.itemGMF)
        case 2: return body(&model.userMLP)
        default: return body(&model.itemMLP)
        }
    }
}
