import Foundation

/// A chart of one or more curves with axes, ticks, a legend, shaded
/// x-ranges, an optional histogram underneath and an optional cursor.
///
/// Curves are drawn on a braille dot canvas (2×4 dots per cell), or an ASCII
/// one without Unicode. Overlap rule: where several series share a cell the
/// dots merge and the cell takes the colour of the series in front. Dimmed
/// ("ghost") series are always behind the others; otherwise the series
/// listed first is in front. Without colour (or with a monochrome theme) the
/// series are told apart by glyph instead: the first draws dot patterns,
/// later ones draw `•`, `×`, `+`… (`*`, `o`, `+`… in ASCII), and the front
/// series' glyph alone shows in a shared cell.
public struct LineChart: Widget {
    public var title: String?
    public var xLabel: String?
    public var yLabel: String?
    /// Nil: the span of the series' x values.
    public var xRange: ClosedRange<Double>?
    /// Nil: the span of the visible y values, padded a little.
    public var yRange: ClosedRange<Double>?
    public var yScale: AxisScale
    public var series: [ChartSeries]
    public var regions: [ShadedRegion]
    public var histogram: ChartHistogram?
    public var cursor: ChartCursor?
    /// Points marked over the curves, each with its label.
    public var markers: [ChartMarker]
    public var showsLegend: Bool
    /// Faint lines at x = 0 and y = 0 when they fall inside the plot.
    public var showsZeroLines: Bool
    /// Numbered ticks along the top edge, with a faint line down the plot.
    public var marks: [ChartMark] = []
    /// Where the legend and the cursor's read-out go: over the plot, in its
    /// emptiest corner (`inside`), or in strips of their own beside, above
    /// and below it (`strips`), where they can never hide a curve. With
    /// strips the histogram gets its own rows under the curves too.
    public var keyPlacement: KeyPlacement = .inside

    public enum KeyPlacement: Hashable, Sendable {
        case inside, strips
    }

    public init(title: String? = nil, xLabel: String? = nil, yLabel: String? = nil,
                xRange: ClosedRange<Double>? = nil, yRange: ClosedRange<Double>? = nil,
                yScale: AxisScale = .linear, series: [ChartSeries] = [], regions: [ShadedRegion] = [],
                histogram: ChartHistogram? = nil, cursor: ChartCursor? = nil, markers: [ChartMarker] = [],
                showsLegend: Bool = true, showsZeroLines: Bool = true) {
        self.title = title
        self.xLabel = xLabel
        self.yLabel = yLabel
        self.xRange = xRange
        self.yRange = yRange
        self.yScale = yScale
        self.series = series
        self.regions = regions
        self.histogram = histogram
        self.cursor = cursor
        self.markers = markers
        self.showsLegend = showsLegend
        self.showsZeroLines = showsZeroLines
    }

    /// Glyphs for series after the first when colour cannot tell them apart.
    static let unicodeMarkers: [Character] = ["•", "×", "+", "∘", "◆"]
    static let asciiMarkers: [Character] = ["*", "o", "+", "x", "#"]

