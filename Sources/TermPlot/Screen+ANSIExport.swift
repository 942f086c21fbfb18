extension Screen {
    /// The screen as text with SGR escape codes: 256-colour `38;5;N` and
    /// `48;5;N`, bold, dim, underline, reverse. Codes are written only where
    /// the style changes, and every line ends with a reset so a pasted or
    /// truncated line never bleeds colour. Trailing unstyled spaces are
    /// dropped. `basicColors`: palette colours 0–15 in the codes every
    /// colour terminal knows (30–37, 90–97), for terminals without 256.
    public func ansiText(basicColors: Bool = false) -> String {
        var lines: [String] = []
        for y in 0..<height {
            var end = width
            while end > 0 && cells[y * width + end - 1] == .blank { end -= 1 }
            var line = ""
            var current = Style.plain
            for x in 0..<end {
                let cell = cells[y * width + x]
                if cell.isContinuation { continue }
                if cell.style != current {
                    line += Self.sgr(from: current, to: cell.style, basicColors: basicColors)
                    current = cell.style
                }
                line.append(cell.character)
            }
            if current != .plain { line += "\u{1B}[0m" }
            lines.append(line)
        }
        return lines.joined(separator: "\n")
    }

    /// The escape sequence that switches from one style to another: a full
    /// reset first when an attribute has to be turned off.
    static func sgr(from old: Style, to new: Style, basicColors: Bool = false) -> String {
        var codes: [String] = []
        var base = old
        if !old.attributes.isSubset(of: new.attributes) || (new == .plain) {
            codes.append("0")
            base = .plain
        }
        let added = new.attributes.subtracting(base.attributes)
        if added.contains(.bold) { codes.append("1") }
        if added.contains(.dim) { codes.append("2") }
        if added.contains(.underline) { codes.append("4") }
        if added.contains(.reverse) { codes.append("7") }
        if new.foreground != base.foreground {
            switch new.foreground {
            case .default: codes.append("39")
            case .palette(let n) where basicColors && n < 16: codes.append(String((n < 8 ? 30 : 82) + Int(n)))
            case .palette(let n): codes.append("38;5;\(n)")
            }
        }
        if new.background != base.background {
            switch new.background {
            case .default: codes.append("49")
            case .palette(let n) where basicColors && n < 16: codes.append(String((n < 8 ? 40 : 92) + Int(n)))
            case .palette(let n): codes.append("48;5;\(n)")
            }
        }
        return codes.isEmpty ? "" : "\u{1B}[" + codes.joined(separator: ";") + "m"
    }
}
