/// A learning rate, positive and finite by construction: checked once, where
/// it is typed, and never again on its way to the optimiser.
public struct LearningRate: Sendable, Hashable, Comparable, CustomStringConvertible, ExpressibleByFloatLiteral,
    ExpressibleByIntegerLiteral {
    public let value: Double

    /// Throws for zero, a negative number, NaN, infinity, and a rate that
    /// is 0 in Float32 (below 1.4e-45), the precision the weights train in.
    public init(_ value: Double) throws(ConfigurationError) {
        guard value.isFinite, value > 0 else {
            throw ConfigurationError("the learning rate must be a positive number (got \(value))")
        }
        guard Float(value) > 0 else {
            throw ConfigurationError("the learning rate \(value) is 0 in Float32, the precision the weights are trained in "
                + "(the smallest positive Float32 is 1.4e-45)")
        }
        self.value = value
    }

    private init(unchecked value: Double) {
        self.value = value
    }

    /// The rate times `factor`, kept within `bounds` (positive), so that
    /// doubling or halving it forever never leaves the valid set.
    public func scaled(by factor: Double, within bounds: ClosedRange<Double>) -> LearningRate {
        precondition(bounds.lowerBound > 0 && bounds.upperBound.isFinite, "learning-rate bounds must be positive and finite")
        let scaled = value * factor
        return LearningRate(unchecked: scaled.isNaN ? bounds.lowerBound : Swift.min(Swift.max(scaled, bounds.lowerBound), bounds.upperBound))
    }

    /// A rate written in the source (presets, defaults): a programming error
    /// if it is not positive.
    public init(floatLiteral value: Double) {
        precondition(value.isFinite && value > 0, "a learning-rate literal must be positive")
        self.value = value
    }

    public init(integerLiteral value: Int) {
        self.init(floatLiteral: Double(value))
    }

    public static func < (a: LearningRate, b: LearningRate) -> Bool { a.value < b.value }

    public var description: String { String(value) }
}
