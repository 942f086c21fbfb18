
/// A grid of cells that everything renders into. It is a value: a frame is
/// built, compared with the previous one, and only the difference is drawn.
/// Writes outside the grid are clipped, never trapped.
public struct Screen: Hashable, Sendable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]
    /// Every string `put` could not show whole, so a layout test can tell
    /// a word cut at a pane's edge from one that was wrapped or dropped.
    public private(set) var clippedRuns: [ClippedRun] = []

    public init(width: Int, height: Int, fill: Cell = .blank) {
        self.width = max(0, width)
        self.height = max(0, height)
        self.cells = Array(repeating: fill, count: self.width * self.height)
    }

    public var bounds: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    public func contains(x: Int, y: Int) -> Bool {
        x >= 0 && y >= 0 && x < width && y < height
    }

    /// The cell at (x, y); a blank cell outside the grid.
    public subscript(x: Int, y: Int) -> Cell {
        get { contains(x: x, y: y) ? cells[y * width + x] : .blank }
        set {
            guard contains(x: x, y: y) else { return }
            cells[y * width + x] = newValue
        }
    }

    /// Writes one character at (x, y), keeping wide characters whole: a wide
    /// character that would cross the right edge becomes a space, and a wide
    /// character partly overwritten loses its other half. Returns the columns
    /// advanced (0, 1 or 2).
    @discardableResult
    public mutating func put(_ character: Character, x: Int, y: Int, style: Style = .plain) -> Int {
        let w = CharacterWidth.of(character)
        guard w > 0 else { return 0 }
        guard contains(x: x, y: y) else { return w }
        breakWideCharacter(at: x, y: y)
        if w == 2 {
            guard x + 1 < width else {
                self[x, y] = Cell(" ", style: style)
                return 2
            }
            breakWideCharacter(at: x + 1, y: y)
            self[x, y] = Cell(character, style: style)
            self[x + 1, y] = Cell(" ", style: style, isContinuation: true)
        } else {
            self[x, y] = Cell(character, style: style)
        }
        return w
    }

    /// Writes a string from (x, y) rightwards, clipped to `clip` (the whole
    /// screen by default). Returns the column after the last one written.
    @discardableResult
    public mutating func put(_ string: String, x: Int, y: Int, style: Style = .plain, clip: Rect? = nil) -> Int {
        let limit = clip ?? bounds
        var column = x
        var shown = "", hidden = false
        var index = string.startIndex
        for ch in string {
            let w = CharacterWidth.of(ch)
            if w == 0 { index = string.index(after: index); continue }
            if column + w > limit.maxX { break }
            if column >= limit.x && y >= limit.y && y < limit.maxY {
                put(ch, x: column, y: y, style: style)
                shown.append(ch)
            } else if ch != " " {
                hidden = true
            }
            column += w
            index = string.index(after: index)
        }
        let rest = string[index...]
        if hidden || rest.contains(where: { $0 != " " }) {
            clippedRuns.append(ClippedRun(text: string, shown: shown, x: x, y: y, clip: limit, startsHidden: hidden))
        }
        return column
    }

    /// Fills a rectangle (clipped) with one cell.
    public mutating func fill(_ rect: Rect, with cell: Cell = .blank) {
        let x0 = max(0, rect.x), x1 = min(width, rect.maxX)
        let y0 = max(0, rect.y), y1 = min(height, rect.maxY)
        guard x0 < x1, y0 < y1 else { return }
        for y in y0..<y1 {
            breakWideCharacter(at: x0, y: y)
            breakWideCharacter(at: x1 - 1, y: y)
            for x in x0..<x1 { cells[y * width + x] = cell }
        }
    }

    /// Changes the style of every cell in a rectangle, keeping the characters.
    public mutating func restyle(_ rect: Rect, _ change: (inout Style) -> Void) {
        let x0 = max(0, rect.x), x1 = min(width, rect.maxX)
        let y0 = max(0, rect.y), y1 = min(height, rect.maxY)
        guard x0 < x1, y0 < y1 else { return }
        for y in y0..<y1 {
            for x in x0..<x1 { change(&cells[y * width + x].style) }
        }
    }

    /// The text of one row, continuation cells skipped, trailing spaces kept.
    public func text(ofRow y: Int) -> String {
        guard y >= 0 && y < height else { return "" }
        var s = ""
        for x in 0..<width {
            let c = cells[y * width + x]
            if !c.isContinuation { s.append(c.character) }
        }
        return s
    }

    /// If (x, y) is half of a wide character, blanks the other half.
    private mutating func breakWideCharacter(at x: Int, y: Int) {
        guard contains(x: x, y: y) else { return }
        let cell = cells[y * width + x]
        if cell.isContinuation, x > 0 {
            cells[y * width + x - 1] = Cell(" ", style: cells[y * width + x - 1].style)
        } else if CharacterWidth.of(cell.character) == 2, x + 1 < width {
            cells[y * width + x + 1] = Cell(" ", style: cells[y * width + x + 1].style)
        }
    }
}

extension Rect {
    /// The part of this rectangle inside `other` (empty if none).
    public func intersection(_ other: Rect) -> Rect {
        let x0 = Swift.max(x, other.x), y0 = Swift.max(y, other.y)
        let x1 = Swift.min(maxX, other.maxX), y1 = Swift.min(maxY, other.maxY)
        return Rect(x: x0, y: y0, width: x1 - x0, height: y1 - y0)
    }
}
