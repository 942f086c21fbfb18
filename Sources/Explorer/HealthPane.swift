import NeuralNet
import TermPlot

/// One row per hidden layer, input side at the top: dead %, saturated %, the
/// weight-gradient norm on a log scale (vanishing gradients show as bars
/// shrinking toward the input), and the outputs' mean and std.
struct HealthPane {
    let explorer: Explorer

    /// Gradient norms from 1e-9 to 10 fill the bar; sigmoid stacks reach the bottom.
    static let gradientDecades = -9...1

    func render(into screen: inout Screen, area: Rect, options: RenderOptions) {
        let strings = Strings.of(explorer.options.language)
        let inner = Frame(title: strings.healthTitle).draw(into: &screen, area: area, options: options)
        guard !inner.isEmpty else { return }
        guard let layers = explorer.snapshot?.layers, !layers.isEmpty else {
            screen.put(options.text(strings.noData), x: inner.x, y: inner.y, style: options.resolve(options.theme.dimText), clip: inner)
            return
        }
        let columns = Columns(width: inner.width)
        let textStyle = options.resolve(options.theme.text)
        let dimStyle = options.resolve(options.theme.dimText)
        // Header.
        func header(_ text: String, _ x: Int, _ width: Int) {
            screen.put(options.text(text), x: inner.x + x, y: inner.y, style: dimStyle,
                       clip: Rect(x: inner.x + x, y: inner.y, width: width, height: 1))
        }
        header(strings.layerShort, 0, columns.label)
        header(strings.dead, columns.deadX, columns.dead)
        header(strings.saturatedShort, columns.saturatedX, columns.saturated)
        let gradientTitle = strings.gradient + " (log)"
        header(CharacterWidth.of(gradientTitle) <= columns.gradient ? gradientTitle : strings.gradient,
               columns.gradientX, columns.gradient)
        header(strings.mean, columns.meanX, columns.mean)
        header(strings.deviation, columns.deviationX, columns.deviation)

        // Keep the highlighted layer in view when there are more layers than rows.
        let rows = inner.height - 1
        guard rows > 0 else { return }
        let first = min(max(0, explorer.highlightedLayer - rows / 2), max(0, layers.count - rows))
        for (row, index) in (first..<min(layers.count, first + rows)).enumerated() {
            let layer = layers[index]
            let y = inner.y + 1 + row
            let highlighted = index == explorer.highlightedLayer
            let marker = highlighted ? (options.unicode ? "▶" : ">") : " "
            screen.put(marker + String(index + 1), x: inner.x, y: y,
                       style: options.resolve(highlighted ? options.theme.highlight : options.theme.text),
                       clip: Rect(x: inner.x, y: y, width: columns.label, height: 1))
            func cell(_ x: Int, _ width: Int) -> Rect { Rect(x: inner.x + x, y: y, width: width, height: 1) }
            let red = options.theme.palette.count > 3 ? options.theme.seriesColor(3) : nil
            let amber = options.theme.palette.count > 1 ? options.theme.seriesColor(1) : nil
            BarMeter(label: "", share: finite(layer.deadShare), valueText: NumberText.percent(layer.deadShare, unicode: options.unicode),
                     color: red, labelWidth: 0)
                .render(into: &screen, area: cell(columns.deadX, columns.dead), options: options)
            BarMeter(label: "", share: finite(layer.saturatedShare),
                     valueText: NumberText.percent(layer.saturatedShare, unicode: options.unicode), color: amber, labelWidth: 0)
                .render(into: &screen, area: cell(columns.saturatedX, columns.saturated), options: options)
            LogBar(label: "", value: layer.gradientNorm, decades: HealthPane.gradientDecades,
                   valueText: NumberText.compact(layer.gradientNorm, unicode: options.unicode), labelWidth: 0)
                .render(into: &screen, area: cell(columns.gradientX, columns.gradient), options: options)
            // One column of each stays blank, so the numbers never merge.
            screen.put(NumberText.fitted(layer.activationMean, width: columns.mean - 1, signed: true, unicode: options.unicode),
                       x: inner.x + columns.meanX, y: y, style: textStyle, clip: cell(columns.meanX, columns.mean))
            screen.put(NumberText.fitted(layer.activationStandardDeviation, width: columns.deviation, unicode: options.unicode),
                       x: inner.x + columns.deviationX, y: y, style: textStyle, clip: cell(columns.deviationX, columns.deviation))
        }
    }

    private func finite(_ v: Double) -> Double { v.isFinite ? v : 0 }

    /// Column positions for a pane `width` wide: bars share what the fixed
    /// text columns leave, the gradient bar getting the most.
    struct Columns {
        let label = 4
        var dead: Int, saturated: Int, gradient: Int
        let mean = 6, deviation = 5
        var deadX: Int { label }
        var saturatedX: Int { deadX + dead + 1 }
        var gradientX: Int { saturatedX + saturated + 1 }
        var meanX: Int { gradientX + gradient + 1 }
        var deviationX: Int { meanX + mean }

        init(width: Int) {
            let free = max(0, width - 4 - 6 - 5 - 3)
            // Each bar needs its value text (4–5 columns) plus a few cells of bar.
            dead = max(4, free / 4)
            saturated = max(4, free / 4)
            gradient = max(5, free - dead - saturated)
        }
    }
}
