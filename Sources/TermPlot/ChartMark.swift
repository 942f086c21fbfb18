/// A numbered tick at `x` along a chart's top edge: a moment a teacher
/// marked on the loss curve ("1", "2", …).
public struct ChartMark: Hashable, Sendable {
    public var x: Double
    public var label: String

    public init(x: Double, label: String) {
        self.x = x
        self.label = label
    }
}