    public func render(into screen: inout Screen, area requested: Rect, options: RenderOptions) {
        let area = requested.intersection(screen.bounds)
        let theme = options.theme
        if keyPlacement == .strips, area.width >= 16, area.height >= 4 {
            renderWithStrips(into: &screen, area: area, options: options)
            return
        }
        guard area.width >= 16, area.height >= 6 else {
            if let title, !area.isEmpty {
                screen.put(options.text(title), x: area.x, y: area.y, style: options.resolve(theme.title), clip: area)
            }
            return
        }
        // Rows: header, plot, x axis, tick labels, then the legend (when it
        // fits in one row, so it hides nothing) and x label.
        let hasHeader = title != nil || yLabel != nil
        let plotTop = area.y + (hasHeader ? 1 : 0)
        let legend = showsLegend ? legend(options: options) : ChartLegend(entries: [])
        let xLabelText = xLabel.map { options.text($0) } ?? ""
        let legendBelow = !legend.entries.isEmpty && area.height >= 12
            && legend.rowWidth + CharacterWidth.of(xLabelText) + 6 <= area.width
        let hasXLabelRow = legendBelow || (xLabel != nil && area.height - (hasHeader ? 1 : 0) - 3 >= 6)
        let bottom = area.maxY - (hasXLabelRow ? 1 : 0)
        let tickRow = bottom - 1, axisRow = bottom - 2
        let plotHeight = axisRow - plotTop

        let xs = xDomain()
        let ys = yDomain()
        let yTicks = yTickValues(ys, plotHeight: plotHeight)
        let yStep = yTicks.count > 1 ? abs(yTicks[1] - yTicks[0]) : abs(yTicks.first ?? 1)
        let yLabels = yTicks.map { yScale == .log10 ? NumberFormat.short($0, digits: 2) : NumberFormat.tick($0, step: yStep) }
        let labelWidth = yLabels.map { CharacterWidth.of($0) }.max() ?? 1
        let axisX = area.x + labelWidth + 1
        let plot = Rect(x: axisX + 1, y: plotTop, width: area.maxX - axisX - 2, height: plotHeight)
        guard plot.width >= 4, plot.height >= 2 else { return }

        let mapping = Mapping(xLower: xs.lowerBound, xUpper: xs.upperBound, yLower: ys.lowerBound,
                              yUpper: ys.upperBound, plot: plot)

        drawShading(into: &screen, plot: plot, mapping: mapping, options: options)
        if showsZeroLines && options.unicode { drawZeroLines(into: &screen, plot: plot, mapping: mapping, options: options) }
        if let histogram { drawHistogram(histogram, into: &screen, plot: plot, mapping: mapping, options: options) }
        let cursorColumn = cursor.flatMap { mapping.column(forX: $0.x) }
        if let cursorColumn {
            let style = options.resolve(theme.highlight)
            for y in plot.y..<plot.maxY where screen[cursorColumn, y].character == " " {
                var s = style
                s.background = screen[cursorColumn, y].style.background
                s.attributes.remove(.bold)
                screen.put(options.unicode ? "│" : "|", x: cursorColumn, y: y, style: s)
            }
        }
        drawMarkLines(into: &screen, plot: plot, mapping: mapping, options: options)
        drawCurves(into: &screen, plot: plot, mapping: mapping, options: options)
        drawMarkLabels(into: &screen, plot: plot, mapping: mapping, options: options)
        if options.needsShadingPatterns {
            drawShadingPatterns(into: &screen, plot: plot, mapping: mapping, options: options)
        }
        drawMarkers(into: &screen, plot: plot, mapping: mapping, options: options)

        // Axes and ticks.
        let axisStyle = options.resolve(theme.axis)
        let labelStyle = options.resolve(theme.text)
        for y in plot.y..<plot.maxY { screen.put(options.unicode ? "│" : "|", x: axisX, y: y, style: axisStyle) }
        screen.put(options.unicode ? "└" : "+", x: axisX, y: axisRow, style: axisStyle)
        for x in plot.x..<plot.maxX {
            var glyph: Character = options.unicode ? "─" : "-"
            if options.needsShadingPatterns && !options.unicode, let kind = regionKind(atColumn: x, mapping: mapping) {
                glyph = kind == .dead ? "%" : "~"
            }
            screen.put(glyph, x: x, y: axisRow, style: axisStyle)
        }
        for (value, label) in zip(yTicks, yLabels) {
            guard let p = yScale.position(of: value), let row = mapping.row(forPosition: p) else { continue }
            screen.put(options.unicode ? "┤" : "+", x: axisX, y: row, style: axisStyle)
            screen.put(label, x: axisX - CharacterWidth.of(label), y: row, style: labelStyle)
        }
        drawXTicks(into: &screen, plot: plot, mapping: mapping, axisRow: axisRow, tickRow: tickRow,
                   area: area, options: options)

        // Header, x label.
        var titleStart = area.x
        if let yLabel {
            titleStart = screen.put(options.text(yLabel), x: area.x, y: area.y, style: labelStyle, clip: area) + 2
        }
        if let title {
            let room = area.maxX - titleStart
            let text = Self.truncated(options.text(title), to: room, ellipsis: options.unicode ? "…" : "...")
            let w = CharacterWidth.of(text)
            let centred = area.x + (area.width - w) / 2
            screen.put(text, x: max(titleStart, centred), y: area.y, style: options.resolve(theme.title), clip: area)
        }
        if legendBelow {
            legend.renderRow(into: &screen, x: plot.x, y: area.maxY - 1, options: options)
            screen.put(xLabelText, x: plot.maxX - CharacterWidth.of(xLabelText), y: area.maxY - 1, style: labelStyle, clip: area)
        } else if hasXLabelRow {
            let x = plot.x + max(0, (plot.width - CharacterWidth.of(xLabelText)) / 2)
            screen.put(xLabelText, x: x, y: area.maxY - 1, style: labelStyle, clip: area)
        }

        // Read-out and legend last, on top of everything.
        var reservedTop = 0
        if let cursor, let cursorColumn {
            let text = options.text(cursor.readout ?? readout(at: cursor.x))
            let w = CharacterWidth.of(text)
            var x = cursorColumn + 2
            if x + w > plot.maxX { x = max(plot.x, cursorColumn - 1 - w) }
            screen.fill(Rect(x: x - 1, y: plot.y, width: min(w + 2, plot.maxX - x + 1), height: 1),
                        with: Cell(" ", style: options.resolve(theme.text)))
            screen.put(text, x: x, y: plot.y, style: options.resolve(theme.highlight), clip: plot)
            reservedTop = 1
        }
        if !legendBelow {
            legend.render(into: &screen, plot: plot, reservedTop: reservedTop, options: options)
        }
    }

