/// A grid of classes drawn two grid rows per terminal row with half blocks
/// (`▀` takes the upper class as foreground, the lower as background), so a
/// 28×28 digit fits in 28×14 cells. Without colour, or without Unicode,
/// each cell shows the upper class's symbol (a letter by default), the
/// lower one's when the upper is empty, and `.` when both are.
public struct HeatMap: Widget {
    /// `grid[row][column]`: a class index, or nil for empty.
    public var grid: [[Int?]]
    /// Nil: the theme palette.
    public var colors: [Color]?
    public var symbols: [Character]

    public init(grid: [[Int?]], colors: [Color]? = nil, symbols: [Character] = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ")) {
        self.grid = grid
        self.colors = colors
        self.symbols = symbols.isEmpty ? ["#"] : symbols
    }

    /// Terminal rows needed.
    public var rowsNeeded: Int { (grid.count + 1) / 2 }
    public var columnsNeeded: Int { grid.map(\.count).max() ?? 0 }

    public func render(into screen: inout Screen, area: Rect, options: RenderOptions) {
        let area = area.intersection(screen.bounds)
        guard !area.isEmpty else { return }
        let palette = colors ?? options.theme.palette
        func color(_ k: Int) -> Color { palette[((k % palette.count) + palette.count) % palette.count] }
        let glyphs = !options.unicode || options.needsGlyphDistinction
        for row in 0..<min(area.height, rowsNeeded) {
            let upper = grid[2 * row]
            let lower = 2 * row + 1 < grid.count ? grid[2 * row + 1] : []
            for column in 0..<min(area.width, columnsNeeded) {
                let a = column < upper.count ? upper[column] : nil
                let b = column < lower.count ? lower[column] : nil
                let x = area.x + column, y = area.y + row
                if glyphs {
                    let k = a ?? b
                    let ch: Character = k.map { symbols[(($0 % symbols.count) + symbols.count) % symbols.count] } ?? "."
                    screen.put(ch, x: x, y: y, style: options.resolve(Style(foreground: k.map(color) ?? .default)))
                    continue
                }
                switch (a, b) {
                case (nil, nil): screen.put(" ", x: x, y: y)
                case let (a?, nil): screen.put("▀", x: x, y: y, style: Style(foreground: color(a)))
                case let (nil, b?): screen.put("▄", x: x, y: y, style: Style(foreground: color(b)))
                case let (a?, b?): screen.put("▀", x: x, y: y, style: Style(foreground: color(a), background: color(b)))
                }
            }
        }
    }
}
