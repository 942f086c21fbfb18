/// A grid of dots, 2 wide and 4 tall per cell, drawn with the Unicode braille
/// block (U+2800–U+28FF) or, without Unicode, with ASCII characters picked
/// from each cell's dot pattern. Each cell carries one colour: the last one
/// set there.
public struct BrailleCanvas: Hashable, Sendable {
    /// Size in cells.
    public let width: Int
    public let height: Int
    public private(set) var patterns: [UInt8]
    public private(set) var colors: [Color]

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        patterns = Array(repeating: 0, count: self.width * self.height)
        colors = Array(repeating: .default, count: self.width * self.height)
    }

    public var dotWidth: Int { width * 2 }
    public var dotHeight: Int { height * 4 }

    /// Braille dot bits by position inside a cell, `[row][column]`: dots
    /// 1-2-3-7 run down the left column, 4-5-6-8 down the right.
    public static let dotBits: [[UInt8]] = [
        [0x01, 0x08],
        [0x02, 0x10],
        [0x04, 0x20],
        [0x40, 0x80],
    ]

    public func containsDot(x: Int, y: Int) -> Bool {
        x >= 0 && y >= 0 && x < dotWidth && y < dotHeight
    }

    /// Sets one dot; dots outside the canvas are ignored.
    public mutating func set(x: Int, y: Int, color: Color = .default) {
        guard containsDot(x: x, y: y) else { return }
        let i = (y / 4) * width + x / 2
        patterns[i] |= Self.dotBits[y % 4][x % 2]
        colors[i] = color
    }

    public func isSet(x: Int, y: Int) -> Bool {
        guard containsDot(x: x, y: y) else { return false }
        return patterns[(y / 4) * width + x / 2] & Self.dotBits[y % 4][x % 2] != 0
    }

    /// The dot pattern of the cell at column `column`, row `row`.
    public func pattern(column: Int, row: Int) -> UInt8 {
        guard column >= 0, row >= 0, column < width, row < height else { return 0 }
        return patterns[row * width + column]
    }

    public func color(column: Int, row: Int) -> Color {
        guard column >= 0, row >= 0, column < width, row < height else { return .default }
        return colors[row * width + column]
    }

    /// Merges another pattern into a cell and sets its colour (used to
    /// composite several canvases).
    public mutating func merge(pattern: UInt8, color: Color, column: Int, row: Int) {
        guard column >= 0, row >= 0, column < width, row < height, pattern != 0 else { return }
        patterns[row * width + column] |= pattern
        colors[row * width + column] = color
    }

    /// Draws a straight line of dots between two points (Bresenham), both
    /// ends included. The segment is clipped to the canvas first, so far-away
    /// endpoints cost nothing. With `dashed`, dots alternate two on, two off.
    public mutating func line(from a: DotPoint, to b: DotPoint, color: Color = .default, dashed: Bool = false) {
        line(x0: Double(a.x), y0: Double(a.y), x1: Double(b.x), y1: Double(b.y), color: color, dashed: dashed)
    }

    /// The same, from fractional dot coordinates (rounded after clipping).
    /// Non-finite coordinates draw nothing.
    public mutating func line(x0: Double, y0: Double, x1: Double, y1: Double,
                              color: Color = .default, dashed: Bool = false) {
        guard let (p, q) = clip(x0: x0, y0: y0, x1: x1, y1: y1) else { return }
        var x = p.x, y = p.y
        let dx = abs(q.x - p.x), dy = -abs(q.y - p.y)
        let sx = p.x < q.x ? 1 : -1, sy = p.y < q.y ? 1 : -1
        var err = dx + dy
        var step = 0
        while true {
            if !dashed || step % 4 < 2 { set(x: x, y: y, color: color) }
            step += 1
            if x == q.x && y == q.y { break }
            let e2 = 2 * err
            if e2 >= dy { err += dy; x += sx }
            if e2 <= dx { err += dx; y += sy }
        }
    }

    /// Liang–Barsky clipping to the dot rectangle, then rounding.
    private func clip(x0: Double, y0: Double, x1: Double, y1: Double) -> (DotPoint, DotPoint)? {
        guard x0.isFinite, y0.isFinite, x1.isFinite, y1.isFinite, width > 0, height > 0 else { return nil }
        let minX = -0.5, maxX = Double(dotWidth) - 0.5
        let minY = -0.5, maxY = Double(dotHeight) - 0.5
        let dx = x1 - x0, dy = y1 - y0
        var t0 = 0.0, t1 = 1.0
        for (p, q) in [(-dx, x0 - minX), (dx, maxX - x0), (-dy, y0 - minY), (dy, maxY - y0)] {
            if p == 0 {
                if q < 0 { return nil }
            } else {
                let r = q / p
                if p < 0 { if r > t1 { return nil }; if r > t0 { t0 = r } }
                else { if r < t0 { return nil }; if r < t1 { t1 = r } }
            }
        }
        func point(_ t: Double) -> DotPoint {
            let x = (x0 + t * dx).rounded(), y = (y0 + t * dy).rounded()
            return DotPoint(x: Int(min(max(x, 0), Double(dotWidth - 1))),
                            y: Int(min(max(y, 0), Double(dotHeight - 1))))
        }
        return (point(t0), point(t1))
    }

    /// The braille character for a dot pattern.
    public static func brailleCharacter(for pattern: UInt8) -> Character {
        Character(Unicode.Scalar(0x2800 + UInt32(pattern))!)
    }

    /// An ASCII character that suggests the shape of a dot pattern: `'`, `-`,
    /// `_` or `.` for flat runs by height, `/` and `\` for slopes, `|` and
    /// `:` for steep ones, `*` for clutter.
    public static func asciiCharacter(for pattern: UInt8) -> Character {
        if pattern == 0 { return " " }
        var rows: [Int] = [], leftRows: [Int] = [], rightRows: [Int] = []
        for row in 0..<4 {
            for column in 0..<2 where pattern & dotBits[row][column] != 0 {
                rows.append(row)
                if column == 0 { leftRows.append(row) } else { rightRows.append(row) }
            }
        }
        let span = rows.max()! - rows.min()!
        let bothColumns = !leftRows.isEmpty && !rightRows.isEmpty
        if span <= 1 {
            let mean = Double(rows.reduce(0, +)) / Double(rows.count)
            if mean < 1 { return "'" }
            if mean <= 2 { return "-" }
            return bothColumns ? "_" : "."
        }
        if !bothColumns {
            let column = leftRows.isEmpty ? rightRows : leftRows
            // Two dots with a gap between them read as a colon.
            return column.count == 2 && column[1] - column[0] >= 2 ? ":" : "|"
        }
        let left = Double(leftRows.reduce(0, +)) / Double(leftRows.count)
        let right = Double(rightRows.reduce(0, +)) / Double(rightRows.count)
        if rows.count >= 7 { return "*" }
        if left - right >= 1 { return "/" }
        if right - left >= 1 { return "\\" }
        return "|"
    }

    /// The character for a cell in the chosen mode.
    public func character(column: Int, row: Int, unicode: Bool) -> Character {
        let p = pattern(column: column, row: row)
        return unicode ? Self.brailleCharacter(for: p) : Self.asciiCharacter(for: p)
    }

    /// Draws every non-empty cell at `origin`, keeping each target cell's
    /// background. Empty cells are left as they are.
    public func render(into screen: inout Screen, x originX: Int, y originY: Int,
                       options: RenderOptions, attributes: Attributes = []) {
        for row in 0..<height {
            for column in 0..<width {
                let p = patterns[row * width + column]
                guard p != 0 else { continue }
                let sx = originX + column, sy = originY + row
                var style = screen[sx, sy].style
                style.foreground = colors[row * width + column]
                style.attributes = attributes
                screen.put(character(column: column, row: row, unicode: options.unicode),
                           x: sx, y: sy, style: options.resolve(style))
            }
        }
    }
}
