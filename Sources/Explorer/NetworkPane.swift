import NeuralNet
import TermPlot

/// Inside the network. For 2-D data, one tile per hidden unit in a column
/// per layer, each a half-block heat map of the unit's output over the data
/// pane's square, on a diverging scale whose ends are ±the layer's largest
/// |output|; dead, saturated and stuck units carry a symbol on their tile.
/// Under the tiles, the highlighted unit's incoming weights and bias. Enter
/// enlarges the highlighted tile beside its pre-activation histogram. For
/// image data, the first layer's incoming weights as small images and the
/// test examples the network gets wrong.
struct NetworkPane {
    let explorer: Explorer

    /// Levels of the diverging scale, most negative first; the middle one is 0.
    static let levels = 9

    func render(into screen: inout Screen, area: Rect, options: RenderOptions) {
        let strings = Strings.of(explorer.options.language)
        let sizes = explorer.configuration.hiddenSizes
        let title = "\(strings.networkTitle): \(explorer.configuration.hiddenSizes.isEmpty ? strings.noHiddenLayer : sizes.map(String.init).joined(separator: "-"))"
        let inner = Frame(title: title, isHighlighted: explorer.focus == .network).draw(into: &screen, area: area, options: options)
        guard !inner.isEmpty else { return }
        let dim = options.resolve(options.theme.dimText)
        guard let snapshot = explorer.snapshot else {
            screen.put(options.text(strings.noData), x: inner.x, y: inner.y, style: dim, clip: inner)
            return
        }
        if sizes.isEmpty {
            screen.put(options.text(strings.noHiddenLayer), x: inner.x, y: inner.y, style: dim, clip: inner)
        } else if let tiles = snapshot.unitTiles, tiles.unitCounts == sizes {
            if explorer.enlargesTile {
                drawEnlarged(tiles, snapshot: snapshot, into: &screen, area: inner, options: options, strings: strings)
            } else {
                drawTiles(tiles, snapshot: snapshot, into: &screen, area: inner, options: options, strings: strings)
            }
        } else if snapshot.imageWidth > 0, snapshot.imageHeight > 0 {
            drawImages(snapshot, into: &screen, area: inner, options: options, strings: strings)
        } else {
            screen.put(options.text(strings.networkNeedsPlane), x: inner.x, y: inner.y, style: dim, clip: inner)
        }
    }

    // MARK: - Scale

    /// The level (0 most negative … levels−1 most positive) of `value` on
    /// a scale from −`scale` to +`scale`.
    static func level(_ value: Float, scale: Float) -> Int {
        let middle = levels / 2
        guard scale > 0, value.isFinite else { return middle }
        let scaled = (value / scale * Float(middle)).rounded()
        return middle + Int(max(-Float(middle), min(Float(middle), scaled)))
    }

    /// Blue below zero, neutral at zero, orange above: a diverging scale.
    static func levelColors(dark: Bool) -> [Color] {
        dark ? [.palette(33), .palette(32), .palette(25), .palette(24), .palette(236), .palette(94), .palette(137), .palette(172), .palette(214)]
             : [.palette(19), .palette(27), .palette(33), .palette(111), .palette(255), .palette(223), .palette(215), .palette(208), .palette(202)]
    }

    /// The same levels in glyphs, for mono and ASCII: minus signs below,
    /// plus signs above, blank at zero.
    static let levelSymbols: [Character] = ["=", "-", "~", ",", " ", ".", ":", "+", "#"]

    private func colors(_ options: RenderOptions) -> [Color] {
        options.theme.isMonochrome ? Array(repeating: .default, count: Self.levels)
            : Self.levelColors(dark: options.theme.name != "light")
    }

    /// The symbol a unit's state puts on its tile (nil: alive).
    static func mark(_ state: UnitState, unicode: Bool) -> Character? {
        switch state {
        case .alive: nil
        case .dead: unicode ? "✕" : "x"
        case .saturated: unicode ? "≈" : "~"
        case .stuck: "_"
        }
    }

