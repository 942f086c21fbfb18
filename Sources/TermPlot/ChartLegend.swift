/// The key of a chart: one line per series, shaded region kind and
/// histogram, each a two-cell swatch and a name. It goes in whichever corner
/// of the plot covers the fewest drawn cells.
struct ChartLegend {
    struct Entry {
        var swatch: String
        var swatchStyle: Style
        var name: String
    }

    var entries: [Entry]

    var size: (width: Int, height: Int) {
        let nameWidth = entries.map { CharacterWidth.of($0.name) }.max() ?? 0
        // One blank column either side, one between swatch and name.
        return (CharacterWidth.of(entries.first?.swatch ?? "") + nameWidth + 4, entries.count)
    }

    /// Columns the legend takes laid out in one row.
    var rowWidth: Int {
        entries.map { CharacterWidth.of($0.swatch) + 1 + CharacterWidth.of($0.name) }.reduce(0, +)
            + 3 * max(0, entries.count - 1)
    }

    /// Draws the legend as one row from (x, y): `━━ f(x)   ━━ f′(x)   ▒▒ dead`.
    func renderRow(into screen: inout Screen, x: Int, y: Int, options: RenderOptions) {
        let textStyle = options.resolve(options.theme.text)
        var column = x
        for entry in entries {
            column = screen.put(options.text(entry.swatch), x: column, y: y, style: options.resolve(entry.swatchStyle))
            column = screen.put(options.text(entry.name), x: column + 1, y: y, style: textStyle) + 3
        }
    }

    /// Draws the legend inside `plot` (skipping `reservedTop` rows), in the
    /// least busy corner. Does nothing if it does not fit.
    func render(into screen: inout Screen, plot: Rect, reservedTop: Int, options: RenderOptions) {
        guard !entries.isEmpty else { return }
        let (w, h) = size
        let usable = Rect(x: plot.x, y: plot.y + reservedTop, width: plot.width, height: plot.height - reservedTop)
        guard w + 1 <= usable.width, h <= usable.height else { return }
        // Corners in order of preference when equally empty.
        let left = usable.x, right = usable.maxX - w
        let top = usable.y, bottom = usable.maxY - h
        let candidates = [Rect(x: right, y: top, width: w, height: h), Rect(x: left, y: top, width: w, height: h),
                          Rect(x: right, y: bottom, width: w, height: h), Rect(x: left, y: bottom, width: w, height: h)]
        let best = candidates.min { cost(of: $0, in: screen) < cost(of: $1, in: screen) }!
        let textStyle = options.resolve(options.theme.text)
        screen.fill(best, with: Cell(" ", style: textStyle))
        for (i, entry) in entries.enumerated() {
            let y = best.y + i
            let afterSwatch = screen.put(options.text(entry.swatch), x: best.x + 1, y: y,
                                         style: options.resolve(entry.swatchStyle), clip: best)
            screen.put(options.text(entry.name), x: afterSwatch + 1, y: y, style: textStyle, clip: best)
        }
    }

    /// Hiding a curve is far worse than hiding a fill or shading.
    private func cost(of rect: Rect, in screen: Screen) -> Int {
        var total = 0
        for y in rect.y..<rect.maxY {
            for x in rect.x..<rect.maxX {
                let cell = screen[x, y]
                if Self.isCurve(cell.character) { total += 20 } else if cell.character != " " { total += 2 }
                if cell.style.background != .default { total += 1 }
            }
        }
        return total
    }

    static func isCurve(_ c: Character) -> Bool {
        guard let v = c.unicodeScalars.first?.value else { return false }
        return (v > 0x2800 && v <= 0x28FF) || LineChart.unicodeMarkers.contains(c) || LineChart.asciiMarkers.contains(c)
            || "'-_./\\|:".contains(c)
    }
}
