import TermPlot

/// Which layer each row of the health pane shows, for drawing and for a click.
extension HealthPane {
    /// The first layer shown when `rows` rows hold `count` layers: the
    /// highlighted one stays in view, near the middle.
    /// Rows for layers under the header of an inner area `inner` rows high:
    /// one fewer when some layers do not fit, for the "+N more" line.
    static func layerRows(inner: Int, count: Int) -> Int {
        let rows = inner - 1
        return count > rows && rows >= 2 ? rows - 1 : rows
    }

    static func firstShownLayer(highlighted: Int, rows: Int, count: Int) -> Int {
        min(max(0, highlighted - rows / 2), max(0, count - rows))
    }

    /// The layer (0-based) on screen row `y` of a health pane drawn in
    /// `area` with `count` layers; nil on the frame, the header or below the rows.
    static func layer(atRow y: Int, area: Rect, highlighted: Int, count: Int) -> Int? {
        let inner = Frame.inner(of: area)
        let rows = layerRows(inner: inner.height, count: count)
        guard rows > 0, count > 0, y > inner.y, y < inner.maxY else { return nil }
        let index = firstShownLayer(highlighted: highlighted, rows: rows, count: count) + (y - inner.y - 1)
        return index < count ? index : nil
    }
}
