/// The chart with its legend, read-out and histogram in strips of their own
/// (`KeyPlacement.strips`): nothing is drawn over a curve but the cursor's
/// line and the shading behind it.
extension LineChart {
    /// One line of the legend: pieces of text, each in its style.
    struct LegendLine {
        var pieces: [(text: String, style: Style)]
        var width: Int { pieces.map { CharacterWidth.of($0.text) }.reduce(0, +) }
    }

    /// The lines of the legend at most `width` columns wide: entries side by
    /// side when `packed`, one per line otherwise; a name too long for its
    /// line wraps at spaces under itself, never mid-word.
    func wrappedLegend(_ legend: ChartLegend, width: Int, packed: Bool, options: RenderOptions) -> [LegendLine] {
        let textStyle = options.resolve(options.theme.text)
        var lines: [LegendLine] = []
        var current = LegendLine(pieces: [])
        for entry in legend.entries {
            let swatch = options.text(entry.swatch)
            let swatchWidth = CharacterWidth.of(swatch)
            let name = options.text(entry.name)
            let whole = swatchWidth + 1 + CharacterWidth.of(name)
            if packed, !current.pieces.isEmpty, current.width + 3 + whole <= width {
                current.pieces.append(("   ", textStyle))
                current.pieces.append((swatch, options.resolve(entry.swatchStyle)))
                current.pieces.append((" " + name, textStyle))
                continue
            }
            if !current.pieces.isEmpty { lines.append(current) }
            let wrapped = TextBlock.wrap(name, width: max(1, width - swatchWidth - 1))
            for (i, piece) in wrapped.enumerated() {
                let lead = i == 0 ? (swatch, options.resolve(entry.swatchStyle))
                    : (String(repeating: " ", count: swatchWidth), textStyle)
                let line = LegendLine(pieces: [lead, (" " + piece, textStyle)])
                if i < wrapped.count - 1 { lines.append(line) } else { current = line }
            }
        }
        if !current.pieces.isEmpty { lines.append(current) }
        return lines
    }

    private struct StripPlan {
        var layout: ChartLayout
        var readoutLines: [String]
        var legendLines: [LegendLine]
        var yTicks: [Double]
        var yLabels: [String]
        var axisX: Int
        var xLabelX: Int?
    }

    /// The rows and columns of every part, for an area of at least 16×4.
    public func stripLayout(area: Rect, options: RenderOptions) -> ChartLayout? {
        plan(area: area, options: options)?.layout
    }

    private func plan(area: Rect, options: RenderOptions) -> StripPlan? {
        if xLabel != nil, let plan = plan(area: area, options: options, xLabelOnTickRow: true) { return plan }
        return plan(area: area, options: options, xLabelOnTickRow: false)
    }

