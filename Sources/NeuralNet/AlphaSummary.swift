public struct AlphaSummary: Sendable, Hashable {
    public var mean: Double
    public var minimum: Double
    public var maximum: Double

    public init(mean: Double, minimum: Double, maximum: Double) {
        self.mean = mean
        self.minimum = minimum
        self.maximum = maximum
    }
}
