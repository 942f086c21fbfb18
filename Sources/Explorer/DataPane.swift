import NeuralNet
import TermPlot

/// For 2-D data, the model's decision regions as a half-block heat map with
/// the training points on top; for images, the test-set confusion matrix;
/// for regression sets, `RegressionPlot`'s fit or prediction map.
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
        if let curve = explorer.snapshot?.fitCurve {
            RegressionPlot().drawCurve(curve, into: &screen, area: inner, options: options, strings: strings)
        } else if let map = explorer.snapshot?.predictionMap {
            RegressionPlot().drawMap(map, into: &screen, area: inner, options: options)
        } else if let map = explorer.snapshot?.decisionMap, map.columns > 0, map.rows > 0 {
            drawDecisionMap(map, into: &screen, area: inner, options: options)
        } else if let confusion = explorer.snapshot?.confusion, !confusion.isEmpty {
            drawConfusion(confusion, into: &screen, area: inner, options: options, strings: strings)
        } else {
            screen.put(options.text(strings.noData), x: inner.x, y: inner.y, style: options.resolve(options.theme.dimText), clip: inner)
        }
    }

    // MARK: - Decision regions

    /// Resamples the map to the area (two grid rows per terminal row, square
    /// pixels), draws it, then marks the sample points with their true class
    /// (the test points with a glyph of their own), and a legend of classes
    /// on the last row.
    func drawDecisionMap(_ map: DecisionMap, into screen: inout Screen, area fullArea: Rect, options: RenderOptions) {
        let strings = Strings.of(explorer.options.language)
        let hasLegend = fullArea.height >= 6
        let area = hasLegend ? Rect(x: fullArea.x, y: fullArea.y, width: fullArea.width, height: fullArea.height - 1) : fullArea
        let side = min(area.width, area.height * 2)
        let columns = max(1, side), gridRows = max(2, min(area.height * 2, side))
        let originX = area.x + (area.width - columns) / 2
        let classCount = max(1, map.classCount)
        let shades = explorer.discretisesMap ? 1 : DataPane.shadeLevels
        // Each cell: class × shade, shade 0 the least sure.
        var grid: [[Int?]] = []
        for r in 0..<gridRows {
            let sourceRow = min(map.rows - 1, r * map.rows / gridRows)
            var row: [Int?] = []
            for c in 0..<columns {
                let sourceColumn = min(map.columns - 1, c * map.columns / columns)
                let i = sourceRow * map.columns + sourceColumn
                guard i < map.classes.count else { row.append(nil); continue }
                let k = Int(map.classes[i])
                let shade = shades == 1 ? 0 : DataPane.shade(confidence: i < map.confidence.count ? map.confidence[i] : 1,
                                                             classCount: classCount)
                row.append(k * shades + shade)
            }
            grid.append(row)
        }
        var cellColors: [Color] = []
        var cellSymbols: [Character] = []
        let letters = Array("abcdefghij")
        for k in 0..<classCount {
            for shade in 0..<shades {
                let level = shades == 1 ? DataPane.shadeLevels - 1 : shade
                cellColors.append(regionColor(k, shade: level, options: options))
                // Without colour the least sure cells are dots: the class is a guess there.
                cellSymbols.append(level == 0 ? "." : letters[k % letters.count])
            }
        }
        HeatMap(grid: grid, colors: cellColors, symbols: cellSymbols)
            .render(into: &screen, area: Rect(x: originX, y: area.y, width: columns, height: (gridRows + 1) / 2),
                    options: options)
        // Points: the true class, bright, on the region's colour. A point of
        // one colour inside a region of another is a mistake the class can see.
        let xSpan = map.xRange.upperBound - map.xRange.lowerBound
        let ySpan = map.yRange.upperBound - map.yRange.lowerBound
        guard xSpan > 0, ySpan > 0 else { return }
        let plain = !options.unicode || options.needsGlyphDistinction
        let symbols = Array("ABCDEFGHIJ")
        let testPoints = explorer.showsTestPoints ? map.testPoints : []
        for (point, isTest) in map.points.map({ ($0, false) }) + testPoints.map({ ($0, true) })
        where point.x.isFinite && point.y.isFinite {
            let c = Int((point.x - map.xRange.lowerBound) / xSpan * Double(columns))
            let r = Int((map.yRange.upperBound - point.y) / ySpan * Double(gridRows))
            guard c >= 0, c < columns, r >= 0, r < gridRows else { continue }
            let x = originX + c, y = area.y + r / 2
            let glyph: Character = plain
                ? (isTest ? DataPane.testSymbol(point.label) : symbols[point.label % symbols.count])
                : (isTest ? "○" : "●")
            var style = screen[x, y].style
            if !plain {
                // Keep the region beneath visible: the half of the cell the point is not in.
                let regionBelow = grid[r][c].map { cellColors[$0 % cellColors.count] } ?? .default
                style = Style(foreground: pointColor(point.label, options: options), background: regionBelow)
            }
            screen.put(glyph, x: x, y: y, style: options.resolve(style))
        }
        if hasLegend {
            drawLegend(classCount: classCount, plain: plain, into: &screen,
                       area: Rect(x: fullArea.x, y: fullArea.maxY - 1, width: fullArea.width, height: 1),
                       options: options, strings: strings)
        }
    }

    /// "●0 ●1 · ○ test · deeper = surer", or in glyphs "A/0 class 0 …".
    private func drawLegend(classCount: Int, plain: Bool, into screen: inout Screen, area: Rect, options: RenderOptions,
                            strings: Strings) {
        let dim = options.resolve(options.theme.dimText)
        var x = area.x
        x = screen.put(options.text(strings.classLegend + " "), x: x, y: area.y, style: dim, clip: area)
        let symbols = Array("ABCDEFGHIJ")
        for k in 0..<classCount {
            let mark = plain ? "\(symbols[k % symbols.count])" + (explorer.showsTestPoints ? "/\(DataPane.testSymbol(k))" : "") : "●"
            x = screen.put(mark, x: x, y: area.y, style: options.resolve(Style(foreground: pointColor(k, options: options))), clip: area)
            x = screen.put(plain ? " " : "\(k) ", x: x, y: area.y, style: dim, clip: area)
        }
        var rest: [String] = []
        if !plain {
            rest.append("● \(strings.trainPointsLegend)" + (explorer.showsTestPoints ? " ○ \(strings.testPointsLegend)" : ""))
        } else {
            rest.append(strings.trainPointsLegend + (explorer.showsTestPoints ? "/" + strings.testPointsLegend : ""))
        }
        if !explorer.discretisesMap { rest.append(strings.confidenceLegend + (plain ? " (. < 1/3)" : "")) }
        // Each part whole or not at all: the confidence note gives way first.
        for part in rest.map({ options.text("· " + $0 + " ") }) where CharacterWidth.of(part) <= area.maxX - x {
            x = screen.put(part, x: x, y: area.y, style: dim, clip: area)
        }
    }

    /// Shading levels of a region, by how sure the model is.
    static let shadeLevels = 3

    /// 0 (barely better than a guess) … shadeLevels−1 (sure): the predicted
    /// class's probability, from 1/classes to 1, in equal thirds.
    static func shade(confidence: Float, classCount: Int) -> Int {
        let guess = 1 / Float(max(1, classCount))
        guard confidence.isFinite, guess < 1 else { return shadeLevels - 1 }
        let sureness = (confidence - guess) / (1 - guess)
        return min(shadeLevels - 1, max(0, Int(sureness * Float(shadeLevels))))
    }

    /// A test point without colour: its class number.
    static func testSymbol(_ k: Int) -> Character { Character(String(k % 10)) }

    /// Regions in the palette's colours, points in the same hue brighter:
    /// xterm's 256-colour cube has darker and lighter neighbours. A less
    /// sure region is nearer the background.
    private func regionColor(_ k: Int, shade: Int, options: RenderOptions) -> Color {
        guard !options.theme.isMonochrome else { return .default }
        let dark = options.theme.name != "light"
        switch shade {
        case 0: return dark ? .palette(236) : .palette(255)
        case 1: return DataPane.unsurePalette(dark: dark)[k % 6]
        default: return DataPane.regionPalette(dark: dark)[k % 6]
        }
    }

    private func pointColor(_ k: Int, options: RenderOptions) -> Color {
        options.theme.isMonochrome ? .default : DataPane.pointPalette(dark: options.theme.name != "light")[k % 6]
    }

    /// The surest regions.
    static func regionPalette(dark: Bool) -> [Color] {
        dark ? [.palette(24), .palette(94), .palette(28), .palette(89), .palette(100), .palette(30)]
             : [.palette(153), .palette(223), .palette(157), .palette(218), .palette(230), .palette(159)]
    }

    /// Regions the model is fairly, not very, sure of.
    static func unsurePalette(dark: Bool) -> [Color] {
        dark ? [.palette(17), .palette(58), .palette(22), .palette(53), .palette(58), .palette(23)]
             : [.palette(189), .palette(224), .palette(194), .palette(225), .palette(230), .palette(195)]
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
            var text = strings.recallByClass
            for (i, r) in recall.enumerated() {
                text += "  \(i):\(NumberText.percent(r, unicode: options.unicode))"
            }
            TextBlock(text).render(into: &screen, area: area, options: options)
        }
    }

    private func rightAligned(_ text: String, _ width: Int) -> String {
        String(repeating: " ", count: max(0, width - text.count)) + text
    }
}
