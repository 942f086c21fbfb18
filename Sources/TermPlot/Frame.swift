/// A box border with an optional title in the top edge: `┌─ title ─┐` with
/// Unicode, `+- title -+` without.
public struct Frame: Widget {
    public var title: String?
    /// Draw the border and title in the theme's highlight (the focused pane).
    public var isHighlighted: Bool

    public init(title: String? = nil, isHighlighted: Bool = false) {
        self.title = title
        self.isHighlighted = isHighlighted
    }

    /// The area left inside the border.
    public static func inner(of area: Rect) -> Rect { area.inset(by: 1) }

    public func render(into screen: inout Screen, area: Rect, options: RenderOptions) {
        draw(into: &screen, area: area, options: options)
    }

    /// Draws the border and returns the inner area.
    @discardableResult
    public func draw(into screen: inout Screen, area: Rect, options: RenderOptions) -> Rect {
        guard area.width >= 2, area.height >= 2 else { return Rect(x: area.x, y: area.y, width: 0, height: 0) }
        let theme = options.theme
        let style = options.resolve(isHighlighted ? theme.highlight : theme.border)
        let u = options.unicode
        let (h, v): (Character, Character) = u ? ("─", "│") : ("-", "|")
        let corners: [Character] = u ? ["┌", "┐", "└", "┘"] : ["+", "+", "+", "+"]
        for x in (area.x + 1)..<(area.maxX - 1) {
            screen.put(h, x: x, y: area.y, style: style)
            screen.put(h, x: x, y: area.maxY - 1, style: style)
        }
        for y in (area.y + 1)..<(area.maxY - 1) {
            screen.put(v, x: area.x, y: y, style: style)
            screen.put(v, x: area.maxX - 1, y: y, style: style)
        }
        screen.put(corners[0], x: area.x, y: area.y, style: style)
        screen.put(corners[1], x: area.maxX - 1, y: area.y, style: style)
        screen.put(corners[2], x: area.x, y: area.maxY - 1, style: style)
        screen.put(corners[3], x: area.maxX - 1, y: area.maxY - 1, style: style)
        if let title, area.width >= 6 {
            let titleStyle = options.resolve(isHighlighted ? theme.highlight : theme.title)
            let clip = Rect(x: area.x + 2, y: area.y, width: area.width - 4, height: 1)
            screen.put(" " + options.text(title) + " ", x: area.x + 2, y: area.y, style: titleStyle, clip: clip)
        }
        return Self.inner(of: area)
    }
}
