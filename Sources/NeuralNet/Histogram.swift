/// Counts over equal-width bins spanning `lowerBound...upperBound`; values
/// outside are counted in the end bins.
public struct Histogram: Sendable, Hashable {
    public var lowerBound: Double = -1
    public var upperBound: Double = 1
    public var counts: [Int] = []

    public init(lowerBound: Double = -1, upperBound: Double = 1, counts: [Int] = []) {
        self.lowerBound = lowerBound
        self.upperBound = upperBound
        self.counts = counts
    }
}
