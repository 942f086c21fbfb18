import TermPlot

/// Where the activation pane plots, so a click can move the cursor there.
extension ActivationPane {
    /// The plotted rectangle and its scale inside a pane drawn in `area`,
    /// from the same strip layout `render` uses.
    func plotGeometry(in area: Rect, options: RenderOptions) -> PlotGeometry? {
        guard let layout = chartLayout(area: area, options: options) else { return nil }
        let chart = chart(activation: plotted, strings: Strings.of(explorer.options.language),
                          dots: max(2, layout.plot.width * 2))
        return chart.plotGeometry(plot: layout.plot)
    }

    /// The x under screen column `x`, when (x, y) is inside the plotted area.
    func plottedX(atColumn x: Int, row y: Int, area: Rect, options: RenderOptions) -> Double? {
        guard let geometry = plotGeometry(in: area, options: options),
              geometry.plot.contains(x: x, y: y) else { return nil }
        return geometry.x(atColumn: x)
    }
}