    /// `text` cut to `width` columns, ending in `ellipsis` when cut.
    static func truncated(_ text: String, to width: Int, ellipsis: String) -> String {
        guard CharacterWidth.of(text) > width else { return text }
        let room = width - CharacterWidth.of(ellipsis)
        guard room > 0 else { return "" }
        var out = "", used = 0
        for ch in text {
            let w = CharacterWidth.of(ch)
            if used + w > room { break }
            out.append(ch)
            used += w
        }
        return out + ellipsis
    }

    /// `x=0.50  f=0.622  f′=0.235`: the cursor's x and each bright series there.
    public func readout(at x: Double) -> String {
        var parts = ["x=" + NumberFormat.short(x, digits: 3)]
        for s in series where !s.isDimmed {
            parts.append(s.name + "=" + (s.value(at: x).map { NumberFormat.short($0, digits: 3) } ?? "–"))
        }
        return parts.joined(separator: "  ")
    }

    // MARK: - Ranges

    func xDomain() -> ClosedRange<Double> {
        if let xRange, xRange.lowerBound.isFinite, xRange.upperBound.isFinite, xRange.upperBound > xRange.lowerBound {
            return xRange
        }
        let all = series.flatMap(\.xs).filter(\.isFinite)
        var lo = all.min(), hi = all.max()
        if lo == nil, let histogram { lo = histogram.lowerX; hi = histogram.upperX }
        guard let l = lo, let h = hi else { return 0...1 }
        return h > l ? l...h : (l - 0.5)...(h + 0.5)
    }

    /// The y range in scale positions (log10 of values on a log axis).
    func yDomain() -> ClosedRange<Double> {
        if let yRange, let lo = yScale.position(of: yRange.lowerBound), let hi = yScale.position(of: yRange.upperBound),
           hi > lo {
            return lo...hi
        }
        let xs = xDomain()
        var lo = Double.infinity, hi = -Double.infinity
        for s in series {
            for (x, y) in zip(s.xs, s.ys) where x >= xs.lowerBound && x <= xs.upperBound {
                guard let p = yScale.position(of: y) else { continue }
                lo = min(lo, p)
                hi = max(hi, p)
            }
        }
        guard lo.isFinite, hi.isFinite else { return 0...1 }
        if hi == lo {
            let pad = yScale == .log10 ? 0.5 : max(abs(lo) * 0.1, 0.5)
            return (lo - pad)...(hi + pad)
        }
        let pad = (hi - lo) * 0.06
        return (lo - pad)...(hi + pad)
    }

    func yTickValues(_ ys: ClosedRange<Double>, plotHeight: Int) -> [Double] {
        // About one labelled tick per four rows keeps label spacing even.
        let maxCount = max(2, min(9, plotHeight / 4 + 1))
        switch yScale {
        case .linear:
            return Ticks.linear(lower: ys.lowerBound, upper: ys.upperBound, maxCount: maxCount)
        case .log10:
            return Ticks.logarithmic(lower: pow(10, ys.lowerBound), upper: pow(10, ys.upperBound), maxCount: maxCount)
        }
    }

