/// The predicted class over a grid covering the 2-D data, row 0 at the top
/// (largest y), plus a sample of the training points to draw on top.
public struct DecisionMap: Sendable, Hashable {
    public var columns: Int
    public var rows: Int
    public var xRange: ClosedRange<Double>
    public var yRange: ClosedRange<Double>
    /// `rows * columns` predicted classes, row-major.
    public var classes: [UInt8]
    /// Probability of the predicted class, for shading.
    public var confidence: [Float]
    public var points: [LabeledPoint]
    /// A sample of the test points, drawn with a glyph of their own.
    public var testPoints: [LabeledPoint] = []
    public var classCount: Int

    public init(columns: Int, rows: Int, xRange: ClosedRange<Double>, yRange: ClosedRange<Double>,
                classes: [UInt8], confidence: [Float], points: [LabeledPoint], classCount: Int) {
        self.columns = columns
        self.rows = rows
        self.xRange = xRange
        self.yRange = yRange
        self.classes = classes
        self.confidence = confidence
        self.points = points
        self.classCount = classCount
    }
}
