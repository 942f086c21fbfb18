/// A 1-D regression: the network's prediction sampled across the input's
/// range, and the training points, for the data pane to draw the fit over
/// the data.
public struct FitCurve: Sendable, Hashable {
    /// The input range sampled, the training points' with a margin.
    public var xRange: ClosedRange<Double>
    /// Predictions at `samples` evenly spaced inputs, from the range's lower
    /// bound to its upper bound.
    public var predictions: [Float]
    /// (input, target) of up to a few hundred training points.
    public var points: [TargetPoint]

    public init(xRange: ClosedRange<Double>, predictions: [Float], points: [TargetPoint]) {
        self.xRange = xRange
        self.predictions = predictions
        self.points = points
    }

    /// The input of prediction `index`.
    public func x(at index: Int) -> Double {
        guard predictions.count > 1 else { return xRange.lowerBound }
        return xRange.lowerBound + Double(index) / Double(predictions.count - 1) * (xRange.upperBound - xRange.lowerBound)
    }
}

/// A training example of a regression set: its inputs (y is 0 on a 1-D
/// set) and its target.
public struct TargetPoint: Sendable, Hashable {
    public var x: Double
    public var y: Double
    public var target: Double

    public init(x: Double, y: Double = 0, target: Double) {
        self.x = x
        self.y = y
        self.target = target
    }
}
