/// Where a chart's plotted area falls, for hit-testing a click: the same
/// arithmetic `render` lays the chart out with (a test holds the two together).
extension LineChart {
    /// The plotted rectangle inside `area`, and the x value under each of its
    /// columns; nil when the chart is too small to plot.
    public func plotGeometry(in area: Rect, options: RenderOptions) -> PlotGeometry? {
        stripLayout(area: area, options: options).map { plotGeometry(plot: $0.plot) }
    }

    /// The scale of this chart's data over a given plotted rectangle.
    public func plotGeometry(plot: Rect) -> PlotGeometry {
        let xs = xDomain(), ys = yDomain()
        return PlotGeometry(plot: plot, mapping: Mapping(xLower: xs.lowerBound, xUpper: xs.upperBound,
                                                         yLower: ys.lowerBound, yUpper: ys.upperBound, plot: plot))
    }
}

/// A chart's plotted rectangle and its scale.
public struct PlotGeometry: Sendable {
    public let plot: Rect
    let mapping: Mapping

    /// The x value at the middle of screen column `column`.
    public func x(atColumn column: Int) -> Double { mapping.x(atColumnCentre: column) }
}
