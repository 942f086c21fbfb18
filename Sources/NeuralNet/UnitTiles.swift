/// Every hidden unit's output over the data's plane, for the network pane:
/// one `columns × rows` grid per unit, sampled at the same points for every
/// unit, row 0 at the top (largest y). Computed by the trainer at
/// evaluation time (`Trainer.unitTiles(columns:rows:)`), never per frame.
public struct UnitTiles: Sendable, Hashable {
    public var columns: Int
    public var rows: Int
    /// The plane the grid spans: the decision map's, so a tile and the data
    /// pane show the same square.
    public var xRange: ClosedRange<Double>
    public var yRange: ClosedRange<Double>
    /// Per hidden layer, `units × rows × columns` outputs, unit-major.
    public var values: [[Float]]
    /// Per hidden layer, its units.
    public var unitCounts: [Int]
    /// Per hidden layer, the largest |output| over all its tiles: the
    /// colour scale's ends are ±this, so tiles of one layer compare.
    public var scales: [Float]

    public init(columns: Int, rows: Int, xRange: ClosedRange<Double>, yRange: ClosedRange<Double>,
                values: [[Float]], unitCounts: [Int], scales: [Float]) {
        self.columns = columns
        self.rows = rows
        self.xRange = xRange
        self.yRange = yRange
        self.values = values
        self.unitCounts = unitCounts
        self.scales = scales
    }

    /// Unit `unit` of layer `layer` at grid cell (`column`, `row`).
    public func value(layer: Int, unit: Int, column: Int, row: Int) -> Float {
        values[layer][(unit * rows + row) * columns + column]
    }

    /// The plane point a grid cell samples: its centre.
    public func point(column: Int, row: Int) -> (x: Double, y: Double) {
        let x = xRange.lowerBound + (Double(column) + 0.5) / Double(columns) * (xRange.upperBound - xRange.lowerBound)
        let y = yRange.upperBound - (Double(row) + 0.5) / Double(rows) * (yRange.upperBound - yRange.lowerBound)
        return (x, y)
    }
}