    // MARK: - Tiles

    /// Where the tiles go: the tile size (rows; a tile is twice as many
    /// columns wide, square in half-block pixels), the layers shown, and per
    /// layer the first unit shown.
    struct Geometry: Equatable {
        var tileRows: Int
        var tileColumns: Int { 2 * tileRows }
        /// Tiles side by side within a layer's column.
        var perRow: Int
        var gap: Int
        var columnWidth: Int
        var layers: Range<Int>
        var firstUnit: [Int]
        /// Unit rows shown per layer column.
        var visibleRows: Int

        /// The largest tiles (up to 6 rows) that show every unit; if even
        /// one-row tiles do not, they scroll, keeping the highlight in view.
        init(width: Int, height: Int, unitCounts: [Int], layer highlightedLayer: Int, unit highlightedUnit: Int) {
            let minimumColumn = 3
            let maximumLayers = max(1, width / minimumColumn)
            let count = unitCounts.count
            var start = 0
            if count > maximumLayers {
                // Leave a column's room at the ends for the "+N" marks.
                let shown = max(1, maximumLayers - 1)
                start = min(max(0, highlightedLayer - shown / 2), count - shown)
                layers = start..<(start + shown)
            } else {
                layers = 0..<count
            }
            columnWidth = max(minimumColumn, width / max(1, layers.count))
            let most = layers.map { unitCounts[$0] }.max() ?? 1
            // Largest first; at each size a gap row between tiles if it fits.
            // Largest first, a blank row between tiles (touching tiles read
            // as one stripe); only the smallest tiles give the gap up.
            for (rows, gap) in (1...6).reversed().map({ ($0, 1) }) + [(1, 0)] {
                let perRow = columnWidth / (2 * rows + 1)
                guard perRow >= 1 else { continue }
                let rowsNeeded = (most + perRow - 1) / perRow
                if rowsNeeded * (rows + gap) - gap <= height {
                    tileRows = rows
                    self.perRow = perRow
                    self.gap = gap
                    visibleRows = rowsNeeded
                    firstUnit = Array(repeating: 0, count: count)
                    return
                }
            }
            tileRows = 1
            gap = 0
            perRow = max(1, columnWidth / 3)
            // One row kept for the "+N more" mark.
            visibleRows = max(1, height - 1)
            firstUnit = Array(repeating: 0, count: count)
            let visible = visibleRows * perRow
            if highlightedLayer < count, highlightedUnit >= visible {
                let rowOfUnit = highlightedUnit / perRow
                firstUnit[highlightedLayer] = (rowOfUnit - visibleRows + 1) * perRow
            }
        }

        /// Where unit `unit` of `layer` starts, relative to the body, or nil
        /// when it is scrolled out of view.
        func origin(layer: Int, unit: Int) -> (x: Int, y: Int)? {
            guard layers.contains(layer) else { return nil }
            let index = unit - firstUnit[layer]
            guard index >= 0, index < visibleRows * perRow else { return nil }
            let x = (layer - layers.lowerBound) * columnWidth + 1 + (index % perRow) * (tileColumns + 1)
            let y = (index / perRow) * (tileRows + gap)
            return (x, y)
        }
    }