    // MARK: - Layers

    /// Each marker as a glyph on its cell, its label to the right (or the
    /// left, near the edge) on the row below, inside the plot.
    func drawMarkers(into screen: inout Screen, plot: Rect, mapping: Mapping, options: RenderOptions) {
        let style = options.resolve(options.theme.highlight)
        for marker in markers {
            guard let p = yScale.position(of: marker.y), let column = mapping.column(forX: marker.x),
                  let row = mapping.row(forPosition: p) else { continue }
            screen.put(options.unicode ? "◆" : "o", x: column, y: row, style: style)
            let label = options.text(marker.label)
            let width = CharacterWidth.of(label)
            let labelRow = row + 1 < plot.maxY ? row + 1 : row - 1
            guard labelRow >= plot.y else { continue }
            var x = column + 1
            if x + width > plot.maxX { x = max(plot.x, column - width) }
            screen.put(label, x: x, y: labelRow, style: style, clip: plot)
        }
    }

    func regionKind(atColumn column: Int, mapping: Mapping) -> ShadedRegion.Kind? {
        let x = mapping.x(atColumnCentre: column)
        var found: ShadedRegion.Kind?
        for region in regions where region.contains(x) {
            if region.kind == .dead { return .dead }
            found = .saturated
        }
        return found
    }

    func drawShading(into screen: inout Screen, plot: Rect, mapping: Mapping, options: RenderOptions) {
        guard !regions.isEmpty, !options.needsShadingPatterns else { return }
        for column in plot.x..<plot.maxX {
            guard let kind = regionKind(atColumn: column, mapping: mapping) else { continue }
            let shade = kind == .dead ? options.theme.deadShade : options.theme.saturatedShade
            screen.restyle(Rect(x: column, y: plot.y, width: 1, height: plot.height)) { $0.background = shade }
        }
    }

    /// Without the shades' colours, regions become patterns in the cells
    /// nothing else uses: sparse `·` (saturated) or `░` (dead), in ASCII a
    /// sparse `~` or a sparse `%` (no curve's glyph, so the legend
    /// still avoids the curves), as the legend and axis show them.
    func drawShadingPatterns(into screen: inout Screen, plot: Rect, mapping: Mapping, options: RenderOptions) {
        guard !regions.isEmpty else { return }
        let style = options.resolve(options.theme.dimText)
        for column in plot.x..<plot.maxX {
            guard let kind = regionKind(atColumn: column, mapping: mapping) else { continue }
            for row in plot.y..<plot.maxY where screen[column, row].character == " " {
                let (dx, dy) = (column - plot.x, row - plot.y)
                switch kind {
                case .dead where options.unicode: screen.put("░", x: column, y: row, style: style)
                // Sparse, as `~` is: a full field of `%` would drown the text around it.
                case .dead where (dx + 2 * (dy % 2)) % 4 == 0: screen.put("%", x: column, y: row, style: style)
                case .dead: break
                case .saturated where (dx + 2 * (dy % 2)) % 4 == 0:
                    screen.put(options.unicode ? "·" : "~", x: column, y: row, style: style)
                case .saturated: break
                }
            }
        }
    }

    func drawZeroLines(into screen: inout Screen, plot: Rect, mapping: Mapping, options: RenderOptions) {
        var style = options.resolve(options.theme.dimText)
        style.attributes.insert(.dim)
        let zeroRow = yScale == .linear ? mapping.row(forPosition: 0, strict: true) : nil
        let zeroColumn = mapping.column(forX: 0, strict: true)
        if let zeroRow {
            for x in plot.x..<plot.maxX {
                var s = style
                s.background = screen[x, zeroRow].style.background
                screen.put("┈", x: x, y: zeroRow, style: s)
            }
        }
        if let zeroColumn {
            for y in plot.y..<plot.maxY {
                var s = style
                s.background = screen[zeroColumn, y].style.background
                screen.put(y == zeroRow ? "┼" : "┊", x: zeroColumn, y: y, style: s)
            }
        }
    }

