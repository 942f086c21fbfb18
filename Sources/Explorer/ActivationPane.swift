import Activations
import NeuralNet
import TermPlot

/// f and f′ on braille axes, with the saturated and dead ranges shaded, the
/// highlighted layer's pre-activations as a histogram underneath (so the
/// class sees inputs falling into sigmoid's flat tails or ReLU's zero side),
/// a cursor read-out, the formula and the parameters.
struct ActivationPane {
    let explorer: Explorer

    func render(into screen: inout Screen, area: Rect, options: RenderOptions) {
        let strings = Strings.of(explorer.options.language)
        let kind = explorer.shownActivation
        let entry = Catalogue.entry(for: kind)
        let inner = Frame(title: "\(strings.activationTitle): \(entry.displayName)", isHighlighted: explorer.focus == .activation)
            .draw(into: &screen, area: area, options: options)
        guard !inner.isEmpty else { return }
        let activation = plotted
        let textStyle = options.resolve(options.theme.text)
        var top = inner.y
        var bottom = inner.maxY
        if inner.height >= 8 {
            // The formula whole: wrapped at its spaces over two rows if need be.
            var formula = options.text(entry.formula)
            let both = formula + "   " + options.text(entry.derivativeFormula)
            if CharacterWidth.of(both) <= inner.width { formula = both }
            let lines = TextBlock.wrap(formula, width: inner.width)
            for line in lines.prefix(inner.height >= 10 ? 2 : 1) {
                screen.put(line, x: inner.x, y: top, style: textStyle, clip: inner)
                top += 1
            }
        }
        if inner.height >= parameterRowMinimum {
            let lines = parameterLines(activation: activation, strings: strings, options: options, width: inner.width,
                                       maximumLines: inner.height >= 16 ? 2 : 1)
            if !lines.isEmpty {
                for (i, piece) in lines.enumerated() {
                    screen.put(piece, x: inner.x, y: bottom - lines.count + i, style: options.resolve(options.theme.dimText), clip: inner)
                }
                bottom -= lines.count
            }
        }
        let chartArea = Rect(x: inner.x, y: top, width: inner.width, height: bottom - top)
        // On a short pane the read-out takes the frame's bottom edge, so the
        // plot keeps its rows; either way it is never drawn over a curve.
        let readoutInBorder = inner.height < 14
        var chart = chart(activation: activation, strings: strings, dots: max(2, chartArea.width * 2))
        if readoutInBorder, let text = chart.cursor?.readout {
            let line = " " + options.text(text) + " "
            if CharacterWidth.of(line) <= area.width - 4 {
                chart.cursor?.readout = ""
                screen.put(line, x: area.x + 2, y: area.maxY - 1, style: options.resolve(options.theme.highlight))
            }
        }
        chart.render(into: &screen, area: chartArea, options: options)
    }

    /// Where the chart goes inside the pane's frame, as `render` lays it out.
    func chartLayout(area: Rect, options: RenderOptions) -> ChartLayout? {
        let strings = Strings.of(explorer.options.language)
        let inner = Frame.inner(of: area)
        let entry = Catalogue.entry(for: explorer.shownActivation)
        var top = inner.y, bottom = inner.maxY
        if inner.height >= 8 {
            var formula = options.text(entry.formula)
            let both = formula + "   " + options.text(entry.derivativeFormula)
            if CharacterWidth.of(both) <= inner.width { formula = both }
            top += min(TextBlock.wrap(formula, width: inner.width).count, inner.height >= 10 ? 2 : 1)
        }
        if inner.height >= parameterRowMinimum {
            bottom -= parameterLines(activation: plotted, strings: strings, options: options, width: inner.width,
                                     maximumLines: inner.height >= 16 ? 2 : 1).count
        }
        let chartArea = Rect(x: inner.x, y: top, width: inner.width, height: bottom - top)
        var chart = chart(activation: plotted, strings: strings, dots: max(2, chartArea.width * 2))
        if inner.height < 14, let text = chart.cursor?.readout,
           CharacterWidth.of(" " + options.text(text) + " ") <= area.width - 4 {
            chart.cursor?.readout = ""
        }
        return chart.stripLayout(area: chartArea, options: options)
    }

    /// The activation as trained: catalogue defaults, the configuration's
    /// parameters, and for PReLU the mean learned slope of the highlighted layer.
    var plotted: Activation {
        let kind = explorer.shownActivation
        let layers = explorer.configuration.hiddenLayers
        let layer = layers.indices.contains(explorer.highlightedLayer) ? layers[explorer.highlightedLayer] : layers.first
        let configured = layer.map(\.activation.plotted).flatMap { $0.kind == kind ? $0 : nil } ?? Activation(kind)
        if kind == .prelu, let alpha = learnedAlpha, alpha.mean.isFinite {
            return (try? Activation(kind, parameters: ["alpha": min(max(alpha.mean, -1), 1)])) ?? configured
        }
        return configured
    }

    var learnedAlpha: AlphaSummary? {
        guard let layers = explorer.snapshot?.layers, layers.indices.contains(explorer.highlightedLayer) else { return nil }
        return layers[explorer.highlightedLayer].preluAlpha
    }