    func drawTiles(_ tiles: UnitTiles, snapshot: TrainingSnapshot, into screen: inout Screen, area: Rect,
                   options: RenderOptions, strings: Strings) {
        let dim = options.resolve(options.theme.dimText)
        let highlight = options.resolve(options.theme.highlight)
        let text = options.resolve(options.theme.text)
        let showsLegend = area.height >= 6
        let showsStrip = area.height >= 8
        var top = area.y
        let layerIndex = min(explorer.highlightedLayer, tiles.unitCounts.count - 1)
        if showsLegend {
            drawLegend(scale: tiles.scales[layerIndex], layer: layerIndex, into: &screen, x: area.x, y: top,
                       clip: area, options: options, strings: strings)
            top += Self.legendRows(width: area.width)
        }
        let headerY = top
        top += 1
        let bodyHeight = area.maxY - top - (showsStrip ? 2 : 0)
        guard bodyHeight >= 1 else { return }
        let highlightedUnit = min(explorer.highlightedUnit, tiles.unitCounts[layerIndex] - 1)
        let geometry = Geometry(width: area.width, height: bodyHeight, unitCounts: tiles.unitCounts,
                                layer: layerIndex, unit: highlightedUnit)
        let palette = colors(options)
        for layer in geometry.layers {
            let x = area.x + (layer - geometry.layers.lowerBound) * geometry.columnWidth
            let name = snapshot.layers.indices.contains(layer) ? ActivationText.name(explorer.configuration.hiddenLayers[layer].activation.kind) : ""
            let header = String("\(layer + 1) \(name)".prefix(max(1, geometry.columnWidth - 1)))
            screen.put(header, x: x + 1, y: headerY, style: layer == layerIndex ? highlight : dim, clip: area)
            let states = snapshot.layers.indices.contains(layer) ? snapshot.layers[layer].unitStates : []
            for unit in 0..<tiles.unitCounts[layer] {
                guard let origin = geometry.origin(layer: layer, unit: unit) else { continue }
                let tileArea = Rect(x: area.x + origin.x, y: top + origin.y, width: geometry.tileColumns, height: geometry.tileRows)
                drawTile(tiles, layer: layer, unit: unit, into: &screen, area: tileArea, palette: palette, options: options)
                if unit < states.count, let mark = Self.mark(states[unit], unicode: options.unicode) {
                    let shade = states[unit] == .saturated ? options.theme.saturatedShade : options.theme.deadShade
                    var style = options.theme.highlight
                    style.background = shade
                    style.attributes.insert(.bold)
                    screen.put(mark, x: tileArea.x, y: tileArea.y, style: options.resolve(style))
                }
                if layer == layerIndex, unit == highlightedUnit {
                    screen.put(options.unicode ? "▶" : ">", x: tileArea.x - 1, y: tileArea.y + (tileArea.height - 1) / 2,
                               style: highlight)
                }
            }
            let shownFrom = geometry.firstUnit[layer]
            let shownTo = min(tiles.unitCounts[layer], shownFrom + geometry.visibleRows * geometry.perRow)
            let below = tiles.unitCounts[layer] - shownTo
            var marks: [String] = []
            if shownFrom > 0 { marks.append("↑\(shownFrom)") }
            if below > 0 { marks.append("+\(below)") }
            if !marks.isEmpty {
                let markY = top + min(bodyHeight - 1, geometry.visibleRows * (geometry.tileRows + geometry.gap))
                screen.put(options.text(marks.joined(separator: " ")), x: x + 1, y: markY, style: dim,
                           clip: Rect(x: x, y: area.y, width: geometry.columnWidth, height: area.height))
            }
        }
        if geometry.layers.lowerBound > 0 {
            screen.put(options.text("←\(geometry.layers.lowerBound)"), x: area.x, y: headerY, style: dim, clip: area)
        }
        let hiddenAfter = tiles.unitCounts.count - geometry.layers.upperBound
        if hiddenAfter > 0 {
            let mark = options.text("+\(hiddenAfter) \(strings.moreUnits)")
            screen.put(mark, x: area.maxX - CharacterWidth.of(mark), y: headerY, style: dim, clip: area)
        }
        if showsStrip {
            drawWeightStrip(snapshot: snapshot, into: &screen, area: Rect(x: area.x, y: area.maxY - 2, width: area.width, height: 2),
                            options: options, strings: strings, text: text, dim: dim)
        }
    }