    private func plan(area: Rect, options: RenderOptions, xLabelOnTickRow: Bool) -> StripPlan? {
        let headerRows = title != nil || yLabel != nil ? 1 : 0
        var top = area.y + headerRows
        var readoutLines: [String] = []
        if let cursor {
            readoutLines = Array(TextBlock.wrap(options.text(cursor.readout ?? readout(at: cursor.x)), width: area.width).filter { !$0.isEmpty }.prefix(2))
        }
        let readoutRect = readoutLines.isEmpty ? nil : Rect(x: area.x, y: top, width: area.width, height: readoutLines.count)
        top += readoutLines.count
        let legend = showsLegend ? legend(options: options) : ChartLegend(entries: [])
        let xLabelText = xLabel.map { options.text($0) } ?? ""
        let xLabelWidth = CharacterWidth.of(xLabelText)
        // Rows for the plot (and the histogram) once the axis and its tick labels are in.
        let rowsLeft = area.maxY - top - 2
        guard rowsLeft >= 2 else { return nil }

        var legendLines: [LegendLine] = []
        var beside = false
        var sideWidth = 0
        if !legend.entries.isEmpty {
            let below = wrappedLegend(legend, width: area.width - 1, packed: true, options: options)
            var belowRows = below.count
            if xLabelWidth > 0, !xLabelOnTickRow, let last = below.last, last.width + 2 + xLabelWidth > area.width - 1 { belowRows += 1 }
            // Beside the plot when below would leave the curves too few rows.
            let longestWord = legend.entries.flatMap { entry in
                options.text(entry.name).split(separator: " ").map { CharacterWidth.of(String($0)) }
            }.max() ?? 0
            let natural = legend.entries.map { CharacterWidth.of(options.text($0.swatch)) + 1 + CharacterWidth.of(options.text($0.name)) }.max() ?? 0
            sideWidth = min(natural, max(longestWord + 3, area.width / 3))
            let side = wrappedLegend(legend, width: sideWidth, packed: false, options: options)
            let sideRows = side.count + (xLabelWidth > 0 && !xLabelOnTickRow ? 1 : 0)
            if rowsLeft - belowRows < 8, sideRows <= rowsLeft, area.width - sideWidth - 2 >= 26 {
                beside = true
                legendLines = side
            } else {
                legendLines = below
            }
        }
        var bottomRows = beside ? 0 : legendLines.count
        var xLabelRow: Int?
        var onTickRow = false
        if xLabelWidth > 0 && xLabelOnTickRow {
            onTickRow = true
        } else if xLabelWidth > 0 {
            if !beside, let last = legendLines.last, last.width + 2 + xLabelWidth <= area.width - 1 {
                xLabelRow = area.maxY - 1
            } else {
                bottomRows += 1
                xLabelRow = area.maxY - 1
            }
        }
        var plotRows = rowsLeft - bottomRows
        // Too short for everything: the legend keeps its first rows only
        // when whole entries remain; the curves keep at least two rows.
        if plotRows < 2 {
            let cut = 2 - plotRows
            if !beside { legendLines = Array(legendLines.dropLast(min(cut, legendLines.count))) }
            plotRows = 2
            bottomRows = rowsLeft - plotRows
            if xLabelRow != nil && bottomRows <= 0 { xLabelRow = nil }
        }
        let histogramRows = histogram == nil ? 0 : (plotRows >= 18 ? 3 : plotRows >= 9 ? 2 : (plotRows >= 4 ? 1 : 0))
        let curveRows = plotRows - histogramRows
        let axisRow = top + plotRows, tickRow = axisRow + 1
        if onTickRow { xLabelRow = tickRow }

        let ys = yDomain()
        let yTicks = yTickValues(ys, plotHeight: curveRows)
        let yStep = yTicks.count > 1 ? abs(yTicks[1] - yTicks[0]) : abs(yTicks.first ?? 1)
        let yLabels = yTicks.map { yScale == .log10 ? NumberFormat.short($0, digits: 2) : NumberFormat.tick($0, step: yStep) }
        let labelWidth = yLabels.map { CharacterWidth.of($0) }.max() ?? 1
        let axisX = area.x + labelWidth + 1
        let right = beside ? area.maxX - sideWidth - 2 : area.maxX - 1
        let plot = Rect(x: axisX + 1, y: top, width: right - axisX - 1, height: curveRows)
        guard plot.width >= 4, plot.height >= 2 else { return nil }
        var xLabelX: Int?
        if onTickRow {
            // Where the tick labels end: the last one may reach past the plot's edge.
            let xs = xDomain()
            let mapping = Mapping(xLower: xs.lowerBound, xUpper: xs.upperBound, yLower: 0, yUpper: 1, plot: plot)
            let tickArea = Rect(x: area.x, y: area.y, width: plot.maxX + 1 - area.x, height: area.height)
            let lastEnd = xTicks(plot: plot, mapping: mapping, area: tickArea)
                .compactMap { t in t.labelX.map { $0 + CharacterWidth.of(t.label) } }.max() ?? area.x
            if beside && xLabelWidth <= sideWidth {
                // Beside the plot, the legend's column has room on the tick
                // row, a space clear of the last tick label.
                let x = max(area.maxX - sideWidth - 1, lastEnd + 1)
                guard x + xLabelWidth <= area.maxX else { return nil }
                xLabelX = x
            } else {
                // The x axis title beside the tick labels, when they leave room.
                guard lastEnd + 2 <= plot.maxX - xLabelWidth else { return nil }
            }
        }
        let strip = histogramRows > 0 ? Rect(x: plot.x, y: plot.maxY, width: plot.width, height: histogramRows) : nil
        var legendRect: Rect?
        if !legendLines.isEmpty {
            let width = legendLines.map(\.width).max() ?? 0
            legendRect = beside
                ? Rect(x: area.maxX - sideWidth - 1, y: top, width: width, height: legendLines.count)
                : Rect(x: area.x + 1, y: tickRow + 1, width: width, height: legendLines.count)
        }
        let layout = ChartLayout(plot: plot, histogram: strip, readout: readoutRect, legend: legendRect,
                                 axisRow: axisRow, tickRow: tickRow, xLabelRow: xLabelRow)
        return StripPlan(layout: layout, readoutLines: readoutLines, legendLines: legendLines,
                         yTicks: yTicks, yLabels: yLabels, axisX: axisX, xLabelX: xLabelX)
    }

