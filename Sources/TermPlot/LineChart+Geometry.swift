/// Where a chart's plotted area falls, for hit-testing a click: the same
/// arithmetic `render` lays the chart out with (a test holds the two together).
extension LineChart {
    /// The plotted rectangle inside `area`, and the x value under each of its
    /// columns; nil when the chart is too small to plot.
    public func plotGeometry(in area: Rect, options: RenderOptions) -> PlotGeometry? {
        guard area.width >= 16, area.height >= 6 else { return nil }
        let hasHeader = title != nil || yLabel != nil
        let plotTop = area.y + (hasHeader ? 1 : 0)
        let legend = showsLegend ? legend(options: options) : ChartLegend(entries: [])
        let xLabelText = xLabel.map { options.text($0) } ?? ""
        let legendBelow = !legend.entries.isEmpty && area.height >= 12
            && legend.rowWidth + CharacterWidth.of(xLabelText) + 6 <= area.width
        let hasXLabelRow = legendBelow || (xLabel != nil && area.height - (hasHeader ? 1 : 0) - 3 >= 6)
        let bottom = area.maxY - (hasXLabelRow ? 1 : 0)
        let axisRow = bottom - 2
        let plotHeight = axisRow - plotTop
        let ys = yDomain()
        let yTicks = yTickValues(ys, plotHeight: plotHeight)
        let yStep = yTicks.count > 1 ? abs(yTicks[1] - yTicks[0]) : abs(yTicks.first ?? 1)
        let yLabels = yTicks.map { yScale == .log10 ? NumberFormat.short($0, digits: 2) : NumberFormat.tick($0, step: yStep) }
        let labelWidth = yLabels.map { CharacterWidth.of($0) }.max() ?? 1
        let axisX = area.x + labelWidth + 1
        let plot = Rect(x: axisX + 1, y: plotTop, width: area.maxX - axisX - 2, height: plotHeight)
        guard plot.width >= 4, plot.height >= 2 else { return nil }
        let xs = xDomain()
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
