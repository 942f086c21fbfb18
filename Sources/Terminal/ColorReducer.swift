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
            for (i, t) in targets.enumerated() {
                let dr = Int(c.red) - Int(t.red), dg = Int(c.green) - Int(t.green), db = Int(c.blue) - Int(t.blue)
                let d = dr * dr + dg * dg + db * db
                if d < bestDistance { bestDistance = d; best = i }
            }
            return Int16(best)
        }
    }

    /// The curses colour number for a palette index; -1 if there is no colour.
    public func reduce(_ index: UInt8) -> Int16 { table[Int(index)] }
}