    func drawHistogram(_ histogram: ChartHistogram, into screen: inout Screen, plot: Rect,
                               mapping: Mapping, options: RenderOptions, heightFraction: Double? = nil) {
        guard let largest = histogram.counts.max(), largest > 0 else { return }
        let maxEighths = Double(plot.height * 8) * (heightFraction ?? histogram.heightFraction)
        var style = options.resolve(options.theme.histogram)
        if !options.color || options.theme.isMonochrome { style.attributes.insert(.dim) }
        let blocks: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
        for column in plot.x..<plot.maxX {
            guard let count = histogram.count(at: mapping.x(atColumnCentre: column)), count > 0 else { continue }
            var eighths = max(1, Int((Double(count) / Double(largest) * maxEighths).rounded()))
            var row = plot.maxY - 1
            while eighths > 0 && row >= plot.y {
                let piece = min(8, eighths)
                let glyph: Character = options.unicode ? blocks[piece - 1] : (piece >= 4 ? "#" : "_")
                var s = style
                s.background = screen[column, row].style.background
                screen.put(glyph, x: column, y: row, style: s)
                eighths -= piece
                row -= 1
            }
        }
    }

    func drawCurves(into screen: inout Screen, plot: Rect, mapping: Mapping, options: RenderOptions) {
        guard !series.isEmpty else { return }
        var canvases: [BrailleCanvas] = []
        for s in series {
            var canvas = BrailleCanvas(width: plot.width, height: plot.height)
            var previous: (Double, Double)?
            let dashed = s.lineStyle == .dotted
            for (x, y) in zip(s.xs, s.ys) {
                guard x.isFinite, let p = yScale.position(of: y) else { previous = nil; continue }
                let point = (mapping.dotX(x), mapping.dotY(p))
                if let previous {
                    canvas.line(x0: previous.0, y0: previous.1, x1: point.0, y1: point.1, dashed: dashed)
                } else {
                    canvas.line(x0: point.0, y0: point.1, x1: point.0, y1: point.1)
                }
                previous = point
            }
            canvases.append(canvas)
        }
        // Front first: bright series in list order, then the ghosts.
        let order = series.indices.filter { !series[$0].isDimmed } + series.indices.filter { series[$0].isDimmed }
        let glyphMode = options.needsGlyphDistinction
        let markers = options.unicode ? Self.unicodeMarkers : Self.asciiMarkers
        for row in 0..<plot.height {
            for column in 0..<plot.width {
                guard let front = order.first(where: { canvases[$0].pattern(column: column, row: row) != 0 }) else {
                    continue
                }
                let sx = plot.x + column, sy = plot.y + row
                var style = screen[sx, sy].style
                style.foreground = series[front].color ?? options.theme.seriesColor(front)
                style.attributes = series[front].isDimmed ? .dim : []
                let glyph: Character
                if glyphMode {
                    if front == 0 {
                        glyph = canvases[0].character(column: column, row: row, unicode: options.unicode)
                    } else {
                        glyph = markers[(front - 1) % markers.count]
                    }
                } else {
                    let merged = order.reduce(UInt8(0)) { $0 | canvases[$1].pattern(column: column, row: row) }
                    glyph = options.unicode ? BrailleCanvas.brailleCharacter(for: merged)
                                            : BrailleCanvas.asciiCharacter(for: merged)
                }
                screen.put(glyph, x: sx, y: sy, style: options.resolve(style))
            }
        }
    }

    func drawXTicks(into screen: inout Screen, plot: Rect, mapping: Mapping, axisRow: Int, tickRow: Int,
                            area: Rect, options: RenderOptions) {
        let axisStyle = options.resolve(options.theme.axis)
        let labelStyle = options.resolve(options.theme.text)
        for tick in xTicks(plot: plot, mapping: mapping, area: area) {
            screen.put(options.unicode ? "┬" : "+", x: tick.column, y: axisRow, style: axisStyle)
            if let start = tick.labelX { screen.put(tick.label, x: start, y: tickRow, style: labelStyle) }
        }
    }

