/// One curve of a `LineChart`: samples joined by straight lines. A NaN or
/// infinite sample (or a non-positive one on a log axis) breaks the line
/// there instead of being drawn.
public struct ChartSeries: Hashable, Sendable {
    public enum LineStyle: Hashable, Sendable {
        case solid
        /// Two dots on, two off: a second reading of the same curve.
        case dotted
    }

    public var name: String
    public var xs: [Double]
    public var ys: [Double]
    /// Nil: the theme palette's colour for the series' position.
    public var color: Color?
    /// A "ghost" curve (e.g. the previous run): dim and always behind.
    public var isDimmed: Bool
    public var lineStyle: LineStyle
    public var showsInLegend: Bool

    public init(name: String, xs: [Double], ys: [Double], color: Color? = nil,
                isDimmed: Bool = false, lineStyle: LineStyle = .solid, showsInLegend: Bool = true) {
        self.name = name
        let n = min(xs.count, ys.count)
        self.xs = Array(xs.prefix(n))
        self.ys = Array(ys.prefix(n))
        self.color = color
        self.isDimmed = isDimmed
        self.lineStyle = lineStyle
        self.showsInLegend = showsInLegend
    }

    /// Samples `function` at `count` evenly spaced points over `range`.
    public init(name: String, sampling function: (Double) -> Double, over range: ClosedRange<Double>,
                count: Int = 400, color: Color? = nil, isDimmed: Bool = false,
                lineStyle: LineStyle = .solid, showsInLegend: Bool = true) {
        let n = max(2, count)
        let xs = (0..<n).map { range.lowerBound + (range.upperBound - range.lowerBound) * (Double($0) / Double(n - 1)) }
        self.init(name: name, xs: xs, ys: xs.map(function), color: color, isDimmed: isDimmed,
                  lineStyle: lineStyle, showsInLegend: showsInLegend)
    }

    /// The y value at `x`, linearly interpolated between the nearest finite
    /// samples around it; nil outside the samples or across a gap.
    public func value(at x: Double) -> Double? {
        guard x.isFinite, !xs.isEmpty else { return nil }
        for i in 0..<xs.count where xs[i] == x && ys[i].isFinite { return ys[i] }
        for i in 1..<max(1, xs.count) {
            let (x0, x1) = (xs[i - 1], xs[i])
            guard min(x0, x1) <= x, x <= max(x0, x1), x0 != x1 else { continue }
            let (y0, y1) = (ys[i - 1], ys[i])
            guard y0.isFinite, y1.isFinite else { return nil }
            return y0 + (y1 - y0) * (x - x0) / (x1 - x0)
        }
        return nil
    }
}
