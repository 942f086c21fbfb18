import RealModule

/// The learning rates a tuning sweep tries, ascending and distinct: a list
/// (`0.01,0.03,0.1`) or `LO..HI/N`, N rates spaced evenly on a log scale
/// from LO to HI inclusive (`0.01..10/7`: 0.01, 0.0316, 0.1, …, 10).
/// Parsed by `ConfigurationParser.learningRateGrid`.
public struct LearningRateGrid: Sendable, Hashable, CustomStringConvertible {
    public let rates: [LearningRate]

    /// More rates than this is a typo, not a sweep: each costs a full race.
    public static let maximumCount = 50

    public init(_ rates: [LearningRate]) throws(ConfigurationError) {
        let sorted = Array(Set(rates)).sorted()
        guard !sorted.isEmpty else { throw ConfigurationError("the learning-rate grid is empty") }
        guard sorted.count <= Self.maximumCount else {
            throw ConfigurationError("the learning-rate grid has \(sorted.count) rates, more than \(Self.maximumCount)")
        }
        self.rates = sorted
    }

    /// N rates from `low` to `high`, evenly spaced in log(rate).
    public static func geometric(from low: LearningRate, to high: LearningRate, count: Int) throws(ConfigurationError) -> LearningRateGrid {
        guard count >= 2, count <= maximumCount else {
            throw ConfigurationError("a learning-rate range needs 2 to \(maximumCount) points (got \(count))")
        }
        guard low < high else { throw ConfigurationError("a learning-rate range LO..HI/N needs LO < HI (got \(low)..\(high))") }
        let ratio = high.value / low.value
        var rates: [LearningRate] = []
        for i in 0..<count {
            // Both ends exactly as typed; the points between rounded to 3
            // significant digits so the table shows what was run.
            let value = i == count - 1 ? high.value
                : Self.rounded(low.value * Double.pow(ratio, Double(i) / Double(count - 1)))
            rates.append(try LearningRate(value))
        }
        return try LearningRateGrid(rates)
    }

    static func rounded(_ value: Double) -> Double {
        guard value > 0 else { return value }
        let scale = Double.exp10(2 - Double.log10(value).rounded(.down))
        return (value * scale).rounded() / scale
    }

    public var description: String { rates.map(\.description).joined(separator: ", ") }
}