    /// One unit's grid resampled to `area` (two pixels per row).
    func drawTile(_ tiles: UnitTiles, layer: Int, unit: Int, into screen: inout Screen, area: Rect, palette: [Color],
                  options: RenderOptions) {
        let pixelRows = area.height * 2, pixelColumns = area.width
        guard pixelRows > 0, pixelColumns > 0 else { return }
        let scale = tiles.scales[layer]
        var grid: [[Int?]] = []
        grid.reserveCapacity(pixelRows)
        for r in 0..<pixelRows {
            let row = min(tiles.rows - 1, r * tiles.rows / pixelRows)
            grid.append((0..<pixelColumns).map { c in
                let column = min(tiles.columns - 1, c * tiles.columns / pixelColumns)
                return Self.level(tiles.value(layer: layer, unit: unit, column: column, row: row), scale: scale)
            })
        }
        HeatMap(grid: grid, colors: palette, symbols: Self.levelSymbols).render(into: &screen, area: area, options: options)
    }

    /// Rows the legend takes at `width`: one, or two when narrow.
    static func legendRows(width: Int) -> Int { width >= 34 ? 1 : 2 }

    /// "−[swatches]+ layer 2 scale ±0.83", then "✕ dead ≈ saturated _ stuck"
    /// on the same row when there is room, on the next otherwise.
    func drawLegend(scale: Float, layer: Int, into screen: inout Screen, x: Int, y: Int, clip: Rect,
                    options: RenderOptions, strings: Strings) {
        let dim = options.resolve(options.theme.dimText)
        var cursor = x
        // Narrow: the ± before the number says what the ends are.
        let wide = clip.width >= 60
        if wide { cursor = screen.put(options.unicode ? "−" : "-", x: cursor, y: y, style: dim, clip: clip) }
        let palette = colors(options)
        let glyphs = !options.unicode || options.needsGlyphDistinction
        for level in 0..<Self.levels {
            cursor = screen.put(glyphs ? String(Self.levelSymbols[level]) : "█", x: cursor, y: y,
                                style: options.resolve(Style(foreground: palette[level])), clip: clip)
        }
        cursor = screen.put(wide ? "+ " : " ", x: cursor, y: y, style: dim, clip: clip)
        let scaleNumber = NumberText.compact(Double(scale), unicode: options.unicode)
        // The layer's name when there is room; its header is highlighted anyway.
        let scaleText = clip.width >= 60 ? strings.tileScale(scaleNumber, layer: layer + 1) : "±" + scaleNumber
        cursor = screen.put(options.text(scaleText), x: cursor, y: y, style: dim, clip: clip)
        let marks = [UnitState.dead, .saturated, .stuck].compactMap { state in
            Self.mark(state, unicode: options.unicode).map {
                options.text(clip.width < 60 ? "\($0)\(state == .saturated ? strings.saturatedShort : strings.unitState(state))"
                    : "\($0) \(strings.unitState(state))")
            }
        }
        // Each mark with its word whole, or not at all.
        var markX = Self.legendRows(width: clip.width) == 1 ? cursor : x - 1
        let markY = Self.legendRows(width: clip.width) == 1 ? y : y + 1
        for mark in marks where CharacterWidth.of(" " + mark) <= clip.maxX - markX {
            markX = screen.put(" " + mark, x: markX, y: markY, style: dim, clip: clip)
        }
    }

