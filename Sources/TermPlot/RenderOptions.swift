/// How widgets may draw: which characters, whether colour, which theme.
public struct RenderOptions: Hashable, Sendable {
    /// False: ASCII only (`+-|` boxes, an ASCII dot canvas, `#` bars).
    public var unicode: Bool
    /// False: no colour at all; everything stays distinguishable by glyphs.
    public var color: Bool
    public var theme: Theme
    /// Colours the terminal shows (curses' COLORS): below 256 the theme's
    /// shades fold onto a few base colours, so shading turns to patterns.
    public var colorCount: Int

    public init(unicode: Bool = true, color: Bool = true, theme: Theme = .dark, colorCount: Int = 256) {
        self.unicode = unicode
        self.color = color
        self.theme = theme
        self.colorCount = colorCount
    }

    public static let `default` = RenderOptions()

    /// Series and shading must be told apart by glyphs, not colour.
    public var needsGlyphDistinction: Bool { !color || theme.isMonochrome }

    /// Shaded regions must be drawn as patterns: no colour, mono, or too
    /// few colours for the shades (on 8 or 16 colours both become black).
    public var needsShadingPatterns: Bool { needsGlyphDistinction || colorCount < 256 }

    /// `style` as it may be drawn: colours dropped when colour is off.
    public func resolve(_ style: Style) -> Style {
        color ? style : Style(attributes: style.attributes)
    }

    /// A foreground-only style for `color`, dimmed if asked.
    public func style(foreground color: Color, dim: Bool = false) -> Style {
        resolve(Style(foreground: color, attributes: dim ? .dim : []))
    }

    /// `text` as it may be drawn: folded to ASCII when Unicode is off.
    public func text(_ text: String) -> String {
        unicode ? text : ASCIIFolding.fold(text)
    }
}
