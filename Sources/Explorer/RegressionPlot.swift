import NeuralNet
import TermPlot

/// The data pane on a regression set. 1-D: the training points and the
/// network's fitted curve over x in braille, so the fit shows the
/// activation's shape (ReLU piecewise linear, tanh smooth). 2-D: the
/// prediction as a half-block heat map on a stated diverging scale, with
/// the points in their targets' colours.
struct RegressionPlot {
    /// Levels of the diverging scale, negative to positive; the middle one is 0.
    static let levelCount = 7
    /// Mono and ASCII: the level's sign and size as a glyph.
    static let levelSymbols: [Character] = ["=", "-", "_", " ", ".", "+", "#"]

    // MARK: - 1-D

    /// Points dim, the fit bright, one legend line beneath with the ranges.
    func drawCurve(_ curve: FitCurve, into screen: inout Screen, area: Rect, options: RenderOptions, strings: Strings) {
        guard area.width >= 4, area.height >= 2 else { return }
        let plot = Rect(x: area.x, y: area.y, width: area.width, height: area.height - 1)
        let predictions = curve.predictions.map(Double.init).filter(\.isFinite)
        let targets = curve.points.map(\.target).filter(\.isFinite)
        let values = predictions + targets
        guard var low = values.min(), var high = values.max() else { return }
        if high - low < 1e-9 { low -= 0.5; high += 0.5 }
        let margin = (high - low) * 0.05
        low -= margin
        high += margin
        var points = BrailleCanvas(width: plot.width, height: plot.height)
        var fit = BrailleCanvas(width: plot.width, height: plot.height)
        let xSpan = curve.xRange.upperBound - curve.xRange.lowerBound
        func dotX(_ x: Double) -> Double { (x - curve.xRange.lowerBound) / xSpan * Double(fit.dotWidth - 1) }
        func dotY(_ y: Double) -> Double { (high - y) / (high - low) * Double(fit.dotHeight - 1) }
        let dark = options.theme.name != "light"
        let pointColor: Color = options.theme.isMonochrome ? .default : DataPane.pointPalette(dark: dark)[0]
        let fitColor: Color = options.theme.isMonochrome ? .default : DataPane.pointPalette(dark: dark)[1]
        for point in curve.points where point.x.isFinite && point.target.isFinite {
            points.set(x: Int(dotX(point.x).rounded()), y: Int(dotY(point.target).rounded()), color: pointColor)
        }
        for i in 1..<max(1, curve.predictions.count) {
            let y0 = Double(curve.predictions[i - 1]), y1 = Double(curve.predictions[i])
            guard y0.isFinite, y1.isFinite else { continue }
            fit.line(x0: dotX(curve.x(at: i - 1)), y0: dotY(y0), x1: dotX(curve.x(at: i)), y1: dotY(y1), color: fitColor)
        }
        points.render(into: &screen, x: plot.x, y: plot.y, options: options, attributes: [.dim])
        // The fit on top: a cell it passes through shows the fit.
        fit.render(into: &screen, x: plot.x, y: plot.y, options: options, attributes: [.bold])
        let legend = "x \(NumberText.compact(curve.xRange.lowerBound))…\(NumberText.compact(curve.xRange.upperBound))"
            + "  y \(NumberText.compact(low))…\(NumberText.compact(high))  " + strings.fitLegend(unicode: options.unicode)
        screen.put(options.text(legend), x: area.x, y: area.maxY - 1, style: options.resolve(options.theme.dimText), clip: area)
    }

    // MARK: - 2-D

