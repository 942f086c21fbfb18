/// The last values of a series as one row of rising blocks `▁▂▃▄▅▆▇█`
/// (ASCII ` .:-=+*#`), scaled between their minimum and maximum. Non-finite
/// values are shown as blanks.
public struct Sparkline: Widget {
    public var values: [Double]
    public var color: Color?

    public init(values: [Double], color: Color? = nil) {
        self.values = values
        self.color = color
    }

    public func render(into screen: inout Screen, area: Rect, options: RenderOptions) {
        let area = area.intersection(screen.bounds)
        guard !area.isEmpty else { return }
        let shown = values.suffix(area.width)
        let finite = shown.filter(\.isFinite)
        guard let lo = finite.min(), let hi = finite.max() else { return }
        let levels: [Character] = options.unicode ? Array("▁▂▃▄▅▆▇█") : Array(" .:-=+*#")
        let style = options.style(foreground: color ?? options.theme.seriesColor(0))
        for (i, v) in shown.enumerated() where v.isFinite {
            let t = hi > lo ? (v - lo) / (hi - lo) : 0.5
            let k = min(levels.count - 1, Int(t * Double(levels.count - 1) + 0.5))
            screen.put(levels[k], x: area.x + i, y: area.y, style: style)
        }
    }
}
