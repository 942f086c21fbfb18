import TermPlot

/// Where the activation pane plots, so a click can move the cursor there.
extension ActivationPane {
    /// The chart's area inside a pane drawn in `area`, as `render` leaves it
    /// between the formula line and the parameter line.
    func chartArea(in area: Rect) -> Rect {
        let inner = Frame.inner(of: area)
        var top = inner.y, bottom = inner.maxY
        if inner.height >= 8 { top += 1 }
        if inner.height >= 10, parameterLine(activation: plotted, strings: Strings.of(explorer.options.language)) != nil {
            bottom -= 1
        }
        return Rect(x: inner.x, y: top, width: inner.width, height: bottom - top)
    }

    /// The x under screen column `x`, when (x, y) is inside the plotted area.
    func plottedX(atColumn x: Int, row y: Int, area: Rect, options: RenderOptions) -> Double? {
        let chartArea = chartArea(in: area)
        let chart = chart(activation: plotted, strings: Strings.of(explorer.options.language), dots: max(2, chartArea.width * 2))
        guard let geometry = chart.plotGeometry(in: chartArea, options: options),
              geometry.plot.contains(x: x, y: y) else { return nil }
        return geometry.x(atColumn: x)
    }
}
