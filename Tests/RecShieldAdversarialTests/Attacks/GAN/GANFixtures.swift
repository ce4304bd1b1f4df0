import RecShieldCore

/// Small seeded networks, vectors and data sets shared by the GAN tests.
enum GANFixtures {
    /// `count` uniform values in `[−scale, scale)` from a seeded stream.
    static func values(_ count: Int, seed: UInt64, scale: Float = 1) -> [Float] {
        var rng = Xoshiro256StarStar(seed: seed)
        return (0..<count).map { _ in scale * (2 * rng.nextUnitFloat() - 1) }
    }

    /// A network of the given widths with seeded weights and non-zero biases.
    static func network(
        sizes: [Int], hidden: Activation, output: Activation, seed: UInt64, biasScale: Float = 0.3
    ) -> MLP {
        var rng = Xoshiro256StarStar(seed: seed)
        var network = MLP(sizes: sizes, hiddenActivation: hidden, outputActivation: output, using: &rng)
        for (layer, offset) in zip(network.layers, network.parameterOffsets) {
            for index in (offset + layer.weightCount)..<(offset + layer.parameterCount) {
                network.parameters[index] = biasScale * (2 * rng.nextUnitFloat() - 1)
            }
        }
        return network
    }

    /// A 5 → 4 → 3 → 1 critic with leaky-ReLU hidden layers and a linear output.
    static func critic(seed: UInt64 = 31) -> MLP {
        network(sizes: [5, 4, 3, 1], hidden: .leakyReLU(slope: 0.2), output: .identity, seed: seed)
    }

    /// A 3 → 4 → 5 generator with a ReLU hidden layer and a sigmoid output.
    static func generator(seed: UInt64 = 32) -> MLP {
        network(sizes: [3, 4, 5], hidden: .relu, output: .sigmoid, seed: seed)
    }

    /// A rated data set: `users` users, `items` items, user u rates item i when `(u + i) % 3 != 0`
    /// or `i < 2` (so items 0 and 1 are the most popular), with ratings from the 1–5 scale.
    static func ratedDataset(users: Int = 12, items: Int = 9) -> InteractionDataset {
        var userList: [Int32] = []
        var itemList: [Int32] = []
        var ratings: [Float] = []
        for user in 0..<users {
            for item in 0..<items where (user + item) % 3 != 0 || item < 2 {
                userList.append(Int32(user))
                itemList.append(Int32(item))
                ratings.append(Float(1 + (user * 7 + item * 3) % 5))
            }
        }
        return InteractionDataset(
            userIDs: idMap(prefix: "u", count: users), itemIDs: idMap(prefix: "i", count: items),
            users: userList, items: itemList, ratings: ratings)
    }

    /// An ID map `prefix0 … prefix(count−1)`.
    static func idMap(prefix: String, count: Int) -> IDMap {
        var map = IDMap()
        for index in 0..<count { map.insert("\(prefix)\(index)") }
        return map
    }
}
