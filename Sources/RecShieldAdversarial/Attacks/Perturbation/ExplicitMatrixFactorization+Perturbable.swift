import RecShieldCore

/// Explicit MF as a target of embedding perturbations: tables `user_factors` and `item_factors`;
/// biases and the global mean are left alone. The loss is the squared error over every training
/// rating, on unclipped predictions (as in training), without the L2 penalty:
/// ```
/// L = Σ_(u,i) e²,   e = r_ui − (μ + b_u + c_i + u·v_i)
/// ∂L/∂u += −2e v_i     ∂L/∂v_i += −2e u
/// ```
/// The loss samples are the training matrix itself (its values are the ratings); the seed is unused.
extension ExplicitMatrixFactorization: PerturbableRecommender {
    public var perturbableTables: [ParameterTable] {
        [
            ParameterTable(name: "user_factors", role: .user, rowCount: userCount, columnCount: factors, values: userFactors.values),
            ParameterTable(name: "item_factors", role: .item, rowCount: itemCount, columnCount: factors, values: itemFactors.values),
        ]
    }

    public func replacingTableValues(_ values: [[Float]]) -> ExplicitMatrixFactorization {
        precondition(values.count == 2, "explicit MF has two perturbable tables")
        return ExplicitMatrixFactorization(
            configuration: configuration, userIDs: userIDs, itemIDs: itemIDs,
            userFactors: FactorMatrix(rowCount: userCount, columnCount: factors, values: values[0]),
            itemFactors: FactorMatrix(rowCount: itemCount, columnCount: factors, values: values[1]),
            userBiases: userBiases, itemBiases: itemBiases, globalMean: globalMean, ratingRange: ratingRange)
    }

    public func lossSamples(from training: SparseMatrix, seed: UInt64) -> SparseMatrix {
        training
    }

    /// - Complexity: O(ratings · factors), one thread, ratings in row order (reproducible).
    public func lossGradient(on samples: SparseMatrix) -> TableGradients {
        precondition(samples.rowCount <= userCount && samples.columnCount == itemCount, "ratings do not fit the model")
        let d = factors
        var userGradient = [Float](repeating: 0, count: userCount * d)
        var itemGradient = [Float](repeating: 0, count: itemCount * d)
        var loss = 0.0
        userFactors.withUnsafePointer { users in
            itemFactors.withUnsafePointer { items in
                userGradient.withUnsafeMutableBufferPointer { gu in
                    itemGradient.withUnsafeMutableBufferPointer { gv in
                        for user in 0..<samples.rowCount {
                            let u = users + user * d
                            let du = gu.baseAddress! + user * d
                            for entry in samples.entryRange(ofRow: user) {
                                let item = Int(samples.columns[entry])
                                let v = items + item * d
                                let prediction = ((globalMean + userBiases[user]) + itemBiases[item])
                                    + VectorKernels.dot(u, v, count: d)
                                let error = samples.values[entry] - prediction
                                loss += Double(error) * Double(error)
                                let step = 2 * error
                                let dv = gv.baseAddress! + item * d
                                for k in 0..<d {
                                    du[k] -= step * v[k]
                                    dv[k] -= step * u[k]
                                }
                            }
                        }
                    }
                }
            }
        }
        return TableGradients(loss: loss, tables: [userGradient, itemGradient])
    }
}