    /// The highlighted unit: its layer, state and bias, then its incoming
    /// weights as signed numbers where they fit, as swatches otherwise.
    func drawWeightStrip(snapshot: TrainingSnapshot, into screen: inout Screen, area: Rect, options: RenderOptions,
                         strings: Strings, text: Style, dim: Style) {
        let layer = explorer.highlightedLayer
        guard snapshot.unitWeights.indices.contains(layer) else { return }
        let units = snapshot.layers.indices.contains(layer) ? snapshot.layers[layer].unitCount : snapshot.unitWeights[layer].unitCount
        let unit = min(explorer.highlightedUnit, max(0, units - 1))
        let weights = snapshot.unitWeights[layer]
        let state = snapshot.layers.indices.contains(layer) && snapshot.layers[layer].unitStates.indices.contains(unit)
            ? snapshot.layers[layer].unitStates[unit] : .alive
        // Whole parts only: the bias, then the hint, give way on a narrow pane.
        var head = "\(strings.layer) \(layer + 1) \(strings.unitShort) \(unit + 1): \(strings.unitState(state))"
        var more: [String] = []
        if unit < weights.unitCount, unit < weights.bias.count {
            more.append("  \(strings.bias) \(Self.signed(weights.bias[unit], unicode: options.unicode))")
        }
        more.append("  · \(strings.enlargeHint)")
        for part in more where CharacterWidth.of(options.text(head + part)) <= area.width { head += part }
        screen.put(options.text(head), x: area.x, y: area.y, style: text, clip: area)
        guard unit < weights.unitCount else { return }
        let incoming = Array(weights.incoming(unit))
        let largest = incoming.map { abs($0) }.max() ?? 0
        var cursor = area.x
        cursor = screen.put(options.text("\(strings.weightsFrom): "), x: cursor, y: area.y + 1, style: dim, clip: area)
        let names = layer == 0 && incoming.count == 2 ? ["x₁", "x₂"] : incoming.indices.map { String($0 + 1) }
        let numbers = zip(names, incoming).map { "\($0) \(Self.signed($1, unicode: options.unicode))" }.joined(separator: " ")
        if CharacterWidth.of(options.text(numbers)) <= area.maxX - cursor {
            screen.put(options.text(numbers), x: cursor, y: area.y + 1, style: text, clip: area)
            return
        }
        // Swatches: the diverging scale, ±the largest |w|, one cell each.
        let palette = colors(options)
        let glyphs = !options.unicode || options.needsGlyphDistinction
        for w in incoming where cursor < area.maxX - 8 {
            let level = Self.level(w, scale: largest)
            cursor = screen.put(glyphs ? String(Self.levelSymbols[level]) : "█", x: cursor, y: area.y + 1,
                                 style: options.resolve(Style(foreground: palette[level])), clip: area)
        }
        screen.put(options.text(" ±\(NumberText.compact(Double(largest), unicode: options.unicode))"), x: cursor, y: area.y + 1,
                   style: dim, clip: area)
    }

    static func signed(_ value: Float, unicode: Bool) -> String {
        let text = NumberText.compact(Double(abs(value)), unicode: unicode)
        return (value < 0 ? (unicode ? "−" : "-") : "+") + text
    }

    // MARK: - Enlarged tile

