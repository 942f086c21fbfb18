import TermPlot

/// Maps xterm-256 palette indices onto terminals with fewer colours: the
/// nearest (by RGB distance) of the colours the terminal has, so the 8-colour
/// console of a lecture-hall PC still tells the series apart.
public struct ColorReducer: Sendable {
    /// Colours the terminal offers (curses' COLORS).
    public let available: Int
    private let table: [Int16]

    public init(available: Int) {
        self.available = available
        let usable = available >= 256 ? 256 : (available >= 16 ? 16 : (available >= 8 ? 8 : 0))
        if usable == 256 || usable == 0 {
            table = (0..<256).map { Int16(usable == 0 ? -1 : $0) }
            return
        }
        let targets = (0..<usable).map { XtermPalette.rgb(UInt8($0)) }
        table = (0..<256).map { index -> Int16 in
            if index < usable { return Int16(index) }
            // 8-colour terminals: bright system colours fold onto their base.
            if index < 16 { return Int16(index - 8) }
            let c = XtermPalette.rgb(UInt8(index))
            var best = 0, bestDistance = Int.max
            // A grey stays a grey (black, white, and on 16 colours the two
            // in between): by RGB distance a mid grey is nearest yellow.
            let isGrey = c.red == c.green && c.green == c.blue
            for (i, t) in targets.enumerated() where !isGrey || (t.red == t.green && t.green == t.blue) {
                let dr = Int(c.red) - Int(t.red), dg = Int(c.green) - Int(t.green), db = Int(c.blue) - Int(t.blue)
                let d = dr * dr + dg * dg + db * db
                if d < bestDistance { bestDistance = d; best = i }
            }
            return Int16(best)
        }
    }

    /// The curses colour number for a palette index; -1 if there is no colour.
    public func reduce(_ index: UInt8) -> Int16 { table[Int(index)] }

    /// The foreground to draw on `background` (both reduced): itself, unless
    /// reducing made the two the same, when black or white, whichever the
    /// background is not, keeps the text readable.
    public func legible(_ foreground: Int16, on background: Int16) -> Int16 {
        guard foreground == background, foreground >= 0, available < 256 else { return foreground }
        let c = XtermPalette.rgb(UInt8(background))
        let luma = (299 * Int(c.red) + 587 * Int(c.green) + 114 * Int(c.blue)) / 1000
        return luma > 127 ? 0 : 7
    }
}
