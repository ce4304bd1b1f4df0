import RecShieldCore

/// Synthetic data sets that differ only in how fast tastes drift, for measuring how drift
/// affects a model: every data set uses the same base configuration and seed — the same users,
/// items, popularity and start tastes — and only ``SyntheticDataConfiguration/driftRate``
/// changes (see ``SyntheticDataGenerator`` for the drift model `p_u(τ)`).
///
/// Combine with ``DriftWindows`` to evaluate each data set window by window.
public struct SyntheticDriftSeries: Sendable, Equatable {
    /// One generated data set and its drift rate.
    public struct Member: Sendable, Equatable {
        /// The share of taste replaced over the time span.
        public var driftRate: Double
        /// The generated data.
        public var data: SyntheticDataset
    }

    /// The data sets, in the order of the requested rates.
    public var members: [Member]

    /// Generates one data set per drift rate.
    /// - Parameters:
    ///   - base: the configuration shared by all data sets (its own drift rate is replaced).
    ///   - driftRates: the rates, each in [0, 1].
    ///   - threads: worker threads of the generator (results do not depend on it).
    /// - Throws: ``DataError/invalidParameter(name:value:expected:)`` for no rates, or any
    ///   invalid configuration (a rate outside [0, 1], a bad base value).
    public init(base: SyntheticDataConfiguration, driftRates: [Double], threads: Int = 1) throws {
        guard !driftRates.isEmpty else {
            throw DataError.invalidParameter(name: "drift rates", value: "", expected: "at least one rate in [0, 1]")
        }
        members = try driftRates.map { rate in
            var configuration = base
            configuration.driftRate = rate
            return Member(driftRate: rate, data: try SyntheticDataGenerator(configuration: configuration).generate(threads: threads))
        }
    }
}
