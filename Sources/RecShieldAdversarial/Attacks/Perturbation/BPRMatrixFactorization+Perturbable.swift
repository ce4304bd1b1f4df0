import RecShieldCore

/// BPR-MF as a target of embedding perturbations (APR's setting): tables `user_factors` and
/// `item_factors`; item biases are left alone. The loss is BPR's data term over one epoch of
/// sampled triples (``TrainingTriples``), without the L2 penalty:
/// ```
/// L = Σ_(u,i,j) −ln σ(x̂_uij),   x̂_uij = u·(v_i − v_j) + b_i − b_j,   z = σ(−x̂_uij)
/// ∂L/∂u += −z (v_i − v_j)     ∂L/∂v_i += −z u     ∂L/∂v_j += z u
/// ```
/// (the per-triple terms of ``BPRMatrixFactorization/gradient(user:positive:negative:regularization:)``
/// with `regularization: 0`, summed over the triples into whole-table gradients).
///
/// References:
/// - He, He, Du & Chua, "Adversarial personalized ranking for recommendation", SIGIR 2018.
extension BPRMatrixFactorization: PerturbableRecommender {
    public var perturbableTables: [ParameterTable] {
        [
            ParameterTable(name: "user_factors", role: .user, rowCount: userCount, columnCount: factors, values: userFactors.values),
            ParameterTable(name: "item_factors", role: .item, rowCount: itemCount, columnCount: factors, values: itemFactors.values),
        ]
    }

    public func replacingTableValues(_ values: [[Float]]) -> BPRMatrixFactorization {
        precondition(values.count == 2, "BPR-MF has two perturbable tables")
        return BPRMatrixFactorization(
            configuration: configuration, userIDs: userIDs, itemIDs: itemIDs,
            userFactors: FactorMatrix(rowCount: userCount, columnCount: factors, values: values[0]),
            itemFactors: FactorMatrix(rowCount: itemCount, columnCount: factors, values: values[1]),
            itemBiases: itemBiases)
    }

    public func lossSamples(from training: SparseMatrix, seed: UInt64) -> TrainingTriples {
        TrainingTriples(training: training, seed: seed)
    }

    /// - Complexity: O(triples · factors), one thread, triples in order (reproducible).
    public func lossGradient(on samples: TrainingTriples) -> TableGradients {
        let d = factors
        var userGradient = [Float](repeating: 0, count: userCount * d)
        var itemGradient = [Float](repeating: 0, count: itemCount * d)
        var loss = 0.0
        userFactors.withUnsafePointer { users in
            itemFactors.withUnsafePointer { items in
                userGradient.withUnsafeMutableBufferPointer { gu in
                    itemGradient.withUnsafeMutableBufferPointer { gv in
                        for n in 0..<samples.count {
                            let user = Int(samples.users[n])
                            let positive = Int(samples.positives[n])
                            let negative = Int(samples.negatives[n])
                            precondition(user < userCount && positive < itemCount && negative < itemCount, "sample out of range")
                            let u = users + user * d
                            let vi = items + positive * d
                            let vj = items + negative * d
                            let x = VectorKernels.dot(u, vi, count: d) - VectorKernels.dot(u, vj, count: d)
                                + (itemBiases[positive] - itemBiases[negative])
                            loss += Double(Logistic.softplus(-x))
                            let z = Logistic.sigmoid(-x)
                            let du = gu.baseAddress! + user * d
                            let dvi = gv.baseAddress! + positive * d
                            let dvj = gv.baseAddress! + negative * d
                            for k in 0..<d {
                                du[k] -= z * (vi[k] - vj[k])
                                dvi[k] -= z * u[k]
                                dvj[k] += z * u[k]
                            }
                        }
                    }
                }
            }
        }
        return TableGradients(loss: loss, tables: [userGradient, itemGradient])
    }
}
