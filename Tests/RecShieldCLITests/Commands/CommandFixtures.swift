import RecShield
import RecShieldTestSupport

/// A small rated data set on disk for the attack-effect and perturb command tests: 24 users in
/// three taste groups over 18 items (`6g + k` for group `g`), each rating most of their group's
/// items and a few others, with timestamps.
enum CommandFixtures {
    static func ratingsText(seed: UInt64 = 1) -> String {
        var generator = Xoshiro256StarStar(seed: seed)
        var text = "userId,movieId,rating,timestamp\n"
        for user in 1...24 {
            let group = user % 3
            for item in 1...18 {
                let inGroup = (item - 1) / 6 == group
                guard generator.nextUnitFloat() < (inGroup ? 0.7 : 0.1) else { continue }
                let rating = inGroup ? 4 + generator.nextIndex(below: 2) : 1 + generator.nextIndex(below: 3)
                text += "\(user),\(item),\(rating).0,\(1000 + user * 50 + item)\n"
            }
        }
        return text
    }

    /// A folder with `data/ratings.csv`.
    static func folder(seed: UInt64 = 1) -> TemporaryDirectory {
        let folder = TemporaryDirectory()
        folder.write("data/ratings.csv", ratingsText(seed: seed))
        return folder
    }
}