    func drawEnlarged(_ tiles: UnitTiles, snapshot: TrainingSnapshot, into screen: inout Screen, area: Rect,
                      options: RenderOptions, strings: Strings) {
        let layer = min(explorer.highlightedLayer, tiles.unitCounts.count - 1)
        let unit = min(explorer.highlightedUnit, tiles.unitCounts[layer] - 1)
        let dim = options.resolve(options.theme.dimText)
        let text = options.resolve(options.theme.text)
        drawLegend(scale: tiles.scales[layer], layer: layer, into: &screen, x: area.x, y: area.y, clip: area,
                   options: options, strings: strings)
        let bodyTop = area.y + Self.legendRows(width: area.width)
        let bodyHeight = max(0, area.maxY - bodyTop - 2)
        // Side by side in a wide pane (zoomed); the histogram under the tile
        // in a narrow one.
        let sideBySide = area.width >= bodyHeight * 3
        let side = sideBySide ? min(bodyHeight, area.width / 4) : min(area.width / 2, bodyHeight * 3 / 5)
        guard side >= 1 else { return }
        let tileArea = Rect(x: area.x, y: bodyTop, width: side * 2, height: side)
        drawTile(tiles, layer: layer, unit: unit, into: &screen, area: tileArea, palette: colors(options), options: options)
        let states = snapshot.layers.indices.contains(layer) ? snapshot.layers[layer].unitStates : []
        if unit < states.count, let mark = Self.mark(states[unit], unicode: options.unicode) {
            screen.put(mark, x: tileArea.x, y: tileArea.y, style: options.resolve(options.theme.highlight))
        }
        // The unit's pre-activations as columns of block eighths.
        let histogramArea = sideBySide
            ? Rect(x: tileArea.maxX + 2, y: bodyTop, width: area.maxX - tileArea.maxX - 2, height: side)
            : Rect(x: area.x, y: tileArea.maxY + 1, width: area.width, height: bodyTop + bodyHeight - tileArea.maxY - 1)
        let histograms = snapshot.layers.indices.contains(layer) ? snapshot.layers[layer].unitHistograms : []
        screen.put(options.text(strings.preactivations), x: histogramArea.x, y: histogramArea.y, style: dim, clip: area)
        if unit < histograms.count, histogramArea.width >= 4, histogramArea.height >= 4 {
            let h = histograms[unit]
            let bars = Rect(x: histogramArea.x, y: histogramArea.y + 1, width: histogramArea.width, height: histogramArea.height - 2)
            drawHistogram(h, into: &screen, area: bars, options: options)
            let axisY = bars.maxY
            screen.put(NumberText.compact(h.lowerBound, unicode: options.unicode), x: bars.x, y: axisY, style: dim, clip: area)
            screen.put("0", x: bars.x + bars.width / 2, y: axisY, style: dim, clip: area)
            let upper = NumberText.compact(h.upperBound, unicode: options.unicode)
            screen.put(upper, x: bars.maxX - upper.count, y: axisY, style: dim, clip: area)
        }
        drawWeightStrip(snapshot: snapshot, into: &screen, area: Rect(x: area.x, y: area.maxY - 2, width: area.width, height: 2),
                        options: options, strings: strings, text: text, dim: dim)
    }

    func drawHistogram(_ histogram: Histogram, into screen: inout Screen, area: Rect, options: RenderOptions) {
        let counts = histogram.counts
        guard !counts.isEmpty, area.width > 0, area.height > 0 else { return }
        let columns = (0..<area.width).map { c -> Int in
            let from = c * counts.count / area.width, to = max(from + 1, (c + 1) * counts.count / area.width)
            return counts[from..<min(to, counts.count)].reduce(0, +)
        }
        let largest = max(1, columns.max() ?? 1)
        let eighths: [Character] = options.unicode ? [" ", "▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"] : [" ", ".", ".", ":", ":", "|", "|", "#", "#"]
        let style = options.resolve(options.theme.histogram)
        for (c, count) in columns.enumerated() {
            var height = count == 0 ? 0 : max(1, count * area.height * 8 / largest)
            for row in stride(from: area.maxY - 1, through: area.y, by: -1) where height > 0 {
                let piece = min(8, height)
                screen.put(eighths[piece], x: area.x + c, y: row, style: style)
                height -= piece
            }
        }
    }

    // MARK: - Images