    /// The x ticks: each one's column, label, and where the label starts
    /// (nil when it would run into the one before).
    func xTicks(plot: Rect, mapping: Mapping, area: Rect) -> [(column: Int, label: String, labelX: Int?)] {
        var maxCount = max(2, plot.width / 7)
        var ticks: [Double] = [], labels: [String] = []
        // Fewer ticks until their labels have room to breathe.
        while true {
            ticks = Ticks.linear(lower: mapping.xLower, upper: mapping.xUpper, maxCount: maxCount)
            let step = ticks.count > 1 ? ticks[1] - ticks[0] : 1
            labels = ticks.map { NumberFormat.tick($0, step: step) }
            let widest = labels.map { CharacterWidth.of($0) }.max() ?? 1
            let spacing = ticks.count > 1 ? Double(plot.width) * step / (mapping.xUpper - mapping.xLower) : .infinity
            if spacing >= Double(widest + 2) || maxCount <= 2 { break }
            maxCount -= 1
        }
        var out: [(column: Int, label: String, labelX: Int?)] = []
        var nextFree = area.x
        for (value, label) in zip(ticks, labels) {
            guard let column = mapping.column(forX: value) else { continue }
            let w = CharacterWidth.of(label)
            let start = min(max(column - (w - 1) / 2, area.x), area.maxX - w)
            if start >= nextFree {
                out.append((column, label, start))
                nextFree = start + w + 1
            } else {
                out.append((column, label, nil))
            }
        }
        return out
    }

    func legend(options: RenderOptions) -> ChartLegend {
        var entries: [ChartLegend.Entry] = []
        let glyphMode = options.needsGlyphDistinction
        let markers = options.unicode ? Self.unicodeMarkers : Self.asciiMarkers
        for (i, s) in series.enumerated() where s.showsInLegend {
            let swatch: String
            if glyphMode {
                swatch = i == 0 ? (options.unicode ? "⠒⠒" : "--") : String(repeating: markers[(i - 1) % markers.count], count: 2)
            } else if s.lineStyle == .dotted {
                swatch = options.unicode ? "┅┅" : ".."
            } else {
                swatch = options.unicode ? "━━" : "--"
            }
            let style = Style(foreground: s.color ?? options.theme.seriesColor(i), attributes: s.isDimmed ? .dim : [])
            entries.append(.init(swatch: swatch, swatchStyle: style, name: s.name))
        }
        var seen = Set<String>()
        for region in regions where seen.insert(region.label).inserted {
            let shade = region.kind == .dead ? options.theme.deadShade : options.theme.saturatedShade
            if options.needsShadingPatterns {
                let swatch = options.unicode ? (region.kind == .dead ? "░░" : "··") : (region.kind == .dead ? "%%" : "~~")
                entries.append(.init(swatch: swatch, swatchStyle: options.theme.dimText, name: region.label))
            } else {
                entries.append(.init(swatch: "  ", swatchStyle: Style(background: shade), name: region.label))
            }
        }
        if let label = histogram?.label {
            entries.append(.init(swatch: options.unicode ? "▄▄" : "##", swatchStyle: options.theme.histogram, name: label))
        }
        return ChartLegend(entries: entries)
    }

    // MARK: - Marks

    /// A dotted line under each mark, in the empty cells only, so the curves stay whole.
    func drawMarkLines(into screen: inout Screen, plot: Rect, mapping: Mapping, options: RenderOptions) {
        let style = options.resolve(options.theme.dimText)
        for mark in marks {
            guard let column = mapping.column(forX: mark.x) else { continue }
            for y in plot.y..<plot.maxY where screen[column, y].character == " " {
                var s = style
                s.background = screen[column, y].style.background
                screen.put(options.unicode ? "┊" : ":", x: column, y: y, style: s)
            }
        }
    }

    /// The mark's number on the top row, right of its line where it fits.
    func drawMarkLabels(into screen: inout Screen, plot: Rect, mapping: Mapping, options: RenderOptions) {
        var style = options.resolve(options.theme.highlight)
        style.attributes.insert(.bold)
        for mark in marks {
            guard let column = mapping.column(forX: mark.x) else { continue }
            let text = options.text(mark.label)
            let width = CharacterWidth.of(text)
            let x = column + width < plot.maxX ? column : max(plot.x, column - width + 1)
            screen.put(text, x: x, y: plot.y, style: style, clip: plot)
        }
    }
}