    func renderWithStrips(into screen: inout Screen, area: Rect, options: RenderOptions) {
        guard let plan = plan(area: area, options: options) else { return }
        let theme = options.theme
        let layout = plan.layout
        let plot = layout.plot
        let body = Rect(x: plot.x, y: plot.y, width: plot.width, height: plot.height + (layout.histogram?.height ?? 0))
        let xs = xDomain(), ys = yDomain()
        let mapping = Mapping(xLower: xs.lowerBound, xUpper: xs.upperBound, yLower: ys.lowerBound,
                              yUpper: ys.upperBound, plot: plot)

        drawShading(into: &screen, plot: body, mapping: mapping, options: options)
        if showsZeroLines && options.unicode {
            drawZeroLines(into: &screen, plot: plot, mapping: mapping, options: options)
            if let strip = layout.histogram, let column = mapping.column(forX: 0, strict: true) {
                var style = options.resolve(theme.dimText)
                style.attributes.insert(.dim)
                for y in strip.y..<strip.maxY {
                    style.background = screen[column, y].style.background
                    screen.put("┊", x: column, y: y, style: style)
                }
            }
        }
        if let histogram, let strip = layout.histogram {
            let stripMapping = Mapping(xLower: xs.lowerBound, xUpper: xs.upperBound, yLower: 0, yUpper: 1, plot: strip)
            drawHistogram(histogram, into: &screen, plot: strip, mapping: stripMapping, options: options, heightFraction: 1)
        }
        if let cursor, let column = mapping.column(forX: cursor.x) {
            var style = options.resolve(theme.highlight)
            style.attributes.remove(.bold)
            for y in body.y..<body.maxY where screen[column, y].character == " " || screen[column, y].character == "┊" {
                style.background = screen[column, y].style.background
                screen.put(options.unicode ? "│" : "|", x: column, y: y, style: style)
            }
        }
        drawMarkLines(into: &screen, plot: plot, mapping: mapping, options: options)
        drawCurves(into: &screen, plot: plot, mapping: mapping, options: options)
        drawMarkLabels(into: &screen, plot: plot, mapping: mapping, options: options)
        if options.needsShadingPatterns {
            drawShadingPatterns(into: &screen, plot: body, mapping: mapping, options: options)
        }
        drawMarkers(into: &screen, plot: plot, mapping: mapping, options: options)

        // Axes and ticks: the y axis runs down beside the histogram too.
        let axisStyle = options.resolve(theme.axis)
        let labelStyle = options.resolve(theme.text)
        let axisX = plan.axisX
        for y in body.y..<body.maxY { screen.put(options.unicode ? "│" : "|", x: axisX, y: y, style: axisStyle) }
        screen.put(options.unicode ? "└" : "+", x: axisX, y: layout.axisRow, style: axisStyle)
        for x in plot.x..<plot.maxX {
            var glyph: Character = options.unicode ? "─" : "-"
            if options.needsShadingPatterns && !options.unicode, let kind = regionKind(atColumn: x, mapping: mapping) {
                glyph = kind == .dead ? "%" : "~"
            }
            screen.put(glyph, x: x, y: layout.axisRow, style: axisStyle)
        }
        for (value, label) in zip(plan.yTicks, plan.yLabels) {
            guard let p = yScale.position(of: value), let row = mapping.row(forPosition: p) else { continue }
            screen.put(options.unicode ? "┤" : "+", x: axisX, y: row, style: axisStyle)
            screen.put(label, x: axisX - CharacterWidth.of(label), y: row, style: labelStyle)
        }
        let tickArea = Rect(x: area.x, y: area.y, width: plot.maxX + 1 - area.x, height: area.height)
        drawXTicks(into: &screen, plot: plot, mapping: mapping, axisRow: layout.axisRow, tickRow: layout.tickRow,
                   area: tickArea, options: options)

        // Header: the y axis title on the left, the title centred.
        var titleStart = area.x
        if let yLabel {
            titleStart = screen.put(options.text(yLabel), x: area.x, y: area.y, style: options.resolve(theme.dimText), clip: area) + 2
        }
        if let title {
            let text = Self.truncated(options.text(title), to: area.maxX - titleStart, ellipsis: options.unicode ? "…" : "...")
            let centred = area.x + (area.width - CharacterWidth.of(text)) / 2
            screen.put(text, x: max(titleStart, centred), y: area.y, style: options.resolve(theme.title), clip: area)
        }
        if let rect = layout.readout {
            for (i, line) in plan.readoutLines.enumerated() {
                screen.put(line, x: rect.x, y: rect.y + i, style: options.resolve(theme.highlight), clip: rect)
            }
        }
        if let rect = layout.legend {
            for (i, line) in plan.legendLines.enumerated() {
                var x = rect.x
                for piece in line.pieces {
                    x = screen.put(piece.text, x: x, y: rect.y + i, style: piece.style, clip: area)
                }
            }
        }
        if let row = layout.xLabelRow, let xLabel {
            let text = options.text(xLabel)
            screen.put(text, x: plan.xLabelX ?? plot.maxX - CharacterWidth.of(text), y: row,
                       style: options.resolve(theme.dimText), clip: area)
        }
    }
}
