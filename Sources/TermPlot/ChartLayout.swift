/// Where the parts of a `LineChart` with strips go: the curves' plot, the
/// histogram's own rows under it, the cursor's read-out above and the
/// legend beside or below. No two of these rectangles overlap, so the
/// read-out and the legend never hide a curve.
public struct ChartLayout: Hashable, Sendable {
    /// The curves.
    public var plot: Rect
    /// The histogram's rows, directly under `plot` and on its columns.
    public var histogram: Rect?
    /// The read-out's rows, above the plot.
    public var readout: Rect?
    /// The legend's block, right of the plot or under the tick labels.
    public var legend: Rect?
    public var axisRow: Int
    public var tickRow: Int
    /// The x axis title's row, when it has one of its own.
    public var xLabelRow: Int?
}
