/// Anything that draws itself into a rectangle of a screen. Widgets are
/// values; rendering never reads or touches a terminal.
public protocol Widget: Sendable {
    func render(into screen: inout Screen, area: Rect, options: RenderOptions)
}
