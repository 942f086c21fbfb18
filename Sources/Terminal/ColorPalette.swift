import CNCursesW
import TermPlot

/// Curses colour pairs, made on demand for each (foreground, background)
/// the frames use, after reducing palette indices to what the terminal has.
struct ColorPalette {
    private let reducer: ColorReducer
    private let defaultColors: Bool
    private let pairLimit: Int
    private var pairs: [PairKey: Int] = [:]
    private var nextPair = 1

    private struct PairKey: Hashable {
        var foreground: Int16
        var background: Int16
    }

    init(colors: Int, pairs: Int, defaultColors: Bool) {
        reducer = ColorReducer(available: colors)
        self.defaultColors = defaultColors
        // init_pair takes a short.
        pairLimit = min(pairs, 32767)
    }

    /// The pair number for these colours (0, the terminal's default, when
    /// both are default or the pairs have run out).
    mutating func pair(foreground: Color, background: Color) -> Int {
        let back = number(background, isForeground: false)
        let key = PairKey(foreground: reducer.legible(number(foreground, isForeground: true), on: back), background: back)
        if key.foreground == -1 && key.background == -1 { return 0 }
        if let existing = pairs[key] { return existing }
        guard nextPair < pairLimit else { return 0 }
        let n = nextPair
        nextPair += 1
        init_pair(Int16(n), key.foreground, key.background)
        pairs[key] = n
        return n
    }

    private func number(_ color: Color, isForeground: Bool) -> Int16 {
        switch color {
        case .default:
            // Without use_default_colors, "default" has to be a real colour.
            return defaultColors ? -1 : (isForeground ? 7 : 0)
        case .palette(let index):
            return reducer.reduce(index)
        }
    }
}
