/// A point of a chart drawn as a glyph with a short label beside it, over
/// the curves: swish's minimum, a kink.
public struct ChartMarker: Hashable, Sendable {
    public var x: Double
    public var y: Double
    public var label: String

    public init(x: Double, y: Double, label: String) {
        self.x = x
        self.y = y
        self.label = label
    }
}
