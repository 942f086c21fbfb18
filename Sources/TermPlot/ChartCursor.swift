/// A vertical line across a chart at `x`, with a read-out such as
/// `x=0.50  f=0.622  f′=0.235`. Without a given read-out the chart writes
/// one from its series.
public struct ChartCursor: Hashable, Sendable {
    public var x: Double
    public var readout: String?

    public init(x: Double, readout: String? = nil) {
        self.x = x
        self.readout = readout
    }
}
