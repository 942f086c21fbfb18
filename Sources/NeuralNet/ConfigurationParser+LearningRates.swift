import Activations

extension ConfigurationParser {
    /// `0.1` (every activation), `relu=0.3,tanh=0.2` (one each), or both
    /// (`0.1,relu=0.3`: the bare rate for the activations not named).
    public static func learningRates(_ text: String) throws(ConfigurationError) -> LearningRates {
        var rates = LearningRates()
        for part in text.split(separator: ",", omittingEmptySubsequences: false).map({ String($0).trimmingSpaces() }) {
            guard !part.isEmpty else {
                throw ConfigurationError("--lr expects a rate (0.01) or rates per activation (relu=0.3,tanh=0.2), got '\(text)'")
            }
            let pieces = part.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).map { String($0).trimmingSpaces() }
            if pieces.count == 1 {
                guard rates.fallback == nil else { throw ConfigurationError("--lr gives more than one rate for all activations ('\(text)')") }
                rates.fallback = try learningRate(part)
                continue
            }
            let kind = try activationKind(pieces[0])
            guard rates.named[kind] == nil else { throw ConfigurationError("--lr gives \(kind.rawValue) more than one rate") }
            let rate: LearningRate
            do {
                rate = try learningRate(pieces[1])
            } catch {
                throw ConfigurationError("--lr \(kind.rawValue): \(error.description)")
            }
            rates.named[kind] = rate
        }
        return rates
    }

    /// A list (`0.01,0.03,0.1`) or a geometric range `LO..HI/N`: N rates
    /// from LO to HI inclusive, evenly spaced on a log scale.
    public static func learningRateGrid(_ text: String) throws(ConfigurationError) -> LearningRateGrid {
        let trimmed = text.trimmingSpaces()
        if let dots = trimmed.range(of: "..") {
            let low = String(trimmed[..<dots.lowerBound])
            let rest = trimmed[dots.upperBound...].split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false)
            guard rest.count == 2, let count = Int(String(rest[1]).trimmingSpaces()) else {
                throw ConfigurationError("--tune-lr range expects LO..HI/N, e.g. 0.01..10/7, got '\(text)'")
            }
            return try LearningRateGrid.geometric(from: try learningRate(low), to: try learningRate(String(rest[0])), count: count)
        }
        var rates: [LearningRate] = []
        for part in trimmed.split(separator: ",", omittingEmptySubsequences: false) {
            guard rates.count < LearningRateGrid.maximumCount else {
                throw ConfigurationError("--tune-lr lists more than \(LearningRateGrid.maximumCount) rates")
            }
            rates.append(try learningRate(String(part)))
        }
        return try LearningRateGrid(rates)
    }
}
