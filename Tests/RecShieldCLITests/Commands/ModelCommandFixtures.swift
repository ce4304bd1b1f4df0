import RecShieldTestSupport

/// Tiny rated, timed data for the model commands: users u0…u7 in two taste groups of four; each
/// rates the four items of its own group 4.5 or 5 and, first of all, one item of the other group 1.
enum ModelCommandFixtures {
    static var ratings: String {
        var lines = ["userId,movieId,rating,timestamp"]
        for user in 0..<8 {
            let own = user < 4 ? 0 : 4
            lines.append("u\(user),m\(4 - own + user % 4),1.0,\(100 * user)")
            for offset in 0..<4 {
                lines.append("u\(user),m\(own + (user + offset) % 4),\(offset % 2 == 0 ? 4.5 : 5.0),\(100 * user + offset + 1)")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A folder holding `ratings.csv`.
    static func folder() -> TemporaryDirectory {
        let folder = TemporaryDirectory()
        folder.write("ratings.csv", ratings)
        return folder
    }
}
