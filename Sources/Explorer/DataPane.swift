import NeuralNet
import TermPlot

/// For 2-D data, the model's decision regions as a half-block heat map with
/// the training points on top; for images, the test-set confusion matrix.
struct DataPane {
    let explorer: Explorer

    func render(into screen: inout Screen, area: Rect, options: RenderOptions) {
        let strings = Strings.of(explorer.options.language)
        var title = "\(strings.dataTitle): \(explorer.configuration.dataset.description)"
        // A confusion grid with no row to spare says which way is which in the title.
        if explorer.snapshot?.decisionMap == nil, let n = explorer.snapshot?.confusion?.count, n > 0,
           area.height - 2 == n + 1 {
            let separator = options.unicode ? " · " : " | "
            let full = title + separator + strings.confusionHeader
            title = CharacterWidth.of(options.text(full)) + 2 <= area.width - 4 ? full : title + separator + strings.confusionHeaderShort
        }
        let inner = Frame(title: title, isHighlighted: explorer.focus == .data).draw(into: &screen, area: area, options: options)
        guard !inner.isEmpty else { return }
        if let map = explorer.snapshot?.decisionMap, map.columns > 0, map.rows > 0 {
            drawDecisionMap(map, into: &screen, area: inner, options: options)
        } else if let confusion = explorer.snapshot?.confusion, !confusion.isEmpty {
            drawConfusion(confusion, into: &screen, area: inner, options: options, strings: strings)
        } else {
            screen.put(options.text(strings.noData), x: inner.x, y: inner.y, style: options.resolve(options.theme.dimText), clip: inner)
        }
    }

    // MARK: - Decision regions

    /// Resamples the map to the area (two grid rows per terminal row, square
    /// pixels), draws it, then marks the sample points with their true class.
    func drawDecisionMap(_ map: DecisionMap, into screen: inout Screen, area: Rect, options: RenderOptions) {
        let side = min(area.width, area.height * 2)
        let columns = max(1, side), gridRows = max(2, min(area.height * 2, side))
        let originX = area.x + (area.width - columns) / 2
        var grid: [[Int?]] = []
        for r in 0..<gridRows {
            let sourceRow = min(map.rows - 1, r * map.rows / gridRows)
            var row: [Int?] = []
            for c in 0..<columns {
                let sourceColumn = min(map.columns - 1, c * map.columns / columns)
                let i = sourceRow * map.columns + sourceColumn
                row.append(i < map.classes.count ? Int(map.classes[i]) : nil)
            }
            grid.append(row)
        }
        let classColors = (0..<max(1, map.classCount)).map { regionColor($0, options: options) }
        HeatMap(grid: grid, colors: classColors, symbols: Array("abcdefghij"))
            .render(into: &screen, area: Rect(x: originX, y: area.y, width: columns, height: (gridRows + 1) / 2),
                    options: options)
        // Points: the true class, bright, on the region's colour. A point of
        // one colour inside a region of another is a mistake the class can see.
        let xSpan = map.xRange.upperBound - map.xRange.lowerBound
        let ySpan = map.yRange.upperBound - map.yRange.lowerBound
        guard xSpan > 0, ySpan > 0 else { return }
        let plain = !options.unicode || options.needsGlyphDistinction
        let symbols = Array("ABCDEFGHIJ")
        for point in map.points where point.x.isFinite && point.y.isFinite {
            let c = Int((point.x - map.xRange.lowerBound) / xSpan * Double(columns))
            let r = Int((map.yRange.upperBound - point.y) / ySpan * Double(gridRows))
            guard c >= 0, c < columns, r >= 0, r < gridRows else { continue }
            let x = originX + c, y = area.y + r / 2
            let glyph: Character = plain ? symbols[point.label % symbols.count] : "●"
            var style = screen[x, y].style
            if !plain {
                // Keep the region beneath visible: the half of the cell the point is not in.
                let regionBelow = grid[r][c].map { classColors[$0 % classColors.count] } ?? .default
                style = Style(foreground: pointColor(point.label, options: options), background: regionBelow)
            }
            screen.put(glyph, x: x, y: y, style: options.resolve(style))
        }
    }

    /// Regions in the palette's colours, points in the same hue brighter:
    /// xterm's 256-colour cube has darker and lighter neighbours.
    private func regionColor(_ k: Int, options: RenderOptions) -> Color {
        options.theme.isMonochrome ? .default : DataPane.regionPalette(dark: options.theme.name != "light")[k % 6]
    }

