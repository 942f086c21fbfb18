/// The xterm 256-colour palette as RGB: 16 system colours (xterm's defaults),
/// a 6×6×6 colour cube and a 24-step grey ramp. Exports use it to turn
/// palette indices into the colours a terminal would most likely show.
public enum XtermPalette {
    public static func rgb(_ index: UInt8) -> RGBColor {
        let i = Int(index)
        if i < 16 { return system[i] }
        if i < 232 {
            let n = i - 16
            let levels: [UInt8] = [0, 95, 135, 175, 215, 255]
            return RGBColor(red: levels[n / 36], green: levels[(n / 6) % 6], blue: levels[n % 6])
        }
        let v = UInt8(8 + 10 * (i - 232))
        return RGBColor(red: v, green: v, blue: v)
    }

    /// The colour a `Color` stands for, with `fallback` for `.default`.
    public static func rgb(_ color: Color, default fallback: RGBColor) -> RGBColor {
        switch color {
        case .default: return fallback
        case .palette(let i): return rgb(i)
        }
    }

    private static let system: [RGBColor] = [
        (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0),
        (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
        (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0),
        (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
    ].map { RGBColor(red: $0.0, green: $0.1, blue: $0.2) }
}
