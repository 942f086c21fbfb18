/// The colours and emphasis every widget draws with. The explorer's panes and
/// the headless exports share these, so a chart looks the same everywhere.
public struct Theme: Hashable, Sendable {
    public var name: String
    public var text: Style
    public var dimText: Style
    public var title: Style
    public var axis: Style
    /// Series colours in order; at least six, chosen to stay apart on a projector.
    public var palette: [Color]
    /// Background of x-ranges where the derivative is small.
    public var saturatedShade: Color
    /// Background of x-ranges where the derivative is exactly zero.
    public var deadShade: Color
    public var histogram: Style
    public var highlight: Style
    public var statusBar: Style
    public var border: Style
    /// Black and white only: series are told apart by glyphs, shading by
    /// fill patterns, emphasis by bold.
    public var isMonochrome: Bool
    /// What `.default` stands for when a screen is exported (SVG).
    public var exportForeground: RGBColor
    public var exportBackground: RGBColor
    /// What a screen in this theme paints under every cell (`.default`: the
    /// terminal's own, as in mono): a theme that brings its own text colours
    /// must bring the background they were chosen for.
    public var background: Color

    public init(name: String, text: Style, dimText: Style, title: Style, axis: Style, palette: [Color],
                saturatedShade: Color, deadShade: Color, histogram: Style, highlight: Style,
                statusBar: Style, border: Style, isMonochrome: Bool,
                exportForeground: RGBColor, exportBackground: RGBColor, background: Color = .default) {
        self.name = name
        self.text = text
        self.dimText = dimText
        self.title = title
        self.axis = axis
        self.palette = palette.isEmpty ? [.default] : palette
        self.saturatedShade = saturatedShade
        self.deadShade = deadShade
        self.histogram = histogram
        self.highlight = highlight
        self.statusBar = statusBar
        self.border = border
        self.isMonochrome = isMonochrome
        self.exportForeground = exportForeground
        self.exportBackground = exportBackground
        self.background = background
    }

    /// The colour of the series at `index`, cycling through the palette.
    public func seriesColor(_ index: Int) -> Color {
        palette[((index % palette.count) + palette.count) % palette.count]
    }

    /// For a dark terminal: light text, saturated but not neon series colours.
    public static let dark = Theme(
        name: "dark",
        text: Style(foreground: .palette(252)),
        dimText: Style(foreground: .palette(245)),
        title: Style(foreground: .palette(231), attributes: .bold),
        axis: Style(foreground: .palette(248)),
        palette: [.palette(75), .palette(214), .palette(114), .palette(211), .palette(228), .palette(87)],
        saturatedShade: .palette(237),
        deadShade: .palette(52),
        histogram: Style(foreground: .palette(60)),
        highlight: Style(foreground: .palette(226), attributes: .bold),
        statusBar: Style(foreground: .palette(16), background: .palette(75)),
        border: Style(foreground: .palette(242)),
        isMonochrome: false,
        exportForeground: RGBColor(red: 0xd0, green: 0xd0, blue: 0xd0),
        exportBackground: RGBColor(red: 0x1c, green: 0x1c, blue: 0x1c),
        // xterm's 234 is the export background, #1c1c1c.
        background: .palette(234)
    )

    /// For a light terminal or a white slide: darker, well-separated colours.
    public static let light = Theme(
        name: "light",
        text: Style(foreground: .palette(235)),
        dimText: Style(foreground: .palette(243)),
        title: Style(foreground: .palette(16), attributes: .bold),
        axis: Style(foreground: .palette(240)),
        palette: [.palette(26), .palette(166), .palette(28), .palette(127), .palette(94), .palette(30)],
        saturatedShade: .palette(254),
        deadShade: .palette(224),
        histogram: Style(foreground: .palette(250)),
        highlight: Style(foreground: .palette(160), attributes: .bold),
        statusBar: Style(foreground: .palette(231), background: .palette(26)),
        border: Style(foreground: .palette(246)),
        isMonochrome: false,
        exportForeground: RGBColor(red: 0x26, green: 0x26, blue: 0x26),
        exportBackground: RGBColor(red: 0xff, green: 0xff, blue: 0xff),
        background: .palette(231)
    )

    /// For projectors that wash colour out: the terminal's own black and
    /// white, bold for emphasis, reverse video for the status bar.
    public static let mono = Theme(
        name: "mono",
        text: .plain,
        dimText: .plain,
        title: Style(attributes: .bold),
        axis: .plain,
        palette: Array(repeating: .default, count: 6),
        saturatedShade: .default,
        deadShade: .default,
        histogram: .plain,
        highlight: Style(attributes: .bold),
        statusBar: Style(attributes: .reverse),
        border: .plain,
        isMonochrome: true,
        exportForeground: RGBColor(red: 0xff, green: 0xff, blue: 0xff),
        exportBackground: RGBColor(red: 0, green: 0, blue: 0)
    )

    public static let all: [Theme] = [.dark, .light, .mono]

    /// The theme called `name` (`dark`, `light`, `mono`), if any.
    public static func named(_ name: String) -> Theme? {
        all.first { $0.name == name.lowercased() }
    }
}
