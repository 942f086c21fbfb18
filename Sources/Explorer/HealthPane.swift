import Activations
import NeuralNet
import TermPlot

/// One row per hidden layer, input side at the top: dead %, stuck % (for
/// Leaky ReLU and PReLU layers), saturated %, the weight-gradient norm on a
/// log scale (vanishing gradients show as bars shrinking toward the input),
/// and the outputs' mean and std. The words are `Saturation`'s.
struct HealthPane {
    let explorer: Explorer

    /// Gradient norms from 1e-9 to 10 fill the bar; sigmoid stacks reach the bottom.
    static let gradientDecades = -9...1

    func render(into screen: inout Screen, area: Rect, options: RenderOptions) {
        let strings = Strings.of(explorer.options.language)
        let inner = Frame(title: strings.healthTitle, isHighlighted: explorer.focus == .health).draw(into: &screen, area: area, options: options)
        guard !inner.isEmpty else { return }
        guard let layers = explorer.snapshot?.layers, !layers.isEmpty else {
            screen.put(options.text(strings.noData), x: inner.x, y: inner.y, style: options.resolve(options.theme.dimText), clip: inner)
            return
        }
        // Leaky ReLU and PReLU have no saturated tail, so their column says
        // "stuck" instead; a net mixing them with others shows both.
        let columns = Columns(width: inner.width, showsStuck: layers.contains { HealthPane.canBeStuck($0.activation) },
                              showsSaturated: layers.contains { !HealthPane.canBeStuck($0.activation) },
                              deviation: inner.width >= 44 ? max(5, CharacterWidth.of(options.text(strings.deviation))) : 5,
                              shareTitle: [strings.dead, strings.stuck, strings.saturatedShort]
                                  .map { CharacterWidth.of(options.text($0)) }.max() ?? 4)
        let textStyle = options.resolve(options.theme.text)
        let dimStyle = options.resolve(options.theme.dimText)
        // Header.
        // A header may use the gap after its column ("stuck" over 4 cells).
        func header(_ text: String, _ x: Int, _ width: Int) {
            screen.put(options.text(text), x: inner.x + x, y: inner.y, style: dimStyle,
                       clip: Rect(x: inner.x + x, y: inner.y, width: width + 1, height: 1).intersection(inner))
        }
        header(strings.layerShort, 0, columns.label)
        header(strings.dead, columns.deadX, columns.dead)
        if columns.stuck > 0 { header(strings.stuck, columns.stuckX, columns.stuck) }
        if columns.saturated > 0 { header(strings.saturatedShort, columns.saturatedX, columns.saturated) }
        let gradientTitle = strings.gradient + " (log)"
        header(CharacterWidth.of(gradientTitle) <= columns.gradient ? gradientTitle : strings.gradient,
               columns.gradientX, columns.gradient)
        header(strings.mean, columns.meanX, columns.mean)
        // "표준편차" needs 8 columns; a narrow pane says σ (the glossary has both).
        let deviationTitle = CharacterWidth.of(options.text(strings.deviation)) <= columns.deviation + 1
            ? strings.deviation : strings.deviationShort
        header(deviationTitle, columns.deviationX, columns.deviation)

        // Keep the highlighted layer in view when there are more layers than rows.
        // A deep net's rows that do not fit are counted on the last row.
        var rows = inner.height - 1
        guard rows > 0 else { return }
        rows = HealthPane.layerRows(inner: inner.height, count: layers.count)
        let first = HealthPane.firstShownLayer(highlighted: explorer.highlightedLayer, rows: rows, count: layers.count)
        let shownRange = first..<min(layers.count, first + rows)
        if shownRange.count < layers.count {
            let above = shownRange.lowerBound, below = layers.count - shownRange.upperBound
            var parts: [String] = []
            if above > 0 { parts.append((options.unicode ? "↑ " : "^ ") + strings.more(above)) }
            if below > 0 { parts.append((options.unicode ? "↓ " : "v ") + strings.more(below)) }
            var text = parts.joined(separator: "  ") + "  h/l  " + strings.zoomToSeeAll
            if CharacterWidth.of(options.text(text)) > inner.width { text = parts.joined(separator: "  ") }
            screen.put(options.text(text), x: inner.x, y: inner.maxY - 1, style: dimStyle, clip: inner)
        }
        for (row, index) in shownRange.enumerated() {
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
            if columns.stuck > 0 {
                BarMeter(label: "", share: finite(layer.stuckShare),
                         valueText: NumberText.percent(layer.stuckShare, unicode: options.unicode), color: amber, labelWidth: 0)
                    .render(into: &screen, area: cell(columns.stuckX, columns.stuck), options: options)
            }
            if columns.saturated > 0 {
                BarMeter(label: "", share: finite(layer.saturatedShare),
                         valueText: NumberText.percent(layer.saturatedShare, unicode: options.unicode), color: amber, labelWidth: 0)
                    .render(into: &screen, area: cell(columns.saturatedX, columns.saturated), options: options)
            }
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

    /// Layers whose units can be stuck get the column (see `Saturation`).
    static func canBeStuck(_ kind: ActivationKind?) -> Bool {
        kind == .leakyReLU || kind == .prelu
    }

    private func signed(_ v: Double, options: RenderOptions) -> String {
        let text = NumberText.fixed(v, 2, unicode: options.unicode)
        return v.isFinite && !text.hasPrefix("-") ? "+" + text : text
    }

    /// Column positions for a pane `width` wide: bars share what the fixed
    /// text columns leave, the gradient bar getting the most.
    struct Columns {
        let label = 4
        /// `stuck` and `saturated` are 0 when their column is not shown.
        var dead: Int, stuck: Int, saturated: Int, gradient: Int
        let mean = 6
        var deviation = 5
        var deadX: Int { label }
        var stuckX: Int { deadX + dead + 1 }
        var saturatedX: Int { stuck > 0 ? stuckX + stuck + 1 : stuckX }
        var gradientX: Int { saturated > 0 ? saturatedX + saturated + 1 : saturatedX }
        var meanX: Int { gradientX + gradient + 1 }
        var deviationX: Int { meanX + mean }
        /// The fewest cells a share bar keeps besides its value.
        static let shortestBar = 4

        init(width: Int, showsStuck: Bool = false, showsSaturated: Bool = true, deviation: Int = 5, shareTitle: Int = 4) {
            self.deviation = deviation
            let bars = 1 + (showsStuck ? 1 : 0) + (showsSaturated ? 1 : 0)
            let free = max(0, width - 4 - 6 - deviation - bars - 1)
            // Two bars: a quarter each (the gradient gets half); three: two
            // ninths each. A share bar narrower than 4 cells beside its
            // value text says nothing: then the share is a number alone.
            var share = max(4, bars == 3 ? free * 2 / 9 : free / 4)
            if share < Columns.shortestBar + 5 { share = max(4, shareTitle) }
            dead = share
            stuck = showsStuck ? share : 0
            saturated = showsSaturated ? share : 0
            gradient = max(7, free - share * bars)
        }
    }
}
