/// A one-row horizontal bar for a share between 0 and 1, with a label on the
/// left and a value text on the right: `dead  ████▍      37%`. Unicode bars
/// end in eighth blocks; ASCII bars are `[###     ]`.
public struct BarMeter: Widget {
    public var label: String
    public var share: Double
    public var valueText: String
    /// Nil: the theme's first series colour.
    public var color: Color?
    /// Columns kept for the label (nil: the label's own width).
    public var labelWidth: Int?

    public init(label: String, share: Double, valueText: String? = nil, color: Color? = nil, labelWidth: Int? = nil) {
        self.label = label
        self.share = share.isFinite ? min(max(share, 0), 1) : 0
        self.valueText = valueText ?? (share.isFinite ? "\(Int((min(max(share, 0), 1) * 100).rounded()))%" : "–")
        self.color = color
        self.labelWidth = labelWidth
    }

    public func render(into screen: inout Screen, area: Rect, options: RenderOptions) {
        let area = area.intersection(screen.bounds)
        guard !area.isEmpty else { return }
        let theme = options.theme
        let label = options.text(self.label), value = options.text(valueText)
        let labelColumns = labelWidth ?? CharacterWidth.of(label)
        let valueColumns = CharacterWidth.of(value)
        screen.put(label, x: area.x, y: area.y, style: options.resolve(theme.text),
                   clip: Rect(x: area.x, y: area.y, width: min(labelColumns, area.width), height: 1))
        let barX = area.x + (labelColumns > 0 ? labelColumns + 1 : 0)
        let barWidth = area.maxX - barX - (valueColumns > 0 ? valueColumns + 1 : 0)
        if valueColumns > 0 {
            screen.put(value, x: area.maxX - valueColumns, y: area.y, style: options.resolve(theme.text), clip: area)
        }
        guard barWidth >= 3 else { return }
        Self.drawBar(share: share, into: &screen, x: barX, y: area.y, width: barWidth,
                     color: color ?? theme.seriesColor(0), options: options)
    }

    /// A bar `width` columns wide filled to `share`, on row `y`.
    static func drawBar(share: Double, into screen: inout Screen, x: Int, y: Int, width: Int,
                        color: Color, options: RenderOptions) {
        let barStyle = options.style(foreground: color)
        let trackStyle = options.resolve(options.theme.dimText)
        if options.unicode {
            let eighths = Int((share * Double(width * 8)).rounded())
            let partials: [Character] = ["▏", "▎", "▍", "▌", "▋", "▊", "▉"]
            for i in 0..<width {
                let filled = eighths - i * 8
                if filled >= 8 {
                    screen.put("█", x: x + i, y: y, style: barStyle)
                } else if filled > 0 {
                    screen.put(partials[filled - 1], x: x + i, y: y, style: barStyle)
                } else {
                    screen.put("·", x: x + i, y: y, style: trackStyle)
                }
            }
        } else {
            let inner = width - 2
            let filled = Int((share * Double(inner)).rounded())
            screen.put("[", x: x, y: y, style: trackStyle)
            for i in 0..<inner { screen.put(i < filled ? "#" : " ", x: x + 1 + i, y: y, style: i < filled ? barStyle : trackStyle) }
            screen.put("]", x: x + width - 1, y: y, style: trackStyle)
        }
    }
}