    func chart(activation: Activation, strings: Strings, dots: Int) -> LineChart {
        let range = -explorer.halfWidth...explorer.halfWidth
        let count = max(64, dots)
        let xs = (0..<count).map { range.lowerBound + (range.upperBound - range.lowerBound) * Double($0) / Double(count - 1) }
        let fs = xs.map { activation.value($0) }
        let ds = xs.map { activation.derivative($0) }
        let regions = ShadedRegion.regions(of: activation, at: xs, saturatedLabel: strings.saturatedLegend,
                                           zeroSlopeLabel: strings.deadLegend)
        var histogram: ChartHistogram?
        if let layers = explorer.snapshot?.layers, layers.indices.contains(explorer.highlightedLayer) {
            let h = layers[explorer.highlightedLayer].preactivationHistogram
            if h.counts.contains(where: { $0 > 0 }), h.lowerBound.isFinite, h.upperBound.isFinite {
                let label = strings.preactivations(layer: layers.count > 1 ? explorer.highlightedLayer + 1 : nil)
                histogram = ChartHistogram(lowerX: h.lowerBound, upperX: h.upperBound, counts: h.counts, label: label)
            }
        }
        let x = explorer.cursorX
        var readout = "x=\(NumberText.compact(x)) f=\(NumberText.compact(activation.value(x))) f′=\(NumberText.compact(activation.derivative(x)))"
        let notable = activation.notablePoints
        if let point = notable.first(where: { abs($0.x - x) < 1e-9 }) {
            readout += " " + strings.notablePoint(point.kind)
        }
        var series = [
            ChartSeries(name: "f", xs: xs, ys: fs),
            ChartSeries(name: "f′", xs: xs, ys: ds, lineStyle: .dotted),
        ]
        if activation.kind == .maxout {
            // Maxout is the larger of its pieces: draw both, dim, behind f.
            for (w, b, name) in [("w1", "b1", "w₁x+b₁"), ("w2", "b2", "w₂x+b₂")] {
                let slope = activation[parameter: w] ?? 0, offset = activation[parameter: b] ?? 0
                series.append(ChartSeries(name: name, xs: xs, ys: xs.map { slope * $0 + offset }, isDimmed: true))
            }
        }
        let markers = notable.filter { $0.kind == .minimum && range.contains($0.x) }.map { point in
            ChartMarker(x: point.x, y: activation.value(point.x),
                        label: strings.minimum(value: activation.value(point.x), at: point.x))
        }
        var chart = LineChart(
            xRange: range,
            yRange: yRange(values: series.flatMap(\.ys), derivatives: []),
            series: series,
            regions: regions, histogram: histogram,
            cursor: ChartCursor(x: x, readout: readout), markers: markers)
        chart.keyPlacement = .strips
        return chart
    }

    /// A y range showing both curves, kept modest for unbounded activations
    /// so the interesting part near zero stays readable.
    private func yRange(values: [Double], derivatives: [Double]) -> ClosedRange<Double> {
        let all = (values + derivatives).filter(\.isFinite)
        var lo = min(all.min() ?? -1, 0), hi = max(all.max() ?? 1, 1)
        let cap = max(2, explorer.halfWidth)
        lo = max(lo, -cap)
        hi = min(hi, cap)
        let pad = (hi - lo) * 0.08
        return (lo - pad)...(hi + pad)
    }

    /// The pane height from which the parameter line gets its row: 10 when
    /// it has parameters, a learned α or a minimum to tell; 12 when it would
    /// only give the range, which a short plot needs more.
    var parameterRowMinimum: Int {
        let activation = plotted
        let tellsMore = explorer.shownActivation == .prelu || !activation.entry.parameters.isEmpty || activation.minimumX != nil
        return tellsMore ? 10 : 12
    }

    /// The parameter line's parts in at most `maximumLines` lines, each part
    /// whole (a sentence wraps at its spaces): the last parts give way first
    /// (the range before PReLU's learned α); one too long shows not at all.
    private func parameterLines(activation: Activation, strings: Strings, options: RenderOptions, width: Int,
                                maximumLines: Int) -> [String] {
        // An interval such as "(−λα, ∞)" stays on one line: its ", " does not break.
        let glue: Character = "\u{00A0}"
        var parts = parameterParts(activation: activation, strings: strings, width: width).map(options.text)
        while !parts.isEmpty {
            let pieces = parts.flatMap { part in
                let glued = part.replacingOccurrences(of: ", ", with: "," + String(glue))
                return CharacterWidth.of(glued) > width ? TextBlock.wrap(glued, width: width) : [glued]
            }
            let lines = SetupLine.lines(pieces, width: width, maximumLines: pieces.count, separator: "   ")
            if lines.count <= maximumLines { return lines.map { $0.replacingOccurrences(of: String(glue), with: " ") } }
            parts.removeLast()
        }
        return []
    }

    private func parameterParts(activation: Activation, strings: Strings, width: Int) -> [String] {
        var parts: [String] = []
        let entry = activation.entry
        if explorer.shownActivation == .prelu, let alpha = learnedAlpha {
            let mean = NumberText.fixed(alpha.mean, 3)
            let low = NumberText.fixed(alpha.minimum, 2), high = NumberText.fixed(alpha.maximum, 2)
            let full = strings.learnedAlpha(mean: mean, minimum: low, maximum: high)
            // The short form (the glossary's) where the sentence would need two lines.
            parts.append(CharacterWidth.of(full) <= width ? full : strings.learnedAlphaShort(mean: mean, minimum: low, maximum: high))
        } else {
            for spec in entry.parameters {
                parts.append("\(spec.name)=\(NumberText.compact(activation[parameter: spec.name]))")
            }
        }
        if let x = activation.minimumX {
            parts.append(strings.minimum(value: activation.value(x), at: x))
        }
        parts.append("\(strings.range) \(entry.outputRange)")
        return parts
    }
}