    /// The prediction resampled to the area (square pixels, as the decision
    /// map), the points on top, and the scale on the last row.
    func drawMap(_ map: PredictionMap, into screen: inout Screen, area: Rect, options: RenderOptions) {
        guard area.width >= 4, area.height >= 2, map.columns > 0, map.rows > 0 else { return }
        let height = area.height - 1
        let side = min(area.width, height * 2)
        let columns = max(1, side), gridRows = max(2, min(height * 2, side))
        let originX = area.x + (area.width - columns) / 2
        let scale = map.scale
        var grid: [[Int?]] = []
        for r in 0..<gridRows {
            let sourceRow = min(map.rows - 1, r * map.rows / gridRows)
            grid.append((0..<columns).map { c in
                let i = sourceRow * map.columns + min(map.columns - 1, c * map.columns / columns)
                return i < map.values.count ? Self.level(Double(map.values[i]), scale: scale) : nil
            })
        }
        let colors = Self.colors(options)
        HeatMap(grid: grid, colors: colors, symbols: Self.levelSymbols)
            .render(into: &screen, area: Rect(x: originX, y: area.y, width: columns, height: (gridRows + 1) / 2),
                    options: options)
        let xSpan = map.xRange.upperBound - map.xRange.lowerBound
        let ySpan = map.yRange.upperBound - map.yRange.lowerBound
        if xSpan > 0, ySpan > 0 {
            let plain = !options.unicode || options.needsGlyphDistinction
            let bright = Self.pointColors(options)
            // About one point in ten cells, so the map stays readable.
            let stride = max(1, map.points.count * 10 / max(1, columns * gridRows / 2))
            for point in Swift.stride(from: 0, to: map.points.count, by: stride).map({ map.points[$0] })
            where point.x.isFinite && point.y.isFinite && point.target.isFinite {
                let c = Int((point.x - map.xRange.lowerBound) / xSpan * Double(columns))
                let r = Int((map.yRange.upperBound - point.y) / ySpan * Double(gridRows))
                guard c >= 0, c < columns, r >= 0, r < gridRows, let level = Self.level(point.target, scale: scale) else { continue }
                let x = originX + c, y = area.y + r / 2
                if plain {
                    // The target's sign, apart from the map's glyphs.
                    screen.put(point.target >= 0 ? "P" : "N", x: x, y: y, style: options.resolve(Style(foreground: .default, attributes: [.bold])))
                } else {
                    let below = grid[r][c].map { colors[$0] } ?? .default
                    screen.put("●", x: x, y: y, style: options.resolve(Style(foreground: bright[level], background: below)))
                }
            }
        }
        // The stated scale: −max … 0 … +max, one cell a level.
        var x = area.x
        let y = area.maxY - 1
        let lowText = NumberText.compact(-scale) + " "
        screen.put(options.text(lowText), x: x, y: y, style: options.resolve(options.theme.dimText), clip: area)
        x += CharacterWidth.of(options.text(lowText))
        for level in 0..<Self.levelCount where x < area.maxX {
            let glyph: Character = options.unicode && !options.needsGlyphDistinction ? "█" : Self.levelSymbols[level]
            screen.put(String(glyph), x: x, y: y, style: options.resolve(Style(foreground: colors[level])), clip: area)
            x += 1
        }
        screen.put(options.text(" +" + NumberText.compact(scale)), x: x, y: y, style: options.resolve(options.theme.dimText), clip: area)
    }

    /// The level of `value` on a scale of ±`scale`: 0 (most negative) to
    /// `levelCount − 1`, 3 around zero; nil when not finite.
    static func level(_ value: Double, scale: Double) -> Int? {
        guard value.isFinite, scale > 0 else { return nil }
        let t = max(-1, min(1, value / scale))
        let half = Double(levelCount / 2)
        return Int((t * half + half).rounded())
    }

    /// Blue for negative, grey at zero, orange for positive (xterm-256).
    static func colors(_ options: RenderOptions) -> [Color] {
        if options.theme.isMonochrome { return Array(repeating: .default, count: levelCount) }
        return options.theme.name == "light"
            ? [.palette(25), .palette(75), .palette(153), .palette(254), .palette(223), .palette(215), .palette(166)]
            : [.palette(18), .palette(25), .palette(67), .palette(238), .palette(137), .palette(166), .palette(130)]
    }

    static func pointColors(_ options: RenderOptions) -> [Color] {
        if options.theme.isMonochrome { return Array(repeating: .default, count: levelCount) }
        return options.theme.name == "light"
            ? [.palette(17), .palette(19), .palette(25), .palette(240), .palette(130), .palette(166), .palette(124)]
            : [.palette(39), .palette(75), .palette(117), .palette(250), .palette(222), .palette(215), .palette(208)]
    }
}