    private func pointColor(_ k: Int, options: RenderOptions) -> Color {
        options.theme.isMonochrome ? .default : DataPane.pointPalette(dark: options.theme.name != "light")[k % 6]
    }

    static func regionPalette(dark: Bool) -> [Color] {
        dark ? [.palette(24), .palette(94), .palette(22), .palette(89), .palette(58), .palette(30)]
             : [.palette(153), .palette(223), .palette(157), .palette(218), .palette(230), .palette(159)]
    }

    static func pointPalette(dark: Bool) -> [Color] {
        dark ? [.palette(117), .palette(215), .palette(120), .palette(213), .palette(228), .palette(123)]
             : [.palette(19), .palette(130), .palette(22), .palette(90), .palette(58), .palette(23)]
    }

    // MARK: - Confusion

    func drawConfusion(_ confusion: [[Int]], into screen: inout Screen, area: Rect, options: RenderOptions, strings: Strings) {
        let n = confusion.count
        let textStyle = options.resolve(options.theme.text)
        let dimStyle = options.resolve(options.theme.dimText)
        let highlight = options.resolve(options.theme.highlight)
        let recall: [Double] = confusion.enumerated().map { i, row in
            let total = row.reduce(0, +)
            return total > 0 && i < row.count ? Double(row[i]) / Double(total) : .nan
        }
        if area.height >= n + 1 {
            // A grid: actual down, predicted across. Counts take as many
            // columns as the largest needs, plus one to keep them apart.
            let largestCount = max(1, confusion.flatMap { $0 }.max() ?? 1)
            let countWidth = max(4, String(largestCount).count + 1)
            let cellWidth = area.width >= 3 + countWidth * n + 5 ? countWidth : (area.width >= 3 + 2 * n ? 2 : 1)
            // The corner says which way is which, in full where it fits.
            let full = options.text(strings.confusionHeader), short = options.text(strings.confusionHeaderShort)
            let corner = CharacterWidth.of(full) <= area.width ? full : short
            if area.height >= n + 2 {
                screen.put(corner, x: area.x, y: area.y, style: dimStyle, clip: area)
            }
            let recallTitle = options.text(strings.recallHeader)
            for j in 0..<n where cellWidth >= 2 {
                screen.put(rightAligned(String(j), cellWidth), x: area.x + 2 + j * cellWidth, y: area.y + (area.height >= n + 2 ? 1 : 0),
                           style: dimStyle, clip: area)
            }
            let headerRow = area.y + (area.height >= n + 2 ? 1 : 0)
            let recallX = area.x + 2 + n * cellWidth + 1
            if cellWidth >= 2, recallX + CharacterWidth.of(recallTitle) <= area.maxX {
                screen.put(recallTitle, x: recallX, y: headerRow, style: dimStyle, clip: area)
            }
            let top = area.y + (area.height >= n + 2 && cellWidth >= 2 ? 2 : 1)
            for i in 0..<n where top + i < area.maxY {
                screen.put(String(i), x: area.x, y: top + i, style: dimStyle, clip: area)
                for j in 0..<min(n, confusion[i].count) {
                    let count = confusion[i][j]
                    let x = area.x + 2 + j * cellWidth
                    let style = i == j ? highlight : (count > 0 ? textStyle : dimStyle)
                    if cellWidth >= 4 {
                        screen.put(rightAligned(String(count), cellWidth), x: x, y: top + i, style: style, clip: area)
                    } else {
                        let shades: [Character] = options.unicode ? [" ", "░", "▒", "▓", "█"] : [" ", ".", ":", "+", "#"]
                        let level = count == 0 ? 0 : 1 + min(3, count * 4 / (largestCount + 1))
                        screen.put(String(repeating: shades[level], count: cellWidth), x: x, y: top + i, style: style, clip: area)
                    }
                }
                let rx = area.x + 2 + n * cellWidth + 1
                screen.put(NumberText.percent(recall[i], unicode: options.unicode), x: rx, y: top + i, style: dimStyle, clip: area)
            }
        } else {
            // Too short for a grid: each class's share recognised.
            var text = ""
            for (i, r) in recall.enumerated() {
                text += (text.isEmpty ? "" : "  ") + "\(i):\(NumberText.percent(r, unicode: options.unicode))"
            }
            TextBlock(text).render(into: &screen, area: area, options: options)
        }
    }

    private func rightAligned(_ text: String, _ width: Int) -> String {
        String(repeating: " ", count: max(0, width - text.count)) + text
    }
}
