import RecShieldCore

/// PCA-VarSelect (Mehta & Nejdl 2009): unsupervised detection that treats users as the variables
/// of a principal component analysis and selects the users that contribute least to the top
/// principal components.
///
/// ```
/// Z        = the user × item matrix, each user row z-scored over all items (missing ratings
///            imputed with the user's mean)
/// C        = Z·Zᵀ / I                  the users' correlation matrix
/// U        = the top-c eigenvectors of C (orthonormal columns, c = components, default 3)
/// l_u      = Σ_{j ≤ c} U_uj²           u's loading on the top components
/// score_u  = −(N / c) · l_u            N active users; the mean score is −1
/// flag the n users with the highest score (the smallest loadings)
/// ```
/// Profiles whose ratings follow no shared pattern of real users — random and average attack
/// fillers — carry little of the variance real users share, so their loadings are small. The
/// method needs the number `n`
/// of suspected profiles: its ``defaultDecision`` is `nil` and callers pass `.topN(n)`. The
/// calibrated value is the score's percentile (``RankCalibration``).
///
/// `U` spans the dominant left singular subspace of `Z`; it is found by subspace (block power)
/// iteration `V ← orth(Z·(Zᵀ·V))` from a seeded Gaussian start, without forming `C`, until the
/// loadings change by less than ``tolerance`` or ``maximumIterations`` is reached. Loadings depend
/// only on the subspace, not on the basis chosen in it.
///
/// Caveats: when an attack's profiles share items rated alike — bandwagon, segment and reverse
/// bandwagon selected items, love/hate's uniform fillers — they form a principal direction of
/// their own and get the *largest* loadings, so the rule ranks them last (measured on
/// ml-latest-small: ROC-AUC near 0 for those kinds). A user whose ratings are all equal has an
/// all-zero z-scored row and the smallest possible loading, so it is flagged first. On implicit
/// data each user's whole binary row is z-scored (the method was published for ratings).
///
/// References:
/// - Mehta & Nejdl, "Unsupervised strategies for shilling detection and robust collaborative
///   filtering", User Modeling and User-Adapted Interaction 19(1–2), 2009, §4 (PCA-VarSelect).
/// - Golub & Van Loan, *Matrix Computations*, 4th ed., §8.2.4 (orthogonal iteration).
public struct PCAVarSelectDetector: FakeProfileDetector {
    public let name = "pca-varselect"
    /// The number of principal components `c`.
    public var components: Int
    /// The most subspace iterations.
    public var maximumIterations: Int
    /// Stop when no loading changes by more than this between iterations.
    public var tolerance: Double
    /// The seed of the random start.
    public var seed: UInt64

    /// Creates the detector.
    /// - Parameters:
    ///   - components: `c` (default 3, as in the paper).
    ///   - maximumIterations: the iteration cap (default 500).
    ///   - tolerance: the loading change that ends the iteration (default 1e-10).
    ///   - seed: the seed of the start block (default 0).
    public init(components: Int = 3, maximumIterations: Int = 500, tolerance: Double = 1e-10, seed: UInt64 = 0) {
        self.components = components
        self.maximumIterations = maximumIterations
        self.tolerance = tolerance
        self.seed = seed
    }

    public var defaultDecision: DetectionDecision? { nil }

    public func suspicion(in data: InteractionDataset, threads: Int) throws -> SuspicionScores {
        guard components >= 1, maximumIterations >= 1, tolerance >= 0 else {
            throw DataError.invalidParameter(
                name: "PCA-VarSelect parameters", value: "components \(components), iterations \(maximumIterations)",
                expected: "at least one component and one iteration, and a tolerance ≥ 0")
        }
        let loadings = self.loadings(of: data, threads: threads)
        var isActive = [Bool](repeating: false, count: data.userCount)
        for user in data.users { isActive[Int(user)] = true }
        let scale = Double(isActive.count { $0 }) / Double(components)
        let scores = loadings.map { -scale * $0 }
        return SuspicionScores(rankCalibrating: scores, isActive: isActive)
    }

    /// `l_u` for every user: the squared row norms of an orthonormal basis of the top-c
    /// eigenvectors of `Z·Zᵀ`.
    func loadings(of data: InteractionDataset, threads: Int) -> [Double] {
        let profiles = StandardizedProfiles(data)
        let users = data.userCount
        let width = components
        var generator = Xoshiro256StarStar(seed: seed)
        var basis = (0..<(users * width)).map { _ in generator.nextGaussian() }
        Self.orthonormalize(&basis, rows: users, width: width)
        var loadings = Self.rowSquares(basis, width: width)
        for _ in 0..<maximumIterations {
            let projected = profiles.multiply(users: basis, width: width, threads: threads)
            basis = profiles.multiply(items: projected, width: width, threads: threads)
            Self.orthonormalize(&basis, rows: users, width: width)
            let next = Self.rowSquares(basis, width: width)
            let change = zip(next, loadings).reduce(0) { max($0, abs($1.0 - $1.1)) }
            loadings = next
            if change <= tolerance { break }
        }
        return loadings
    }

    /// Modified Gram–Schmidt on the columns of a row-major `rows × width` block; a column that
    /// vanishes (rank below `width`) is set to zero.
    static func orthonormalize(_ block: inout [Double], rows: Int, width: Int) {
        for column in 0..<width {
            for previous in 0..<column {
                var dot = 0.0
                for row in 0..<rows { dot += block[row * width + column] * block[row * width + previous] }
                for row in 0..<rows { block[row * width + column] -= dot * block[row * width + previous] }
            }
            var norm = 0.0
            for row in 0..<rows { norm += block[row * width + column] * block[row * width + column] }
            norm = norm.squareRoot()
            for row in 0..<rows { block[row * width + column] = norm > 1e-12 ? block[row * width + column] / norm : 0 }
        }
    }

    /// `Σ_j block[row, j]²` for every row.
    static func rowSquares(_ block: [Double], width: Int) -> [Double] {
        stride(from: 0, to: block.count, by: width).map { start in
            block[start..<(start + width)].reduce(0) { $0 + $1 * $1 }
        }
    }
}
