/// Bin counts over an x-range, drawn as dim bars rising from the bottom of a
/// chart, under its curves (e.g. where the pre-activations of a layer lie).
public struct ChartHistogram: Hashable, Sendable {
    public var lowerX: Double
    public var upperX: Double
    public var counts: [Int]
    /// Shown in the legend when set.
    public var label: String?
    /// The tallest bar's share of the plot height.
    public var heightFraction: Double

    public init(lowerX: Double, upperX: Double, counts: [Int], label: String? = nil, heightFraction: Double = 0.35) {
        self.lowerX = min(lowerX, upperX)
        self.upperX = max(lowerX, upperX)
        self.counts = counts.map { max(0, $0) }
        self.label = label
        self.heightFraction = min(max(heightFraction, 0), 1)
    }

    /// The count of the bin holding `x`, nil outside the range.
    public func count(at x: Double) -> Int? {
        guard !counts.isEmpty, upperX > lowerX, x >= lowerX, x <= upperX else { return nil }
        let i = Int((x - lowerX) / (upperX - lowerX) * Double(counts.count))
        return counts[min(max(i, 0), counts.count - 1)]
    }
}