    /// Digits and MNIST: each first-layer unit's incoming weights as an
    /// image on the diverging scale, then the misclassified test examples.
    func drawImages(_ snapshot: TrainingSnapshot, into screen: inout Screen, area: Rect, options: RenderOptions,
                    strings: Strings) {
        let dim = options.resolve(options.theme.dimText)
        let width = snapshot.imageWidth, height = snapshot.imageHeight
        // Pixels per image side: the image's own up to 14, halved beyond.
        let pixelsWide = width <= 14 ? width : (width + 1) / 2
        let pixelsHigh = height <= 14 ? height : (height + 1) / 2
        let cellRows = (pixelsHigh + 1) / 2
        var y = area.y
        guard let weights = snapshot.unitWeights.first, weights.inputCount == width * height, weights.unitCount > 0 else {
            return
        }
        screen.put(options.text(strings.firstLayerWeights), x: area.x, y: y, style: dim, clip: area)
        y += 1
        let perRow = max(1, (area.width + 1) / (pixelsWide + 1))
        let misclassifiedRows = snapshot.misclassified.isEmpty ? 1 : cellRows + 2
        let weightRows = max(1, (area.maxY - y - misclassifiedRows) / (cellRows + 1))
        let shown = min(weights.unitCount, perRow * weightRows)
        let palette = colors(options)
        for unit in 0..<shown {
            let incoming = Array(weights.incoming(unit))
            let largest = incoming.map { abs($0) }.max() ?? 0
            let grid = Self.resampled(incoming, width: width, height: height, toWidth: pixelsWide, toHeight: pixelsHigh)
                .map { $0.map { Optional(Self.level($0, scale: largest)) } }
            let x = area.x + (unit % perRow) * (pixelsWide + 1), top = y + (unit / perRow) * (cellRows + 1)
            guard top + cellRows <= area.maxY else { break }
            HeatMap(grid: grid, colors: palette, symbols: Self.levelSymbols)
                .render(into: &screen, area: Rect(x: x, y: top, width: pixelsWide, height: cellRows), options: options)
        }
        y += ((shown + perRow - 1) / perRow) * (cellRows + 1)
        let hidden = (snapshot.layers.first?.unitCount ?? weights.unitCount) - shown
        if hidden > 0, y < area.maxY {
            screen.put(options.text("+\(hidden) \(strings.moreUnits)"), x: area.x, y: y - 1 < area.y ? y : y, style: dim, clip: area)
            y += 1
        }
        guard y < area.maxY else { return }
        if snapshot.misclassified.isEmpty {
            screen.put(options.text(strings.noneMisclassified), x: area.x, y: y, style: dim, clip: area)
            return
        }
        screen.put(options.text(strings.misclassifiedTitle), x: area.x, y: y, style: dim, clip: area)
        y += 1
        // Grey levels: dark background to bright ink.
        let greys: [Color] = options.theme.isMonochrome ? Array(repeating: .default, count: 5)
            : [.palette(234), .palette(240), .palette(246), .palette(251), .palette(255)]
        let inks: [Character] = [" ", ".", ":", "+", "#"]
        let cell = max(pixelsWide, 4) + 1
        for (i, example) in snapshot.misclassified.enumerated() {
            let x = area.x + i * cell
            guard x + pixelsWide <= area.maxX, y + cellRows < area.maxY else { break }
            let grid = Self.resampled(example.features, width: width, height: height, toWidth: pixelsWide, toHeight: pixelsHigh)
                .map { $0.map { Optional(min(4, max(0, Int(($0 * 4).rounded())))) } }
            HeatMap(grid: grid, colors: greys, symbols: inks)
                .render(into: &screen, area: Rect(x: x, y: y, width: pixelsWide, height: cellRows), options: options)
            screen.put(options.text("\(example.label)→\(example.predicted)"), x: x, y: y + cellRows,
                       style: options.resolve(options.theme.text), clip: area)
        }
    }

    /// Box-averages an image row-major `width × height` down to the size asked.
    static func resampled(_ pixels: [Float], width: Int, height: Int, toWidth: Int, toHeight: Int) -> [[Float]] {
        (0..<toHeight).map { r in
            (0..<toWidth).map { c in
                let x0 = c * width / toWidth, x1 = max(x0 + 1, (c + 1) * width / toWidth)
                let y0 = r * height / toHeight, y1 = max(y0 + 1, (r + 1) * height / toHeight)
                var sum: Float = 0
                for y in y0..<y1 { for x in x0..<x1 { sum += pixels[y * width + x] } }
                return sum / Float((x1 - x0) * (y1 - y0))
            }
        }
    }
}
