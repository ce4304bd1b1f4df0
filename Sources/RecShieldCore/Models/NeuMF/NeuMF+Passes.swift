extension NeuMF {
    /// Runs a batch of (user, item) pairs through both towers and the fusion layer; the logits end
    /// up in `workspace.prediction`'s output.
    /// - Precondition: equal lengths, indices in range.
    /// - Complexity: O(batch · (gmfDimension + Σ tower layer sizes)).
    func forward(users: UnsafeBufferPointer<Int32>, items: UnsafeBufferPointer<Int32>, workspace: inout Workspace) {
        checkShapes()
        precondition(users.count == items.count, "users and items differ in length")
        let batch = users.count
        workspace.reserve(for: self, batchSize: batch)
        let gmfWidth = gmfDimension
        let mlpWidth = mlpDimension
        let userCount = self.userCount
        let itemCount = self.itemCount
        userGMF.withUnsafeBufferPointer { userGMF in
            itemGMF.withUnsafeBufferPointer { itemGMF in
                userMLP.withUnsafeBufferPointer { userMLP in
                    itemMLP.withUnsafeBufferPointer { itemMLP in
                        workspace.gmf.withUnsafeMutableBufferPointer { gmf in
                            workspace.towerInput.withUnsafeMutableBufferPointer { towerInput in
                                for sample in 0..<batch {
                                    let user = Int(users[sample])
                                    let item = Int(items[sample])
                                    precondition(user >= 0 && user < userCount, "user index out of range")
                                    precondition(item >= 0 && item < itemCount, "item index out of range")
                                    let p = userGMF.baseAddress! + user * gmfWidth
                                    let q = itemGMF.baseAddress! + item * gmfWidth
                                    let product = gmf.baseAddress! + sample * gmfWidth
                                    for d in 0..<gmfWidth { product[d] = p[d] * q[d] }
                                    let row = towerInput.baseAddress! + sample * 2 * mlpWidth
                                    row.update(from: userMLP.baseAddress! + user * mlpWidth, count: mlpWidth)
                                    (row + mlpWidth).update(from: itemMLP.baseAddress! + item * mlpWidth, count: mlpWidth)
                                }
                            }
                        }
                    }
                }
            }
        }
        workspace.towerInput.withUnsafeBufferPointer { input in
            tower.forward(input, batchSize: batch, workspace: &workspace.tower)
        }
        let towerWidth = tower.outputCount
        let fusedWidth = gmfWidth + towerWidth
        workspace.tower.withOutput { towerOutput in
            workspace.gmf.withUnsafeBufferPointer { gmf in
                workspace.fused.withUnsafeMutableBufferPointer { fused in
                    for sample in 0..<batch {
                        let row = fused.baseAddress! + sample * fusedWidth
                        row.update(from: gmf.baseAddress! + sample * gmfWidth, count: gmfWidth)
                        (row + gmfWidth).update(from: towerOutput.baseAddress! + sample * towerWidth, count: towerWidth)
                    }
                }
            }
        }
        workspace.fused.withUnsafeBufferPointer { fused in
            prediction.forward(fused, batchSize: batch, workspace: &workspace.prediction)
        }
    }

    /// Back-propagates `workspace.logitGradient` (`∂L/∂s` per sample) through the batch of the last
    /// ``forward(users:items:workspace:)``: adds the layer gradients to ``tower`` and ``prediction``
    /// and leaves the per-sample embedding gradients in the workspace (GMF ones in
    /// `userGMFGradient`/`itemGMFGradient`, MLP ones in the two halves of `towerInputGradient`).
    /// - Parameters:
    ///   - users: the batch's users, as passed to the forward pass.
    ///   - items: the batch's items, as passed to the forward pass.
    ///   - workspace: the workspace the forward pass filled.
    mutating func backward(users: UnsafeBufferPointer<Int32>, items: UnsafeBufferPointer<Int32>, workspace: inout Workspace) {
        let batch = workspace.batchSize
        guard batch > 0 else { return }
        workspace.logitGradient.withUnsafeBufferPointer { logitGradient in
            workspace.fusedGradient.withUnsafeMutableBufferPointer { fusedGradient in
                prediction.backward(
                    outputGradient: logitGradient, workspace: &workspace.prediction, inputGradient: fusedGradient)
            }
        }
        let gmfWidth = gmfDimension
        let towerWidth = tower.outputCount
        let fusedWidth = gmfWidth + towerWidth
        workspace.fusedGradient.withUnsafeBufferPointer { fusedGradient in
            workspace.towerOutputGradient.withUnsafeMutableBufferPointer { towerOutputGradient in
                for sample in 0..<batch {
                    (towerOutputGradient.baseAddress! + sample * towerWidth).update(
                        from: fusedGradient.baseAddress! + sample * fusedWidth + gmfWidth, count: towerWidth)
                }
            }
        }
        workspace.towerOutputGradient.withUnsafeBufferPointer { towerOutputGradient in
            workspace.towerInputGradient.withUnsafeMutableBufferPointer { towerInputGradient in
                tower.backward(
                    outputGradient: towerOutputGradient, workspace: &workspace.tower,
                    inputGradient: towerInputGradient)
            }
        }
        userGMF.withUnsafeBufferPointer { userGMF in
            itemGMF.withUnsafeBufferPointer { itemGMF in
                workspace.fusedGradient.withUnsafeBufferPointer { fusedGradient in
                    workspace.userGMFGradient.withUnsafeMutableBufferPointer { userGradient in
                        workspace.itemGMFGradient.withUnsafeMutableBufferPointer { itemGradient in
                            for sample in 0..<batch {
                                let p = userGMF.baseAddress! + Int(users[sample]) * gmfWidth
                                let q = itemGMF.baseAddress! + Int(items[sample]) * gmfWidth
                                let g = fusedGradient.baseAddress! + sample * fusedWidth
                                let dp = userGradient.baseAddress! + sample * gmfWidth
                                let dq = itemGradient.baseAddress! + sample * gmfWidth
                                for d in 0..<gmfWidth {
                                    dp[d] = g[d] * q[d]
                                    dq[d] = g[d] * p[d]
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
