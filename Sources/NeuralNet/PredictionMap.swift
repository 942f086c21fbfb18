/// A 2-D regression: the network's prediction over a grid covering the
/// data, row 0 at the top (largest y), with a sample of the training
/// points and their targets.
public struct PredictionMap: Sendable, Hashable {
    public var columns: Int
    public var rows: Int
    public var xRange: ClosedRange<Double>
    public var yRange: ClosedRange<Double>
    /// `rows * columns` predictions, row-major.
    public var values: [Float]
    public var points: [TargetPoint]

    public init(columns: Int, rows: Int, xRange: ClosedRange<Double>, yRange: ClosedRange<Double>,
                values: [Float], points: [TargetPoint]) {
        self.columns = columns
        self.rows = rows
        self.xRange = xRange
        self.yRange = yRange
        self.values = values
        self.points = points
    }

    /// The largest |value| over the targets of the points, the scale the
    /// colours are stated in (at least a small positive number).
    public var scale: Double {
        Swift.max(points.map { Swift.abs($0.target) }.filter(\.isFinite).max() ?? 1, 1e-6)
    }
}
