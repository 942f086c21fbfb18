/// `--theme auto`: the theme made for the terminal's background.
extension Theme {
    /// Light for a light background (luma above one half), dark for a dark
    /// one and when the terminal does not say.
    public static func matching(background: RGBColor?) -> Theme {
        guard let c = background else { return .dark }
        let luma = (0.299 * Double(c.red) + 0.587 * Double(c.green) + 0.114 * Double(c.blue)) / 255
        return luma > 0.5 ? .light : .dark
    }

    /// The name `--theme` and scene files use for "follow the terminal".
    public static let automaticName = "auto"
}
