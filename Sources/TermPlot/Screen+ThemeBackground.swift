/// Themes that paint their own background. A dark theme's light greys are
/// invisible on a white terminal and a light theme's dark greys on a black
/// one, so in colour every cell gets the theme's background, and every cell
/// left in the terminal's default foreground the theme's text colour.
extension Screen {
    /// The screen with the theme's background and text colour in place of
    /// the terminal's defaults; unchanged in mono or without colour.
    public func paintingThemeBackground(_ options: RenderOptions) -> Screen {
        let theme = options.theme
        guard options.color, !theme.isMonochrome, theme.background != .default else { return self }
        var painted = self
        painted.restyle(bounds) { style in
            if style.background == .default { style.background = theme.background }
            if style.foreground == .default { style.foreground = theme.text.foreground }
        }
        return painted
    }
}
