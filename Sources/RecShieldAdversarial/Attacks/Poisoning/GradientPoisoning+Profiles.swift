import RecShieldCore

extension GradientPoisoning {
    /// `data` with one profile per entry of `fillers` appended: the targets, then the fillers
    /// (ascending). On rated data the targets get the highest observed rating and fillers the
    /// average attack's rating; with timestamps, each row gets a uniform draw from the data's
    /// time span, ascending in row order. Profile `p` of `k` draws both from generator
    /// `(seed, stream k + p + 1)`. Fake users get the first free IDs `fake-<c>`, `c = 1, 2, …`.
    static func appendProfiles(
        _ fillers: [[Int]], targets: [Int], to data: InteractionDataset, context: AttackContext, seed: UInt64
    ) -> InteractionDataset {
        var poisoned = data
        var users = data.users
        var items = data.items
        var ratings = data.ratings ?? []
        var timestamps = data.timestamps ?? []
        let average = AverageAttack()
        var counter = 1
        for (profile, profileFillers) in fillers.enumerated() {
            var generator = Xoshiro256StarStar(seed: seed, stream: UInt64(fillers.count + profile) + 1)
            let profileItems = targets + profileFillers
            while poisoned.userIDs.index(of: ProfileInjector.fakeUserPrefix + String(counter)) != nil { counter += 1 }
            let user = Int32(poisoned.userIDs.insert(ProfileInjector.fakeUserPrefix + String(counter)))
            users += repeatElement(user, count: profileItems.count)
            items += profileItems.map(Int32.init)
            if let scale = context.scale {
                ratings += repeatElement(average.targetRating(goal: .push, scale: scale), count: targets.count)
                for item in profileFillers {
                    ratings.append(average.fillerRating(of: item, goal: .push, scale: scale, context: context, using: &generator))
                }
            }
            if let range = context.timeRange {
                let width = Int(range.upperBound - range.lowerBound) + 1
                let times = (0..<profileItems.count).map { _ in range.lowerBound + Int64(generator.nextIndex(below: width)) }
                timestamps += times.sorted()
            }
        }
        poisoned.users = users
        poisoned.items = items
        poisoned.ratings = data.isRated ? ratings : nil
        poisoned.timestamps = data.hasTimestamps ? timestamps : nil
        return poisoned
    }
}
